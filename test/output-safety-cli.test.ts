/**
 * Text that lands in someone else's renderer cannot inject (issue 19, item 3), as a user meets it:
 * the built CLI on networks whose titles, lanes, contacts and file names are hostile.
 *
 * - `partnership diff`'s Markdown (the PR comment): no HTML (`<!--` would hide the rest of the
 *   comment, the over-budget error included), every table row one row, no mention;
 * - terminal output (`validate` text and github, `metrics`, `format`): no ESC or other control
 *   character, so nothing erases a line or hides what follows; a file name with a line break stays
 *   on its `file:line:col` line;
 * - GEXF, GraphML and SVG: well-formed XML (a strict parser reads them).
 *
 * Needs the build output (`npm run build`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Tokens } from 'marked';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli, textFindings, writeUnder } from './cli-run.js';
import { mentionsIn, tokensOf } from './markdown-read.js';

const dir = mkdtempSync(path.join(tmpdir(), 'partnership-output-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ESC = '\u001b';
/** C0 controls but the line feed, DEL, C1 controls, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function network(title: string, partnerTitle: string, contact: string, lane: string, effort: number): string {
    return `network Coalition "${title}" {
    us A
    budget 10 hours/month
}

partner A "${partnerTitle}" {
    sector nonprofit
    contact "${contact}"
    plays Lead
    capacity 40 hours/month
}

partner B {
    sector faith
    plays Helper
}

role Lead {
    lane "${lane}"
}

role Helper {
    lane "${lane}"
}

tie A -- B {
    effort ${effort} hours/month
    trust 4
    A gives funding
    B gives volunteers
}
`;
}

describe('partnership diff: the Markdown of the PR comment', () => {
    writeUnder(dir, 'diff/base/network.partnership', network('Coalition', 'Food Bank', 'Dana', 'food', 1));
    // `\\n` is a line break in the title; the effort breaks the budget of 10 h/month (over-budget, an error).
    writeUnder(dir, 'diff/head/network.partnership', network('Coalition\\n<!-- the rest is hidden', '<details><img src=x onerror=alert(1)></table>', '@octocat or @org/team', '`x` | y\\n| z |', 20));
    const run = runCli(['diff', 'base', 'head', '--today', '2026-11-01'], path.join(dir, 'diff'));
    const tokens = tokensOf(run.stdout);

    test('no HTML: no comment hides the rest, no <details>, <img> or </table> passes through', () => {
        expect(run.status).toBe(0);
        expect(tokens.filter(token => token.type === 'html').map(token => token.raw)).toEqual([]);
        expect(run.stdout).toContain('### Network Coalition — Coalition &lt;\\!-- the rest is hidden\n');
        expect(run.stdout).toContain('| changed | partner `A` | title Food Bank → &lt;details&gt;&lt;img src=x onerror=alert\\(1\\)&gt;&lt;/table&gt;; contact Dana → @\u200doctocat or @\u200dorg/team |\n');
        expect(run.stdout).toContain('| changed | role `Lead` | lane food → \\`x\\` \\| y \\| z \\| |\n');
    });

    test('the over-budget error is in the Findings table, and every table keeps its rows', () => {
        const tables = tokens.filter((token): token is Tokens.Table => token.type === 'table');
        const findings = tables.find(table => table.header.map(cell => cell.text).join('|') === '|severity|rule|element|message');
        expect(findings?.rows.map(row => [row[0].text, row[1].text, row[2].text])).toContainEqual(['introduced', 'error', '`over-budget`']);
        for (const table of tables) {
            for (const row of table.rows) expect(row).toHaveLength(table.header.length);
        }
        // One row per change: the network, partner A, the two roles, the tie.
        const changes = tables.find(table => table.header[0].text === 'change');
        expect(changes?.rows.map(row => row[1].text)).toEqual(['network `Coalition`', 'partner `A`', 'role `Helper`', 'role `Lead`', 'tie `A -- B`']);
    });

    test('no mention pings anyone', () => {
        expect(mentionsIn(run.stdout)).toEqual([]);
        // As it reads, though: the joiner after the @ is invisible.
        expect(run.stdout).toContain('@\u200doctocat or @\u200dorg/team');
    });
});

describe('terminal output: display strings cannot move the cursor or hide text', () => {
    const hostile = `Coalition ${ESC}[8m hidden`;
    const lane = `food ${ESC}[1A${ESC}[2K erased \u202e`;
    writeUnder(dir, 'term/network.partnership', network(hostile, `Food ${ESC}]8;;https://x${ESC}\\Bank`, `@x \u009b2J`, lane, 1));

    test('validate (text): the lane-overlap finding shows the escapes, no control character reaches the terminal', () => {
        const run = runCli(['validate', 'term'], dir);
        expect(run.stdout).not.toMatch(UNSAFE);
        const overlap = textFindings(run.stdout).find(f => f.code === 'lane-overlap');
        expect(overlap?.message).toBe('The role Helper claims the same lane as Lead ("food \\x1b[1A\\x1b[2K erased \\u202e"); give each role a lane of its own, or merge the two roles.');
    });

    test('validate (github): the annotation message too', () => {
        const run = runCli(['validate', '--format', 'github', 'term'], dir);
        expect(run.stdout).not.toMatch(UNSAFE);
        expect(run.stdout).toContain('title=lane-overlap::The role Helper claims the same lane as Lead ("food \\x1b[1A\\x1b[2K erased \\u202e")');
    });

    test('validate (json, sarif) and metrics (table, json, csv): no raw control character; JSON keeps the value', () => {
        for (const args of [['validate', '--format', 'json'], ['validate', '--format', 'sarif'], ['metrics'], ['metrics', '--format', 'json'], ['metrics', '--format', 'csv']]) {
            const run = runCli([...args, 'term'], dir);
            expect([args.join(' '), UNSAFE.exec(run.stdout.replace(/\r\n/g, '\n'))?.[0]]).toEqual([args.join(' '), undefined]);
        }
        const metrics = runCli(['metrics', 'term'], dir);
        expect(metrics.stdout.split('\n')[0]).toBe("Network Coalition — Coalition \\x1b[8m hidden");
        const json = JSON.parse(runCli(['metrics', '--format', 'json', 'term'], dir).stdout) as { networks: Array<{ title: string }> };
        expect(json.networks[0].title).toBe(hostile);
    });

    test('graph --format dot and mermaid: no raw control character', () => {
        for (const format of ['dot', 'mermaid', 'json', 'kumu']) {
            const run = runCli(['graph', '--format', format, 'term'], dir);
            expect([format, run.status, UNSAFE.exec(run.stdout)?.[0]]).toEqual([format, 0, undefined]);
        }
    });
});

describe('XML exports: well-formed whatever the display strings hold', () => {
    writeUnder(dir, 'xml/network.partnership', network(`a ${ESC}\u0001\u0008 ]]> <!-- & \u0085`, '\u000b\u000c"\'<x/>', '\u202e\u0007', 'l\u0002ane', 1));

    test.each(['gexf', 'graphml', 'svg'])('%s reads with a strict parser', format => {
        const run = runCli(['graph', '--format', format, 'xml'], dir);
        expect(run.status).toBe(0);
        const parser = new SaxesParser();
        const errors: string[] = [];
        parser.on('error', error => { errors.push(error.message); });
        parser.write(run.stdout).close();
        expect(errors).toEqual([]);
        // eslint-disable-next-line no-control-regex
        expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    });
});

describe('a file name with a line break or ESC stays on its file:line:col line', () => {
    writeUnder(dir, `names/two\nlines${ESC}[2K.partnership`, 'partner Loose "x" {\n    sector nonprofit\n}\n');

    test('validate (text): one line per finding, the name with escapes', () => {
        const run = runCli(['validate', 'names'], dir);
        expect(run.stdout).not.toMatch(UNSAFE);
        const findings = textFindings(run.stdout);
        expect(findings.map(f => `${f.file}:${f.line}:${f.column} ${f.code}`)).toEqual([
            'names/two\\nlines\\x1b[2K.partnership:1:9 isolated-partner',
            'names/two\\nlines\\x1b[2K.partnership:1:9 partner-without-role'
        ]);
        expect(run.stdout.trimEnd().split('\n')).toHaveLength(3);
    });

    test('validate (github): the file property names the real file (%0A), with no raw ESC', () => {
        const run = runCli(['validate', '--format', 'github', 'names'], dir);
        expect(run.stdout).not.toMatch(UNSAFE);
        expect(run.stdout.split('\n')[0]).toMatch(/^::warning file=names\/two%0Alines\\x1b\[2K\.partnership,line=1,col=9,/);
    });

    test('format --check: the name on one line', () => {
        writeUnder(dir, `names/two\nlines${ESC}[2K.partnership`, 'partner Loose "x" {sector nonprofit}\n');
        const run = runCli(['format', '--check', 'names'], dir);
        expect(run.stdout).toBe('would format names/two\\nlines\\x1b[2K.partnership\n1 file would be formatted (run partnership format)\n');
    });
});
