/**
 * Cut vertices (articulation points) and bridges: the partners and ties whose loss splits the
 * network. graphology has neither, so this is Hopcroft–Tarjan's depth-first search, iterative so that
 * a long chain of partners cannot overflow the call stack.
 */
import type { CompactGraph } from './compact.js';

export interface Articulation {
    /** Node indices, ascending. */
    cutVertices: number[];
    /** Node index pairs [a, b] with a < b, sorted. */
    bridges: Array<[number, number]>;
    /** Connected components (an isolated partner is one): the roots of the search. */
    components: number;
}

export function articulation(graph: CompactGraph): Articulation {
    const { n, offsets, neighbors } = graph;
    const discovery = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const parent = new Int32Array(n).fill(-1);
    const nextEdge = new Int32Array(n);
    const isCut = new Uint8Array(n);
    const stack = new Int32Array(n);
    const bridges: Array<[number, number]> = [];
    let time = 0;
    let components = 0;

    for (let root = 0; root < n; root++) {
        if (discovery[root] >= 0) continue;
        components++;
        let top = 0;
        stack[top++] = root;
        discovery[root] = low[root] = time++;
        nextEdge[root] = offsets[root];
        let rootChildren = 0;
        while (top > 0) {
            const v = stack[top - 1];
            if (nextEdge[v] < offsets[v + 1]) {
                const e = nextEdge[v]++;
                const w = neighbors[e];
                if (discovery[w] < 0) {
                    parent[w] = v;
                    discovery[w] = low[w] = time++;
                    nextEdge[w] = offsets[w];
                    stack[top++] = w;
                    if (v === root) rootChildren++;
                } else if (w !== parent[v]) {
                    // A back edge. The graph is simple (one tie per pair), so the only edge to the
                    // parent is the tree edge itself.
                    if (discovery[w] < low[v]) low[v] = discovery[w];
                }
            } else {
                top--;
                const p = parent[v];
                if (p >= 0) {
                    if (low[v] < low[p]) low[p] = low[v];
                    if (p !== root && low[v] >= discovery[p]) isCut[p] = 1;
                    if (low[v] > discovery[p]) bridges.push(p < v ? [p, v] : [v, p]);
                }
            }
        }
        if (rootChildren > 1) isCut[root] = 1;
    }
    const cutVertices: number[] = [];
    for (let v = 0; v < n; v++) if (isCut[v]) cutVertices.push(v);
    bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return { cutVertices, bridges, components };
}

/**
 * The connected parts that the component of `removed` falls into when `removed` leaves, largest
 * first (node indices). For a cut vertex there are two or more.
 */
export function partsWithout(graph: CompactGraph, removed: number): number[][] {
    const { n, offsets, neighbors } = graph;
    const seen = new Uint8Array(n);
    seen[removed] = 1;
    const parts: number[][] = [];
    for (let e = offsets[removed]; e < offsets[removed + 1]; e++) {
        const start = neighbors[e];
        if (seen[start]) continue;
        const part = [start];
        seen[start] = 1;
        for (let head = 0; head < part.length; head++) {
            const v = part[head];
            for (let f = offsets[v]; f < offsets[v + 1]; f++) {
                const w = neighbors[f];
                if (!seen[w]) {
                    seen[w] = 1;
                    part.push(w);
                }
            }
        }
        parts.push(part);
    }
    return parts.sort((a, b) => b.length - a.length);
}
