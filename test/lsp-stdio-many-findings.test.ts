/**
 * The built language server over stdio publishes every finding of a document with more than
 * 130,000 of them (50,000 partners with an unknown sector and no role or tie: three findings
 * each). Langium's document validator spread them as the arguments of one call, which overflowed
 * the stack past about 125,000: the server logged the error and published an empty list, and the
 * editor's Problems list said nothing was wrong.
 *
 * Needs the build output (`npm run build`).
 */
import { describe, expect, it } from 'vitest';
import { useLspServer } from './lsp-client.js';
import { manyFindingsDocument } from '../bench/big-document.mjs';

const server = useLspServer('many-findings');

describe('language server: a document with 135,000 findings', () => {
    it('publishes all of them', async () => {
        const uri = await server.openFile('many/network.partnership', manyFindingsDocument(45_000));
        const diagnostics = await server.client.waitForDiagnostics(uri, d => d.length > 0, 60_000);
        const codes = new Map<string, number>();
        for (const diagnostic of diagnostics) codes.set(String(diagnostic.code), (codes.get(String(diagnostic.code)) ?? 0) + 1);
        expect(Object.fromEntries(codes)).toEqual({ 'unknown-sector': 45_000, 'isolated-partner': 45_000, 'partner-without-role': 45_000 });
        expect(diagnostics.at(-1)?.range.start.line).toBe(44_999);
        expect(server.client.log.filter(line => /error/i.test(line))).toEqual([]);
    }, 90_000);
});
