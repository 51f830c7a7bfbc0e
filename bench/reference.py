"""Times NetworkX or igraph on the metrics partnership-lang computes, for `npm run bench`.

    /usr/bin/python3 bench/reference.py networkx|igraph <graph.json>

The graph file is {"nodes": [{"id": ...}], "edges": [[u, v], ...]}. Prints one JSON line:
{"library", "version", "seconds", "metrics": {name: seconds}}. The metric set is the one of
packages/language/src/analysis/metrics.ts: betweenness, closeness, eigenvector, constraint,
effective size, cut vertices, bridges, components, density (igraph has no effective size: it is
left out there and the line says so).
"""
import json
import sys
import time


def timed(metrics, name, fn):
    start = time.perf_counter()
    fn()
    metrics[name] = time.perf_counter() - start


def run_networkx(data):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in data["nodes"])
    g.add_edges_from((u, v) for u, v in data["edges"])
    m = {}
    timed(m, "betweenness", lambda: nx.betweenness_centrality(g, normalized=True))
    timed(m, "closeness", lambda: nx.closeness_centrality(g))
    timed(m, "eigenvector", lambda: nx.eigenvector_centrality(g, max_iter=10000, tol=1e-14))
    timed(m, "constraint", lambda: nx.constraint(g))
    timed(m, "effective_size", lambda: nx.effective_size(g))
    timed(m, "cut_vertices", lambda: list(nx.articulation_points(g)))
    timed(m, "bridges", lambda: list(nx.bridges(g)))
    timed(m, "components", lambda: nx.number_connected_components(g))
    timed(m, "density", lambda: nx.density(g))
    return nx.__version__, m, []


def run_igraph(data):
    import igraph
    index = {n["id"]: i for i, n in enumerate(data["nodes"])}
    g = igraph.Graph(n=len(index), edges=[(index[u], index[v]) for u, v in data["edges"]])
    m = {}
    timed(m, "betweenness", lambda: g.betweenness(directed=False))
    timed(m, "closeness", lambda: g.closeness())
    timed(m, "eigenvector", lambda: g.eigenvector_centrality(directed=False))
    timed(m, "constraint", lambda: g.constraint())
    timed(m, "cut_vertices", lambda: g.articulation_points())
    timed(m, "bridges", lambda: g.bridges())
    timed(m, "components", lambda: len(g.connected_components()))
    timed(m, "density", lambda: g.density())
    return igraph.__version__, m, ["igraph has no effective size: not timed"]


def main():
    library, path = sys.argv[1], sys.argv[2]
    with open(path) as f:
        data = json.load(f)
    version, metrics, notes = (run_networkx if library == "networkx" else run_igraph)(data)
    print(json.dumps({"library": library, "version": version, "seconds": sum(metrics.values()), "metrics": metrics, "notes": notes}))


if __name__ == "__main__":
    main()
