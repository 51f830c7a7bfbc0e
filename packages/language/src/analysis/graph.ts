/**
 * The graph of a network: partners as nodes, ties as undirected edges. Plain graphology, no Langium:
 * the same graph is built from a network model (the editor, the CLI) or from an edge list (tests,
 * benchmarks).
 */
import { UndirectedGraph } from 'graphology';
import type { NetworkModel, PartnerModel, TieModel } from '../model/types.js';
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
    const { partners, ties } = topologyOf(network);
    for (const partner of partners) graph.addNode(partner.name, partnerNode(partner, loads));
    for (const tie of ties) graph.addEdge(tie.left, tie.right, tieEdge(tie));
    return graph;
}

/**
 * The partners and ties of the network's graph (graphOf), in graph order: the partners that are not
 * ended, and the ties between two of them (one per pair).
 */
export function topologyOf(network: NetworkModel): { partners: PartnerModel[]; ties: TieModel[] } {
    const partners: PartnerModel[] = [];
    // Each partner's place in graph order; a pair of places is one number (no string per tie).
    const places = new Map<string, number>();
    for (const partner of network.partners.values()) {
        if (isEnded(partner) || places.has(partner.name)) continue;
        places.set(partner.name, partners.length);
        partners.push(partner);
    }
    const n = partners.length;
    const ties: TieModel[] = [];
    const pairs = new Set<number>();
    for (const tie of network.ties) {
        if (tie.left === tie.right) continue;
        const left = places.get(tie.left);
        const right = places.get(tie.right);
        if (left === undefined || right === undefined) continue;
        const pair = left < right ? left * n + right : right * n + left;
        if (pairs.has(pair)) continue;
        pairs.add(pair);
        ties.push(tie);
    }
    return { partners, ties };
}

/** A partner's node attributes in the graph. */
export function partnerNode(partner: PartnerModel, loads?: ReadonlyMap<string, Load>): PartnerNode {
    return {
        sector: partner.sector,
        roles: partner.roles,
        capacity: partner.capacity?.hoursPerMonth,
        load: loads?.get(partner.name)?.hoursPerMonth ?? 0
    };
}

/** A tie's edge attributes in the graph. */
export function tieEdge(tie: TieModel): TieEdge {
    return { weight: tieWeight(tie), strength: tie.strength, trust: tieTrust(tie) };
}

/** A tie's weight in the graph: its effort in hours/month, 1 when it states none. */
export function tieWeight(tie: TieModel): number {
    return tie.effort?.hoursPerMonth ?? 1;
}

/** A tie's trust in the graph (its average), undefined when it states none or no valid one. */
export function tieTrust(tie: TieModel): number | undefined {
    return tie.trust && Number.isFinite(tie.trust.average) ? tie.trust.average : undefined;
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
