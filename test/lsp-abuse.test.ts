/**
 * The built language server under abuse, over stdio as an editor drives it:
 * malformed JSON-RPC, unknown methods, requests for documents it does not have, a thousand rapid
 * edits, and a document of 20,000 partners with no file on disk opened and closed again and again.
 * After each, the server still runs and answers correctly.
 *
 * Needs the build output (`npm run build`). The server's memory over the same abuse is measured by
 * bench/lsp-abuse.mjs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { useLspServer } from './lsp-client.js';
import { bigDocument } from '../bench/big-document.mjs';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';

const WAIT_MS = 30_000;

const server = useLspServer('abuse', { initializationOptions: { today: '2026-11-01' } });
const { openFile } = server;

const SMALL = `network Small {
    us FoodBank
    budget 40 hours/month
}
goal Meals { cocreated-by FoodBank, Clinic }
role Distribution { serves Meals }
partner FoodBank "Eastside Food Bank" {
    sector nonprofit
    plays Distribution
}
partner Clinic "Eastside Clinic" {
    sector healthcare
    plays Distribution
}
tie FoodBank -- Clinic {
    effort 4 hours/month
    FoodBank gives space
    Clinic gives expertise
}
tie Clinic -- Clinic
`;
/** The second `Clinic` of `tie Clinic -- Clinic` (line 20, 0-based 19): the one error of SMALL. */
const SELF_TIE = { line: 19, character: 14 };

/** Writes raw bytes to the server's stdin, framing and all, as a broken client would. */
function raw(bytes: string): Promise<void> {
    return new Promise((resolve, reject) => server.client.child.stdin.write(bytes, error => (error ? reject(error) : resolve())));
}
const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

type Answer = { result: unknown } | { error: { code: number; message: string } };

async function ask(method: string, params: unknown): Promise<Answer> {
    try {
        return { result: await withTimeout(server.client.connection.sendRequest(method, params), WAIT_MS, method) };
    } catch (error) {
        const { code, message } = error as { code?: unknown; message?: string };
        if (typeof code !== 'number') throw error;
        return { error: { code, message: message ?? '' } };
    }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([promise, new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    })]).finally(() => clearTimeout(timer));
}

async function hoverText(uri: string, position: { line: number; character: number }): Promise<string | undefined> {
    const answer = await ask('textDocument/hover', { textDocument: { uri }, position });
    if (!('result' in answer)) throw new Error(`hover failed: ${answer.error.message}`);
    const hover = answer.result as Hover | null;
    return hover ? (hover.contents as MarkupContent).value : undefined;
}

/** The server runs and answers: a hover on FoodBank in the small network describes it. */
async function expectHealthy(uri: string): Promise<void> {
    expect(server.client.exit).toBeUndefined();
    expect(await hoverText(uri, { line: 6, character: 10 })).toContain('Eastside Food Bank');
    const diagnostics = await server.client.waitForDiagnostics(uri, () => true, WAIT_MS);
    expect(diagnostics.filter(d => d.severity === 1).map(d => [d.code, d.range.start])).toEqual([['self-tie', SELF_TIE]]);
}

let smallUri: string;
const small = async (): Promise<string> => {
    smallUri ??= await openFile('small/network.partnership', SMALL);
    await server.client.waitForDiagnostics(smallUri, diagnostics => diagnostics.some(d => d.code === 'self-tie'), WAIT_MS);
    return smallUri;
};

