/**
 * The metrics of docs/language.md ("Metrics") for one network graph.
 *
 * From libraries: degree and weighted degree (graphology's edge iteration),
 * eigenvector centrality (graphology-metrics), density (graphology-metrics), components
 * (graphology-components). Written here, because no library computes them fast enough or at all:
 * betweenness and closeness (shortest-paths.ts), constraint / effective size / efficiency
 * (structural-holes.ts), cut vertices and bridges (articulation.ts), degree centralisation and the
 * Blau index (below). Normalisation follows NetworkX; see each file and docs/metrics.md.
 */
import eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import { density as graphDensity } from 'graphology-metrics/graph/density.js';
import { countConnectedComponents } from 'graphology-components';
import { articulation, partsWithout } from './articulation.js';
import { compact } from './compact.js';
import type { PartnershipGraph } from './graph.js';
import { pathCentralities, type PathCentralityCache } from './shortest-paths.js';
import { structuralHoles } from './structural-holes.js';

// The module is CommonJS (`module.exports = fn`) but its typings declare `export default`: under
// Node's ESM interop the default import is the function itself.
const eigenvectorCentrality = eigenvectorModule as unknown as typeof eigenvectorModule.default;

export interface PartnerMetrics {
    id: string;
    sector?: string;
    degree: number;
    /** Sum of the efforts (hours/month) of the partner's ties. */
    weightedDegree: number;
    betweenness: number;
    /** NaN when not computed (betweenness estimated from a sample of sources). */
    closeness: number;
    eigenvector: number;
    /** Burt's measures on the topology (every tie weighs 1); NaN for an isolated partner. */
    constraint: number;
    effectiveSize: number;
    efficiency: number;
    /** The same measures with ties weighted by effort. */
    weightedConstraint: number;
    weightedEffectiveSize: number;
    /** Average trust of the partner's ties that state trust; undefined when none does. */
    averageTrust?: number;
    load: number;
    capacity?: number;
    cutVertex: boolean;
}

export interface NetworkMetrics {
    partners: number;
    ties: number;
    density: number;
    /** Freeman's degree centralisation: Σ(max degree − degree) / ((n−1)(n−2)); 0 when n < 3. */
    degreeCentralization: number;
    components: number;
    cutVertices: string[];
    bridges: Array<[string, string]>;
    /** 1 − Σ p² over the sectors of partners that state one; 0 when none does. */
    blauIndex: number;
    /** Partners per sector. */
    sectors: Record<string, number>;
}

export interface NetworkAnalysis {
    /** Per partner, in graph order. */
    partners: PartnerMetrics[];
    byId: ReadonlyMap<string, PartnerMetrics>;
    network: NetworkMetrics;
    /** Betweenness estimated from a sample of sources (closeness then not computed). */
    estimated: boolean;
    /** Sources used for betweenness. */
    sources: number;
    /** The parts the network falls into without this partner, largest first (partner ids). */
    partsWithout(id: string): string[][];
}

export interface AnalysisOptions {
    /** Estimate betweenness from this many sources when the network has more partners. */
    sampleAbove?: number;
    samples?: number;
    onProgress?: (done: number, total: number) => void;
    /** Reuse the path search of an earlier analysis with the same ties (the language server keeps one). */
    pathCache?: PathCentralityCache;
}

/**
 * The metrics of a graph. Each family of metrics is computed on first use and kept: the rules ask
 * only for what they need (validation of a large network then never runs the all-pairs path search
 * unless a low-trust partner might be a broker), while `partnership metrics` reads everything.
 */
