/**
 * The built language server over stdio: requests about documents as the editor opens, closes,
 * deletes and recreates them (docs/editor.md, "Closed documents and bad input").
 *
 * - A document the server does not have (never opened and not in the workspace, deleted on disk and
 *   closed, an unsaved buffer closed) is answered ServerCancelled (-32802) "No document found", never
 *   an internal error (-32603) with a file-system error such as ENOENT.
 * - A request sent right after its document was closed, deleted, recreated and reopened is answered
 *   for the reopened text: never "A document with the URI … is already present", never "No document
 *   found".
 * - Unsaved buffers (`untitled:Untitled-1`, `-2`) are networks of their own: a name declared in two
 *   of them is no duplicate, and a tie in one does not resolve into another.
 * - A property: random sequences of open, change, close, delete, recreate and reopen, with requests in
 *   between and without waiting, get only results or documented error codes, and the server stays up.
 *   A document the editor has open, or a file on disk the server was told of, from the request on,
 *   gets a result (or, once a newer edit came, ContentModified); one that the server has not, from the
 *   request on, gets ServerCancelled (or ContentModified). A document the editor closes or opens
 *   after the request may get either: the server judges a document by where it is when its update
 *   runs (lsp/document-update-handler.ts).
 *
 * Needs the build output (`npm run build`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { useLspServer } from './lsp-client.js';

const WAIT_MS = 30_000;
/** LSP's ServerCancelled: what a request about a document the server does not have gets. */
const NO_DOCUMENT = -32802;
/** ContentModified and RequestCancelled: a request superseded by a newer edit, or cancelled by the client. */
const CONTENT_MODIFIED = -32801;
const REQUEST_CANCELLED = -32800;

const server = useLspServer('documents', { initializationOptions: { today: '2026-11-01' } });

type Answer = { result: unknown } | { error: { code: number; message: string } };

