/**
 * What the metrics, graph and report views know about one network: its name, files, budget and the
 * analysis of packages/language/src/analysis. Browser-safe (no Node import): the VS Code extension's
 * language server builds the same reports for its graph view, metrics view and exported report.
 */
import { URI } from 'vscode-uri';
import type { NetworkAnalysis, NetworkModel, PartnerMetrics, PartnershipServices, PartnershipSharedServices } from 'partnership-language';
import { exceeds, formatHours, isBroker, isStructuralCode, thresholdOf } from 'partnership-language';
import { CELLS, isOver, legendParts, num } from './cells.js';
import type { MetricsColumn, MetricsRowCells } from './html.js';

export { isBroker };

/** The built services, and how a file is named to the reader (relative to the working or workspace folder). */
export interface ViewContext {
    services: { shared: PartnershipSharedServices; Partnership: PartnershipServices };
    displayPath(uri: URI): string;
}

export interface NetworkReport {
    /** The network group's key (NetworkGroups), for NetworkAnalyzer.resultFor. */
    key: string;
    /** Network name, or undefined for loose files. */
    name?: string;
    title?: string;
    /** The network's folder, relative to the working folder. */
    folder: string;
    files: string[];
    us?: string;
    budget?: number;
    brokerFrom: number;
    analysis: NetworkAnalysis;
    /** Structural errors in the network's files: the metrics count only what parsed and linked. */
    errors: number;
}

/**
 * Where the network group `key` (NetworkGroups) is: its folder as the reader names it, its files,
 * and how many structural errors (what did not parse or link, not rule findings) they have.
 */
export function networkPlace(context: ViewContext, key: string): Pick<NetworkReport, 'folder' | 'files' | 'errors'> {
    const documents = context.services.shared.network.Groups.documentsOf(key);
    const folder = key.startsWith('loose:') ? key.substring('loose:'.length) : key;
    return {
        folder: context.displayPath(URI.parse(folder)),
        files: documents.map(doc => context.displayPath(doc.uri)),
        errors: documents.reduce((sum, doc) => sum + (doc.diagnostics ?? []).filter(d => isStructuralCode(String(d.code))).length, 0)
    };
}

/** The report of the network group `key` (NetworkGroups) of built documents. */
export function networkReport(context: ViewContext, key: string): NetworkReport {
    const result = context.services.Partnership.network.Analyzer.resultFor(key);
    const network: NetworkModel = result.network;
    const { folder, files, errors } = networkPlace(context, key);
    return {
        key,
        name: network.declaration?.name,
        title: network.declaration?.title,
        folder,
        files,
        us: network.declaration?.us,
        budget: network.declaration?.budget?.hoursPerMonth,
        brokerFrom: thresholdOf(network, 'broker-betweenness'),
        analysis: result.analysis(),
        errors
    };
}

/** Partners by betweenness, highest first (then by name). */
export function ranked(analysis: NetworkAnalysis): PartnerMetrics[] {
    return [...analysis.partners].sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** "EastsideFood — Eastside Food Access Coalition": the network's name and its title when it has one; undefined for loose files. */
export function networkLabel(report: Pick<NetworkReport, 'name' | 'title'>): string | undefined {
    return report.name ? `${report.name}${report.title ? ` — ${report.title}` : ''}` : undefined;
}

/** A network's heading: "Network EastsideFood — Eastside Food Access Coalition", or `loose` for loose files. */
export function networkHeading(report: Pick<NetworkReport, 'name' | 'title'>, loose: string): string {
    const label = networkLabel(report);
    return label ? `Network ${label}` : loose;
}

/** The load of `us` against the budget: "8.7 h/month of a 40 h/month budget", and whether it is over; undefined without `us`. */
export function usLoad(report: NetworkReport): { text: string; over: boolean } | undefined {
    if (!report.us) return undefined;
    const load = report.analysis.byId.get(report.us)?.load;
    return {
        text: `${load === undefined ? '–' : formatHours(load)} h/month`
            + (report.budget === undefined ? ' (no budget set)' : ` of a ${formatHours(report.budget)} h/month budget`),
        over: load !== undefined && report.budget !== undefined && exceeds(load, report.budget)
    };
}

/** The network's summary as label/value rows (the HTML report's and the editor's metrics view). */
export function summaryRows(report: NetworkReport): Array<[string, string]> {
    const net = report.analysis.network;
    const rows: Array<[string, string]> = [
        ['name', report.name ?? '(none: loose files)'],
        ['title', report.title ?? '–'],
        ['folder', report.folder],
        ['files', report.files.join(', ')],
        ['partners', String(net.partners)],
        ['ties', String(net.ties)],
        ['density', num(net.density)],
        ['sector diversity (Blau)', num(net.blauIndex)],
        ['components', String(net.components)],
        ['cut vertices', net.cutVertices.length === 0 ? 'none' : net.cutVertices.join(', ')]
    ];
    const us = usLoad(report);
    if (us) rows.push(['us load vs budget', `${report.us}: ${us.text}${us.over ? ' (over budget)' : ''}`]);
    if (report.analysis.estimated) rows.push(['betweenness', `estimated from ${report.analysis.sources} of ${net.partners} partners`]);
    return rows;
}

/** One partner's row of the metrics table: display strings, by column of METRICS_COLUMNS. */
export interface MetricsRow extends MetricsRowCells {
    id: string;
}

/** The metrics table of the HTML report and the editor's metrics view: its columns and how each cell is written. */
const COLUMNS: ReadonlyArray<MetricsColumn & { cell: (p: PartnerMetrics, report: NetworkReport, network: NetworkModel) => string }> = [
    { header: 'partner', numeric: false, cell: CELLS.partner },
    { header: 'title', numeric: false, cell: (p, _report, network) => network.partners.get(p.id)?.title ?? '' },
    { header: 'sector', numeric: false, cell: CELLS.sector },
    { header: 'ties', numeric: true, cell: CELLS.ties },
    { header: 'effort', numeric: true, cell: CELLS.effort },
    { header: 'betweenness', numeric: true, cell: CELLS.betweenness },
    { header: 'closeness', numeric: true, cell: CELLS.closeness },
    { header: 'eigenvector', numeric: true, cell: CELLS.eigenvector },
    { header: 'constraint', numeric: true, cell: CELLS.constraint },
    { header: 'trust', numeric: true, cell: CELLS.trust },
    { header: 'load / capacity', numeric: true, cell: CELLS.load },
    { header: 'flags', numeric: false, cell: CELLS.flags }
];

/** The metrics table's columns, and whether each holds numbers (right-aligned). */
export const METRICS_COLUMNS: readonly MetricsColumn[] = COLUMNS.map(({ header, numeric }) => ({ header, numeric }));

/** The partners' rows, by betweenness (ranked). */
export function metricsRows(report: NetworkReport, network: NetworkModel): MetricsRow[] {
    return ranked(report.analysis).map(p => ({
        id: p.id,
        broker: isBroker(p, report.brokerFrom),
        over: isOver(p, report),
        cells: COLUMNS.map(column => column.cell(p, report, network))
    }));
}

/** The line under the metrics table. */
export function metricsLegend(report: NetworkReport): string {
    return legendParts(report).join(' · ');
}
