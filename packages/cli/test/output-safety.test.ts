/**
 * Property (fast-check): whatever the display strings hold (controls, ESC sequences, `<!--`, `|`,
 * backticks, `@x`, line breaks, `]]>`, bidi overrides...), put into a network's titles, lanes,
 * contacts, a goal's measure and the file's name, no output format lets them act in the renderer
 * it lands in:
 *
 * - every output (they all go to stdout by default): no C0 or C1 control, DEL or bidi override but
 *   the line feed (CSV's CRLF line ends aside);
 * - `validate`'s text: one line per finding and related location, then the summary;
 * - `diff`'s Markdown, read by marked (GitHub-flavoured): no HTML token, every table row as many
 *   cells as its header, one row per change and per finding, one heading per network, no mention;
 * - GEXF, GraphML and SVG: well-formed for a strict XML parser (saxes);
 * - JSON (validate, SARIF, metrics, diff, graph, Kumu): the display strings read back unchanged.
 *
 * The outputs are made in process, by the functions the commands print, on files written to a
 * temporary folder. The escaping itself: packages/views/src/{terminal,markdown,xml}-text.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Tokens } from 'marked';
import { exportGraph, GRAPH_FORMATS, renderGraphs } from 'partnership-views';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, test, vi } from 'vitest';

// picocolors colours output under CI=true; its own codes are not what this test looks for, so the
// in-process outputs are read without colour (end-to-end tests run with NO_COLOR).
vi.mock('picocolors', async () => {
    const actual = await vi.importActual<{ default: typeof import('picocolors') }>('picocolors');
    return { default: actual.default.createColors(false) };
});
import { diffSnapshots, formatDiffJson, formatDiffMarkdown, type NetworkSnapshot } from '../src/diff.js';
import { formatFiles, formatReport } from '../src/format.js';
import { formatGithub } from '../src/github.js';
import { collectMetrics, formatGoalsCsv, formatMetricsCsv, formatMetricsJson, formatTable, goalsOf } from '../src/metrics.js';
import { formatJson, formatText } from '../src/report.js';
import { formatSarif } from '../src/sarif.js';
import { validateFiles } from '../src/validate.js';
import { mentionsIn, tokensOf } from '../../../test/markdown-read.js';

const root = mkdtempSync(path.join(tmpdir(), 'partnership-output-safety-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TODAY = '2026-11-01';

const HOSTILE = [
    '\u001b[1A\u001b[2K', '\u001b[8m', '\u001b]8;;https://x\u001b\\', '\u0007', '\u0000', '\u007f', '\u0085', '\u009b2J', '\t', '\r', '\n', '\r\n',
    '\u2028', '\u202e', '\u2066', '\u2069', '<!--', '-->', '<details>', '<img src=x onerror=alert(1)>', '</table>', '<script>', '&amp;',
    '|', '`', '```', '*', '_', '~~', '[a](https://x)', '![i](x)', '$x$', '#1', '\\', '"', "'", '@octocat', '@org/team', 'a@b.org',
    ']]>', '<![CDATA[', '::error::x', '%0A', '{}', ' '
];

/** A display string: hostile pieces and a few random characters. */
const displayString = fc.array(fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) }
), { minLength: 1, maxLength: 5 }).map(parts => parts.join(''));

/** The string written as a .partnership string literal (escapes for what the grammar cannot hold raw). */
function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\0/g, '\\0')}"`;
}

interface Strings { network: string; partner: string; contact: string; lane: string; goal: string; measure: string; file: string }

function networkText(s: Omit<Strings, 'file'>, effort: number): string {
    return `network Coalition ${quoted(s.network)} {
    us A
    budget 10 hours/month
}

goal Shared ${quoted(s.goal)} {
    measure ${quoted(s.measure)}
    target 10 by 2027-06-30
    progress 4 on 2026-06-01
}

partner A ${quoted(s.partner)} {
    sector nonprofit
    contact ${quoted(s.contact)}
    plays Lead
    capacity 40 hours/month
}

partner B {
    sector faith
    plays Helper
}

role Lead {
    serves Shared
    lane ${quoted(s.lane)}
}

role Helper {
    serves Shared
    lane ${quoted(s.lane)}
}

tie A -- B {
    effort ${effort} hours/month
    trust 4
    A gives funding
    B gives volunteers
}
`;
}

/** A file name from a display string: no `/`, no NUL, not too long, never `.` or `..`. */
function fileName(text: string): string {
    return `f ${[...text.replace(/[/\0]/g, '_')].slice(0, 40).join('')}.partnership`;
}

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function xmlErrors(xml: string): string[] {
    const parser = new SaxesParser();
    const errors: string[] = [];
    parser.on('error', error => { errors.push(error.message); });
    parser.write(xml).close();
    return errors;
}

let counter = 0;

