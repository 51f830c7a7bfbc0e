/**
 * `partnership metrics`: the metrics of each network a set of files belongs to, as a readable table,
 * JSON or CSV. The numbers are those of packages/language/src/analysis (NetworkX's conventions; see
 * docs/metrics.md); where each goal stands is that of packages/language/src/model/goals.ts, worded by
 * partnership-views (goal-report.ts).
 */
import * as path from 'node:path';
import { localToday, maxOf, pushAll } from 'partnership-language';
import {
    CELLS, GOAL_CELLS, goalViews, isBroker, legendParts, networkHeading, networkReport, num, ranked, usLoad, type Cell, type GoalView, type NetworkReport
    , terminalJson, terminalLines, terminalText, trustValueView, type TrustValueView
} from 'partnership-views';
import { UsageError } from './errors.js';
import { loadWorkspace, type LoadedWorkspace, type ValidateOptions } from './validate.js';
import { resolveTargets } from './files.js';
import { noteLeftOut, networkKeys } from './networks.js';
import { createProgress } from './progress.js';

/** The goals of each network, by the report's key. */
export type GoalsByNetwork = ReadonlyMap<string, readonly GoalView[]>;

export interface MetricsCommandOptions {
    format: 'table' | 'json' | 'csv';
    /** The date goals are judged against (YYYY-MM-DD); default: today. */
    today?: string;
    /** What the CSV's rows are: partners (the default) or goals. */
    rows?: 'partners' | 'goals';
}

/** The `partnership metrics` command: prints the table, JSON or CSV on stdout. */
export async function runMetrics(paths: string[], options: MetricsCommandOptions): Promise<number> {
    if (options.rows !== undefined && options.format !== 'csv') {
        throw new UsageError(`--rows is for --format csv (the ${options.format} output holds both partners and goals)`);
    }
    const { reports, workspace } = await collectForCommand(paths, { today: options.today });
    for (const report of reports.filter(r => r.errors > 0)) {
        process.stderr.write(`partnership: note: ${terminalText(report.folder)} has ${report.errors} error${report.errors === 1 ? '' : 's'}; the metrics count only what parsed and linked (run partnership validate)\n`);
    }
    const today = options.today ?? localToday();
    const goals = goalsOf(reports, workspace, today);
    process.stdout.write(options.format === 'json' ? formatMetricsJson(reports, goals, today, trustValuesOf(reports, workspace))
        : options.format === 'csv' ? (options.rows === 'goals' ? formatGoalsCsv(reports, goals) : formatMetricsCsv(reports))
        : formatTable(reports, goals));
    return 0;
}

/** Each network's trust and value (trust-value.ts): each partner's trust from the others, its value score, its quadrant. */
export function trustValuesOf(reports: readonly NetworkReport[], workspace: Pick<LoadedWorkspace, 'services'>): TrustValuesByNetwork {
    const analyzer = workspace.services.Partnership.network.Analyzer;
    return new Map(reports.map(report => [report.key, trustValueView(analyzer.resultFor(report.key).network)]));
}

export type TrustValuesByNetwork = ReadonlyMap<string, TrustValueView>;

type TrustValueFields = { trustScore: number | null; valueScore: number | null; quadrant: string | null };

/** Each partner's trust score, value score and quadrant, as the JSON gives them (null for what it has not), by name. */
function trustValueFields(view: TrustValueView | undefined): Map<string, TrustValueFields> {
    const fields = new Map<string, TrustValueFields>();
    for (const o of view?.off ?? []) fields.set(o.id, { trustScore: o.trust ?? null, valueScore: o.value ?? null, quadrant: null });
    for (const p of view?.points ?? []) fields.set(p.id, { trustScore: p.trust, valueScore: p.value, quadrant: p.quadrant });
    return fields;
}
const NO_TRUST_VALUE: TrustValueFields = { trustScore: null, valueScore: null, quadrant: null };

/** Where each network's goals stand on `today`. */
export function goalsOf(reports: readonly NetworkReport[], workspace: Pick<LoadedWorkspace, 'services'>, today: string): GoalsByNetwork {
    const analyzer = workspace.services.Partnership.network.Analyzer;
    return new Map(reports.map(report => [report.key, goalViews(analyzer.resultFor(report.key).network, today)]));
}


export async function collectMetrics(targets: readonly string[], options: ValidateOptions = {}): Promise<{ reports: NetworkReport[]; workspace: LoadedWorkspace }> {
    // Metrics are always exact: sampleAbove stays undefined.
    const workspace = await loadWorkspace(targets, { ...options, sampleAbove: undefined });
    const reports = networkKeys(workspace).map(key => networkReport(workspace, key));
    return { reports, workspace };
}

/**
 * What the metrics, graph and report commands share: resolve the paths, load and analyse their
 * networks with a progress bar on a terminal, and note on stderr any file of a network left out.
 */
