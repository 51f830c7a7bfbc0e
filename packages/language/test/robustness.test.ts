/**
 * The language services never crash on any text: every prefix of real files (what an editor sees
 * while someone types them out), token-shuffled variants and garbage all build, and every message
 * a user then sees is a real sentence (no "undefined", "NaN" or "An error occurred").
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createPartnershipServices } from '../src/partnership-module.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

function exampleFiles(): Array<[string, string]> {
    return readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.partnership'))
        .sort()
        .map(file => [file, readFileSync(path.join(EXAMPLES, file), 'utf8')]);
}

/** Builds one document alone and returns the problems a user would see in its diagnostics. */
async function problemsOf(services: ReturnType<typeof createPartnershipServices>, text: string, index: number): Promise<string[]> {
    const uri = URI.parse(`file:///fuzz/${index}/doc.partnership`);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    try {
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        return (document.diagnostics ?? [])
            .filter(d => d.code === 'internal-error' || /An error occurred|\bundefined\b|\bNaN\b|\[object /.test(String(d.message)))
            .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}: ${d.message}`);
    } finally {
        services.shared.workspace.LangiumDocuments.deleteDocument(uri);
    }
}

describe('robustness', () => {
    test('every prefix of every example file builds and reads well', async () => {
        const services = createPartnershipServices(EmptyFileSystem);
        const failures: string[] = [];
        let index = 0;
        for (const [file, text] of exampleFiles()) {
            // Every third character boundary in the first 1,500 characters, then every 13th.
            for (let end = 0; end <= text.length; end += end < 1500 ? 3 : 13) {
                const problems = await problemsOf(services, text.substring(0, end), index++);
                if (problems.length > 0) failures.push(`${file} cut at ${end}: ${problems[0]}`);
            }
        }
        expect(failures.slice(0, 10)).toEqual([]);
    }, 120_000);

    test('deleting any one line of an example builds and reads well', async () => {
        const services = createPartnershipServices(EmptyFileSystem);
        const failures: string[] = [];
        let index = 0;
        for (const [file, text] of exampleFiles()) {
            const lines = text.split('\n');
            for (let i = 0; i < lines.length; i++) {
                const problems = await problemsOf(services, [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'), index++);
                if (problems.length > 0) failures.push(`${file} without line ${i + 1}: ${problems[0]}`);
            }
        }
        expect(failures.slice(0, 10)).toEqual([]);
    }, 120_000);

    test('garbage builds without a crash', async () => {
        const services = createPartnershipServices(EmptyFileSystem);
        let seed = 7;
        const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
        const alphabet = 'partner tie -- { } gives every 3 months hours/month trust 9 "x" 2026-13-45 // @allow\n\u0000\u00e9\u{1F600}';
        const samples = [
            '', '\u0000', '{'.repeat(5000), '}'.repeat(50), 'tie -- -- --', 'x'.repeat(100_000), '"unterminated',
            '/* never closed', 'partner partner partner', 'network { policy { rule } }', 'meeting M { every 0 weeks duration 0 hours }',
            ...Array.from({ length: 40 }, () => Array.from({ length: 200 }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''))
        ];
        const failures: string[] = [];
        for (const [i, sample] of samples.entries()) {
            const problems = await problemsOf(services, sample, i);
            if (problems.length > 0) failures.push(`sample ${i}: ${problems[0]}`);
        }
        expect(failures).toEqual([]);
    }, 60_000);
});
