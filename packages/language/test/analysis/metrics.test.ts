/**
 * Every metric on every fixture graph agrees with NetworkX within 1e-9 (fixtures made by
 * scripts/metrics-fixtures/networkx_fixtures.py), and the hand-written betweenness and closeness
 * agree with graphology-metrics' own implementations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import closenessModule from 'graphology-metrics/centrality/closeness.js';
import { describe, expect, test } from 'vitest';
import { countConnectedComponents } from 'graphology-components';
import { density as graphDensity } from 'graphology-metrics/graph/density.js';
import { analyze, compact, graphFromEdges, pathCentralities, PathCentralityCache, type NetworkAnalysis, type PartnerMetrics } from '../../src/analysis/index.js';

const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;
const closenessCentrality = closenessModule as unknown as typeof closenessModule.default;

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../test/fixtures/metrics');

interface Fixture {
    name: string;
    nodes: Array<{ id: string; sector?: string }>;
    edges: Array<[string, string, number]>;
    partner: Record<string, Record<string, number | null>>;
    network: {
        nodes: number; edges: number; density: number; degree_centralization: number; components: number;
        cut_vertices: string[]; bridges: Array<[string, string]>; blau_index: number;
    };
}

const fixtures: Fixture[] = readdirSync(FIXTURES).filter(f => f.endsWith('.json')).sort()
    .map(f => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')));

const PARTNER_METRICS: Array<[string, keyof PartnerMetrics]> = [
    ['degree', 'degree'],
    ['weighted_degree', 'weightedDegree'],
    ['betweenness', 'betweenness'],
    ['closeness', 'closeness'],
    ['eigenvector', 'eigenvector'],
    ['constraint', 'constraint'],
    ['effective_size', 'effectiveSize'],
    ['efficiency', 'efficiency'],
    ['constraint_weighted', 'weightedConstraint'],
    ['effective_size_weighted', 'weightedEffectiveSize']
];

/** Largest absolute difference between expected (null = NaN) and actual values. */
function worst(expected: Record<string, number | null>, analysis: NetworkAnalysis, key: keyof PartnerMetrics): { node: string; diff: number } {
    let result = { node: '', diff: 0 };
    for (const [node, value] of Object.entries(expected)) {
        const actual = analysis.byId.get(node)?.[key] as number;
        const diff = value === null ? (Number.isNaN(actual) ? 0 : Infinity) : Math.abs(actual - value);
        if (!(diff <= result.diff)) result = { node, diff };
    }
    return result;
}

test('there are fixtures for the five required graphs and a disconnected one', () => {
    expect(fixtures.map(f => f.name).sort()).toEqual(['disconnected', 'florentine', 'karate', 'path', 'random300', 'star']);
});

describe.each(fixtures.map(f => [f.name, f] as const))('%s agrees with NetworkX', (_name, fixture) => {
    const graph = graphFromEdges(fixture.nodes, fixture.edges);
    const analysis = analyze(graph);

    test.each(PARTNER_METRICS.filter(([key]) => key in fixture.partner))('%s', (fixtureKey, key) => {
        const expected = fixture.partner[fixtureKey];
        expect(Object.keys(expected).sort()).toEqual(fixture.nodes.map(n => n.id).sort());
        const { node, diff } = worst(expected, analysis, key);
        expect(diff, `largest difference at partner ${node}`).toBeLessThanOrEqual(1e-9);
    });

    test('network metrics', () => {
        const network = analysis.network;
        expect(network.partners).toBe(fixture.network.nodes);
        expect(network.ties).toBe(fixture.network.edges);
        expect(network.density).toBeCloseTo(fixture.network.density, 12);
        expect(network.degreeCentralization).toBeCloseTo(fixture.network.degree_centralization, 12);
        expect(network.components).toBe(fixture.network.components);
        expect([...network.cutVertices].sort()).toEqual(fixture.network.cut_vertices);
        expect(network.bridges.map(([a, b]) => (a < b ? [a, b] : [b, a])).sort()).toEqual(fixture.network.bridges);
        expect(network.blauIndex).toBeCloseTo(fixture.network.blau_index, 12);
    });

    test('betweenness and closeness equal graphology-metrics\' implementations', () => {
        const library = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
        const libraryCloseness = closenessCentrality(graph, { wassermanFaust: true });
        for (const partner of analysis.partners) {
            expect(Math.abs(partner.betweenness - library[partner.id])).toBeLessThanOrEqual(1e-9);
            expect(Math.abs(partner.closeness - libraryCloseness[partner.id])).toBeLessThanOrEqual(1e-9);
        }
    });
});

test('sampled betweenness is flagged as an estimate, close to the exact value, and skips closeness', () => {
    const fixture = fixtures.find(f => f.name === 'random300')!;
    const graph = graphFromEdges(fixture.nodes, fixture.edges);
    const exact = pathCentralities(compact(graph));
    const estimate = pathCentralities(compact(graph), { samples: 100 });
    expect(estimate.estimated).toBe(true);
    expect(exact.estimated).toBe(false);
    const top = (values: Float64Array) => [...values.keys()].sort((a, b) => values[b] - values[a]).slice(0, 5);
    // The most central partners are found from a third of the sources.
    expect(top(estimate.betweenness).filter(i => top(exact.betweenness).includes(i)).length).toBeGreaterThanOrEqual(3);
    expect(Number.isNaN(estimate.closeness[1])).toBe(true);
    const analysis = analyze(graph, { sampleAbove: 200, samples: 50 });
    expect(analysis.estimated).toBe(true);
    expect(analysis.sources).toBe(50);
});

test('the path search is reused for the same topology and redone when a tie changes', () => {
    const cache = new PathCentralityCache();
    const cachedPathCentralities = (graph: Parameters<PathCentralityCache['get']>[0]) => cache.get(graph);
    const edges: Array<[string, string, number]> = [['a', 'b', 1], ['b', 'c', 1], ['c', 'd', 1]];
    const first = cachedPathCentralities(compact(graphFromEdges([], edges)));
    // Same ties, other weights: paths are unweighted, so the earlier result serves.
    expect(cachedPathCentralities(compact(graphFromEdges([], edges.map(([u, v]) => [u, v, 5] as [string, string, number]))))).toBe(first);
    const rewired = cachedPathCentralities(compact(graphFromEdges([], [['a', 'b', 1], ['b', 'c', 1], ['b', 'd', 1]])));
    expect(rewired).not.toBe(first);
    expect([...rewired.betweenness]).toEqual([0, 1, 0, 0]);
    expect([...first.betweenness]).toEqual([0, 2 / 3, 2 / 3, 0]);
});

test('components and density, counted without a graphology graph, agree with graphology on random graphs', () => {
    // A seeded generator: graphs with isolated partners, pairs, and a few large pieces.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 60; round++) {
        const n = 1 + Math.floor(random() * 40);
        const nodes = Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));
        const edges: Array<[string, string]> = [];
        const m = Math.floor(random() * n * 1.2);
        for (let k = 0; k < m; k++) edges.push([`p${Math.floor(random() * n)}`, `p${Math.floor(random() * n)}`]);
        const graph = graphFromEdges(nodes, edges);
        const { network } = analyze(graph);
        expect(network.components, `round ${round}`).toBe(countConnectedComponents(graph));
        expect(network.density, `round ${round}`).toBe(graph.order > 1 ? graphDensity(graph) : 0);
    }
});
