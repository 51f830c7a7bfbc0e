/**
 * A compact, array-based copy of an undirected graph (compressed sparse rows) for the all-pairs
 * algorithms: typed arrays instead of objects and maps keep a 10,000-node, 50,000-edge graph in a
 * few megabytes and its inner loops free of hashing.
 */
import type { PartnershipGraph } from './graph.js';

export interface CompactGraph {
    /** Number of nodes. */
    n: number;
    /** Node ids, index → id. */
    ids: string[];
    /** Neighbours of node i are neighbors[offsets[i] .. offsets[i+1]). */
    offsets: Int32Array;
    neighbors: Int32Array;
    /** Edge weight for each entry of `neighbors`. */
    weights: Float64Array;
    /**
     * Where each edge (in the order they were given) is stored: edge k is the entries
     * edgeSlots[2k] (at its first end) and edgeSlots[2k+1] (at its second) of `neighbors`.
     */
    edgeSlots: Int32Array;
}

export function compact(graph: PartnershipGraph): CompactGraph {
    const ids = graph.nodes();
    const index = new Map<string, number>();
    ids.forEach((id, i) => index.set(id, i));
    const ends = new Int32Array(graph.size * 2);
    const edgeWeights = new Float64Array(graph.size);
    let k = 0;
    graph.forEachEdge((_edge, attributes, source, target) => {
        ends[2 * k] = index.get(source)!;
        ends[2 * k + 1] = index.get(target)!;
        edgeWeights[k++] = attributes.weight;
    });
    const result = compactEdges(ids, ends);
    result.weights = slotValues(result, edgeWeights);
    return result;
}

/**
 * The compact graph of nodes `ids` and edges given as pairs of node indices (edge k joins
 * ends[2k] and ends[2k+1]), every weight 1. Each node's neighbours are in the order of the edges.
 */
export function compactEdges(ids: string[], ends: Int32Array): CompactGraph {
    const n = ids.length;
    const m = ends.length / 2;
    const offsets = new Int32Array(n + 1);
    for (let e = 0; e < ends.length; e++) offsets[ends[e] + 1]++;
    for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
    const neighbors = new Int32Array(offsets[n]);
    const edgeSlots = new Int32Array(2 * m);
    const fill = offsets.slice(0, n);
    for (let k = 0; k < m; k++) {
        const s = ends[2 * k];
        const t = ends[2 * k + 1];
        edgeSlots[2 * k] = fill[s];
        neighbors[fill[s]++] = t;
        edgeSlots[2 * k + 1] = fill[t];
        neighbors[fill[t]++] = s;
    }
    return { n, ids, offsets, neighbors, weights: new Float64Array(offsets[n]).fill(1), edgeSlots };
}

/** One value per edge (in edge order) spread to both of its entries of `neighbors`. */
export function slotValues(graph: Pick<CompactGraph, 'neighbors' | 'edgeSlots'>, perEdge: ArrayLike<number>): Float64Array {
    const values = new Float64Array(graph.neighbors.length);
    for (let k = 0; k < perEdge.length; k++) {
        values[graph.edgeSlots[2 * k]] = perEdge[k];
        values[graph.edgeSlots[2 * k + 1]] = perEdge[k];
    }
    return values;
}
