/**
 * One self-contained HTML page for the networks a set of files belongs to —
 * per network a summary, the SVG graph (graph-export.ts), the metrics table (network-report.ts), the goals
 * (goal-report.ts, each with its chart from goal-chart.ts), trust and value when the network has value scores
 * or ratings (trust-value.ts, trust-value-chart.ts) and the findings grouped by rule code, each group
 * linking to the rule's documentation.
 *
 * The page needs no JavaScript and loads nothing: inline CSS and inline SVG only, under a strict
 * Content-Security-Policy. Every name, title and message is HTML-escaped. The same files (and the same
 * `--today`) give the same bytes: the page is dated only when `--today` is given; without it, check-ins
 * and goals are judged against the local date, as `validate` does.
 *
 * Browser-safe (no Node import): the VS Code extension exports the same report.
 */
import { URI } from 'vscode-uri';
import { docsUrl, isStructuralCode, localToday, minOf, pushAll, type Severity } from 'partnership-language';
import { exportGraph, renderGraphs } from './graph-export.js';
import { goalChartSvg } from './goal-chart.js';
import { hasTrustValue, trustValueView } from './trust-value.js';
import { trustValueSectionHtml } from './trust-value-chart.js';
import { dueText, goalViews, latestText, needsMetText, needsUnmetText, readingText, serversText, statusLabel, statusSentence, type GoalView } from './goal-report.js';
import { METRICS_COLUMNS, metricsLegend, metricsRows, networkHeading, networkLabel, summaryRows, type NetworkReport, type ViewContext } from './network-report.js';
import { htmlEscape, metricsHeaderHtml, metricsRowHtml, summaryTableHtml } from './html.js';
import type { NetworkHistory } from './history.js';
import { historySectionHtml, HISTORY_STYLE } from './history-render.js';
import { REPORT_CSP, REPORT_STYLE } from './report-style.js';

export { REPORT_CSP };

interface ReportFinding {
    file: string;
    line: number;
    column: number;
    code: string;
    severity: Severity;
    message: string;
    related: Array<{ file: string; line: number; column: number; message: string }>;
}

