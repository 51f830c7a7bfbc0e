/**
 * End-to-end: `textDocument/formatting` and `textDocument/rangeFormatting` against the built
 * language server over stdio, as an editor sends them. The edits the server returns, applied to the
 * document, must give the canonical layout.
 *
 * Needs the build output (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-protocol';
import { ROOT } from './cli-run.js';
import { useLspServer } from './lsp-client.js';

const server = useLspServer('format');

let counter = 0;

/** Opens a new document (written to disk too, as an editor's file would be). */
function open(text: string): Promise<string> {
    return server.openFile(`doc${counter++}.partnership`, text);
}

const EDITOR_OPTIONS: FormattingOptions = { tabSize: 4, insertSpaces: true };

async function formatting(uri: string, options = EDITOR_OPTIONS): Promise<TextEdit[]> {
    const edits = await server.client.connection.sendRequest<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri }, options });
    return edits ?? [];
}

async function rangeFormatting(uri: string, range: Range): Promise<TextEdit[]> {
    const edits = await server.client.connection.sendRequest<TextEdit[] | null>('textDocument/rangeFormatting', { textDocument: { uri }, range, options: EDITOR_OPTIONS });
    return edits ?? [];
}

function apply(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x.partnership', 'partnership', 1, text), edits);
}

const MESSY = `// The coalition.
network   Eastside{us FoodBank budget 12 hours / month policy{min-trust 3 rule unused-role off}}
// @allow isolated-partner -- first meeting in January
partner FoodBank "Eastside Food Bank" { sector nonprofit  plays Convener ,Voice capacity 20 hours/month   // what they give
}
tie FoodBank--Clinic{trust reliability 4 mission 5 FoodBank gives data Clinic gives expertise}


meeting Steering { every 2 weeks duration 90 minutes roles Convener }`;

const CANONICAL = `// The coalition.
network Eastside {
    us FoodBank
    budget 12 hours/month
    policy {
        min-trust 3
        rule unused-role off
    }
}

// @allow isolated-partner -- first meeting in January
partner FoodBank "Eastside Food Bank" {
    sector nonprofit
    plays Convener, Voice
    capacity 20 hours/month   // what they give
}

tie FoodBank -- Clinic {
    trust reliability 4 mission 5
    FoodBank gives data
    Clinic gives expertise
}

meeting Steering {
    every 2 weeks
    duration 90 minutes
    roles Convener
}
`;

describe('language server: formatting', () => {
    it('announces document and range formatting', () => {
        expect(server.initializeResult.capabilities.documentFormattingProvider).toBeTruthy();
        expect(server.initializeResult.capabilities.documentRangeFormattingProvider).toBeTruthy();
    });

    it('returns edits that lay a document out canonically, keeping its comments', async () => {
        const uri = await open(MESSY);
        const edits = await formatting(uri);
        expect(edits.length).toBeGreaterThan(0);
        expect(apply(MESSY, edits)).toBe(CANONICAL);
    });

    it('gives the same layout whatever tab size the editor asks for', async () => {
        const uri = await open(MESSY);
        expect(apply(MESSY, await formatting(uri, { tabSize: 2, insertSpaces: false }))).toBe(CANONICAL);
    });

    it('returns no edits for a canonical document (an example)', async () => {
        const text = readFileSync(join(ROOT, 'examples/food-access/partners.partnership'), 'utf8');
        const uri = await open(text);
        expect(await formatting(uri)).toEqual([]);
    });

    it('returns no edits for a document with a syntax error', async () => {
        const text = 'partner   A { sector }\n\n\n\ngoal    G\n';
        const uri = await open(text);
        expect(await formatting(uri)).toEqual([]);
    });

    it('formats the current text after an edit', async () => {
        const uri = await open('goal G "x"\n');
        const changed = 'goal G "x" {due 2027-01-01}goal H';
        await server.client.change(uri, changed);
        expect(apply(changed, await formatting(uri))).toBe('goal G "x" {\n    due 2027-01-01\n}\n\ngoal H\n');
    });

    it.each([
        ['\\n\\r', 'partner A "x"\n\r', 'partner A "x"\n'],
        ['}\\r\\r\\n', 'partner A {\n}\r\r\n', 'partner A {}\n']
    ])('a document ending in %s gets one line break at its end, and formatting that again gives no edits', async (_name, text, expected) => {
        const formatted = apply(text, await formatting(await open(text)));
        expect(JSON.stringify(formatted)).toBe(JSON.stringify(expected));
        expect(await formatting(await open(formatted))).toEqual([]);
    });

    it('range formatting lays out the declarations in the range only', async () => {
        const text = 'goal A {due   2026-01-01}\n\ngoal B {due   2026-01-01}\n';
        const uri = await open(text);
        const edits = await rangeFormatting(uri, { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } });
        expect(apply(text, edits)).toBe('goal A {due   2026-01-01}\n\ngoal B {\n    due 2026-01-01\n}\n');
    });
});
