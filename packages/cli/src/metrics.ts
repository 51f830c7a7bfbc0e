/**
 * `partnership metrics`: the metrics of each network a set of files belongs to, as a readable table,
 * JSON or CSV. The numbers are those of packages/language/src/analysis (NetworkX's conventions; see
 * docs/metrics.md).
 */
import * as path from 'node:path';
import { URI } from 'langium';
import {
    CELLS, isBroker, legendParts, networkHeading, networkReport, num, ranked, usLoad, type Cell, type NetworkReport
} from 'partnership-views';
import { loadWorkspace, type LoadedWorkspace, type ValidateOptions } from './validate.js';
import { resolveTargets } from './files.js';
import { createProgress } from './progress.js';


export async function collectMetrics(targets: readonly string[], options: ValidateOptions = {}): Promise<{ reports: NetworkReport[]; workspace: LoadedWorkspace }> {
    // Metrics are always exact: sampleAbove stays undefined.
    const workspace = await loadWorkspace(targets, { ...options, sampleAbove: undefined });
    const groups = workspace.services.shared.network.Groups;
    const keys = [...new Set([...workspace.targets].map(target => groups.groupOf(URI.file(target))))].sort();
    const reports = keys.map(key => networkReport(workspace, key));
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
    for (const { reason } of result.workspace.skipped) {
        process.stderr.write(`partnership: note: left out of the network: ${reason}\n`);
    }
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

export function formatTable(reports: NetworkReport[]): string {
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
        out.push(...columns([header, ...rows], TABLE_COLUMNS.map(([, , right]) => right)).map(line => `  ${line}`));
        out.push('', `  ${legendParts(report).join('  ')}`, '');
    }
    return out.join('\n');
}

/** Left- or right-aligned columns, two spaces apart. */
function columns(rows: string[][], rightAligned: boolean[]): string[] {
    const widths = rows[0].map((_, c) => Math.max(...rows.map(row => [...row[c]].length)));
    return rows.map(row => row.map((cell, c) => {
        const pad = ' '.repeat(widths[c] - [...cell].length);
        return rightAligned[c] ? pad + cell : cell + pad;
    }).join('  ').trimEnd());
}

/** The stable JSON document described in docs/cli.md (version 1). */
export function formatMetricsJson(reports: NetworkReport[]): string {
    const clean = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? null : value);
    return JSON.stringify({
        version: 1,
        networks: reports.map(report => ({
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
                load: p.load,
                capacity: clean(p.capacity),
                broker: isBroker(p, report.brokerFrom),
                cutVertex: p.cutVertex
            }))
        }))
    }, null, 2) + '\n';
}

const CSV_COLUMNS = ['network', 'partner', 'sector', 'degree', 'weighted_degree', 'betweenness', 'closeness', 'eigenvector',
    'constraint', 'effective_size', 'efficiency', 'weighted_constraint', 'weighted_effective_size', 'average_trust', 'load',
    'capacity', 'broker', 'cut_vertex'] as const;

/** One row per partner, all networks in one table (RFC 4180 quoting). */
export function formatMetricsCsv(reports: NetworkReport[]): string {
    const cell = (value: string | number | boolean | undefined) => {
        if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '';
        const text = String(value);
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
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
