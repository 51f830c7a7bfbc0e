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
}

export function compact(graph: PartnershipGraph): CompactGraph {
    const ids = graph.nodes();
    const n = ids.length;
    const index = new Map<string, number>();
    ids.forEach((id, i) => index.set(id, i));
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + graph.degree(ids[i]);
    const neighbors = new Int32Array(offsets[n]);
    const weights = new Float64Array(offsets[n]);
    const fill = offsets.slice(0, n);
    graph.forEachEdge((_edge, attributes, source, target) => {
        const s = index.get(source)!;
        const t = index.get(target)!;
        neighbors[fill[s]] = t;
        weights[fill[s]++] = attributes.weight;
        neighbors[fill[t]] = s;
        weights[fill[t]++] = attributes.weight;
    });
    return { n, ids, offsets, neighbors, weights };
}
