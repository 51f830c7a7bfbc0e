/**
 * The formatter (src/lsp/formatter.ts): badly laid-out input gives the exact canonical text, every
 * comment survives, the AST and the findings are unchanged, formatting is idempotent, the examples
 * are canonical, and documents with syntax errors are left alone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CstUtils, EmptyFileSystem, isReference, TextDocument, URI, type AstNode, type LangiumDocument } from 'langium';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-protocol';
import { describe, expect, it } from 'vitest';
import { createPartnershipServices } from '../../src/partnership-module.js';
import { build } from '../helpers.js';

const services = createPartnershipServices(EmptyFileSystem);
const formatter = services.Partnership.lsp.Formatter!;
const CANONICAL: FormattingOptions = { tabSize: 4, insertSpaces: true };
let counter = 0;

function parse(text: string): LangiumDocument {
    return services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///fmt/${counter++}.partnership`));
}

async function formatEdits(text: string, options = CANONICAL): Promise<{ document: LangiumDocument; edits: TextEdit[] }> {
    const document = parse(text);
    const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
    return { document, edits };
}

async function format(text: string, options = CANONICAL): Promise<string> {
    const { document, edits } = await formatEdits(text, options);
    return TextDocument.applyEdits(document.textDocument, edits);
}

async function formatRange(text: string, range: Range): Promise<string> {
    const document = parse(text);
    const edits = await formatter.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, range, options: CANONICAL });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** The AST as plain data: properties and references by name, no CST, positions or containers. */
function shape(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(shape);
    if (isReference(node)) return { $refText: node.$refText };
    if (node && typeof node === 'object') {
        const result: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$') && key !== '$type') continue;
            result[key] = shape(value);
        }
        return result;
    }
    return node;
}

function astOf(text: string): unknown {
    const document = parse(text);
    expect(document.parseResult.parserErrors).toEqual([]);
    expect(document.parseResult.lexerErrors).toEqual([]);
    return shape(document.parseResult.value as AstNode);
}

/** Every comment's text, each line trimmed (re-indenting a block comment moves its later lines). */
function commentsOf(text: string): string[] {
    const root = parse(text).parseResult.value.$cstNode!;
    return CstUtils.flattenCst(root).filter(leaf => leaf.hidden)
        .map(leaf => leaf.text.split(/\r?\n/).map(line => line.trim()).join('\n')).toArray();
}