export function analyze(graph: PartnershipGraph, options: AnalysisOptions = {}): NetworkAnalysis {
    const csr = compact(graph);
    const n = csr.n;
    const sample = options.sampleAbove !== undefined && n > options.sampleAbove ? (options.samples ?? 256) : undefined;
    const lazy = <T>(compute: () => T): (() => T) => {
        let value: T | undefined;
        let done = false;
        return () => {
            if (!done) {
                value = compute();
                done = true;
            }
            return value as T;
        };
    };
    const paths = lazy(() => {
        const pathOptions = { samples: sample, onProgress: options.onProgress };
        return options.pathCache ? options.pathCache.get(csr, pathOptions) : pathCentralities(csr, pathOptions);
    });
    const holes = lazy(() => structuralHoles(csr, false));
    const weightedHoles = lazy(() => structuralHoles(csr, true));
    const eigenvector = lazy(() => eigenvectorOf(graph));
    const indexOf = lazy(() => new Map(csr.ids.map((id, i) => [id, i])));
    const cuts = lazy(() => {
        const result = articulation(csr);
        const isCut = new Uint8Array(n);
        result.cutVertices.forEach(v => (isCut[v] = 1));
        return { ...result, isCut };
    });

    const partners: PartnerMetrics[] = csr.ids.map((id, i) => {
        const attributes = graph.getNodeAttributes(id);
        let trustSum = 0;
        let trustCount = 0;
        let weighted = 0;
        graph.forEachEdge(id, (_edge, edge) => {
            weighted += edge.weight;
            if (edge.trust !== undefined) {
                trustSum += edge.trust;
                trustCount++;
            }
        });
        return {
            id,
            sector: attributes.sector,
            degree: csr.offsets[i + 1] - csr.offsets[i],
            weightedDegree: weighted,
            get betweenness() { return paths().betweenness[i]; },
            get closeness() { return paths().closeness[i]; },
            get eigenvector() { return eigenvector()[id] ?? NaN; },
            get constraint() { return holes().constraint[i]; },
            get effectiveSize() { return holes().effectiveSize[i]; },
            get efficiency() { return holes().efficiency[i]; },
            get weightedConstraint() { return weightedHoles().constraint[i]; },
            get weightedEffectiveSize() { return weightedHoles().effectiveSize[i]; },
            averageTrust: trustCount > 0 ? trustSum / trustCount : undefined,
            load: attributes.load,
            capacity: attributes.capacity,
            get cutVertex() { return cuts().isCut[i] === 1; }
        };
    });

    const sectors: Record<string, number> = {};
    for (const partner of partners) if (partner.sector) sectors[partner.sector] = (sectors[partner.sector] ?? 0) + 1;
    const network = lazy((): NetworkMetrics => ({
        partners: n,
        ties: graph.size,
        density: n > 1 ? graphDensity(graph) : 0,
        degreeCentralization: degreeCentralization(partners.map(p => p.degree)),
        components: countConnectedComponents(graph),
        cutVertices: cuts().cutVertices.map(v => csr.ids[v]),
        bridges: cuts().bridges.map(([a, b]) => [csr.ids[a], csr.ids[b]] as [string, string]),
        blauIndex: blauIndex(Object.values(sectors)),
        sectors
    }));
    return {
        partners,
        byId: new Map(partners.map(p => [p.id, p])),
        get network() { return network(); },
        get estimated() { return paths().estimated; },
        get sources() { return paths().sources; },
        partsWithout: id => {
            const index = indexOf().get(id);
            return index === undefined ? [] : partsWithout(csr, index).map(part => part.map(v => csr.ids[v]));
        }
    };
}

/** Unweighted eigenvector centrality, unit Euclidean norm, as NetworkX's power iteration on A + I. */
function eigenvectorOf(graph: PartnershipGraph): Record<string, number> {
    if (graph.order === 0) return {};
    for (const tolerance of [1e-14, 1e-10, 1e-6]) {
        try {
            return eigenvectorCentrality(graph, { getEdgeWeight: null, maxIterations: 10_000, tolerance });
        } catch {
            // Did not converge at this tolerance: try a looser one.
        }
    }
    return {};
}

/**
 * A broker: a cut vertex, or a partner whose betweenness reaches `brokerFrom` (the policy's
 * broker-betweenness). The cut-vertex test comes first: it is linear, betweenness is all-pairs.
 */
export function isBroker(partner: PartnerMetrics, brokerFrom: number): boolean {
    return partner.cutVertex || partner.betweenness >= brokerFrom;
}

export function degreeCentralization(degrees: readonly number[]): number {
    const n = degrees.length;
    if (n < 3) return 0;
    let max = 0;
    for (const d of degrees) if (d > max) max = d;
    let sum = 0;
    for (const d of degrees) sum += max - d;
    return sum / ((n - 1) * (n - 2));
}

/** Blau's index of heterogeneity from category counts. */
export function blauIndex(counts: readonly number[]): number {
    const total = counts.reduce((a, b) => a + b, 0);
    if (total === 0) return 0;
    let sum = 0;
    for (const count of counts) sum += (count / total) ** 2;
    return 1 - sum;
}
