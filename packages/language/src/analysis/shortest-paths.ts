/**
 * Betweenness and closeness centrality from one breadth-first search per source (Brandes 2001),
 * over the compact graph. Hand-written because graphology-metrics' betweenness takes 82 s and 1.1 GB
 * on a 10,000-partner, 50,000-tie network; this one shares its arrays across sources and computes
 * closeness in the same pass.
 *
 * Conventions (NetworkX's defaults, and the fixtures' in test/fixtures/metrics):
 * - paths are unweighted (hop counts); ties' effort does not lengthen them;
 * - betweenness is normalised by 2 / ((n−1)(n−2)) (undirected), 0 when n ≤ 2;
 * - closeness is (r−1)/Σd × (r−1)/(n−1) where r is the number of nodes reachable from v including v
 *   (Wasserman–Faust scaling on disconnected graphs), 0 for a node that reaches nobody.
 * With `samples` < n, betweenness is estimated from that many evenly spread sources and scaled by
 * n / samples; closeness is then computed for those sources only (NaN for the others).
 */
import type { CompactGraph } from './compact.js';

export interface PathCentralities {
    betweenness: Float64Array;
    closeness: Float64Array;
    /** Whether betweenness is an estimate from a sample of sources. */
    estimated: boolean;
    sources: number;
}

export interface PathOptions {
    /** Use this many sources instead of all n (an estimate). */
    samples?: number;
    /** Called after each source with (done, total). */
    onProgress?: (done: number, total: number) => void;
}

export function pathCentralities(graph: CompactGraph, options: PathOptions = {}): PathCentralities {
    const steps = pathCentralitySteps(graph, options);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
}

/** How many sources pathCentralitySteps searches between two yields. */
export const SOURCES_PER_STEP = 32;

/**
 * pathCentralities in steps: the generator yields after every SOURCES_PER_STEP sources (a
 * checkpoint where the language server lets a newer edit cancel the search) and returns the result.
 */
export function* pathCentralitySteps(graph: CompactGraph, options: PathOptions = {}): Generator<void, PathCentralities, void> {
    const { n, offsets, neighbors } = graph;
    const betweenness = new Float64Array(n);
    const closeness = new Float64Array(n);
    const sampled = options.samples !== undefined && options.samples < n;
    const sourceCount = sampled ? Math.max(1, options.samples!) : n;
    if (sampled) closeness.fill(NaN);

    const distance = new Int32Array(n);
    const sigma = new Float64Array(n);
    const delta = new Float64Array(n);
    const order = new Int32Array(n);           // nodes in BFS order (the stack S of Brandes)
    // Predecessors as a list per node, stored in one array: a node's predecessors are among its
    // neighbours, so their slots can be the node's own neighbour range.
    const predecessors = new Int32Array(neighbors.length);
    const predecessorCount = new Int32Array(n);

    for (let k = 0; k < sourceCount; k++) {
        const s = sampled ? Math.floor((k * n) / sourceCount) : k;
        distance.fill(-1);
        sigma.fill(0);
        delta.fill(0);
        predecessorCount.fill(0);
        distance[s] = 0;
        sigma[s] = 1;
        let head = 0;
        let tail = 0;
        order[tail++] = s;
        let distanceSum = 0;
        while (head < tail) {
            const v = order[head++];
            const dv = distance[v];
            distanceSum += dv;
            for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                const w = neighbors[e];
                if (distance[w] < 0) {
                    distance[w] = dv + 1;
                    order[tail++] = w;
                }
                if (distance[w] === dv + 1) {
                    sigma[w] += sigma[v];
                    predecessors[offsets[w] + predecessorCount[w]++] = v;
                }
            }
        }
        const reached = tail;
        closeness[s] = distanceSum > 0 && n > 1 ? ((reached - 1) / distanceSum) * ((reached - 1) / (n - 1)) : 0;
        for (let i = tail - 1; i > 0; i--) {
            const w = order[i];
            const coefficient = (1 + delta[w]) / sigma[w];
            for (let p = offsets[w], end = offsets[w] + predecessorCount[w]; p < end; p++) {
                const v = predecessors[p];
                delta[v] += sigma[v] * coefficient;
            }
            betweenness[w] += delta[w];
        }
        options.onProgress?.(k + 1, sourceCount);
        if ((k + 1) % SOURCES_PER_STEP === 0 && k + 1 < sourceCount) yield;
    }

    // Each pair is counted from both ends in an undirected graph: halve, then normalise.
    const scale = n > 2 ? (sampled ? n / sourceCount : 1) / ((n - 1) * (n - 2)) : 0;
    for (let v = 0; v < n; v++) betweenness[v] *= scale;
    return { betweenness, closeness, estimated: sampled, sources: sourceCount };
}

/**
 * `pathCentralities`, remembering its last few results by topology: paths are unweighted, so an edit
 * that changes no tie (an effort, a trust score, a role) gets the previous result back instead of
 * a new all-pairs search. The language server rebuilds the network on every edit; this saves it the
 * largest single cost of a rebuild (benchmarked in bench/lsp-latency.mjs). Results are shared, not
 * copied: callers only read them. One cache belongs to one language service (its NetworkAnalyzer);
 * a one-shot analysis needs none.
 */
export class PathCentralityCache {
    private readonly recent: Array<{ graph: CompactGraph; samples: number | undefined; result: PathCentralities }> = [];

    constructor(private readonly size = 4) {}

    get(graph: CompactGraph, options: PathOptions = {}): PathCentralities {
        return this.peek(graph, options) ?? this.put(graph, options, pathCentralities(graph, options));
    }

    /** The kept result for this topology and sample size, if any (then it is the most recent). */
    peek(graph: CompactGraph, options: PathOptions = {}): PathCentralities | undefined {
        const index = this.recent.findIndex(entry => entry.samples === options.samples && sameTopology(entry.graph, graph));
        if (index < 0) return undefined;
        const [entry] = this.recent.splice(index, 1);
        this.recent.unshift(entry);
        return entry.result;
    }

    /** Keeps a result computed elsewhere (pathCentralitySteps) for this topology and sample size. */
    put(graph: CompactGraph, options: PathOptions, result: PathCentralities): PathCentralities {
        this.recent.unshift({ graph, samples: options.samples, result });
        this.recent.length = Math.min(this.recent.length, this.size);
        return result;
    }
}

function sameTopology(a: CompactGraph, b: CompactGraph): boolean {
    if (a === b) return true;
    if (a.n !== b.n || a.neighbors.length !== b.neighbors.length) return false;
    for (let i = 0; i < a.n; i++) if (a.ids[i] !== b.ids[i]) return false;
    for (let i = 0; i <= a.n; i++) if (a.offsets[i] !== b.offsets[i]) return false;
    for (let i = 0; i < a.neighbors.length; i++) if (a.neighbors[i] !== b.neighbors[i]) return false;
    return true;
}