/** Formats, and checks that the result is a fixpoint, means the same and keeps every comment. */
async function formatChecked(text: string): Promise<string> {
    const formatted = await format(text);
    expect(await format(formatted), 'idempotent').toBe(formatted);
    expect(astOf(formatted), 'same AST').toEqual(astOf(text));
    expect(commentsOf(formatted), 'same comments').toEqual(commentsOf(text));
    return formatted;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

function exampleFiles(folder = path.join(ROOT, 'examples')): string[] {
    return readdirSync(folder).sort().flatMap(name => {
        const file = path.join(folder, name);
        if (statSync(file).isDirectory()) return exampleFiles(file);
        return name.endsWith('.partnership') ? [file] : [];
    });
}

describe('formatter: each construct, from a bad layout to the canonical one', () => {
    it('network with budget, cadence and a policy block', async () => {
        const input = 'network   EastsideFood"Eastside Food Access Coalition"{us EastsideFoodBank budget 40 hours / month\n\n'
            + '  backbone UnitedWay checkin every   3 months policy{min-trust 3 min-diversity 50 % rule unused-role    off}}';
        expect(await formatChecked(input)).toBe(`network EastsideFood "Eastside Food Access Coalition" {
    us EastsideFoodBank
    budget 40 hours/month
    backbone UnitedWay
    checkin every 3 months
    policy {
        min-trust 3
        min-diversity 50%
        rule unused-role off
    }
}
`);
    });

    it('goal: header joined on one line, list commas normalised', async () => {
        const input = 'goal FreshProduce\n"Fresh produce"\n{cocreated-by EastsideFoodBank,CityHealth ,UnitedWay due 2027-12-31}';
        expect(await formatChecked(input)).toBe(`goal FreshProduce "Fresh produce" {
    cocreated-by EastsideFoodBank, CityHealth, UnitedWay
    due 2027-12-31
}
`);
    });

    it('a declaration without a block stays one line', async () => {
        expect(await formatChecked('goal\n  Housing\n    "Stable housing for youth"')).toBe('goal Housing "Stable housing for youth"\n');
        expect(await formatChecked('goal G "x"\n')).toBe('goal G "x"\n');
        expect(await formatChecked('role   Voice')).toBe('role Voice\n');
    });

    it('role: glued tokens get one space, rates have no spaces around /', async () => {
        const input = 'role Funder "Funds shared programmes"{provides funding,data serves FreshProduce lane "grant-making" commitment 2hours/month}';
        expect(await formatChecked(input)).toBe(`role Funder "Funds shared programmes" {
    provides funding, data
    serves FreshProduce
    lane "grant-making"
    commitment 2 hours/month
}
`);
    });

    it('partner: several properties on one line are expanded to one per line', async () => {
        const input = 'partner UnitedWay "United Way of Eastside" { sector philanthropy  plays Funder , Convener capacity 8 hours/month gatekeeper stage active contact "Dana Reyes" }';
        expect(await formatChecked(input)).toBe(`partner UnitedWay "United Way of Eastside" {
    sector philanthropy
    plays Funder, Convener
    capacity 8 hours/month
    gatekeeper
    stage active
    contact "Dana Reyes"
}
`);
        expect(await formatChecked('partner A { sector nonprofit  plays R }')).toBe('partner A {\n    sector nonprofit\n    plays R\n}\n');
    });

    it('tie: spaces around --, trust aspects on the trust line, one gives line per giver', async () => {
        const input = 'tie EastsideFoodBank--UnitedWay{strength strong effort 4 hours/month trust reliability 4\n   mission 5 openness 4 '
            + 'EastsideFoodBank gives staff-time , data UnitedWay gives funding last-checkin 2026-09-14 checkin every 2 months}';
        expect(await formatChecked(input)).toBe(`tie EastsideFoodBank -- UnitedWay {
    strength strong
    effort 4 hours/month
    trust reliability 4 mission 5 openness 4
    EastsideFoodBank gives staff-time, data
    UnitedWay gives funding
    last-checkin 2026-09-14
    checkin every 2 months
}
`);
        expect(await formatChecked('tie A -- B { trust   4 }')).toBe('tie A -- B {\n    trust 4\n}\n');
        expect(await formatChecked('tie A--B')).toBe('tie A -- B\n');
    });

    it('meeting: the cadence starts its own line although it has no keyword', async () => {
        const input = 'meeting Steering "Monthly steering call" { every 1 month duration 2 hours roles Convener,Funder invites CityHealth,UnitedWay }';
        expect(await formatChecked(input)).toBe(`meeting Steering "Monthly steering call" {
    every 1 month
    duration 2 hours
    roles Convener, Funder
    invites CityHealth, UnitedWay
}
`);
        expect(await formatChecked('meeting M {every month duration 90 minutes}')).toBe('meeting M {\n    every month\n    duration 90 minutes\n}\n');
    });

    it('an empty block is written {}', async () => {
        expect(await formatChecked('partner A {   }')).toBe('partner A {}\n');
        expect(await formatChecked('partner A {\n\n}')).toBe('partner A {}\n');
        expect(await formatChecked('network N { policy {\n} }')).toBe('network N {\n    policy {}\n}\n');
    });
});

describe('formatter: blank lines', () => {
    it('exactly one blank line between top-level declarations, none at the start, one line break at the end', async () => {
        expect(await formatChecked('\n\n\ngoal A goal B\n\n\n\n\ngoal C   \n\n\n')).toBe('goal A\n\ngoal B\n\ngoal C\n');
        expect(await formatChecked('partner A {   }\n\n\n\ngoal G')).toBe('partner A {}\n\ngoal G\n');
        expect(await formatChecked('goal A {due 2026-01-01}goal B')).toBe('goal A {\n    due 2026-01-01\n}\n\ngoal B\n');
    });

    it('no blank lines inside a block', async () => {
        const input = 'partner A {\n\n    sector nonprofit\n\n\n    plays R\n\n}\n';
        expect(await formatChecked(input)).toBe('partner A {\n    sector nonprofit\n    plays R\n}\n');
    });

    it('an empty or blank file becomes empty', async () => {
        expect(await format('')).toBe('');
        expect(await format('  \n\n\t\n')).toBe('');
    });
});

describe('formatter: comments', () => {
    it('keeps line comments at the top of the file and between declarations, one blank line after a declaration', async () => {
        const input = '\n\n// The coalition.\n\n\n\n// Partners:\ngoal A\n// about B\ngoal B\n';
        expect(await formatChecked(input)).toBe('// The coalition.\n\n// Partners:\ngoal A\n\n// about B\ngoal B\n');
    });

    it('keeps an @allow comment directly above its declaration, however the declarations around it are laid out', async () => {
        const input = 'partner A { plays R }\n// @allow isolated-partner -- first meeting in January\n// and a second line\npartner B {sector media}';
        expect(await formatChecked(input)).toBe(`partner A {
    plays R
}

// @allow isolated-partner -- first meeting in January
// and a second line
partner B {
    sector media
}
`);
        expect(await formatChecked('goal A\n\n\n\n// @allow goal-without-partner -- later\ngoal B'))
            .toBe('goal A\n\n// @allow goal-without-partner -- later\ngoal B\n');
    });

    it('a comment detached from a declaration by blank lines stays detached by one', async () => {
        expect(await formatChecked('// Section: partners\n\n\n\npartner A\n')).toBe('// Section: partners\n\npartner A\n');
    });

    it('the @allow suppression means the same after formatting', async () => {
        const input = 'network N { us A }\npartner A {sector nonprofit plays R} partner B {sector media plays R}\n'
            + 'role R { serves G } goal G { cocreated-by A, B }\ntie A--B { A gives data B gives funding }\n'
            + '// @allow isolated-partner, partner-without-goal -- new\npartner C { sector business plays R }';
        const findings = async (text: string) => {
            const built = await build({ 'n/network.partnership': text });
            return built.diagnostics('n/network.partnership').map(d => `${d.code} ${d.message}`).sort();
        };
        const formatted = await formatChecked(input);
        expect(formatted).toContain('\n\n// @allow isolated-partner, partner-without-goal -- new\npartner C {\n');
        const before = await findings(input);
        expect(before.some(f => f.startsWith('isolated-partner'))).toBe(false);
        expect(await findings(formatted)).toEqual(before);
    });

    it('keeps trailing comments on their line, with the spacing they had', async () => {
        const input = 'network N {\nus A            // whose budget\n  budget 40 hours/month  // time we can spend\ncheckin every month// default\n}';
        expect(await formatChecked(input)).toBe(`network N {
    us A            // whose budget
    budget 40 hours/month  // time we can spend
    checkin every month // default
}
`);
    });

    it('keeps a trailing comment after } and after {, and a comment just before }', async () => {
        const input = 'partner A { // note\nsector nonprofit\n   // more to come\n} // end of A\ngoal G';
        expect(await formatChecked(input)).toBe(`partner A { // note
    sector nonprofit
    // more to come
} // end of A

goal G
`);
    });

    it('re-indents block comments with their later lines, and keeps inline block comments in place', async () => {
        const input = 'network N { policy { min-trust 3\n/* stricter\n     next year */\n} }\npartner /* who */ A { plays R /* for now */ }';
        expect(await formatChecked(input)).toBe(`network N {
    policy {
        min-trust 3
        /* stricter
             next year */
    }
}

partner /* who */ A {
    plays R /* for now */
}
`);
    });

    it('never puts code after a line comment: the token goes on a continuation line', async () => {
        const input = 'partner A { sector // why\nnonprofit plays R, // first\n S }';
        expect(await formatChecked(input)).toBe(`partner A {
    sector // why
        nonprofit
    plays R, // first
        S
}
`);
    });

    it('trims trailing whitespace after line comments', async () => {
        expect(await formatChecked('// heading   \ngoal G   // note\t \n')).toBe('// heading\ngoal G   // note\n');
    });

    it('keeps a block comment on the line of the declaration it precedes (so an @allow above still applies)', async () => {
        const input = '// @allow goal-without-partner -- later\n/* draft */ goal G';
        expect(await formatChecked(input)).toBe('// @allow goal-without-partner -- later\n/* draft */ goal G\n');
    });

    it('keeps every comment of a file with comments everywhere', async () => {
        const input = `  // head
/* a */ /* b */
partner /* c1 */ A // c2
{ sector // c3
  nonprofit
  plays R, // c4
  S
}
tie A // c5
-- B { trust reliability 4 // c6
   mission 5 }
goal G "x" // @allow goal-without-partner -- r
partner B
// @allow isolated-partner -- r
/* x */ partner C
network N { policy { // p
min-trust 3
/* multi
     line
*/ } }
\t/* tabbed
\t   block */
\tgoal Y
// last   `;
        const formatted = await formatChecked(input);
        expect(formatted).toContain('// @allow isolated-partner -- r\n/* x */ partner C\n');
        expect(formatted).toContain('/* tabbed\n   block */\ngoal Y\n\n// last\n');
    });
});

describe('formatter: safety', () => {
    it.each([
        ['a keyword where a name belongs', 'partner A { sector }\n'],
        ['a missing }', 'partner A {\n  sector nonprofit\ngoal   G\n'],
        ['a stray character', 'partner A { sector nonprofit @ }\n'],
        ['an unterminated string', 'partner A "United Way {\n  sector nonprofit\n}\n'],
        ['mixed trust forms', 'tie A -- B { trust 4 reliability 3 }\n']
    ])('leaves a document with %s unchanged (no edits)', async (_name, text) => {
        const { document, edits } = await formatEdits(`goal    Messy   "x"\n\n\n${text}`);
        expect(document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length).toBeGreaterThan(0);
        expect(edits).toEqual([]);
    });

    it('ignores the editor options: the layout is always 4 spaces', async () => {
        const input = 'network N { policy { min-trust 3 } }';
        const expected = 'network N {\n    policy {\n        min-trust 3\n    }\n}\n';
        expect(await format(input, { tabSize: 2, insertSpaces: true })).toBe(expected);
        expect(await format(input, { tabSize: 8, insertSpaces: false })).toBe(expected);
        expect(await format('partner A {\n\tsector nonprofit\n}\n', { tabSize: 4, insertSpaces: false })).toBe('partner A {\n    sector nonprofit\n}\n');
    });

    it('keeps Windows line endings', async () => {
        const input = 'partner A {\r\n  sector nonprofit plays R\r\n}\r\n\r\n\r\ngoal G';
        expect(await formatChecked(input)).toBe('partner A {\r\n    sector nonprofit\r\n    plays R\r\n}\r\n\r\ngoal G\r\n');
    });

    it.each([
        ['a lone \\r after the last line break', 'partner A "x"\n\r', 'partner A "x"\n'],
        ['\\r\\r\\n after the last token', 'partner A {\n}\r\r\n', 'partner A {}\n'],
        ['\\r\\n\\r in a Windows file', 'goal A\r\n\r\ngoal B\r\n\r', 'goal A\r\n\r\ngoal B\r\n'],
        ['a lone \\r after a comment', '\t\n// c\n\r', '// c\n'],
        ['only lone \\r line breaks (old Mac)', 'goal A {\rdue 2027-01-01 }\r\r\r', 'goal A {\r    due 2027-01-01\r}\r']
    ])('ends the file with exactly one line break: %s', async (_name, input, expected) => {
        // A lone \r is a line break of its own (as in LSP positions), not part of the one before it.
        expect(JSON.stringify(await formatChecked(input))).toBe(JSON.stringify(expected));
    });

    it('formats only the declarations a range touches', async () => {
        const input = 'goal A {due   2026-01-01}\npartner  B   { sector nonprofit  plays R }\ngoal C {due   2026-01-01}\n';
        const formatted = await formatRange(input, { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } });
        // goal C is laid out, including the blank line that separates it from the declaration above.
        expect(formatted).toBe('goal A {due   2026-01-01}\npartner  B   { sector nonprofit  plays R }\n\ngoal C {\n    due 2026-01-01\n}\n');
    });
});

