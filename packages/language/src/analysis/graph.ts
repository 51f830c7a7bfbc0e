/**
 * The graph of a network: partners as nodes, ties as undirected edges. Plain graphology, no Langium:
 * the same graph is built from a network model (the editor, the CLI) or from an edge list (tests,
 * benchmarks).
 */
import { UndirectedGraph } from 'graphology';
import type { NetworkModel } from '../model/types.js';
import type { Load } from '../model/load.js';
import { isEnded } from '../model/network.js';

export interface PartnerNode {
    sector?: string;
    roles: string[];
    /** Declared capacity in hours/month. */
    capacity?: number;
    /** Load in hours/month (time accounting). */
    load: number;
}

export interface TieEdge {
    /**
     * The weight of weighted metrics: the tie's effort in hours/month. A tie with no stated
     * effort weighs 1, so an all-unweighted network gives the unweighted metrics.
     */
    weight: number;
    strength?: 'weak' | 'moderate' | 'strong';
    /** Average trust, 1–5, when stated. */
    trust?: number;
}

export type PartnershipGraph = UndirectedGraph<PartnerNode, TieEdge>;

/**
 * The graph of a network model. Ties that are duplicates, self ties or unresolved are not in the
 * model. An `ended` partner is history kept in the file: it and its ties are not in the graph, so
 * it counts in no network metric (density, diversity, brokers...).
 */
export function graphOf(network: NetworkModel, loads?: ReadonlyMap<string, Load>): PartnershipGraph {
    const graph: PartnershipGraph = new UndirectedGraph<PartnerNode, TieEdge>();
    for (const partner of network.partners.values()) {
        if (isEnded(partner)) continue;
        graph.addNode(partner.name, {
            sector: partner.sector,
            roles: partner.roles,
            capacity: partner.capacity?.hoursPerMonth,
            load: loads?.get(partner.name)?.hoursPerMonth ?? 0
        });
    }
    for (const tie of network.ties) {
        if (!graph.hasNode(tie.left) || !graph.hasNode(tie.right) || graph.hasEdge(tie.left, tie.right)) continue;
        const trust = tie.trust && Number.isFinite(tie.trust.average) ? tie.trust.average : undefined;
        graph.addEdge(tie.left, tie.right, { weight: tie.effort?.hoursPerMonth ?? 1, strength: tie.strength, trust });
    }
    return graph;
}

/** A graph from node ids (with optional sectors) and weighted edges, for fixtures and benchmarks. */
export function graphFromEdges(
    nodes: ReadonlyArray<{ id: string; sector?: string }>,
    edges: ReadonlyArray<readonly [string, string, number?]>
): PartnershipGraph {
    const graph: PartnershipGraph = new UndirectedGraph<PartnerNode, TieEdge>();
    for (const node of nodes) graph.addNode(node.id, { sector: node.sector, roles: [], load: 0 });
    for (const [u, v, weight] of edges) {
        graph.mergeNode(u, { roles: [], load: 0 });
        graph.mergeNode(v, { roles: [], load: 0 });
        if (u !== v && !graph.hasEdge(u, v)) graph.addEdge(u, v, { weight: weight ?? 1 });
    }
    return graph;
}
