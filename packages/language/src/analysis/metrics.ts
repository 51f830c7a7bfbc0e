/**
 * The metrics of docs/language.md ("Metrics") for one network graph.
 *
 * From libraries: degree and weighted degree (graphology's edge iteration),
 * eigenvector centrality (graphology-metrics), density (graphology-metrics, of the partner and tie
 * counts). Written here, because no library computes them fast enough or at all:
 * betweenness and closeness (shortest-paths.ts), constraint / effective size / efficiency
 * (structural-holes.ts), cut vertices, bridges and components (articulation.ts), degree centralisation and the
 * Blau index (below). Normalisation follows NetworkX; see each file and docs/metrics.md.
 */
import eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import { undirectedDensity } from 'graphology-metrics/graph/density.js';
import { UndirectedGraph } from 'graphology';
import { articulation, partsWithout, type Articulation } from './articulation.js';
import { compact, compactEdges, slotValues, type CompactGraph } from './compact.js';
import { partnerNode, tieTrust, tieWeight, topologyOf, type PartnerNode, type PartnershipGraph, type TieEdge } from './graph.js';
import { pathCentralities, pathCentralitySteps, type PathCentralities, type PathCentralityCache } from './shortest-paths.js';
import { structuralHoles, type StructuralHoles } from './structural-holes.js';
import type { NetworkModel } from '../model/types.js';
import type { Load } from '../model/load.js';

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
    /**
     * Computes betweenness and closeness now, in steps with `checkpoint` awaited between them (the
     * language server, before the rules that read them: a newer edit then cancels the all-pairs
     * search at a checkpoint instead of waiting for it).
     */
    pathsInSteps(checkpoint: () => Promise<void>): Promise<void>;
}

export interface AnalysisOptions {
    /** Estimate betweenness from this many sources when the network has more partners. */
    sampleAbove?: number;
    samples?: number;
    onProgress?: (done: number, total: number) => void;
    /** Reuse the path search of an earlier analysis with the same ties (the language server keeps one). */
    pathCache?: PathCentralityCache;
    /**
     * Reuse what depends on the partners and ties alone (paths, structural holes, eigenvector, cut
     * vertices, components, density) from an earlier analysis of the same topology.
     */
    topologyCache?: TopologyCache;
    /** The network's name for the topology cache (one entry per network). */
    cacheKey?: string;
}

/**
 * What an analysis reads of a graph besides its topology: per node (in graph order) its sector,
 * load and capacity; per entry of the compact graph's `neighbors` its tie's weight and trust (NaN
 * when the tie states none).
 */
export interface GraphAttributes {
    sector: Array<string | undefined>;
    load: Float64Array;
    capacity: Array<number | undefined>;
    weights: Float64Array;
    trust: Float64Array;
}

/**
 * The metrics that depend on the topology alone (which partners, which ties), each computed on
 * first use and kept: an edit that changes an effort, a trust score or a display string keeps them.
 * `graph` builds the graphology graph of the topology (attributes left at their defaults) on first use.
 */
export class TopologyMetrics {
    private readonly memo = new Map<string, unknown>();

    constructor(readonly csr: CompactGraph, private readonly graphOfTopology: () => PartnershipGraph) {}

    private once<T>(key: string, compute: () => T): T {
        if (!this.memo.has(key)) this.memo.set(key, compute());
        return this.memo.get(key) as T;
    }

    graph(): PartnershipGraph {
        return this.once('graph', this.graphOfTopology);
    }

    paths(samples: number | undefined, options: AnalysisOptions): PathCentralities {
        return this.once(`paths ${samples}`, () => {
            const pathOptions = { samples, onProgress: options.onProgress };
            return options.pathCache ? options.pathCache.get(this.csr, pathOptions) : pathCentralities(this.csr, pathOptions);
        });
    }

    /**
     * paths(), computed in steps with `checkpoint` awaited between them (a newer edit cancels it
     * there), so that the rules that read betweenness later find it done. Nothing is kept when cancelled.
     */
    async pathsInSteps(samples: number | undefined, options: AnalysisOptions, checkpoint: () => Promise<void>): Promise<void> {
        const key = `paths ${samples}`;
        if (this.memo.has(key)) return;
        const pathOptions = { samples, onProgress: options.onProgress };
        const kept = options.pathCache?.peek(this.csr, pathOptions);
        if (kept) {
            this.memo.set(key, kept);
            return;
        }
        const steps = pathCentralitySteps(this.csr, pathOptions);
        let step = steps.next();
        while (!step.done) {
            await checkpoint();
            step = steps.next();
        }
        if (!this.memo.has(key)) this.memo.set(key, options.pathCache ? options.pathCache.put(this.csr, pathOptions, step.value) : step.value);
    }

