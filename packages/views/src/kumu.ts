/**
 * The network graph as a Kumu blueprint (`partnership graph --format kumu`): Kumu's JSON import,
 * `{ "elements": [...], "connections": [...] }` (https://docs.kumu.io/guides/import/blueprints).
 *
 * An element per partner: `label` (the display title, else the name), `type` (the sector),
 * `description` (the contact), `tags` (the roles and the stage) and the fields a partner states,
 * `Name`, `Roles`, `Capacity` (hours/month), `Stage`, `Since`, `Contact`, `Gatekeeper`, with the
 * metrics `Betweenness`, `Degree`, `Broker` and `Cut Vertex`, and its value, `Influence`,
 * `Involvement`, `Resources`. A connection per tie, undirected, of
 * type `tie`, `from`/`to` the elements' labels: `strength` (weak, moderate, strong), `description`,
 * and `Effort` (hours/month), `Trust` (the one score, else the aspects' mean), `Reliability`,
 * `Mission`, `Openness`, `Trust As-of`, on a rated tie the `trust` line as `Stated Trust` (or
 * `Stated Reliability`, `Stated Mission`, `Stated Openness`), `Ratings` (graph-export.ts,
 * ratingsText), `Gives`, `Asks`, `Introduced By`, `Last Check-in`, `Check-in`.
 *
 * Kumu joins connections to elements by label; when two partners share a title, every element gets
 * an `id` (the partner's name) and connections join by id, as Kumu's documentation asks.
 * `partnership import` reads the file back (packages/cli/src/import/kumu.ts). Browser-safe.
 */
import { roundTo } from 'partnership-language';
import type { ExportGraph, TieAttributes } from './graph-export.js';
import { terminalJson } from './terminal-text.js';

export interface KumuElement {
    id?: string;
    label: string;
    type?: string;
    description?: string;
    tags?: string[];
    [field: string]: unknown;
}

export interface KumuConnection {
    from: string;
    to: string;
    direction: 'undirected';
    type: 'tie';
    strength?: string;
    description?: string;
    [field: string]: unknown;
}

export interface KumuBlueprint {
    elements: KumuElement[];
    connections: KumuConnection[];
}

/** The blueprint of one network's graph (exportGraph). */
export function kumuBlueprint(graph: ExportGraph): KumuBlueprint {
    const labels = graph.mapNodes((_, a) => a.label);
    const byId = new Set(labels).size !== labels.length;
    const ref = (id: string) => (byId ? id : graph.getNodeAttribute(id, 'label'));
    const elements = graph.mapNodes((id, a): KumuElement => defined({
        id: byId ? id : undefined,
        label: a.label,
        type: a.sector,
        description: a.contact === undefined ? undefined : `Contact: ${a.contact}`,
        tags: [...(a.plays ?? []), ...(a.stage ? [a.stage] : [])],
        Name: id,
        Roles: a.plays,
        Capacity: a.capacity,
        Stage: a.stage,
        Since: a.since,
        Contact: a.contact,
        Gatekeeper: a.gatekeeper,
        Betweenness: a.betweenness,
        Degree: a.degree,
        Broker: a.broker,
        'Cut Vertex': a.cutVertex,
        Influence: a.influence,
        Involvement: a.involvement,
        Resources: a.resources
    }));
    const connections = graph.mapEdges((_key, a, source, target): KumuConnection => defined({
        from: ref(source),
        to: ref(target),
        direction: 'undirected' as const,
        type: 'tie' as const,
        strength: a.strength,
        description: describe(a),
        Effort: a.effort,
        Trust: a.trust,
        Reliability: a.reliability,
        Mission: a.mission,
        Openness: a.openness,
        'Trust As-of': a.trustAsOf,
        'Stated Trust': a.statedTrust,
        'Stated Reliability': a.statedReliability,
        'Stated Mission': a.statedMission,
        'Stated Openness': a.statedOpenness,
        Ratings: a.ratings,
        Gives: a.gives,
        Asks: a.asks,
        'Introduced By': a.introducedBy,
        'Last Check-in': a.lastCheckin,
        'Check-in': a.checkin
    }));
    return { elements, connections };
}

/** The blueprint as JSON text, two-space indented, with a final line break. */
export function kumuJson(graph: ExportGraph): string {
    return terminalJson(JSON.stringify(kumuBlueprint(graph), null, 2)) + '\n';
}

/** "strong tie · 8 h/month · trust 4.3", or undefined for a tie that states none of them. */
function describe(a: TieAttributes): string | undefined {
    const parts = [
        a.strength ? `${a.strength} tie` : '',
        a.effort !== undefined ? `${roundTo(a.effort, 2)} h/month` : '',
        a.trust !== undefined ? `trust ${roundTo(a.trust, 1)}` : ''
    ].filter(Boolean);
    return parts.length === 0 ? undefined : parts.join(' · ');
}

/** The object without its undefined values and empty lists. */
function defined<T extends object>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}