async function ask(method: string, params: unknown): Promise<Answer> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${method}: no answer within ${WAIT_MS} ms`)), WAIT_MS);
    });
    try {
        return { result: await Promise.race([server.client.connection.sendRequest(method, params), timeout]) };
    } catch (error) {
        const { code, message } = error as { code?: unknown; message?: string };
        if (typeof code !== 'number') throw error;
        return { error: { code, message: message ?? '' } };
    } finally {
        clearTimeout(timer);
    }
}

const position = { line: 0, character: 9 };
/** The requests of the property, with their parameters for a document. */
const REQUESTS: Array<[string, (uri: string) => unknown]> = [
    ['textDocument/hover', uri => ({ textDocument: { uri }, position })],
    ['textDocument/completion', uri => ({ textDocument: { uri }, position })],
    ['textDocument/codeAction', uri => ({ textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } })],
    ['textDocument/documentSymbol', uri => ({ textDocument: { uri } })],
    ['textDocument/formatting', uri => ({ textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })],
    ['textDocument/definition', uri => ({ textDocument: { uri }, position })]
];

const close = (uri: string) => server.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
/** What the editor's file watcher says: 1 created, 2 changed, 3 deleted. */
const watched = (uri: string, type: 1 | 2 | 3) => server.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });
const fileUri = (path: string) => pathToFileURL(join(server.workspace, path)).href;
const write = (path: string, text: string) => {
    const file = join(server.workspace, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
};

/** Every request of REQUESTS answers ServerCancelled "No document found" for `uri`. */
async function expectNoDocument(uri: string): Promise<void> {
    for (const [method, params] of REQUESTS) {
        expect({ method, answer: await ask(method, params(uri)) }).toEqual({
            method,
            answer: { error: { code: NO_DOCUMENT, message: `No document found for URI: ${uri}` } }
        });
    }
}

const names = (symbols: unknown) => (symbols as DocumentSymbol[]).map(symbol => symbol.name);

describe('a document the server does not have gets ServerCancelled (-32802), never an internal error', () => {
    it('never opened, and no such file', async () => {
        await expectNoDocument(fileUri('nowhere/missing.partnership'));
        await expectNoDocument('untitled:Untitled-99');
    });

    it('a file made on disk after the server started, never opened nor announced', async () => {
        write('later/on-disk.partnership', 'partner Later\n');
        await expectNoDocument(fileUri('later/on-disk.partnership'));
    });

    it('deleted on disk and closed: asked at once and once settled', async () => {
        write('doomed/gone.partnership', 'partner Gone { plays Nothing }\n');
        const uri = fileUri('doomed/gone.partnership');
        await server.client.open(uri, 'partner Gone { plays Nothing }\n');
        await server.client.waitForDiagnostics(uri, d => d.some(x => x.code === 'unresolved-reference'), WAIT_MS);
        rmSync(join(server.workspace, 'doomed'), { recursive: true });
        await close(uri);
        await watched(uri, 3);
        await expectNoDocument(uri);
        await server.client.waitForDiagnostics(uri, d => d.length === 0, WAIT_MS);
        await expectNoDocument(uri);
    });

    it('an unsaved buffer closed', async () => {
        const uri = 'untitled:Untitled-98';
        await server.client.open(uri, 'partner Draft\n');
        await close(uri);
        await expectNoDocument(uri);
    });
});

describe('a document closed, deleted, recreated and reopened, then asked about at once', () => {
    it('answers for the reopened text, twenty times over', async () => {
        write('cycle/network.partnership', 'partner First\n');
        const uri = fileUri('cycle/network.partnership');
        await server.client.open(uri, 'partner First\n');
        for (let round = 0; round < 20; round++) {
            const text = `partner Round${round}\n`;
            await close(uri);
            rmSync(join(server.workspace, 'cycle/network.partnership'));
            await watched(uri, 3);
            write('cycle/network.partnership', text);
            await watched(uri, 1);
            await server.client.open(uri, text);
            // No waiting: the requests go right after the notifications.
            const [symbols, hover, definition, formatting] = await Promise.all([
                ask('textDocument/documentSymbol', { textDocument: { uri } }),
                ask('textDocument/hover', { textDocument: { uri }, position }),
                ask('textDocument/definition', { textDocument: { uri }, position }),
                ask('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })
            ]);
            expect(symbols, `round ${round}`).toEqual({ result: expect.any(Array) });
            expect(names((symbols as { result: unknown }).result), `round ${round}`).toEqual([`Round${round}`]);
            for (const answer of [hover, definition, formatting]) expect(answer, `round ${round}`).toHaveProperty('result');
        }
        const diagnostics = await server.client.waitForDiagnostics(uri, d => d.some(x => String(x.message).includes('Round19')), WAIT_MS);
        expect(diagnostics.map(d => d.code).sort()).toEqual(['isolated-partner', 'partner-without-role']);
    });

    it('an unsaved buffer opened and asked about at once', async () => {
        const uri = 'untitled:Untitled-97';
        await server.client.open(uri, 'partner Quick\n');
        expect(names(((await ask('textDocument/documentSymbol', { textDocument: { uri } })) as { result: unknown }).result)).toEqual(['Quick']);
        await close(uri);
    });
});

describe('unsaved buffers are networks of their own', () => {
    const unresolved = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'unresolved-reference').map(d => [d.message, d.range.start]);

    it('a name in two buffers is no duplicate, and a tie does not resolve into another buffer', async () => {
        const one = 'untitled:Untitled-1';
        const two = 'untitled:Untitled-2';
        await server.client.open(one, 'partner Shared\npartner OnlyInOne\n');
        await server.client.open(two, 'partner Shared\ntie Shared -- OnlyInOne\n');
        const inTwo = await server.client.waitForDiagnostics(two, d => d.some(x => x.code === 'unresolved-reference'), WAIT_MS);
        const inOne = await server.client.waitForDiagnostics(one, () => true, WAIT_MS);
        expect(unresolved(inTwo)).toEqual([[
            "Unknown partner 'OnlyInOne': no partner named 'OnlyInOne' is declared in unsaved buffer 'Untitled-2'.",
            { line: 1, character: 14 }
        ]]);
        expect([...inOne, ...inTwo].filter(d => d.code === 'duplicate-name')).toEqual([]);
        // Go to definition from the tie's Shared goes to this buffer's Shared, not the other's.
        const definition = await ask('textDocument/definition', { textDocument: { uri: two }, position: { line: 1, character: 5 } });
        expect(definition).toEqual({ result: [expect.objectContaining({ targetUri: two })] });
        await close(one);
        await close(two);
    });

    it('a buffer that declares a network is that network alone', async () => {
        const net = 'untitled:Untitled-3';
        const loose = 'untitled:Untitled-4';
        await server.client.open(net, 'network Draft {\n    us Alpha\n}\npartner Alpha\n');
        await server.client.open(loose, 'partner Beta\ntie Beta -- Alpha\n');
        const inLoose = await server.client.waitForDiagnostics(loose, d => d.some(x => x.code === 'unresolved-reference'), WAIT_MS);
        expect(unresolved(inLoose)).toEqual([[
            "Unknown partner 'Alpha': no partner named 'Alpha' is declared in unsaved buffer 'Untitled-4'.",
            { line: 1, character: 12 }
        ]]);
        const inNet = await server.client.waitForDiagnostics(net, () => true, WAIT_MS);
        expect(inNet.filter(d => d.code === 'unresolved-reference')).toEqual([]);
        await close(net);
        await close(loose);
    });
});

describe('property: random opens, edits, closes, deletes and recreations with requests in between', () => {
    type Step =
        | { kind: 'open' | 'change'; doc: number; text: number }
        | { kind: 'close' | 'delete' | 'recreate'; doc: number }
        | { kind: 'request'; doc: number; request: number };
    const TEXTS = ['partner A\n', 'partner A { plays R }\nrole R\n', 'network N {\n    us A\n}\npartner A\n', 'tie A -- B\npartner B\n', 'partner {\n', ''];
    const step: fc.Arbitrary<Step> = fc.oneof(
        fc.record({ kind: fc.constantFrom('open' as const, 'change' as const), doc: fc.nat(3), text: fc.nat(TEXTS.length - 1) }),
        fc.record({ kind: fc.constant('open' as const), doc: fc.nat(3), text: fc.nat(TEXTS.length - 1) }),
        fc.record({ kind: fc.constantFrom('close' as const, 'delete' as const, 'recreate' as const), doc: fc.nat(3) }),
        fc.record({ kind: fc.constant('request' as const), doc: fc.nat(3), request: fc.nat(REQUESTS.length - 1) }),
        fc.record({ kind: fc.constant('request' as const), doc: fc.nat(3), request: fc.nat(REQUESTS.length - 1) })
    );

    it('every answer is a result or a documented error code, never -32603, and the server stays up', async () => {
        let run = 0;
        const outcomes = new Map<string, number>();
        await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30 }), async steps => {
            run++;
            // Two files on disk, in one folder (one network), and two unsaved buffers.
            const uris = [fileUri(`prop${run}/a.partnership`), fileUri(`prop${run}/b.partnership`), `untitled:Untitled-${1000 + 2 * run}`, `untitled:Untitled-${1001 + 2 * run}`];
            const paths = [`prop${run}/a.partnership`, `prop${run}/b.partnership`];
            const open = new Set<number>();
            const onDisk = new Set<number>();
            // Whether the server has the document: open in the editor, or a file on disk it was told
            // of (the watcher's news, or a close that left the file); per document, after each
            // notification of each step (reopening is a close, then an open).
            const has = (doc: number) => open.has(doc) || onDisk.has(doc);
            const presence: boolean[][][] = [];
            const snapshot = (index: number) => presence[index].push(uris.map((_, doc) => has(doc)));
            const pending: Array<Promise<[string, number, number, Answer]>> = [];
            for (const [index, s] of steps.entries()) {
                presence.push([]);
                const uri = uris[s.doc];
                if (s.kind === 'open') {
                    if (open.has(s.doc)) {
                        await close(uri);
                        open.delete(s.doc);
                        snapshot(index);
                    }
                    await server.client.open(uri, TEXTS[s.text]);
                    open.add(s.doc);
                } else if (s.kind === 'change') {
                    if (open.has(s.doc)) await server.client.change(uri, TEXTS[s.text]);
                } else if (s.kind === 'close') {
                    if (open.has(s.doc)) await close(uri);
                    open.delete(s.doc);
                } else if (s.kind === 'delete' || s.kind === 'recreate') {
                    if (s.doc < paths.length && s.kind === 'delete') {
                        rmSync(join(server.workspace, paths[s.doc]), { force: true });
                        onDisk.delete(s.doc);
                    } else if (s.doc < paths.length) {
                        write(paths[s.doc], TEXTS[0]);
                        onDisk.add(s.doc);
                    }
                    if (s.doc < paths.length) await watched(uri, s.kind === 'delete' ? 3 : 1);
                } else if (s.kind === 'request') {
                    const [method, params] = REQUESTS[s.request];
                    pending.push(ask(method, params(uri)).then(answer => [method, s.doc, index, answer]));
                }
                snapshot(index);
            }
            for (const [method, doc, index, answer] of await Promise.all(pending)) {
                const outcome = 'error' in answer ? String(answer.error.code) : 'result';
                outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
                const from = presence.slice(index).flat().map(present => present[doc]);
                const what = `${method} at step ${index}, the server having the document from then on: ${from.join(', ')}: ${JSON.stringify(answer).slice(0, 300)}`;
                if (from.every(present => present)) expect(outcome, what).toMatch(new RegExp(`^(result|${CONTENT_MODIFIED}|${REQUEST_CANCELLED})$`));
                else if (from.every(present => !present)) expect(outcome, what).toMatch(new RegExp(`^(${NO_DOCUMENT}|${CONTENT_MODIFIED})$`));
                else expect(outcome, what).toMatch(new RegExp(`^(result|${NO_DOCUMENT}|${CONTENT_MODIFIED}|${REQUEST_CANCELLED})$`));
            }
            for (const doc of open) await close(uris[doc]);
            expect(server.client.exit).toBeUndefined();
        }), { numRuns: 25, seed: 19_7 });
        // Both kinds of document were asked about, many times (about 55 results and 85 ServerCancelled).
        expect(outcomes.get('result') ?? 0).toBeGreaterThan(30);
        expect(outcomes.get(String(NO_DOCUMENT)) ?? 0).toBeGreaterThan(30);
        // And once the dust settles, the server answers a fresh document.
        const uri = 'untitled:Untitled-5';
        await server.client.open(uri, 'partner Settled\n');
        expect(names(((await ask('textDocument/documentSymbol', { textDocument: { uri } })) as { result: unknown }).result)).toEqual(['Settled']);
        await close(uri);
    }, 240_000);
});
