/**
 * The built language server over stdio: requests keep being answered while the user edits
 * (docs/editor.md, "Speed"). A request waiting for its document's build gives way to a newer edit:
 * it is answered ContentModified (-32801) half a second after the server reads that edit, instead of
 * waiting for a build that every edit restarts (a code action once took over a minute), or forever
 * for a document that went away meanwhile.
 *
 * Only what cannot be flaky is bounded here (answers at all, their kinds, generous times); the
 * figures are bench/lsp-requests-under-edits.mjs's (`npm run bench`).
 *
 * Needs the build output (`npm run build`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { useLspServer } from './lsp-client.js';
import { bigDocument } from '../bench/big-document.mjs';
import { generateNetwork, mulberry32 } from '../bench/generate-network.mjs';

const NO_DOCUMENT = -32802;
const CONTENT_MODIFIED = -32801;
const REQUEST_CANCELLED = -32800;

const server = useLspServer('requests-under-edits', { initializationOptions: { today: '2026-11-01' } });

type Outcome = { outcome: string; at: number };

function send(method: string, params: unknown): Promise<Outcome> {
    return server.client.connection.sendRequest(method, params).then(
        () => ({ outcome: 'result', at: performance.now() }),
        (error: { code?: unknown; message?: string }) => ({ outcome: typeof error.code === 'number' ? String(error.code) : `failed: ${error.message}`, at: performance.now() }));
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([promise, new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms.\n${server.client.log.slice(-20).join('\n')}`)), ms);
    })]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const close = (uri: string) => server.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });

describe('a request whose document goes away while it waits for its build', () => {
    it('is answered (ContentModified, or ServerCancelled when the close is read first), not left waiting for ever', async () => {
        // Big enough that the code action still waits for the build when the close comes.
        const uri = 'untitled:Untitled-1';
        await server.client.open(uri, bigDocument(3000));
        const position = { line: 0, character: 9 };
        const answer = send('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
        await close(uri);
        // Before the gate, Langium waited for a build phase of a document that no longer existed.
        const { outcome } = await within(answer, 30_000, 'the code action');
        expect([CONTENT_MODIFIED, NO_DOCUMENT, 'result'].map(String)).toContain(outcome);
        // And the buffer is gone: a request after the close is told so.
        expect((await within(send('textDocument/documentSymbol', { textDocument: { uri } }), 30_000, 'the outline')).outcome).toBe(String(NO_DOCUMENT));
    }, 60_000);
});

describe('random edits and requests on a 1,000-partner network (21 files)', () => {
    it('every request gets a result or a cancellation, long before the typing stops, and the last ones results', async () => {
        const folder = join(server.workspace, 'big');
        generateNetwork(folder, 1000, 20, 5);
        const files = readdirSync(folder).filter(name => name.endsWith('.partnership')).sort();
        const parts = files.filter(name => name !== 'network.partnership');
        const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;
        const texts = new Map(files.map(name => [name, readFileSync(join(folder, name), 'utf8')]));
        for (const name of files) await server.client.open(uriOf(name), texts.get(name)!);
        await server.client.waitForDiagnostics(uriOf('network.partnership'), () => true, 120_000);
        for (const name of files) await server.client.waitForDiagnostics(uriOf(name), () => true, 120_000);

        const random = mulberry32(19);
        const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
        const methods = ['textDocument/codeAction', 'textDocument/hover', 'textDocument/completion', 'textDocument/definition'];
        const editTimes: number[] = [];
        const requests: Array<{ method: string; sent: number; editsBefore: number; answer: Promise<Outcome> }> = [];
        const request = () => {
            const name = pick(files);
            const uri = uriOf(name);
            const lines = texts.get(name)!.split('\n');
            const line = Math.floor(random() * lines.length);
            const position = { line, character: Math.floor(random() * (lines[line].length + 1)) };
            const method = pick(methods);
            const params = method === 'textDocument/codeAction'
                ? { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: (server.client.diagnostics.get(uri) ?? []).filter(d => d.range.start.line <= line && d.range.end.line >= line) } }
                : { textDocument: { uri }, position };
            requests.push({ method, sent: performance.now(), editsBefore: editTimes.length, answer: send(method, params) });
        };
        // About 20 seconds of typing: one-character insertions and deletions 0-400 ms apart, a request after most.
        for (let i = 0; i < 100; i++) {
            const name = pick(parts);
            const text = texts.get(name)!;
            const at = Math.floor(random() * text.length);
            const next = random() < 0.5 ? `${text.slice(0, at)}${pick([' ', 'x', '\n', '}', '1'])}${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1);
            texts.set(name, next);
            editTimes.push(performance.now());
            await server.client.change(uriOf(name), next);
            if (random() < 0.7) request();
            await sleep(random() * 400);
        }
        const typingStopped = performance.now();
        const last = requests.length;
        for (let i = 0; i < 4; i++) request();

        const answers = await within(Promise.all(requests.map(r => r.answer)), 180_000, 'the requests');
        const problems: string[] = [];
        requests.forEach((entry, i) => {
            const { outcome, at } = answers[i];
            if (![String(CONTENT_MODIFIED), String(REQUEST_CANCELLED), 'result'].includes(outcome)) problems.push(`${entry.method} #${i}: ${outcome}`);
            const newer = editTimes[entry.editsBefore];
            // Generous: the server reads edits late when the machine is busy (the bench has the figures).
            if (newer !== undefined && at - newer > 15_000) problems.push(`${entry.method} #${i}: answered ${Math.round(at - newer)} ms after a newer edit`);
        });
        expect(problems).toEqual([]);
        // Requests were answered while the typing went on, not all once it stopped.
        expect(answers.slice(0, last).filter(answer => answer.at < typingStopped).length).toBeGreaterThan(last / 2);
        // The requests no edit overtook get results.
        expect(answers.slice(last).map(answer => answer.outcome)).toEqual(['result', 'result', 'result', 'result']);
        for (const name of files) await close(uriOf(name));
    }, 300_000);
});
