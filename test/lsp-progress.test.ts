/**
 * Long builds show work-done progress in the editor: a large network checked after it is opened
 * gets "Partnership: checking the network" with counts, ended when the build is done; a small
 * edit shows nothing; a client that does not announce `window.workDoneProgress` is never asked.
 */
import { describe, expect, test } from 'vitest';
import { bigDocument } from '../bench/big-document.mjs';
import { useLspServer } from './lsp-client.js';

describe('work-done progress of long builds', () => {
    const server = useLspServer('progress', { workDoneProgress: true });

    test('a large network opened: begin, reports with counts, end', async () => {
        const uri = await server.openFile('big/network.partnership', bigDocument(6000));
        await server.client.waitForDiagnostics(uri, d => d.length > 1000, 120_000);
        // The progress ends once the builder has been quiet for a moment.
        const deadline = Date.now() + 10_000;
        while (!server.client.progress.some(p => p.value?.kind === 'end') && Date.now() < deadline) await new Promise(r => setTimeout(r, 100));
        const progress = server.client.progress;
        expect(progress.length).toBeGreaterThanOrEqual(3);
        const token = progress[0].token;
        expect(progress[0].value).toBeUndefined(); // the create request
        expect(progress.every(p => p.token === token)).toBe(true);
        expect(progress[1].value).toMatchObject({ kind: 'begin', title: 'Partnership: checking the network' });
        expect(progress.at(-1)!.value).toMatchObject({ kind: 'end' });
        expect(progress.filter(p => p.value?.kind === 'end')).toHaveLength(1);
        const messages = progress.map(p => p.value?.message ?? '').join('\n');
        expect(messages).toMatch(/\d+ parsed · \d+ linked · \d+ checked/);
    }, 180_000);

    test('a small edit shows no progress', async () => {
        const before = server.client.progress.length;
        const uri = await server.openFile('small/network.partnership', 'partner A { sector nonprofit }\n');
        await server.client.waitForDiagnostics(uri, () => true, 10_000);
        await new Promise(r => setTimeout(r, 1000));
        expect(server.client.progress.length).toBe(before);
    });
});

describe('without window.workDoneProgress', () => {
    const server = useLspServer('no-progress');

    test('a large network is checked without asking the client for progress', async () => {
        const uri = await server.openFile('big/network.partnership', bigDocument(6000));
        await server.client.waitForDiagnostics(uri, d => d.length > 1000, 120_000);
        await new Promise(r => setTimeout(r, 1000));
        // useLspServer's afterAll also asserts that the server sent no request the client did not announce.
        expect(server.client.progress).toEqual([]);
    }, 180_000);
});
