import '/work/main/packages/language/out/polyfill.js';
import { graphFromEdges, compact } from '/work/main/packages/language/out/analysis/index.js';
let seed = 42;
const random = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const n = 10000, edges = [], seen = new Set();
while (edges.length < 50000) { const a = Math.floor(random()*n), b = Math.floor(random()*n); if (a===b) continue; const k = a<b?a+'-'+b:b+'-'+a; if (seen.has(k)) continue; seen.add(k); edges.push(['P'+a,'P'+b,1]); }
const g = graphFromEdges(Array.from({length:n},(_, i)=>({id:'P'+i})), edges);
const c = compact(g);
function brandes(graph, sources) {
  const { n, offsets, neighbors } = graph;
  const bc = new Float64Array(n), distance = new Int32Array(n), sigma = new Float64Array(n), delta = new Float64Array(n), order = new Int32Array(n);
  for (let s = 0; s < sources; s++) {
    distance.fill(-1); 
    distance[s] = 0; sigma[s] = 1; delta[s] = 0;
    let head = 0, tail = 0; order[tail++] = s;
    while (head < tail) {
      const v = order[head++]; const dv1 = distance[v] + 1; const sv = sigma[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = neighbors[e];
        const dw = distance[w];
        if (dw < 0) { distance[w] = dv1; sigma[w] = sv; delta[w] = 0; order[tail++] = w; }
        else if (dw === dv1) sigma[w] += sv;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]; const dw1 = distance[w] - 1; const coef = (1 + delta[w]) / sigma[w];
      for (let e = offsets[w], end = offsets[w + 1]; e < end; e++) {
        const v = neighbors[e];
        if (distance[v] === dw1) delta[v] += sigma[v] * coef;
      }
      bc[w] += delta[w];
    }
  }
  return bc;
}
let t = performance.now(); brandes(c, 1000); console.log('1000 sources', (performance.now()-t).toFixed(0));