describe('malformed JSON-RPC', () => {
    it.each([
        ['a body that is not JSON', frame('{"jsonrpc": "2.0", "id": 900, "method": ')],
        ['JSON that is not a message (an array)', frame('[1, 2, 3]')],
        ['a request without a method', frame('{"jsonrpc":"2.0","id":901,"params":{}}')],
        ['a notification without a method', frame('{"jsonrpc":"2.0","params":{}}')],
        ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","method":"x"}'],
        ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
        ['a Content-Length that is too short', `Content-Length: 10\r\n\r\n${JSON.stringify({ jsonrpc: '2.0', id: 902, method: 'shutdown' })}`],
        ['bytes that are no header at all', 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n']
    ])('%s: the server goes on answering', async (_name, bytes) => {
        const uri = await small();
        await raw(bytes);
        await expectHealthy(uri);
    });

    it('a Content-Length that is too long costs the next message, not the connection', async () => {
        const uri = await small();
        const body = JSON.stringify({ jsonrpc: '2.0', method: '$/noSuchNotification', params: {} });
        await raw(`Content-Length: ${Buffer.byteLength(body) + 40}\r\n\r\n${body}`);
        // Takes up the 40 missing bytes; what is left of it is dropped as garbage.
        await server.client.connection.sendNotification('$/padding', { padding: 'x'.repeat(200) });
        await expectHealthy(uri);
    });
});

describe('unknown methods', () => {
    it('a request for an unknown method gets MethodNotFound, and the server goes on', async () => {
        const uri = await small();
        const answer = await ask('partnership/noSuchMethod', { anything: 1 });
        expect(answer).toEqual({ error: expect.objectContaining({ code: -32601 }) });
        await server.client.connection.sendNotification('partnership/noSuchNotification', { anything: 1 });
        await expectHealthy(uri);
    });
});

describe('requests for documents the server does not have', () => {
    const position = { line: 0, character: 3 };
    const requests: Array<[string, (uri: string) => unknown]> = [
        ['textDocument/hover', uri => ({ textDocument: { uri }, position })],
        ['textDocument/completion', uri => ({ textDocument: { uri }, position })],
        ['textDocument/definition', uri => ({ textDocument: { uri }, position })],
        ['textDocument/formatting', uri => ({ textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })],
        ['textDocument/documentSymbol', uri => ({ textDocument: { uri } })]
    ];

    /** null, an empty list, or an error response with a code: never a made-up result, never a hang. */
    async function expectNothing(uri: string): Promise<void> {
        for (const [method, params] of requests) {
            const answer = await ask(method, params(uri));
            if ('error' in answer) {
                expect(answer.error.code, method).toBeTypeOf('number');
                expect(answer.error.message, method).not.toMatch(/\n\s+at /);
            } else {
                const result = answer.result;
                const empty = result === null || (Array.isArray(result) && result.length === 0)
                    || (typeof result === 'object' && Array.isArray((result as { items?: unknown }).items) && (result as { items: unknown[] }).items.length === 0);
                expect(empty, `${method} answered ${JSON.stringify(result)}`).toBe(true);
            }
        }
    }

    it('never opened, no file', async () => {
        const uri = await small();
        await expectNothing(pathToFileURL(join(server.workspace, 'nowhere/missing.partnership')).href);
        await expectNothing('untitled:Untitled-1');
        await expectHealthy(uri);
    });

    it('a file on disk that was never opened', async () => {
        const uri = await small();
        const file = join(server.workspace, 'unopened/on-disk.partnership');
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, 'partner Lone\n');
        await expectNothing(pathToFileURL(file).href);
        await expectHealthy(uri);
    });

    it('closed with no file on disk: dropped (diagnostics cleared), then nothing', async () => {
        const uri = await small();
        const unsaved = pathToFileURL(join(server.workspace, 'unsaved/new.partnership')).href;
        await server.client.open(unsaved, 'partner Lone { plays Nothing }\n');
        await server.client.waitForDiagnostics(unsaved, d => d.some(x => x.code === 'unresolved-reference'), WAIT_MS);
        await server.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: unsaved } });
        await server.client.waitForDiagnostics(unsaved, d => d.length === 0, WAIT_MS);
        await expectNothing(unsaved);
        await expectHealthy(uri);
    });

    it('deleted from disk while open, then closed: dropped too', async () => {
        const uri = await small();
        const doomed = await openFile('doomed/gone.partnership', 'partner Gone { plays Nothing }\n');
        await server.client.waitForDiagnostics(doomed, d => d.some(x => x.code === 'unresolved-reference'), WAIT_MS);
        rmSync(join(server.workspace, 'doomed'), { recursive: true });
        await server.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doomed } });
        await server.client.waitForDiagnostics(doomed, d => d.length === 0, WAIT_MS);
        await expectNothing(doomed);
        await expectHealthy(uri);
    });
});

