/**
 * Burt's structural-hole measures: constraint, effective size and efficiency. graphology has none of
 * them, so they are written here, following Burt (1992) as NetworkX implements it:
 *
 * - p(u,v): the share of u's tie investment that goes to v, a(u,v) / Σ_w a(u,w), where a is the
 *   tie's weight (its effort; 1 in the unweighted variant), counted once per side;
 * - m(u,w): a(u,w) / max_x a(u,x), the strength of u's tie to w relative to u's strongest tie;
 * - constraint(v) = Σ_{u ∈ N(v)} (p(v,u) + Σ_{w ∈ N(v)} p(v,w) p(w,u))²;
 * - effective size(v) = Σ_{u ∈ N(v)} (1 − Σ_{w ∈ N(v)} p(v,w) m(u,w)); in the unweighted variant this
 *   is Borgatti's n − 2t/n (n neighbours, t ties among them), which it equals;
 * - efficiency(v) = effective size / degree.
 * Isolated partners have no value (NaN), as in NetworkX.
 *
 * One pass per node marks its neighbours in a dense array, so the cost is Σ_w deg(w)², not a
 * hash look-up per pair.
 */
import type { CompactGraph } from './compact.js';

export interface StructuralHoles {
    constraint: Float64Array;
    effectiveSize: Float64Array;
    efficiency: Float64Array;
}

export function structuralHoles(graph: CompactGraph, weighted: boolean): StructuralHoles {
    const { n, offsets, neighbors, weights } = graph;
    const weightOf = (e: number) => (weighted ? weights[e] : 1);
    // Per node: total and largest tie weight, for p and m.
    const total = new Float64Array(n);
    const largest = new Float64Array(n);
    for (let v = 0; v < n; v++) {
        for (let e = offsets[v]; e < offsets[v + 1]; e++) {
            const a = weightOf(e);
            total[v] += a;
            if (a > largest[v]) largest[v] = a;
        }
    }
    const constraint = new Float64Array(n);
    const effectiveSize = new Float64Array(n);
    const efficiency = new Float64Array(n);
    // pv[u]: p(v,u) for u a neighbour of v (0 otherwise); indirect[u], redundancy[u]: sums over w.
    const pv = new Float64Array(n);
    const indirect = new Float64Array(n);
    const redundancy = new Float64Array(n);

    for (let v = 0; v < n; v++) {
        const start = offsets[v];
        const end = offsets[v + 1];
        if (start === end) {
            constraint[v] = effectiveSize[v] = efficiency[v] = NaN;
            continue;
        }
        for (let e = start; e < end; e++) pv[neighbors[e]] = weightOf(e) / total[v];
        for (let e = start; e < end; e++) {
            const w = neighbors[e];
            const pvw = pv[w];
            for (let f = offsets[w]; f < offsets[w + 1]; f++) {
                const u = neighbors[f];
                if (pv[u] === 0 || u === v) continue; // u must be a neighbour of v
                const a = weightOf(f);
                indirect[u] += pvw * (a / total[w]);
                redundancy[u] += pvw * (a / largest[u]);
            }
        }
        let c = 0;
        let size = 0;
        for (let e = start; e < end; e++) {
            const u = neighbors[e];
            const local = pv[u] + indirect[u];
            c += local * local;
            size += 1 - redundancy[u];
        }
        constraint[v] = c;
        effectiveSize[v] = size;
        efficiency[v] = size / (end - start);
        for (let e = start; e < end; e++) {
            const u = neighbors[e];
            pv[u] = indirect[u] = redundancy[u] = 0;
        }
    }
    return { constraint, effectiveSize, efficiency };
}
