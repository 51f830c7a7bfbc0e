#!/usr/bin/python3
"""Generate NetworkX reference values for the partnership-lang network metrics.

Run with Debian's Python (which has networkx installed):

    /usr/bin/python3 scripts/metrics-fixtures/networkx_fixtures.py          # (re)write fixtures
    /usr/bin/python3 scripts/metrics-fixtures/networkx_fixtures.py --check  # verify, write nothing

Writes one JSON file per graph to test/fixtures/metrics/.  The output is
deterministic: no network access, the only randomness is random.Random(2026),
and every metric is computed on a copy of the graph relabelled to the integers
0..n-1 so that NetworkX's internal set() iteration order (and therefore the
floating-point summation order) does not depend on PYTHONHASHSEED.

--check recomputes everything and exits 1 if any fixture file on disk is
missing or differs byte for byte from what would be written.
"""

import argparse
import json
import math
import os
import random
import sys

import networkx as nx

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(REPO_ROOT, "test", "fixtures", "metrics")

NX_VERSION = nx.__version__

# The 11 sectors of packages/language/src/model/facts.ts (SECTORS), in that order.
SECTORS = [
    "nonprofit", "government", "education", "research", "healthcare", "business", "faith",
    "community-group", "philanthropy", "media", "resident",
]
CYCLIC_SECTORS = ["nonprofit", "government", "business"]

EIG_MAX_ITER = 10000
EIG_TOL = 1e-15

CONVENTIONS = {
    "node_ids": "node ids are strings; 'nodes' is in a fixed order (numeric order for integer-labelled graphs, "
                "alphabetical for florentine); every metric is computed by NetworkX on the graph built from exactly "
                "the 'nodes' and 'edges' lists of this file",
    "edges": "[u, v, weight], each undirected edge once, u before v in 'nodes' order, edges sorted by (index(u), index(v)); "
             "weights are floats",
    "null": "null means NaN/undefined in NetworkX (constraint, effective size and efficiency of an isolated node)",
    "degree": "number of neighbours: G.degree(v) (integer)",
    "weighted_degree": "sum of incident edge weights: G.degree(v, weight='weight')",
    "betweenness": "nx.betweenness_centrality(G, normalized=True, weight=None): unweighted shortest paths, "
                   "endpoints excluded, normalised by 2/((n-1)(n-2)) for undirected graphs",
    "closeness": "nx.closeness_centrality(G) (unweighted hop distances, wf_improved=True): "
                 "(r-1)/sum_dist * (r-1)/(n-1) where r is the size of v's component; 0 for isolated nodes",
    "eigenvector": "nx.eigenvector_centrality(G, max_iter=%d, tol=%r, weight=None): unweighted, power iteration on A+I "
                   "from the all-ones vector, unit Euclidean norm, all entries positive; connected graphs only "
                   "(omitted for disconnected graphs)" % (EIG_MAX_ITER, EIG_TOL),
    "constraint": "nx.constraint(G) (Burt's constraint, unweighted, i.e. every tie weight 1): "
                  "c(v) = sum_{j in N(v)} (p_vj + sum_{q in N(v)} p_vq p_qj)^2, p_vj = 1/deg(v) for neighbours; null for isolated nodes",
    "effective_size": "nx.effective_size(G) (unweighted; Borgatti's form n - 2t/n, n = degree, t = ties among the "
                      "neighbours); null for isolated nodes",
    "efficiency": "Burt's efficiency = effective_size[v] / degree[v] (unweighted); NOT nx.efficiency / nx.local_efficiency; "
                  "null for isolated nodes",
    "constraint_weighted": "nx.constraint(G, weight='weight'): p_vj = w_vj / sum_q w_vq (NetworkX's mutual weight "
                           "a_vj + a_jv = 2 w_vj in an undirected graph, which cancels in the normalisation); null for isolated nodes",
    "effective_size_weighted": "nx.effective_size(G, weight='weight'): sum_{j in N(v)} (1 - sum_{q in N(v)} p_vq m_jq), "
                               "p_vq = w_vq / sum_k w_vk, m_jq = w_jq / max_k w_jk (0 if j, q not tied); null for isolated nodes",
    "density": "nx.density(G) = 2m / (n(n-1))",
    "degree_centralization": "Freeman: sum_v (max_degree - degree(v)) / ((n-1)(n-2)); 0 when n < 3 "
                             "(1 for a star, 0 for a regular graph)",
    "components": "nx.number_connected_components(G) (isolated nodes count as components)",
    "cut_vertices": "nx.articulation_points(G), as string ids sorted by plain string comparison "
                    "(JavaScript default sort order, e.g. '10' < '2')",
    "bridges": "nx.bridges(G): each pair [a, b] with a < b by string comparison, the list sorted by string "
               "comparison of (a, b)",
    "blau_index": "1 - sum_k p_k^2, p_k = (number of nodes whose sector is k) / n, over the 'sector' of every node "
                  "(isolated nodes included)",
}


