/**
 * Completion, semantic tokens, symbols, folding and rename never throw on half-typed text: every
 * prefix (at a step) of a real example, with requests at many positions.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { build } from '../helpers.js';

const EXAMPLE = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../examples/food-access/network.partnership'), 'utf8');

describe('editor features on half-typed text', () => {
    it('never throw', async () => {
        const failures: string[] = [];
        for (let cut = 0; cut <= EXAMPLE.length; cut += 41) {
            const text = EXAMPLE.slice(0, cut);
            const built = await build({ 'n/network.partnership': text });
            const document = built.documents.get('n/network.partnership')!;
            const lsp = built.services.Partnership.lsp;
            const textDocument = { uri: document.uri.toString() };
            try {
                await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
                await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
                await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
                for (let offset = Math.max(0, cut - 60); offset <= cut; offset += 7) {
                    const position = document.textDocument.positionAt(offset);
                    await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
                    await lsp.RenameProvider!.prepareRename(document, { textDocument, position });
                }
            } catch (error) {
                failures.push(`cut at ${cut}: ${(error as Error).stack ?? error}`);
            }
        }
        expect(failures.slice(0, 3)).toEqual([]);
    }, 60_000);
});
