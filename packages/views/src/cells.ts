/**
 * How each figure of a partner is written in the metrics tables — `partnership metrics`' text table,
 * the HTML report's and the editor's metrics view. The tables pick different columns; a figure reads
 * the same in all of them.
 */
import type { PartnerMetrics } from 'partnership-language';
import { exceeds, formatDecimal, formatHours, isBroker } from 'partnership-language';
import type { NetworkReport } from './network-report.js';

/**
 * A metric for reading: at most `digits` decimals, no trailing zeros ("0.5", "1", "100"); '–' when
 * there is none (undefined or NaN). With no decimals nothing is cut: 100 stays "100".
 */
export function num(value: number | undefined, digits = 3): string {
    if (value === undefined || Number.isNaN(value)) return '–';
    return formatDecimal(value, digits);
}

/** The limit a partner's load is held against: its capacity, or the budget for `us` (whose capacity the language ignores). */
function limitOf(p: PartnerMetrics, report: NetworkReport): number | undefined {
    return p.id === report.us ? report.budget : p.capacity;
}

/** The partner's load is over its capacity (over the budget for `us`). */
export function isOver(p: PartnerMetrics, report: NetworkReport): boolean {
    const limit = limitOf(p, report);
    return limit !== undefined && exceeds(p.load, limit);
}

/** Load against capacity, or against the budget for `us`: "8.7 / 2 budget !" (! when over). */
export function loadCell(p: PartnerMetrics, report: NetworkReport): string {
    const limit = limitOf(p, report);
    const label = p.id === report.us && limit !== undefined ? ' budget' : '';
    return `${formatHours(p.load)}${limit === undefined ? '' : ` / ${formatHours(limit)}${label}`}${isOver(p, report) ? ' !' : ''}`;
}

/** One cell of a partner's row: a display string. */
export type Cell = (p: PartnerMetrics, report: NetworkReport) => string;

const cells = {
    /** The name, with ◆ for a broker and ✂ for a cut vertex. */
    partner: (p, report) => `${p.id}${isBroker(p, report.brokerFrom) ? ' ◆' : ''}${p.cutVertex ? ' ✂' : ''}`,
    sector: p => p.sector ?? '–',
    ties: p => String(p.degree),
    /** Effort on ties, h/month. */
    effort: p => formatHours(p.weightedDegree),
    betweenness: p => num(p.betweenness),
    closeness: p => num(p.closeness),
    eigenvector: p => num(p.eigenvector),
    constraint: p => num(p.constraint),
    effectiveSize: p => num(p.effectiveSize, 2),
    efficiency: p => num(p.efficiency, 2),
    trust: p => (p.averageTrust === undefined ? '–' : num(p.averageTrust, 1)),
    load: loadCell,
    flags: (p, report) => [isBroker(p, report.brokerFrom) ? 'broker' : '', p.cutVertex ? 'cut vertex' : ''].filter(Boolean).join(', ')
} satisfies Record<string, Cell>;

/** The cells the tables share, by what they show. */
export const CELLS: Readonly<Record<keyof typeof cells, Cell>> = cells;

/** What the marks of a metrics table mean, one part each (the tables join them their own way). */
export function legendParts(report: NetworkReport): string[] {
    return [
        `◆ broker (betweenness ≥ ${num(report.brokerFrom)}, or a cut vertex)`,
        '✂ cut vertex',
        '! load over capacity (over budget for us)',
        'effort and load in h/month'
    ];
}