async function checkCase(strings: Strings): Promise<void> {
    const folder = path.join(root, String(counter++));
    const base = path.join(folder, 'base');
    const head = path.join(folder, 'head');
    mkdirSync(base, { recursive: true });
    mkdirSync(head, { recursive: true });
    const plain = { network: 'Coalition', partner: 'Food Bank', contact: 'Dana', lane: 'food', goal: 'Goal', measure: 'meals' };
    writeFileSync(path.join(base, 'network.partnership'), networkText(plain, 1));
    const headFile = path.join(head, fileName(strings.file));
    writeFileSync(headFile, networkText(strings, 20));

    const outputs: Record<string, string> = {};
    const validation = await validateFiles([headFile], { today: TODAY });
    outputs['validate text'] = formatText(validation, folder);
    outputs['validate github'] = formatGithub(validation, folder);
    outputs['validate json'] = formatJson(validation, folder, TODAY);
    outputs['validate sarif'] = formatSarif(validation, folder, '0.0.0');

    const { reports, workspace } = await collectMetrics([headFile], { today: TODAY });
    const goals = goalsOf(reports, workspace, TODAY);
    outputs['metrics table'] = formatTable(reports, goals);
    outputs['metrics json'] = formatMetricsJson(reports, goals, TODAY);
    outputs['metrics csv'] = formatMetricsCsv(reports).replace(/\r\n/g, '\n');
    outputs['metrics csv goals'] = formatGoalsCsv(reports, goals).replace(/\r\n/g, '\n');
    for (const format of GRAPH_FORMATS) outputs[`graph ${format}`] = renderGraphs(reports.map(report => exportGraph(report, workspace)), format);

    const snapshots = async (target: string): Promise<NetworkSnapshot[]> => {
        const loaded = await collectMetrics([target], { today: TODAY });
        const analyzer = loaded.workspace.services.Partnership.network.Analyzer;
        return loaded.reports.map(report => {
            const result = analyzer.resultFor(report.key);
            return { name: report.name, title: report.title, network: result.network, findings: result.findings, analysis: report.analysis, brokerFrom: report.brokerFrom };
        });
    };
    const diff = diffSnapshots(await snapshots(path.join(base, 'network.partnership')), await snapshots(headFile), { base: strings.file, head: 'head' });
    outputs['diff markdown'] = formatDiffMarkdown(diff);
    outputs['diff json'] = formatDiffJson(diff);
    outputs['format --check'] = formatReport(await formatFiles([headFile]), true, folder);

    // Nothing a terminal would act on, in any output.
    for (const [name, text] of Object.entries(outputs)) {
        const unsafe = UNSAFE.exec(text);
        if (unsafe) throw new Error(`${name}: U+${unsafe[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${unsafe.index}:\n${JSON.stringify(text.slice(Math.max(0, unsafe.index - 80), unsafe.index + 40))}`);
    }

    // validate's text: one line per finding and related location, and the summary.
    const lines = outputs['validate text'].trimEnd().split('\n');
    expect(lines).toHaveLength(validation.findings.reduce((sum, finding) => sum + 1 + finding.related.length, 0) + 1);
    expect(validation.findings.map(f => f.code)).toContain('lane-overlap');

    // diff's Markdown as GitHub reads it.
    const tokens = tokensOf(outputs['diff markdown']);
    expect(tokens.filter(token => token.type === 'html').map(token => token.raw)).toEqual([]);
    const tables = tokens.filter((token): token is Tokens.Table => token.type === 'table');
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    const [network] = diff.networks;
    expect(tables.find(table => table.header[0].text === 'change')?.rows).toHaveLength(network.elements.length);
    expect(tables.find(table => table.header[1]?.text === 'severity')?.rows).toHaveLength(network.findings.length);
    expect(network.findings.map(f => f.code)).toContain('over-budget');
    expect(tokens.filter(token => token.type === 'heading' && token.depth === 3)).toHaveLength(diff.networks.length);
    expect(mentionsIn(outputs['diff markdown'])).toEqual([]);

    // XML, strictly.
    for (const format of ['gexf', 'graphml', 'svg']) expect([format, xmlErrors(outputs[`graph ${format}`])]).toEqual([format, []]);

    // JSON keeps the strings as they are.
    const validateJson = JSON.parse(outputs['validate json']) as { findings: Array<{ file: string; message: string }> };
    expect(validateJson.findings.map(f => f.message)).toEqual(validation.findings.map(f => f.message));
    expect(validateJson.findings[0].file).toBe(path.relative(folder, headFile));
    const metricsJson = JSON.parse(outputs['metrics json']) as { networks: Array<{ title: string; goals: Array<{ measure: string }> }> };
    expect(metricsJson.networks[0].title).toBe(strings.network);
    expect(metricsJson.networks[0].goals[0].measure).toBe(strings.measure);
    JSON.parse(outputs['validate sarif']);
    JSON.parse(outputs['diff json']);
    JSON.parse(outputs['graph json']);
    JSON.parse(outputs['graph kumu']);
}

describe('no display string can act in the renderer an output lands in', () => {
    test('property: every output format of validate, metrics, graph, diff and format (fast-check, 25 cases)', async () => {
        const strings = fc.record({ network: displayString, partner: displayString, contact: displayString, lane: displayString.map(text => `lane ${text}`), goal: displayString, measure: displayString, file: displayString });
        await fc.assert(fc.asyncProperty(strings, checkCase), { numRuns: Number(process.env.SAFETY_RUNS ?? 25), seed: Number(process.env.SAFETY_SEED ?? 20261101) });
    }, 240_000);
});
