/**
 * `partnership explain CODE` (docs/cli.md, "partnership explain") and the links of `validate`'s text
 * output: every code has its page, rendered as plain text when stdout is no terminal or NO_COLOR is
 * set, with absolute links; an unknown code is one line and exit 2. OSC 8 links appear only where
 * hyperlinks are on (FORCE_HYPERLINK=1 here), and piped text output is unchanged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runCli } from './cli-run.js';
import { DEFAULT_DOCS_BASE, docsUrl, RULES_BY_CODE, STRUCTURAL_CODES } from '../packages/language/src/rules/index.js';
import { explain, listCodes, pageOf, type RenderStyle } from '../packages/cli/src/explain.js';
import { explainHint, formatText } from '../packages/cli/src/report.js';
import type { ValidationResult } from '../packages/cli/src/validate.js';

const PLAIN: RenderStyle = { colour: false, hyperlinks: false, width: 80 };
const CODES = [...RULES_BY_CODE.keys(), ...Object.keys(STRUCTURAL_CODES)].sort();
const ESC = '\u001B';
const OSC8 = (url: string, text: string) => `${ESC}]8;;${url}${ESC}\\${text}${ESC}]8;;${ESC}\\`;

describe('every code has a page, as plain text', () => {
    test.each(CODES)('%s', code => {
        const structural = code in STRUCTURAL_CODES;
        const text = explain(code, PLAIN);
        const lines = text.split('\n');
        expect(lines[0]).toBe(code);
        expect(lines[1]).toBe('='.repeat(code.length));
        expect(text).not.toContain(ESC);
        // Markdown's syntax is gone: no headings' #, no fences, no [text](link), no bold **.
        expect(text).not.toMatch(/^\s*#{1,6} /m);
        expect(text).not.toMatch(/^\s*```/m);
        expect(text).not.toMatch(/\]\(/);
        expect(text).not.toContain('**');
        expect(text).not.toContain('<a id=');
        // Every link is absolute.
        for (const [, url] of text.matchAll(/\((\S+?)\)/g)) {
            if (/^[a-z]+:/.test(url)) expect(url).toMatch(/^https:\/\//);
        }
        expect(text.endsWith(`Online: ${docsUrl(code, structural)}\n`)).toBe(true);
        // Prose is wrapped at 80 columns; only code and URLs run longer.
        for (const line of lines.filter(line => line.length > 80)) expect(line, line).toMatch(/^ {4}|https:\/\/\S+\)?[.,;:]?$/);
    });

    test('a rule page: its headings, its example indented as code, its relative links as absolute URLs', () => {
        const text = explain('over-budget', PLAIN);
        expect(text).toContain('\nWhat it checks\n--------------\n');
        expect(text).toContain('\n    network Demo {\n        us FoodBank\n        budget 10 hours/month\n');
        expect(text).toContain('\n    network.partnership:3:12 error FoodBank spends 13.9 h/month');
        expect(text).toContain(`load\n(${DEFAULT_DOCS_BASE.replace(/rules\/$/, '')}language.md#time-accounting)`);
        // A code block inside a list item keeps the item's indent as well.
        expect(text).toContain('\n      // @allow over-budget -- grant-writing season; back under budget in March\n');
        expect(text).toContain('`policy { rule over-budget warning }`');
    });

    test('a structural check: its section of structural.md alone, its links into that page', () => {
        const text = explain('unknown-rule', PLAIN);
        expect(text).toContain('A structural check: always an error.');
        expect(text).toContain("network.partnership:3:14 error Unknown rule 'one-sided-ties'");
        expect(text).not.toContain('invalid-allow\n');
        expect(text).not.toContain('Write a suppression as');
        expect(explain('invalid-amount', PLAIN).replace(/\s+/g, ' ')).toContain(`syntax-error (${DEFAULT_DOCS_BASE}structural.md#syntax-error)`);
        expect(pageOf('self-tie')!.markdown).not.toContain('<a id="trust-out-of-range">');
    });

    test('a code as copied from a finding line, [code], or in capitals, is found', () => {
        expect(explain('[self-tie]', PLAIN)).toBe(explain('self-tie', PLAIN));
        expect(explain('Over-Budget', PLAIN)).toBe(explain('over-budget', PLAIN));
    });

    test('with colour: titles bold, code cyan, no underline rules; with hyperlinks, OSC 8 links and no URLs in brackets', () => {
        const styled = explain('over-budget', { colour: true, hyperlinks: true, width: 80 });
        expect(styled).toContain(`${ESC}[1m`);
        expect(styled).not.toContain('\n=====');
        expect(styled).toContain(OSC8(`${DEFAULT_DOCS_BASE.replace(/rules\/$/, '')}language.md#time-accounting`, `${ESC}[4mload${ESC}[24m`));
        expect(styled).not.toContain('(https://');
    });
});

describe('partnership explain, run', () => {
    test('prints the page with exit 0; piped with NO_COLOR, no escape codes', () => {
        const run = runCli(['explain', 'over-budget']);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe(explain('over-budget', PLAIN));
        // Piped and without NO_COLOR: still plain.
        const piped = runCli(['explain', 'over-budget'], ROOT, { NO_COLOR: '', FORCE_COLOR: undefined });
        expect(piped.stdout).toBe(run.stdout);
    });

    test('FORCE_COLOR=1 styles it, unless NO_COLOR is set', () => {
        expect(runCli(['explain', 'self-tie'], ROOT, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toContain(`${ESC}[`);
        expect(runCli(['explain', 'self-tie'], ROOT, { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
    });

    test('an unknown code: one line naming the closest code, exit 2', () => {
        expect(runCli(['explain', 'over-budgt'])).toEqual({
            status: 2, stdout: '', stderr: "partnership: unknown code 'over-budgt'; did you mean 'over-budget'? (partnership explain --list lists them)\n"
        });
        expect(runCli(['explain', 'sefl-tie']).stderr).toBe("partnership: unknown code 'sefl-tie'; did you mean 'self-tie'? (partnership explain --list lists them)\n");
        expect(runCli(['explain', 'nothing-like-any-code'])).toEqual({
            status: 2, stdout: '', stderr: "partnership: unknown code 'nothing-like-any-code' (partnership explain --list lists them)\n"
        });
    });

    test('--list, and no code, list every code with its summary', () => {
        const run = runCli(['explain', '--list']);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(listCodes(PLAIN));
        expect(runCli(['explain']).stdout).toBe(run.stdout);
        const lines = run.stdout.split('\n');
        for (const [code, rule] of RULES_BY_CODE) {
            expect(lines.some(line => line.startsWith(`  ${code} `) && line.includes(` ${rule.meta.defaultSeverity} `) && line.endsWith(rule.meta.summary))).toBe(true);
        }
        for (const [code, summary] of Object.entries(STRUCTURAL_CODES)) {
            expect(lines.some(line => line.startsWith(`  ${code} `) && line.endsWith(summary))).toBe(true);
        }
    });

    test('partnership --help lists the command', () => {
        expect(runCli(['--help']).stdout).toMatch(/^ {2}explain \[options\] \[code\]/m);
    });
});

describe('links in validate\'s text output', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'partnership-links-'));
    writeFileSync(path.join(dir, 'network.partnership'), 'network Demo {\n    us FoodBank\n}\n\npartner FoodBank\n\ntie FoodBank -- FoodBank\n');

    test('FORCE_HYPERLINK=1: each [code] is an OSC 8 link to its page, the text around it unchanged', () => {
        const plain = runCli(['validate', '.', '--today', '2026-11-01'], dir);
        const linked = runCli(['validate', '.', '--today', '2026-11-01'], dir, { FORCE_HYPERLINK: '1' });
        expect(plain.stdout).not.toContain(ESC);
        expect(linked.stdout).toContain(OSC8(docsUrl('self-tie', true), '[self-tie]'));
        expect(linked.stdout).toContain(OSC8(docsUrl('partner-without-role', false), '[partner-without-role]'));
        expect(linked.stdout.replace(/\u001B\]8;;[^\u001B]*\u001B\\/g, '')).toBe(plain.stdout);
        expect(linked.status).toBe(plain.status);
    });

    test('FORCE_HYPERLINK=0, and piped (no terminal): no links and no hint', () => {
        const plain = runCli(['validate', '.', '--today', '2026-11-01'], dir);
        expect(runCli(['validate', '.', '--today', '2026-11-01'], dir, { FORCE_HYPERLINK: '0' }).stdout).toBe(plain.stdout);
        expect(plain.stdout).not.toContain('partnership explain');
        expect(plain.stdout.trimEnd().split('\n').pop()).toMatch(/^✖ /);
    });

    test('formatText: links only when asked; the hint names the first finding\'s code', () => {
        const finding = {
            file: path.join(dir, 'network.partnership'), range: { start: { line: 6, character: 16 }, end: { line: 6, character: 24 } },
            severity: 'error' as const, code: 'self-tie', message: 'A tie joins two different partners.', related: [], docs: docsUrl('self-tie', true)
        };
        const result = { files: [finding.file], findings: [finding], skipped: [] } as unknown as ValidationResult;
        // Colours are picocolors' to decide (on under CI=true): the test reads the text without them.
        const uncoloured = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
        expect(uncoloured(formatText(result, dir))).toContain('network.partnership:7:17 error A tie joins two different partners. [self-tie]\n');
        expect(uncoloured(formatText(result, dir, { hyperlinks: true }))).toContain(`partners. ${OSC8(finding.docs, '[self-tie]')}\n`);
        expect(uncoloured(explainHint([finding]) ?? '')).toBe("What a finding's [CODE] checks and how to fix it: partnership explain CODE (e.g. partnership explain self-tie)");
        expect(explainHint([])).toBeUndefined();
    });

    // A terminal: `script` (util-linux) runs the CLI on a pseudo-terminal.
    test.skipIf(!existsSync('/usr/bin/script'))('on a terminal, the text output ends with the hint to explain', () => {
        const bin = path.join(ROOT, 'packages/cli/bin/partnership.js');
        const run = spawnSync('/usr/bin/script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} validate . --today 2026-11-01`, '/dev/null'], {
            cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_HYPERLINK: '0', TERM: 'xterm' }
        });
        const lines = run.stdout.replace(/\r/g, '').trimEnd().split('\n');
        expect(lines.at(-2)).toBe('✖ 4 problems (1 error, 2 warnings, 1 info) in 1 file');
        expect(lines.at(-1)).toBe("What a finding's [CODE] checks and how to fix it: partnership explain CODE (e.g. partnership explain no-purpose)");
    });
});

test('the pages built into the CLI are the docs as they are now', () => {
    const generated = readFileSync(path.join(ROOT, 'packages/cli/src/generated/docs.ts'), 'utf8');
    for (const code of [...RULES_BY_CODE.keys(), 'structural']) {
        const page = JSON.stringify(readFileSync(path.join(ROOT, 'docs/rules', `${code}.md`), 'utf8'));
        expect(generated.includes(page), `${code}.md is not in the build as it is now: run npm run build`).toBe(true);
    }
});

test('docs/cli.md\'s example is what partnership explain prints: its start, then its last line', () => {
    const cli = readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8');
    const block = /^```\n\$ partnership explain over-budget\n([\s\S]*?)^```$/m.exec(cli)![1].trimEnd().split('\n');
    const cut = block.indexOf('...');
    const printed = runCli(['explain', 'over-budget']).stdout.trimEnd().split('\n');
    expect(printed.slice(0, cut)).toEqual(block.slice(0, cut));
    expect(printed.at(-1)).toBe(block.at(-1));
    expect(cli).toContain(`\`${runCli(['explain', 'over-budgt']).stderr.trimEnd()}\``);
});