export async function collectForCommand(paths: string[], options: { today?: string } = {}): Promise<{ reports: NetworkReport[]; workspace: LoadedWorkspace }> {
    const targets = await resolveTargets(paths, process.cwd());
    const progress = createProgress();
    const result = await collectMetrics(targets, {
        today: options.today,
        onProgress: progress,
        onAnalysisProgress: (done, total) => progress('paths', done, total, 'partners')
    });
    progress.done();
    noteLeftOut(result.workspace.skipped);
    return result;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The text table's columns: header, cell, right-aligned (more figures than the HTML table, no titles or flags). */
const TABLE_COLUMNS: ReadonlyArray<readonly [string, Cell, boolean]> = [
    ['partner', CELLS.partner, false], ['sector', CELLS.sector, false], ['ties', CELLS.ties, true], ['effort', CELLS.effort, true],
    ['betweenness', CELLS.betweenness, true], ['closeness', CELLS.closeness, true], ['eigenvector', CELLS.eigenvector, true],
    ['constraint', CELLS.constraint, true], ['eff. size', CELLS.effectiveSize, true], ['efficiency', CELLS.efficiency, true],
    ['trust', CELLS.trust, true], ['load / capacity', CELLS.load, true]
];

/** The goals table's columns: header, cell, right-aligned. */
const GOAL_TABLE_COLUMNS: ReadonlyArray<readonly [string, (g: GoalView) => string, boolean]> = [
    ['goal', GOAL_CELLS.goal, false], ['status', GOAL_CELLS.status, false], ['latest / target', GOAL_CELLS.latestTarget, true],
    ['projected', GOAL_CELLS.projected, true], ['due', GOAL_CELLS.due, false]
];

export function formatTable(reports: NetworkReport[], goals?: GoalsByNetwork): string {
    const out: string[] = [];
    for (const report of reports) {
        const { analysis } = report;
        const net = analysis.network;
        out.push(networkHeading(report, 'Loose files (no network declared)'), `  folder ${report.folder} · ${count(report.files.length, 'file')}`);
        out.push(`  ${count(net.partners, 'partner')} · ${count(net.ties, 'tie')} · density ${num(net.density)} · degree centralisation ${num(net.degreeCentralization)} · ${count(net.components, 'component')} · sector diversity (Blau) ${num(net.blauIndex)}`);
        out.push(`  cut vertices: ${net.cutVertices.length === 0 ? 'none' : net.cutVertices.join(', ')} · bridges: ${net.bridges.length}`);
        const us = usLoad(report);
        if (us) out.push(`  ${report.us} (us): ${us.text}`);
        if (analysis.estimated) out.push(`  betweenness estimated from ${analysis.sources} of ${net.partners} partners`);
        out.push('');
        const header = TABLE_COLUMNS.map(([name]) => name);
        const rows = ranked(analysis).map(p => TABLE_COLUMNS.map(([, cell]) => cell(p, report)));
        pushAll(out, textColumns([header, ...rows], TABLE_COLUMNS.map(([, , right]) => right)).map(line => `  ${line}`));
        out.push('', `  ${legendParts(report).join('  ')}`, '');
        const own = goals?.get(report.key) ?? [];
        if (own.length > 0) {
            const goalRows = own.map(goal => GOAL_TABLE_COLUMNS.map(([, cell]) => cell(goal)));
            pushAll(out, textColumns([GOAL_TABLE_COLUMNS.map(([name]) => name), ...goalRows], GOAL_TABLE_COLUMNS.map(([, , right]) => right)).map(line => `  ${line}`));
            out.push('');
        }
    }
    // Display strings (titles, folders, names) as terminal text: the table has no styling of its own.
    return terminalLines(out.join('\n'));
}

/** Left- or right-aligned columns, two spaces apart; cells as terminal text (so the widths are what shows). */
export function textColumns(cells: string[][], rightAligned: boolean[]): string[] {
    const rows = cells.map(row => row.map(terminalText));
    const widths = rows[0].map((_, c) => maxOf(rows.map(row => [...row[c]].length)));
    return rows.map(row => row.map((cell, c) => {
        const pad = ' '.repeat(widths[c] - [...cell].length);
        return rightAligned[c] ? pad + cell : cell + pad;
    }).join('  ').trimEnd());
}

const reading = (r: { value: number; date: string } | undefined) => (r ? { value: r.value, date: r.date } : null);

/** A goal in the JSON document: the figures of goals.ts, unrounded. */
function goalJson(goal: GoalView) {
    const clean = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? null : value);
    const { progress } = goal;
    return {
        name: goal.name,
        title: goal.title ?? null,
        measure: goal.measure ?? null,
        status: progress.status,
        baseline: reading(goal.baseline),
        target: reading(goal.target),
        latest: reading(progress.latest),
        progress: goal.readings.map(r => ({ value: r.value, date: r.date })),
        projected: clean(progress.projected),
        share: clean(progress.share),
        dueDate: progress.dueDate ?? null,
        daysToDue: clean(progress.daysToDue),
        due: goal.due ?? null,
        achieved: goal.achieved ?? null,
        roles: goal.servers.map(s => ({ role: s.role, partners: s.partners })),
        needs: goal.needs.map(n => ({
            value: n.value,
            met: n.met,
            providers: n.providers.map(p => ({ partner: p.partner, role: p.role ?? null, tie: p.tie ?? null, active: !p.away }))
        }))
    };
}

