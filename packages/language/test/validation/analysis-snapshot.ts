/**
 * What the network analysis of a document's network computed, as lines of text that compare equal
 * only when every finding, metric and load is the same: for checking the analyzer's caches (an
 * incremental build against a fresh one). Each of `replace` (the workspace's folder as it appears in
 * URIs and messages) becomes `<folder>`, so that two workspaces in different folders compare.
 */
import type { LangiumDocument } from 'langium';
import type { createPartnershipServices } from '../../src/partnership-module.js';
import type { NetworkAnalysis } from '../../src/analysis/index.js';

type Services = ReturnType<typeof createPartnershipServices>;

const METRICS = [
    'sector', 'degree', 'weightedDegree', 'betweenness', 'closeness', 'eigenvector', 'constraint', 'effectiveSize', 'efficiency',
    'weightedConstraint', 'weightedEffectiveSize', 'averageTrust', 'load', 'capacity', 'cutVertex'
] as const;

/** Every metric of an analysis, one line per partner and one for the network. */
export function metricLines(analysis: NetworkAnalysis): string[] {
    const lines = analysis.partners.map(p => `${p.id} ${METRICS.map(metric => `${metric}=${String(p[metric])}`).join(' ')}`);
    lines.push(`network ${JSON.stringify(analysis.network)} estimated=${analysis.estimated} sources=${analysis.sources}`);
    for (const partner of analysis.partners.slice(0, 3)) lines.push(`without ${partner.id}: ${JSON.stringify(analysis.partsWithout(partner.id))}`);
    return lines;
}

/** The findings, metrics and loads of the networks of `documents` (each network once). */
export function analysisSnapshot(services: Services, documents: readonly LangiumDocument[], replace: readonly string[] = []): string[] {
    const groups = services.shared.network.Groups;
    const lines: string[] = [];
    for (const key of new Set(documents.map(document => groups.groupOf(document.uri)))) {
        const result = services.Partnership.network.Analyzer.resultFor(key);
        const add = (line: string) => lines.push(`${key} ${line}`);
        for (const f of result.findings) {
            add(`finding ${f.location.uri}:${f.location.range.start.line}:${f.location.range.start.character}-${f.location.range.end.line}:${f.location.range.end.character} ${f.severity} ${f.code} ${f.message} ${JSON.stringify(f.related)} ${JSON.stringify(f.element)} ${JSON.stringify(f.fix)}`);
        }
        for (const [uri, list] of result.byUri) if (list.length > 0) add(`in ${uri}: ${list.length}`);
        for (const line of metricLines(result.analysis())) add(line);
        for (const [partner, load] of result.loads) add(`load ${partner} ${load.hoursPerMonth} ${JSON.stringify(load.items)}`);
    }
    return lines.map(line => replace.reduce((text, from) => text.split(from).join('<folder>'), line)).sort();
}
