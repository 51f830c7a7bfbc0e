/**
 * Every rule page's example produces exactly the diagnostics the page shows: the first
 * `partnership` block under "## Example", validated alone as network.partnership (--today
 * 2026-11-01), against the code block that follows it.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runCli } from './cli-run.js';
import { RULES_BY_CODE } from '../packages/language/src/rules/index.js';

const RULE_DOCS = path.join(ROOT, 'docs/rules');

function example(markdown: string): { source: string; output: string } | undefined {
    const section = markdown.split(/^## Example\s*$/m)[1];
    if (!section) return undefined;
    const blocks = [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)];
    const index = blocks.findIndex(block => block[1] === 'partnership');
    if (index < 0 || !blocks[index + 1]) return undefined;
    return { source: blocks[index][2], output: blocks[index + 1][2] };
}

describe('rule pages', () => {
    test('every rule has a page', () => {
        const pages = readdirSync(RULE_DOCS).filter(f => f.endsWith('.md')).map(f => f.replace(/\.md$/, ''));
        expect([...RULES_BY_CODE.keys()].filter(code => !pages.includes(code))).toEqual([]);
    });

    test.each([...RULES_BY_CODE.keys()].sort())('%s: the example gives the output shown', code => {
        const page = readFileSync(path.join(RULE_DOCS, `${code}.md`), 'utf8');
        const shown = example(page);
        expect(shown, 'an "## Example" section with a partnership block and its output').toBeDefined();
        const dir = mkdtempSync(path.join(tmpdir(), `doc-${code}-`));
        writeFileSync(path.join(dir, 'network.partnership'), shown!.source);
        const run = runCli(['validate', 'network.partnership', '--today', '2026-11-01'], dir);
        const printed = run.stdout.split('\n').filter(line => line && !/^[✖✔]/.test(line));
        expect(printed).toEqual(shown!.output.trimEnd().split('\n'));
        expect(printed.some(line => line.endsWith(`[${code}]`))).toBe(true);
    });
});

describe('README', () => {
    test('the sample and its diagnostics are what the CLI prints', () => {
        const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
        const blocks = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)];
        const sample = blocks.findIndex(block => block[1] === 'partnership');
        const [command, ...shown] = blocks[sample + 1][2].trimEnd().split('\n');
        expect(command).toBe('$ partnership validate sample.partnership');
        const dir = mkdtempSync(path.join(tmpdir(), 'readme-'));
        writeFileSync(path.join(dir, 'sample.partnership'), blocks[sample][2]);
        const run = runCli(['validate', 'sample.partnership'], dir);
        expect(run.stdout.trimEnd().split('\n')).toEqual(shown);
    });
});