/**
 * The stable JSON document described in docs/cli.md (version 1). With `goals`, each network has a
 * `goals` array and the document the `today` they were judged against.
 */
export function formatMetricsJson(reports: NetworkReport[], goals?: GoalsByNetwork, today?: string, trustValues?: TrustValuesByNetwork): string {
    const clean = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? null : value);
    return terminalJson(JSON.stringify({
        version: 1,
        ...(goals ? { today: today ?? null } : {}),
        networks: reports.map(report => ({ report, trustValue: trustValues ? trustValueFields(trustValues.get(report.key)) : undefined })).map(({ report, trustValue }) => ({
            name: report.name ?? null,
            title: report.title ?? null,
            folder: report.folder,
            files: report.files,
            us: report.us ?? null,
            budget: clean(report.budget),
            errors: report.errors,
            betweenness: report.analysis.estimated ? { estimated: true, sources: report.analysis.sources } : { estimated: false },
            network: report.analysis.network,
            partners: ranked(report.analysis).map(p => ({
                id: p.id,
                sector: p.sector ?? null,
                degree: p.degree,
                weightedDegree: p.weightedDegree,
                betweenness: clean(p.betweenness),
                closeness: clean(p.closeness),
                eigenvector: clean(p.eigenvector),
                constraint: clean(p.constraint),
                effectiveSize: clean(p.effectiveSize),
                efficiency: clean(p.efficiency),
                weightedConstraint: clean(p.weightedConstraint),
                weightedEffectiveSize: clean(p.weightedEffectiveSize),
                averageTrust: clean(p.averageTrust),
                ...(trustValue ? trustValue.get(p.id) ?? NO_TRUST_VALUE : {}),
                load: p.load,
                capacity: clean(p.capacity),
                broker: isBroker(p, report.brokerFrom),
                cutVertex: p.cutVertex
            })),
            ...(goals ? { goals: (goals.get(report.key) ?? []).map(goalJson) } : {})
        }))
    }, null, 2)) + '\n';
}

const CSV_COLUMNS = ['network', 'partner', 'sector', 'degree', 'weighted_degree', 'betweenness', 'closeness', 'eigenvector',
    'constraint', 'effective_size', 'efficiency', 'weighted_constraint', 'weighted_effective_size', 'average_trust', 'load',
    'capacity', 'broker', 'cut_vertex'] as const;

/** A CSV cell (RFC 4180 quoting); empty for what is undefined; controls shown as escapes (terminal-text.ts). */
function csvCell(value: string | number | boolean | undefined): string {
    if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '';
    const text = terminalText(String(value));
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per partner, all networks in one table (RFC 4180 quoting). */
export function formatMetricsCsv(reports: NetworkReport[]): string {
    const cell = csvCell;
    const lines = [CSV_COLUMNS.join(',')];
    for (const report of reports) {
        const network = report.name ?? path.basename(report.folder);
        for (const p of ranked(report.analysis)) {
            lines.push([network, p.id, p.sector, p.degree, p.weightedDegree, p.betweenness, p.closeness, p.eigenvector, p.constraint,
                p.effectiveSize, p.efficiency, p.weightedConstraint, p.weightedEffectiveSize, p.averageTrust, p.load, p.capacity,
                isBroker(p, report.brokerFrom), p.cutVertex]
                .map(cell).join(','));
        }
    }
    return lines.join('\r\n') + '\r\n';
}

const GOAL_CSV_COLUMNS = ['network', 'goal', 'title', 'measure', 'status', 'baseline', 'baseline_date', 'latest', 'latest_date', 'target',
    'target_date', 'projected', 'share', 'due_date', 'days_to_due', 'achieved', 'roles', 'partners', 'needs_met', 'needs_unmet'] as const;

/** `--rows goals`: one row per goal, all networks in one table (RFC 4180 quoting); lists are space-separated. */
export function formatGoalsCsv(reports: NetworkReport[], goals: GoalsByNetwork): string {
    const lines = [GOAL_CSV_COLUMNS.join(',')];
    for (const report of reports) {
        const network = report.name ?? path.basename(report.folder);
        for (const goal of goals.get(report.key) ?? []) {
            const { progress } = goal;
            const partners = [...new Set(goal.servers.flatMap(s => s.partners))];
            lines.push([network, goal.name, goal.title, goal.measure, progress.status, goal.baseline?.value, goal.baseline?.date,
                progress.latest?.value, progress.latest?.date, goal.target?.value, goal.target?.date, progress.projected, progress.share,
                progress.dueDate, progress.daysToDue, goal.achieved, goal.servers.map(s => s.role).join(' '), partners.join(' '),
                goal.needs.filter(n => n.met).map(n => n.value).join(' '),
                goal.needs.filter(n => !n.met).map(n => n.value).join(' ')]
                .map(csvCell).join(','));
        }
    }
    return lines.join('\r\n') + '\r\n';
}