    holes(): StructuralHoles {
        return this.once('holes', () => structuralHoles(this.csr, false));
    }

    eigenvector(): Record<string, number> {
        return this.once('eigenvector', () => eigenvectorOf(this.graph()));
    }

    indexOf(): ReadonlyMap<string, number> {
        return this.once('index', () => new Map(this.csr.ids.map((id, i) => [id, i])));
    }

    cuts(): Articulation & { isCut: Uint8Array } {
        return this.once('cuts', () => {
            const result = articulation(this.csr);
            const isCut = new Uint8Array(this.csr.n);
            result.cutVertices.forEach(v => (isCut[v] = 1));
            return { ...result, isCut };
        });
    }

    /**
     * The search for cut vertices visits each component from one root: counting the roots gives
     * what graphology-components counts, without building a graphology graph (200 ms at 10,000
     * partners, for a number).
     */
    components(): number {
        return this.cuts().components;
    }

    /** graphology-metrics' undirected density of the partner count and tie count (a simple graph: one tie per pair). */
    density(): number {
        return this.once('density', () => (this.csr.n > 1 ? undirectedDensity(this.csr.n, this.csr.neighbors.length / 2) : 0));
    }

    partsWithout(index: number): string[][] {
        return partsWithout(this.csr, index).map(part => part.map(v => this.csr.ids[v]));
    }
}

/**
 * The topology metrics of the last topology per network, keyed by the topology itself: the
 * partners' names in graph order and each tie's two ends, in order. What is cached is a function of
 * exactly that key. The key is compared name by name with the last one (no string of the whole
 * topology is made after every edit). The language server keeps one (its NetworkAnalyzer).
 */
export class TopologyCache {
    private readonly entries = new Map<string, { ids: readonly string[]; ends: readonly string[]; metrics: TopologyMetrics }>();
    hits = 0;
    misses = 0;

    /** The topology metrics of the topology (`ids`, `ends`), or those `create` makes (then kept for the network). */
    get(network: string, ids: readonly string[], ends: readonly string[], create: () => TopologyMetrics): TopologyMetrics {
        const entry = this.entries.get(network);
        if (entry && sameStrings(entry.ids, ids) && sameStrings(entry.ends, ends)) {
            this.hits++;
            return entry.metrics;
        }
        this.misses++;
        const metrics = create();
        this.entries.set(network, { ids, ends, metrics });
        return metrics;
    }

    clear(): void {
        this.entries.clear();
    }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}

/**
 * The metrics of a graph. Each family of metrics is computed on first use and kept: the rules ask
 * only for what they need (validation of a large network then never runs the all-pairs path search
 * unless a low-trust partner might be a broker), while `partnership metrics` reads everything.
 */
export function analyze(graph: PartnershipGraph, options: AnalysisOptions = {}): NetworkAnalysis {
    const csr = compact(graph);
    const n = csr.n;
    const perEdgeTrust: number[] = [];
    graph.forEachEdge((_edge, edge) => perEdgeTrust.push(edge.trust ?? NaN));
    const attributes: GraphAttributes = {
        sector: new Array(n),
        load: new Float64Array(n),
        capacity: new Array(n),
        weights: csr.weights,
        trust: slotValues(csr, perEdgeTrust)
    };
    csr.ids.forEach((id, i) => {
        const node = graph.getNodeAttributes(id);
        attributes.sector[i] = node.sector;
        attributes.load[i] = node.load;
        attributes.capacity[i] = node.capacity;
    });
    return analyzeWith(new TopologyMetrics(csr, () => graph), attributes, options);
}

/**
 * The metrics of a network model's graph (graphOf), the same as analyze(graphOf(network, loads)),
 * built without graphology; with a topology cache, what depends on the topology alone is reused
 * while the partners and ties stay the same, and only the attributes (efforts, trust, loads,
 * capacities, sectors) are read again.
 */
