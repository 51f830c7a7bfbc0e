/**
 * What the metrics, graph and report views know about one network: its name, files, budget and the
 * analysis of packages/language/src/analysis. Browser-safe (no Node import): the VS Code extension's
 * language server builds the same reports for its graph view, metrics view and exported report.
 */
import { URI } from 'vscode-uri';
import type { NetworkAnalysis, NetworkModel, PartnerMetrics, PartnershipServices, PartnershipSharedServices } from 'partnership-language';
import { formatHours, isBroker, isStructuralCode, thresholdOf } from 'partnership-language';

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

/** The report of the network group `key` (NetworkGroups) of built documents. */
export function networkReport(context: ViewContext, key: string): NetworkReport {
    const { shared, Partnership } = context.services;
    const result = Partnership.network.Analyzer.resultFor(key);
    const network: NetworkModel = result.network;
    const documents = shared.network.Groups.documentsOf(key);
    // Structural errors (what did not parse or link), not rule findings.
    const errors = documents.reduce((sum, doc) => sum + (doc.diagnostics ?? []).filter(d => isStructuralCode(String(d.code))).length, 0);
    const folder = key.startsWith('loose:') ? key.substring('loose:'.length) : key;
    return {
        key,
        name: network.declaration?.name,
        title: network.declaration?.title,
        folder: context.displayPath(URI.parse(folder)),
        files: documents.map(doc => context.displayPath(doc.uri)),
        us: network.declaration?.us,
        budget: network.declaration?.budget?.hoursPerMonth,
        brokerFrom: thresholdOf(network, 'broker-betweenness'),
        analysis: result.analysis(),
        errors
    };
}

export const num = (value: number | undefined, digits = 3) =>
    value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits).replace(/\.?0+$/, '') || '0';

/** Partners by betweenness, highest first (then by name). */
export function ranked(analysis: NetworkAnalysis): PartnerMetrics[] {
    return [...analysis.partners].sort((a, b) => b.betweenness - a.betweenness || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Load against capacity, or against the budget for `us` (whose capacity the language ignores). */
export function loadCell(p: PartnerMetrics, report: NetworkReport): string {
    const limit = p.id === report.us ? report.budget : p.capacity;
    const label = p.id === report.us && limit !== undefined ? ' budget' : '';
    return `${formatHours(p.load)}${limit === undefined ? '' : ` / ${formatHours(limit)}${label}`}${limit !== undefined && p.load > limit + 1e-9 ? ' !' : ''}`;
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
    if (report.us) {
        const load = report.analysis.byId.get(report.us)?.load;
        const over = load !== undefined && report.budget !== undefined && load > report.budget + 1e-9;
        rows.push(['us load vs budget', `${report.us}: ${load === undefined ? '–' : formatHours(load)} h/month`
            + (report.budget === undefined ? ' (no budget set)' : ` of a ${formatHours(report.budget)} h/month budget${over ? ' (over budget)' : ''}`)]);
    }
    if (report.analysis.estimated) rows.push(['betweenness', `estimated from ${report.analysis.sources} of ${net.partners} partners`]);
    return rows;
}

/** One partner's row of the metrics table: display strings, by column of METRICS_COLUMNS. */
export interface MetricsRow {
    id: string;
    cells: string[];
    broker: boolean;
    /** Load over capacity (over budget for us). */
    over: boolean;
}

/** The metrics table's columns, and whether each holds numbers (right-aligned). */
export const METRICS_COLUMNS: ReadonlyArray<{ header: string; numeric: boolean }> = [
    { header: 'partner', numeric: false }, { header: 'title', numeric: false }, { header: 'sector', numeric: false },
    { header: 'ties', numeric: true }, { header: 'effort', numeric: true }, { header: 'betweenness', numeric: true },
    { header: 'closeness', numeric: true }, { header: 'eigenvector', numeric: true }, { header: 'constraint', numeric: true },
    { header: 'trust', numeric: true }, { header: 'load / capacity', numeric: true }, { header: 'flags', numeric: false }
];

/** The partners' rows, by betweenness (ranked). */
export function metricsRows(report: NetworkReport, network: NetworkModel): MetricsRow[] {
    return ranked(report.analysis).map(p => {
        const broker = isBroker(p, report.brokerFrom);
        const load = loadCell(p, report);
        return {
            id: p.id,
            broker,
            over: load.endsWith(' !'),
            cells: [
                `${p.id}${broker ? ' ◆' : ''}${p.cutVertex ? ' ✂' : ''}`,
                network.partners.get(p.id)?.title ?? '',
                p.sector ?? '–',
                String(p.degree),
                formatHours(p.weightedDegree),
                num(p.betweenness),
                num(p.closeness),
                num(p.eigenvector),
                num(p.constraint),
                p.averageTrust === undefined ? '–' : num(p.averageTrust, 1),
                load,
                [broker ? 'broker' : '', p.cutVertex ? 'cut vertex' : ''].filter(Boolean).join(', ')
            ]
        };
    });
}

/** The line under the metrics table. */
export function metricsLegend(report: NetworkReport): string {
    return `◆ broker (betweenness ≥ ${num(report.brokerFrom)}, or a cut vertex) · ✂ cut vertex · ! load over capacity (over budget for us) · effort and load in h/month`;
}