describe('formatter: the examples', () => {
    const files = exampleFiles();

    it('finds the examples', () => {
        expect(files.length).toBeGreaterThanOrEqual(5);
    });

    it.each(files.map(file => [path.relative(ROOT, file), file]))('%s is already canonical and formatting it is idempotent', async (_name, file) => {
        const text = readFileSync(file, 'utf8');
        const { edits } = await formatEdits(text);
        expect(edits).toEqual([]);
        expect(await formatChecked(text)).toBe(text);
    });

    it.each(files.map(file => [path.relative(ROOT, file), file]))('%s comes back from a scrambled layout', async (_name, file) => {
        const text = readFileSync(file, 'utf8');
        for (let seed = 1; seed <= 4; seed++) {
            const scrambled = scramble(text, seed);
            expect(scrambled).not.toBe(text);
            expect(await formatChecked(scrambled)).toBe(text);
        }
    });
});

/**
 * Rewrites the whitespace between tokens at random (seeded). Whitespace next to a comment is kept:
 * whether a comment is on its own line, and blank lines around it, are the author's choice.
 */
function scramble(text: string, seed: number): string {
    // mulberry32: small, seeded, exact in doubles.
    let state = seed;
    const random = (n: number) => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const choices = [' ', '   ', '\n', '\n\n\n', '\t', ' \n\t ', '\n        '];
    const leaves = CstUtils.flattenCst(parse(text).parseResult.value.$cstNode!).toArray();
    let result = ['', '\n\n', '  '][random(3)];
    leaves.forEach((leaf, i) => {
        result += leaf.text;
        const next = leaves[i + 1];
        if (!next) return;
        result += leaf.hidden || next.hidden ? text.substring(leaf.end, next.offset) : choices[random(choices.length)];
    });
    return result + ['', '\n\n\n', '   '][random(3)];
}