export function analyzeNetwork(network: NetworkModel, loads: ReadonlyMap<string, Load> | undefined, options: AnalysisOptions = {}): NetworkAnalysis {
    const { partners, ties } = topologyOf(network);
    const ids = partners.map(partner => partner.name);
    const ends: string[] = [];
    for (const tie of ties) ends.push(tie.left, tie.right);
    const create = () => {
        const index = new Map(ids.map((id, i) => [id, i]));
        const csr = compactEdges(ids, Int32Array.from(ends, end => index.get(end)!));
        return new TopologyMetrics(csr, () => {
            const graph: PartnershipGraph = new UndirectedGraph<PartnerNode, TieEdge>();
            for (const id of ids) graph.addNode(id, { roles: [], load: 0 });
            for (let k = 0; k < ends.length; k += 2) graph.addEdge(ends[k], ends[k + 1], { weight: 1 });
            return graph;
        });
    };
    const topology = options.topologyCache
        ? options.topologyCache.get(options.cacheKey ?? network.key, ids, ends, create)
        : create();
    const csr = topology.csr;
    const n = csr.n;
    const weights = new Float64Array(ties.length);
    const trust = new Float64Array(ties.length);
    for (let k = 0; k < ties.length; k++) {
        weights[k] = tieWeight(ties[k]);
        trust[k] = tieTrust(ties[k]) ?? NaN;
    }
    const attributes: GraphAttributes = {
        sector: new Array(n),
        load: new Float64Array(n),
        capacity: new Array(n),
        weights: slotValues(csr, weights),
        trust: slotValues(csr, trust)
    };
    for (let i = 0; i < n; i++) {
        const node = partnerNode(partners[i], loads);
        attributes.sector[i] = node.sector;
        attributes.load[i] = node.load;
        attributes.capacity[i] = node.capacity;
    }
    return analyzeWith(topology, attributes, options);
}

/** The families of metrics of one analysis, each computed on first use (analyzeWith). */
interface MetricFamilies {
    paths(): { betweenness: ArrayLike<number>; closeness: ArrayLike<number> };
    holes(): StructuralHoles;
    weightedHoles(): StructuralHoles;
    eigenvector(): Record<string, number>;
    cuts(): { isCut: Uint8Array };
}

/**
 * A partner's metrics: the local ones computed with the analysis, the others read from their family
 * on first use. The getters live on the prototype (not on each partner, as closures would), so a
 * partner's metrics cost one small object however large the network.
 */
class LazyPartnerMetrics implements PartnerMetrics {
    constructor(
        private readonly families: MetricFamilies,
        private readonly index: number,
        readonly id: string,
        readonly sector: string | undefined,
        readonly degree: number,
        readonly weightedDegree: number,
        readonly averageTrust: number | undefined,
        readonly load: number,
        readonly capacity: number | undefined
    ) {}

    get betweenness(): number { return this.families.paths().betweenness[this.index]; }
    get closeness(): number { return this.families.paths().closeness[this.index]; }
    get eigenvector(): number { return this.families.eigenvector()[this.id] ?? NaN; }
    get constraint(): number { return this.families.holes().constraint[this.index]; }
    get effectiveSize(): number { return this.families.holes().effectiveSize[this.index]; }
    get efficiency(): number { return this.families.holes().efficiency[this.index]; }
    get weightedConstraint(): number { return this.families.weightedHoles().constraint[this.index]; }
    get weightedEffectiveSize(): number { return this.families.weightedHoles().effectiveSize[this.index]; }
    get cutVertex(): boolean { return this.families.cuts().isCut[this.index] === 1; }
}

/** The metrics from a topology's (shared) metrics and the graph's attributes. */
function analyzeWith(topology: TopologyMetrics, attributes: GraphAttributes, options: AnalysisOptions): NetworkAnalysis {
    const csr = topology.csr;
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
    const paths = () => topology.paths(sample, options);
    const holes = () => topology.holes();
    const weightedHoles = lazy(() => structuralHoles({ ...csr, weights: attributes.weights }, true));
    const eigenvector = () => topology.eigenvector();
    const cuts = () => topology.cuts();

    const families: MetricFamilies = { paths, holes, weightedHoles, eigenvector, cuts };
    const partners: PartnerMetrics[] = new Array(n);
    for (let i = 0; i < n; i++) {
        let trustSum = 0;
        let trustCount = 0;
        let weighted = 0;
        for (let e = csr.offsets[i], end = csr.offsets[i + 1]; e < end; e++) {
            weighted += attributes.weights[e];
            const trust = attributes.trust[e];
            if (!Number.isNaN(trust)) {
                trustSum += trust;
                trustCount++;
            }
        }
        partners[i] = new LazyPartnerMetrics(
            families, i, csr.ids[i], attributes.sector[i], csr.offsets[i + 1] - csr.offsets[i], weighted,
            trustCount > 0 ? trustSum / trustCount : undefined, attributes.load[i], attributes.capacity[i]
        );
    }

    const sectors: Record<string, number> = {};
    for (const partner of partners) if (partner.sector) sectors[partner.sector] = (sectors[partner.sector] ?? 0) + 1;
    const network = lazy((): NetworkMetrics => ({
        partners: n,
        ties: csr.neighbors.length / 2,
        density: topology.density(),
        degreeCentralization: degreeCentralization(partners.map(p => p.degree)),
        components: topology.components(),
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
            const index = topology.indexOf().get(id);
            return index === undefined ? [] : topology.partsWithout(index);
        },
        pathsInSteps: checkpoint => topology.pathsInSteps(sample, options, checkpoint)
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