export interface ReportHtmlOptions {
    /** The date check-ins and goals were checked against, shown on the page when given (else the settings' `today`, else the local date). */
    today?: string;
    /** The networks' histories (`partnership report --history`), by the report's key: a History section each. */
    history?: ReadonlyMap<string, NetworkHistory>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;

/** The findings of every file of a network (diagnostics as `validate` reports them), sorted. */
function findingsOf(report: NetworkReport, context: ViewContext): ReportFinding[] {
    const findings: ReportFinding[] = [];
    for (const doc of context.services.shared.network.Groups.documentsOf(report.key)) {
        const file = context.displayPath(doc.uri);
        for (const d of doc.diagnostics ?? []) {
            findings.push({
                file,
                line: d.range.start.line + 1,
                column: d.range.start.character + 1,
                code: String(d.code ?? 'internal-error'),
                severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
                message: typeof d.message === 'string' ? d.message : (d.message as { value: string }).value,
                related: (d.relatedInformation ?? []).map(info => ({
                    file: context.displayPath(URI.parse(info.location.uri)),
                    line: info.location.range.start.line + 1,
                    column: info.location.range.start.character + 1,
                    message: info.message
                }))
            });
        }
    }
    return findings.sort((a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column
        || compare(a.code, b.code) || compare(a.message, b.message));
}

function summaryOf(report: NetworkReport, findings: ReportFinding[]): string {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const finding of findings) counts[finding.severity]++;
    const rows = summaryRows(report);
    rows.push(['findings', `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}`]);
    return summaryTableHtml(rows);
}

function metricsTable(report: NetworkReport, context: ViewContext): string {
    const network = context.services.Partnership.network.Analyzer.resultFor(report.key).network;
    return [
        '<table class="metrics">',
        metricsHeaderHtml(METRICS_COLUMNS),
        ...metricsRows(report, network).map(row => metricsRowHtml(row, METRICS_COLUMNS)),
        '</table>',
        `<p class="legend">${htmlEscape(metricsLegend(report))}</p>`
    ].join('\n');
}

/** One goal: its heading and status badge, the status in words, the chart and what the goal has. */
function goalHtml(goal: GoalView): string {
    const { status } = goal.progress;
    const heading = goal.title ? `${goal.name} — ${goal.title}` : goal.name;
    const badge = status === 'achieved'
        ? `<span class="badge achieved">${htmlEscape(`✓ ${statusSentence(goal)}`)}</span>`
        : `<span class="badge ${status}">${htmlEscape(statusLabel(status))}</span>`;
    const rows: Array<[string, string, string?]> = [];
    if (goal.measure !== undefined) rows.push(['measure', goal.measure]);
    if (goal.baseline) rows.push(['baseline', readingText(goal.baseline)]);
    if (goal.baseline || goal.target || goal.progress.latest) rows.push(['latest', latestText(goal)]);
    if (goal.target) rows.push(['target', readingText(goal.target, 'by')]);
    rows.push(['due', dueText(goal)]);
    // An unmeasured goal's sentence says what it lacks; a judged one may still lack a `measure` text.
    if (goal.missing.length > 0 && status !== 'achieved' && status !== 'unmeasured') rows.push(['not stated yet', goal.missing.join(', ')]);
    rows.push(['served by', serversText(goal)]);
    if (goal.needs.length > 0) {
        rows.push(['needs met', needsMetText(goal)]);
        const unmet = needsUnmetText(goal);
        rows.push(['needs unmet', unmet, unmet === 'none' ? undefined : 'unmet']);
    }
    const chart = goalChartSvg(goal);
    return [
        '<div class="goal">',
        `<h4>${htmlEscape(heading)} ${badge}</h4>`,
        ...(status === 'achieved' ? [] : [`<p class="goal-status ${status}">${htmlEscape(statusSentence(goal))}</p>`]),
        '<div class="goal-body">',
        ...(chart ? [chart] : []),
        '<table class="summary">',
        ...rows.map(([k, v, cls]) => `<tr><th>${htmlEscape(k)}</th><td${cls ? ` class="${cls}"` : ''}>${htmlEscape(v)}</td></tr>`),
        '</table>',
        '</div>',
        '</div>'
    ].join('\n');
}

function goalsSection(goals: GoalView[], today: string | undefined): string {
    if (goals.length === 0) return '<p>No goals.</p>';
    const charted = goals.some(goal => goalChartSvg(goal) !== undefined);
    return [
        ...goals.map(goalHtml),
        ...(charted || today ? [`<p class="legend">${htmlEscape([
            ...(today ? [`Judged on ${today}.`] : []),
            ...(charted ? ['Charts: the dashed grey line is the on-track line from the baseline to the target (◇); the points are the readings; the dotted line carries the current pace on to the target’s date; a green upright marks the day a goal was achieved.'] : [])
        ].join(' '))}</p>`] : [])
    ].join('\n');
}

function findingsSection(findings: ReportFinding[]): string {
    if (findings.length === 0) return '<p>No findings.</p>';
    const groups = new Map<string, ReportFinding[]>();
    for (const finding of findings) {
        const group = groups.get(finding.code) ?? [];
        group.push(finding);
        groups.set(finding.code, group);
    }
    const worst = (list: ReportFinding[]) => minOf(list.map(f => SEVERITY_ORDER[f.severity]));
    const codes = [...groups.keys()].sort((a, b) => worst(groups.get(a)!) - worst(groups.get(b)!) || compare(a, b));
    const out: string[] = [];
    for (const code of codes) {
        const list = groups.get(code)!;
        const url = docsUrl(code, isStructuralCode(code));
        out.push(`<h4><a href="${htmlEscape(url)}">${htmlEscape(code)}</a> (${list.length})</h4>`, '<ul class="findings">');
        for (const f of list) {
            out.push(`<li><span class="${f.severity}">${f.severity}</span> <span class="where">${htmlEscape(`${f.file}:${f.line}:${f.column}`)}</span> ${htmlEscape(f.message)}`);
            if (f.related.length > 0) {
                out.push('<ul class="related">');
                pushAll(out, f.related.map(r => `<li><span class="where">${htmlEscape(`${r.file}:${r.line}:${r.column}`)}</span> ${htmlEscape(r.message)}</li>`));
                out.push('</ul>');
            }
            out.push('</li>');
        }
        out.push('</ul>');
    }
    return out.join('\n');
}

/** The SVG drawing of graph-export.ts, without its XML declaration (not allowed inside HTML). */
function svgOf(report: NetworkReport, context: ViewContext): string {
    return renderGraphs([exportGraph(report, context)], 'svg').replace(/^<\?xml[^>]*\?>\n/, '').trimEnd();
}

export function renderReportHtml(reports: NetworkReport[], context: ViewContext, options: ReportHtmlOptions = {}): string {
    const label = reports.length === 1 ? networkLabel(reports[0]) : undefined;
    const heading = label ? `Partnership report: ${label}` : 'Partnership report';
    const today = options.today ?? context.services.Partnership.network.Settings.today ?? localToday();
    const out = [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        // A constant without " or &: written as is, so the policy reads as documented.
        `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${htmlEscape(heading)}</title>`,
        `<style>\n${REPORT_STYLE}${options.history ? `\n${HISTORY_STYLE}` : ''}\n</style>`,
        '</head>',
        '<body>',
        `<h1>${htmlEscape(heading)}</h1>`,
        `<p>${htmlEscape(plural(reports.length, 'network'))}${options.today ? ` · check-ins checked against ${htmlEscape(options.today)}` : ''}</p>`
    ];
    if (reports.length > 1) {
        out.push('<ul class="toc">');
        pushAll(out, reports.map((r, i) => `<li><a href="#network-${i + 1}">${htmlEscape(r.name ?? r.folder)}</a></li>`));
        out.push('</ul>');
    }
    reports.forEach((report, i) => {
        const findings = findingsOf(report, context);
        const title = networkHeading(report, `Loose files in ${report.folder} (no network declared)`);
        out.push(`<section class="network" id="network-${i + 1}">`, `<h2>${htmlEscape(title)}</h2>`);
        if (report.errors > 0) out.push(`<p class="error">${htmlEscape(`${plural(report.errors, 'error')} in the files: the metrics and graph hold only what parsed and linked.`)}</p>`);
        out.push('<h3>Summary</h3>', summaryOf(report, findings));
        out.push('<h3>Graph</h3>', `<div class="graph">\n${svgOf(report, context)}\n</div>`);
        out.push('<h3>Metrics</h3>', metricsTable(report, context));
        const network = context.services.Partnership.network.Analyzer.resultFor(report.key).network;
        out.push('<h3>Goals</h3>', goalsSection(goalViews(network, today), options.today));
        if (hasTrustValue(network)) out.push('<h3>Trust and value</h3>', trustValueSectionHtml(trustValueView(network)));
        out.push('<h3>Findings</h3>', findingsSection(findings));
        const history = options.history?.get(report.key);
        if (options.history) out.push('<h3>History</h3>', history ? historySectionHtml(history) : '<p>No version of this network in the git history.</p>');
        out.push('</section>');
    });
    out.push('</body>', '</html>');
    return out.join('\n') + '\n';
}
