/**
 * One slip, one error: a single-token mutation of an example network (a token deleted, doubled,
 * replaced or inserted) gives at most two errors more, over all files of the network, than the
 * network had (food-access is over budget on purpose). The mutations are slips: a different word, a missing brace, a stray comma, a unit
 * typed wrong. Replacing a token with one of its own kind (a number by a number, a name by a name)
 * is an edit, not a slip, and may legitimately change the findings; so is removing or renaming the
 * name a declaration introduces (everything that named it no longer resolves).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createPartnershipServices } from '../../src/partnership-module.js';
import { KEYWORDS } from './arbitraries.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const EXAMPLE_NETWORKS = ['food-access', 'county-emergency', 'clean-network'].map(folder => {
    const dir = path.join(ROOT, 'examples', folder);
    return readdirSync(dir).filter(file => file.endsWith('.partnership')).sort().map(file => [`${folder}/${file}`, readFileSync(path.join(dir, file), 'utf8')] as const);
});

/** What a coordinator may type in place of a token: words of the language, symbols, and common slips. */
const POOL = [...KEYWORDS, 'Zzq', 'hrs', 'months', 'monthly', 'paused', '10/15/2026', '“Text”', '"text"', '42', '2026-01-01', ';', ':', '—', '-', "'x'"];
const DECLARATION_WORDS = new Set(['network', 'partner', 'role', 'goal', 'tie', 'meeting']);

const services = createPartnershipServices(EmptyFileSystem);
services.Partnership.network.Settings.today = '2026-11-01';
const lexer = services.Partnership.parser.Lexer;
let run = 0;

async function errorCount(files: ReadonlyArray<readonly [string, string]>): Promise<{ count: number; errors: string[] }> {
    const shared = services.shared;
    const base = `file:///slip${run++}/`;
    const documents = files.map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(base + name));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const errors = documents.flatMap(doc => (doc.diagnostics ?? []).filter(d => d.severity === 1)
        .map(d => `${doc.uri.path.split('/').pop()}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`));
    for (const document of documents) shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    await shared.workspace.DocumentBuilder.update([], documents.map(doc => doc.uri));
    return { count: errors.length, errors };
}

interface Slip { network: number; file: number; token: number; kind: 'delete' | 'double' | 'replace' | 'insert'; replacement: string }

const slip: fc.Arbitrary<Slip> = fc.record({
    network: fc.nat({ max: EXAMPLE_NETWORKS.length - 1 }),
    file: fc.nat({ max: 10 }),
    token: fc.nat({ max: 100_000 }),
    kind: fc.constantFrom('delete', 'double', 'replace', 'insert'),
    replacement: fc.constantFrom(...POOL)
});

function apply(files: ReadonlyArray<readonly [string, string]>, s: Slip): { files: Array<readonly [string, string]>; changed: string } | undefined {
    const index = s.file % files.length;
    const [name, text] = files[index];
    const tokens = lexer.tokenize(text).tokens;
    const at = s.token % tokens.length;
    const token = tokens[at];
    const before = tokens[at - 1];
    // A declaration's own name: deleting or replacing it is a rename (see above).
    if (token.tokenType.name === 'ID' && before && DECLARATION_WORDS.has(before.image) && (s.kind === 'delete' || s.kind === 'replace')) return undefined;
    const replacementType = lexer.tokenize(s.replacement).tokens[0]?.tokenType.name;
    if (s.kind === 'replace' && replacementType === token.tokenType.name) return undefined;
    const start = token.startOffset;
    const end = token.startOffset + token.image.length;
    const mutated = s.kind === 'delete' ? text.slice(0, start) + text.slice(end)
        : s.kind === 'double' ? text.slice(0, end) + ' ' + token.image + text.slice(end)
        : s.kind === 'replace' ? text.slice(0, start) + s.replacement + text.slice(end)
        : text.slice(0, start) + s.replacement + ' ' + text.slice(start);
    return { files: files.map((file, i) => (i === index ? [name, mutated] as const : file)), changed: `${name}: ${s.kind} '${token.image}' (line ${token.startLine})${s.kind === 'replace' || s.kind === 'insert' ? ` with '${s.replacement}'` : ''}` };
}

describe('one slip, one error', () => {
    const baseline: number[] = [];
    test('the example networks have the errors their READMEs show', async () => {
        for (const files of EXAMPLE_NETWORKS) baseline.push((await errorCount(files)).count);
        expect(baseline).toEqual([1, 0, 0]);
    });

    test('a single-token slip gives at most two errors more', async () => {
        await fc.assert(fc.asyncProperty(slip, async s => {
            const files = EXAMPLE_NETWORKS[s.network];
            const mutated = apply(files, s);
            if (!mutated) return true;
            const { count, errors } = await errorCount(mutated.files);
            if (count > baseline[s.network] + 2) throw new Error(`${mutated.changed} gives ${count - baseline[s.network]} errors more:\n${errors.join('\n')}`);
            // And every message is in plain words: no parser wording, no token type names.
            const technical = errors.filter(error => /Token sequences|\bEOF\b|\bID\b|\bNUMBER\b|\bSTRING\b|Expecting/.test(error));
            if (technical.length > 0) throw new Error(`${mutated.changed} gives parser wording:\n${technical.join('\n')}`);
            return true;
        }), { numRuns: Number(process.env.SLIP_RUNS ?? 400), seed: Number(process.env.SLIP_SEED ?? 20261202) });
    }, 600_000);
});