describe('1,000 rapid edits', () => {
    it('the final diagnostics are those of the last text', async () => {
        const text = (i: number) => `partner Solo${i} {\n    sector nonprofit\n    plays Missing${i}\n}\n`;
        const uri = await openFile('rapid/edits.partnership', text(0));
        await server.client.waitForDiagnostics(uri, d => d.some(x => String(x.message).includes('Missing0')), WAIT_MS);
        for (let i = 1; i <= 1000; i++) await server.client.change(uri, text(i));
        const final = await server.client.waitForDiagnostics(uri, d => d.some(x => String(x.message).includes('Missing1000')), 60_000);
        const unresolved = final.filter(d => d.code === 'unresolved-reference');
        expect(unresolved).toHaveLength(1);
        expect(unresolved[0].range).toEqual({ start: { line: 2, character: 10 }, end: { line: 2, character: 21 } });
        expect(final.every(d => !/Missing\d/.test(String(d.message)) || String(d.message).includes('Missing1000'))).toBe(true);
        expect(await hoverText(uri, { line: 0, character: 10 })).toContain('Solo1000');
        await expectHealthy(await small());
    }, 120_000);
});

describe('cancelled requests', () => {
    it('a request cancelled while its document is being rebuilt is answered with RequestCancelled or a real result, never an error object as the result', async () => {
        // Big enough that a rebuild takes a while: the hover waits for it, and sees the cancellation.
        const big = bigDocument(3000);
        const uri = await openFile('cancel/network.partnership', big);
        await server.client.waitForDiagnostics(uri, d => d.length > 0, 60_000);
        const answers: Answer[] = [];
        for (let i = 0; i < 5; i++) {
            await server.client.change(uri, `${big}\n// edit ${i}\n`);
            const source = new CancellationTokenSource();
            const pending = server.client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 9 } }, source.token);
            source.cancel();
            try {
                answers.push({ result: await withTimeout(pending, WAIT_MS, 'hover') });
            } catch (error) {
                const { code, message } = error as { code?: unknown; message?: string };
                if (typeof code !== 'number') throw error;
                answers.push({ error: { code, message: message ?? '' } });
            }
        }
        for (const answer of answers) {
            if ('error' in answer) expect(answer.error.code).toBe(-32800);
            else expect(answer.result === null || typeof (answer.result as { contents?: unknown }).contents === 'object', JSON.stringify(answer.result)).toBe(true);
        }
        // The hover waited for the rebuild, so it saw the cancellation.
        expect(answers.filter(a => 'error' in a).length).toBeGreaterThan(0);
        await server.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        await expectHealthy(await small());
    }, 60_000);
});


describe('a document of 20,000 partners with no file on disk, opened and closed again and again', () => {
    it('is built, dropped on close, and leaves the server answering correctly', async () => {
        const uri = await small();
        const big = pathToFileURL(join(server.workspace, 'big/unsaved.partnership')).href;
        const text = bigDocument(20_000);
        const hasFindings = (d: Diagnostic[]) => d.length > 1000;
        // Once all the way: built, published, then dropped on close (its diagnostics cleared).
        await server.client.open(big, text);
        const diagnostics = await server.client.waitForDiagnostics(big, hasFindings, 180_000);
        expect(diagnostics.some(d => d.code === 'partner-without-role')).toBe(true);
        expect(await hoverText(big, { line: 0, character: 9 })).toContain('Partner 0');
        await server.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: big } });
        await server.client.waitForDiagnostics(big, d => d.length === 0, 60_000);
        // Then open and close without waiting, as a flailing client would.
        for (let round = 0; round < 5; round++) {
            await server.client.open(big, text);
            await server.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: big } });
        }
        // The small network is right, and so are requests on it, once the server has caught up.
        expect(await hoverText(uri, { line: 6, character: 10 })).toContain('Eastside Food Bank');
        await expectHealthy(uri);
        expect(server.client.diagnostics.get(big)).toEqual([]);
        await expectNothingFor(big);
    }, 400_000);
});

async function expectNothingFor(uri: string): Promise<void> {
    const answer = await ask('textDocument/documentSymbol', { textDocument: { uri } });
    if ('result' in answer) expect(answer.result === null || (Array.isArray(answer.result) && answer.result.length === 0)).toBe(true);
    else expect(answer.error.code).toBeTypeOf('number');
}