# --------------------------------------------------------------------------- graphs


def karate():
    src = nx.karate_club_graph()  # recent NetworkX versions attach 'weight'; it is dropped here
    order = sorted(src.nodes())
    sectors = {v: src.nodes[v]["club"] for v in order}
    edges = [(u, v, 1.0) for u, v in src.edges()]
    return ("karate", "networkx %s nx.karate_club_graph() (its edge weights dropped: every edge weight 1; "
            "sector = 'club' node attribute)" % NX_VERSION, order, sectors, edges)


def florentine():
    src = nx.florentine_families_graph()
    order = sorted(src.nodes())
    sectors = {v: CYCLIC_SECTORS[i % 3] for i, v in enumerate(order)}
    edges = [(u, v, 1.0) for u, v in src.edges()]
    return ("florentine", "networkx %s nx.florentine_families_graph() (weight 1; sector = "
            "['nonprofit','government','business'][i %% 3] by alphabetical node order)" % NX_VERSION,
            order, sectors, edges)


def star():
    src = nx.star_graph(9)
    order = sorted(src.nodes())
    sectors = {v: CYCLIC_SECTORS[i % 3] for i, v in enumerate(order)}
    edges = [(u, v, 1.0) for u, v in src.edges()]
    return ("star", "networkx %s nx.star_graph(9) (centre 0, leaves 1..9; weight 1; sector = "
            "['nonprofit','government','business'][i %% 3] by node order)" % NX_VERSION, order, sectors, edges)


def path():
    src = nx.path_graph(10)
    order = sorted(src.nodes())
    sectors = {v: CYCLIC_SECTORS[i % 3] for i, v in enumerate(order)}
    edges = [(u, v, 1.0) for u, v in src.edges()]
    return ("path", "networkx %s nx.path_graph(10) (0-1-...-9; weight 1; sector = "
            "['nonprofit','government','business'][i %% 3] by node order)" % NX_VERSION, order, sectors, edges)


def random300():
    n, m_target = 300, 900
    rng = random.Random(2026)
    # 1. random spanning tree: shuffle the nodes, attach each to a uniformly chosen earlier one
    perm = list(range(n))
    rng.shuffle(perm)
    edge_set = set()
    for i in range(1, n):
        u, v = perm[i], perm[rng.randrange(i)]
        edge_set.add((min(u, v), max(u, v)))
    # 2. random extra edges until m_target (no self loops, no duplicates)
    while len(edge_set) < m_target:
        u, v = rng.randrange(n), rng.randrange(n)
        if u == v:
            continue
        edge_set.add((min(u, v), max(u, v)))
    # 3. weights 1..8 (hours/month) in sorted edge order, then sectors in node order
    edges = [(u, v, float(rng.randint(1, 8))) for u, v in sorted(edge_set)]
    order = list(range(n))
    sectors = {v: rng.choice(SECTORS) for v in order}
    return ("random300", "networkx %s; graph generated with Python random.Random(2026): shuffled random spanning "
            "tree on 0..299 plus random extra edges up to 900, weights randint(1, 8) in sorted edge order, "
            "sectors random choice of the 11 SECTORS of vocabulary.ts in node order" % NX_VERSION,
            order, sectors, edges)


def disconnected():
    order = list(range(9))
    tri_pendant = [(0, 1), (0, 2), (1, 2), (2, 3)]  # triangle 0-1-2 with pendant 3 on 2
    four_path = [(4, 5), (5, 6), (6, 7)]             # path 4-5-6-7; node 8 isolated
    edges = [(u, v, 1.0) for u, v in tri_pendant + four_path]
    sectors = {v: CYCLIC_SECTORS[i % 3] for i, v in enumerate(order)}
    return ("disconnected", "networkx %s hand-built: triangle 0-1-2 with pendant 3 on 2, path 4-5-6-7, isolated 8 "
            "(weight 1; sector = ['nonprofit','government','business'][i %% 3] by node order)" % NX_VERSION,
            order, sectors, edges)


GRAPHS = [karate, florentine, star, path, random300, disconnected]


# --------------------------------------------------------------------------- metrics


def clean(x):
    """NaN -> None; everything else unchanged (floats are written as Python repr by json)."""
    if isinstance(x, float) and math.isnan(x):
        return None
    return x


