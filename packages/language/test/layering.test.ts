/**
 * The one-way flow of the architecture, checked on the sources' imports:
 *
 *   text → parse + link (parser/, references/, workspace/) → model/ → analysis/ → rules/ → validation/, lsp/
 *
 * - analysis/ and rules/ are plain TypeScript over the model: no Langium, no editor protocol;
 * - the model reads no rule, no validation and no editor feature; utils/ reads none of them either;
 * - a rule file imports no other rule (shared helpers live in rules/util/);
 * - only the module, the entry points and the editor features import lsp/;
 * - across packages: language ← views ← {cli, extension}; nothing imports the CLI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const PACKAGES = resolve(SRC, '../..');

function filesUnder(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' || entry.name === 'out' ? [] : filesUnder(path);
        return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
}

/** The module specifiers a file imports or re-exports. */
function importsOf(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map(m => m[1] ?? m[2]);
}

interface Import { file: string; target: string }

/** Imports of language/src files: relative ones as paths below src/, packages as they are written. */
function languageImports(): Import[] {
    return filesUnder(SRC).flatMap(file => importsOf(file).map(spec => ({
        file: relative(SRC, file),
        target: spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)).replace(/\.js$/, '.ts') : spec
    })));
}

const isPackage = (target: string) => !target.includes('/') || !/\.ts$/.test(target);
const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`);

function violations(imports: Import[], from: (file: string) => boolean, allowed: (target: string, file: string) => boolean): string[] {
    return imports.filter(i => from(i.file) && !allowed(i.target, i.file)).map(i => `${i.file} imports ${i.target}`);
}

describe('the layers of the language package', () => {
    const imports = languageImports();

    it('finds the sources and their imports', () => {
        expect(imports.filter(i => i.file.startsWith('rules/')).length).toBeGreaterThan(20);
        expect(imports.some(i => i.file === 'model/build.ts' && i.target === 'generated/ast.ts')).toBe(true);
    });

    it('analysis/ reads only the model, utils/ and graphology', () => {
        expect(violations(imports, under('analysis'), target =>
            under('analysis')(target) || under('model')(target) || under('utils')(target) || /^graphology/.test(target))).toEqual([]);
    });

    it('rules/ read the model, the analysis and utils/, and a rule no other rule', () => {
        const ruleFile = (file: string) => /^rules\/[a-z]+(-[a-z]+)+\.ts$/.test(file);
        expect(violations(imports, under('rules'), (target, file) => {
            if (isPackage(target)) return false;
            if (under('model')(target)) return target !== 'model/build.ts';
            if (under('analysis')(target)) return true;
            if (under('utils')(target)) return target !== 'utils/cst-properties.ts';
            if (!under('rules')(target)) return false;
            // A rule's file takes shared pieces from rules/util/ and the catalog's types, never another rule.
            return !ruleFile(file) || !ruleFile(target);
        })).toEqual([]);
    });

    it('the model reads no rule, validation or editor feature; utils/ none either', () => {
        const outward = (target: string) => ['rules', 'validation', 'lsp', 'references', 'workspace', 'parser'].some(folder => under(folder)(target))
            || target === 'partnership-module.ts';
        expect(violations(imports, under('model'), target => !outward(target))).toEqual([]);
        expect(violations(imports, under('utils'), target => !outward(target) && !under('analysis')(target))).toEqual([]);
    });

    it('only the module, the entry points and editor features import lsp/', () => {
        const entries = new Set(['partnership-module.ts', 'index.ts', 'main.ts', 'node.ts']);
        expect(violations(imports, file => !under('lsp')(file) && !entries.has(file), target => !under('lsp')(target))).toEqual([]);
    });
});

describe('the packages', () => {
    const importsIn = (name: string) => filesUnder(join(PACKAGES, name, 'src')).flatMap(file => importsOf(file).map(target => ({ file: relative(PACKAGES, file), target })));
    const named = (pattern: RegExp) => (i: Import) => pattern.test(i.target);

    it('language ← views ← {cli, extension}: nothing imports the CLI, the language imports neither', () => {
        expect(importsIn('language').filter(named(/^partnership-(views|cli)\b/))).toEqual([]);
        expect(importsIn('views').filter(named(/^partnership-cli\b/))).toEqual([]);
        expect(importsIn('extension').filter(named(/^partnership-cli\b/))).toEqual([]);
        expect(importsIn('views').some(named(/^partnership-language\b/))).toBe(true);
    });
});