def compute(name, source, order, sectors, edges, log):
    index = {v: i for i, v in enumerate(order)}
    sid = [str(v) for v in order]
    if len(set(sid)) != len(sid):
        raise SystemExit("%s: node ids collide as strings" % name)

    # canonical edge list in node order
    canon = []
    seen = set()
    for u, v, w in edges:
        a, b = (u, v) if index[u] < index[v] else (v, u)
        if a == b or (a, b) in seen:
            raise SystemExit("%s: self loop or duplicate edge %r" % (name, (u, v)))
        seen.add((a, b))
        canon.append((index[a], index[b], float(w)))
    canon.sort()

    # Integer-labelled graph built from exactly what goes into the file.
    G = nx.Graph()
    G.add_nodes_from(range(len(order)))
    for a, b, w in canon:
        G.add_edge(a, b, weight=w)
    n, m = G.number_of_nodes(), G.number_of_edges()
    connected = nx.is_connected(G)

    def per_node(d):
        return {sid[i]: clean(d[i]) for i in range(n)}

    degree = {i: G.degree(i) for i in G}
    wdeg = {i: float(G.degree(i, weight="weight")) for i in G}
    betw = nx.betweenness_centrality(G, normalized=True, weight=None)
    clos = nx.closeness_centrality(G)
    cons = nx.constraint(G)
    esize = nx.effective_size(G)
    eff = {i: (esize[i] / degree[i] if degree[i] > 0 else float("nan")) for i in G}
    cons_w = nx.constraint(G, weight="weight")
    esize_w = nx.effective_size(G, weight="weight")

    partner = {
        "degree": per_node(degree),
        "weighted_degree": per_node(wdeg),
        "betweenness": per_node(betw),
        "closeness": per_node(clos),
        "constraint": per_node(cons),
        "effective_size": per_node(esize),
        "efficiency": per_node(eff),
        "constraint_weighted": per_node(cons_w),
        "effective_size_weighted": per_node(esize_w),
    }
    conventions = dict(CONVENTIONS)

    if connected:
        try:
            eig = nx.eigenvector_centrality(G, max_iter=EIG_MAX_ITER, tol=EIG_TOL, weight=None)
        except nx.PowerIterationFailedConvergence:
            eig = nx.eigenvector_centrality_numpy(G, weight=None)
            conventions["eigenvector"] = (
                "nx.eigenvector_centrality_numpy(G, weight=None) (power iteration with tol=%r did not converge): "
                "unweighted, unit Euclidean norm, all entries positive" % EIG_TOL)
        partner["eigenvector"] = per_node(eig)
        # cross-check against the dense/ARPACK solver (reported only, never written)
        try:
            ref = nx.eigenvector_centrality_numpy(G, weight=None)
            log("  %s: eigenvector max |power - numpy| = %.3g, norm = %r" % (
                name, max(abs(eig[i] - ref[i]) for i in G), math.sqrt(sum(x * x for x in eig.values()))))
        except Exception as e:  # numpy/scipy missing: not fatal
            log("  %s: eigenvector numpy cross-check skipped (%s)" % (name, e))
    else:
        conventions["eigenvector"] = "omitted: graph is disconnected"

    degs = [degree[i] for i in G]
    dc = 0.0 if n < 3 else sum(max(degs) - d for d in degs) / ((n - 1) * (n - 2))

    counts = {}
    for v in order:
        counts[sectors[v]] = counts.get(sectors[v], 0) + 1
    blau = 1.0 - sum((counts[k] / n) ** 2 for k in sorted(counts))

    cut = sorted(sid[i] for i in nx.articulation_points(G))
    bridges = sorted(sorted([sid[a], sid[b]]) for a, b in nx.bridges(G))

    network = {
        "nodes": n,
        "edges": m,
        "density": nx.density(G),
        "degree_centralization": dc,
        "components": nx.number_connected_components(G),
        "cut_vertices": cut,
        "bridges": bridges,
        "blau_index": blau,
    }

    return {
        "name": name,
        "source": source,
        "nodes": [{"id": sid[i], "sector": sectors[order[i]]} for i in range(n)],
        "edges": [[sid[a], sid[b], w] for a, b, w in canon],
        "partner": partner,
        "network": network,
        "conventions": conventions,
    }


def render(obj):
    return json.dumps(obj, indent=1, sort_keys=True, allow_nan=False) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="recompute and exit 1 if any fixture on disk differs (writes nothing)")
    ap.add_argument("--out", default=OUT_DIR, help="output directory (default: test/fixtures/metrics)")
    args = ap.parse_args()

    def log(msg):
        print(msg, file=sys.stderr)

    log("networkx %s, python %s" % (NX_VERSION, sys.version.split()[0]))
    failed = []
    for make in GRAPHS:
        name, source, order, sectors, edges = make()
        text = render(compute(name, source, order, sectors, edges, log))
        path_ = os.path.join(args.out, name + ".json")
        if args.check:
            try:
                with open(path_, "r", encoding="utf-8", newline="") as f:
                    on_disk = f.read()
            except FileNotFoundError:
                on_disk = None
            if on_disk != text:
                failed.append(path_)
                log("DIFFERS: %s" % path_)
            else:
                log("ok: %s" % path_)
        else:
            os.makedirs(args.out, exist_ok=True)
            with open(path_, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            log("wrote %s" % path_)
    if failed:
        log("%d fixture file(s) differ; re-run without --check to regenerate" % len(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
