/**
 * The network graph of the networks a set of files belongs to, for Graphviz (dot),
 * Mermaid, Gephi (gexf), yEd and other tools (graphml), graphology itself (json) or a browser (svg).
 *
 * Every format draws from one attributed graphology graph (exportGraph): partners as nodes with a
 * label, sector, sector colour (SECTOR_COLORS), size by betweenness (sizeOf), broker and cut-vertex
 * flags; ties as edges with strength, effort, trust and a line width by strength. The nodes and
 * edges also hold what a partner and a tie state (title, roles, capacity, stage, contact, value
 * parts...; trust aspects and as-of, ratings (ratingsText) with, on a rated tie, the trust line as
 * written, gives, asks, introducer, check-ins), so that gexf, graphml, json and kumu read back
 * (`partnership import`) to the same partners and ties. docs/cli.md documents the palette, the
 * mappings and the attributes.
 *
 * Browser-safe (no Node import): the VS Code extension's graph view and report use it too.
 */
import { UndirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { graphOf, isBroker, roundTo, type Rating } from 'partnership-language';
import type { NetworkReport, ViewContext } from './network-report.js';
import { kumuJson } from './kumu.js';
import { xmlEscape, xmlPrintable } from './xml-text.js';
import { terminalJson, terminalText } from './terminal-text.js';
import { NO_TRUST_COLOUR, TRUST_SCALE, trustColour } from './trust-value-chart.js';

// CommonJS module typed with `export default`: under Node's ESM interop the default import is the function.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

import type { GraphFormat } from './formats.js';
export { GRAPH_FORMATS, type GraphFormat } from './formats.js';

/** One colour per sector of the language (D3's category10 without its grey, then two more); grey for none. */
export const SECTOR_COLORS: Readonly<Record<string, string>> = {
    nonprofit: '#1f77b4',
    government: '#d62728',
    education: '#2ca02c',
    research: '#9467bd',
    healthcare: '#17becf',
    business: '#ff7f0e',
    faith: '#8c564b',
    'community-group': '#e377c2',
    philanthropy: '#bcbd22',
    media: '#393b79',
    resident: '#e7ba52'
};
export const NO_SECTOR_COLOR = '#999999';

/** Node size (the SVG circle's radius in px, Gephi's viz:size): 6 + 18 × normalised betweenness (0–1). */
export function sizeOf(betweenness: number): number {
    return roundTo(6 + 18 * (Number.isFinite(betweenness) ? betweenness : 0), 3);
}

/** Line width per tie strength; a tie of no stated strength is drawn as a moderate one, in grey. */
export const STRENGTH_WIDTH = { weak: 1, moderate: 2, strong: 4 } as const;
const TIE_COLOR = '#555555';
const UNSTATED_TIE_COLOR = '#aaaaaa';

export interface PartnerAttributes {
    label: string;
    /** The display string, when one is stated (`label` falls back to the name). */
    title?: string;
    sector?: string;
    /** Role names, in the order written; absent when none. GraphML writes them `;`-separated. */
    plays?: string[];
    /** Stated capacity, hours/month. */
    capacity?: number;
    stage?: string;
    /** When the partner entered its stage (YYYY-MM-DD as written). */
    since?: string;
    contact?: string;
    gatekeeper: boolean;
    color: string;
    size: number;
    betweenness: number;
    degree: number;
    broker: boolean;
    cutVertex: boolean;
    /** The partner's `value` parts as written (`value influence 4 involvement 3 resources 5`), 1–5 each. */
    influence?: number;
    involvement?: number;
    resources?: number;
    [key: string]: unknown;
}

export interface TieAttributes {
    strength?: 'weak' | 'moderate' | 'strong';
    /** Stated effort, hours/month. */
    effort?: number;
    /** Average trust, 1–5, when stated: the one score of `trust 4`, else the mean of the aspects below. */
    trust?: number;
    /** The trust aspects as written, when stated (`trust reliability 4 mission 5`). */
    reliability?: number;
    mission?: number;
    openness?: number;
    /** The `as-of` date of the tie's `trust` line (YYYY-MM-DD as written). */
    trustAsOf?: string;
    /**
     * The `trust` line as written, on a tie that also has ratings (whose mean `trust` and the aspects
     * above then are): its one score, or its aspects.
     */
    statedTrust?: number;
    statedReliability?: number;
    statedMission?: number;
    statedOpenness?: number;
    /** The tie's `rating` lines in the order written (ratingsText): `A: reliability 4 mission 5 openness 3 on 2026-06-01; B: …`. */
    ratings?: string;
    /** The tie's `gives` lines, `A: funding, data; B: space` (absent when none). */
    gives?: string;
    /** The tie's `asks` lines, written like `gives`. */
    asks?: string;
    introducedBy?: string;
    /** YYYY-MM-DD as written. */
    lastCheckin?: string;
    /** The tie's own check-in cadence as written (`every 2 months`). */
    checkin?: string;
    /** The weight of the weighted metrics: the effort, or 1 when none is stated. */
    weight: number;
    color: string;
    thickness: number;
    [key: string]: unknown;
}

export interface GraphAttributes {
    name?: string;
    title?: string;
    folder: string;
    /** The network's `us` partner and its budget (hours/month), when stated. */
    us?: string;
    budget?: number;
    [key: string]: unknown;
}

export type ExportGraph = UndirectedGraph<PartnerAttributes, TieAttributes, GraphAttributes>;

/** The attributed graph of one network report. Edge keys are `e0`, `e1`, … in tie order. */
export function exportGraph(report: NetworkReport, context: ViewContext): ExportGraph {
    const result = context.services.Partnership.network.Analyzer.resultFor(report.key);
    const { network, loads } = result;
    const base = graphOf(network, loads);
    const graph: ExportGraph = new UndirectedGraph<PartnerAttributes, TieAttributes, GraphAttributes>();
    graph.replaceAttributes(omitUndefined({
        name: report.name, title: report.title, folder: report.folder,
        us: network.declaration?.us, budget: network.declaration?.budget?.hoursPerMonth
    }));
    base.forEachNode((id, attributes) => {
        const metrics = report.analysis.byId.get(id);
        const betweenness = metrics?.betweenness ?? 0;
        const partner = network.partners.get(id);
        graph.addNode(id, omitUndefined({
            label: partner?.title ?? id,
            title: partner?.title,
            sector: attributes.sector,
            plays: partner && partner.roles.length > 0 ? [...partner.roles] : undefined,
            capacity: partner?.capacity?.hoursPerMonth,
            stage: partner?.stage,
            since: partner?.stageSince,
            contact: partner?.contact,
            gatekeeper: partner?.gatekeeper ?? false,
            color: (attributes.sector && SECTOR_COLORS[attributes.sector]) || NO_SECTOR_COLOR,
            size: sizeOf(betweenness),
            betweenness: Number.isFinite(betweenness) ? roundTo(betweenness, 6) : 0,
            degree: metrics?.degree ?? base.degree(id),
            broker: metrics ? isBroker(metrics, report.brokerFrom) : false,
            cutVertex: metrics?.cutVertex ?? false,
            influence: partner?.value?.influence,
            involvement: partner?.value?.involvement,
            resources: partner?.value?.resources
        }));
    });
    let n = 0;
    for (const tie of network.ties) {
        if (!base.hasEdge(tie.left, tie.right) || graph.hasEdge(tie.left, tie.right)) continue;
        const edge = base.getEdgeAttributes(tie.left, tie.right);
        graph.addEdgeWithKey(`e${n++}`, tie.left, tie.right, omitUndefined({
            strength: edge.strength,
            effort: tie.effort?.hoursPerMonth,
            trust: edge.trust === undefined ? undefined : roundTo(edge.trust, 3),
            reliability: tie.trust?.reliability,
            mission: tie.trust?.mission,
            openness: tie.trust?.openness,
            trustAsOf: tie.statedTrust?.asOf,
            ...(tie.ratings.length > 0 ? {
                statedTrust: tie.statedTrust?.overall,
                statedReliability: tie.statedTrust?.reliability,
                statedMission: tie.statedTrust?.mission,
                statedOpenness: tie.statedTrust?.openness
            } : {}),
            ratings: ratingsText(tie.ratings),
            gives: sidesText(tie.gives.map(give => ({ who: give.giver, values: give.values }))),
            asks: sidesText(tie.asks.map(ask => ({ who: ask.asker, values: ask.values }))),
            introducedBy: tie.introducedBy,
            lastCheckin: tie.lastCheckin,
            checkin: tie.checkin?.text,
            weight: edge.weight,
            color: edge.strength ? TIE_COLOR : UNSTATED_TIE_COLOR,
            thickness: STRENGTH_WIDTH[edge.strength ?? 'moderate']
        }));
    }
    return graph;
}

/** A tie's `gives` (or `asks`) lines as one string, `A: funding, data; B: space`; undefined for none. */
export function sidesText(lines: ReadonlyArray<{ who: string; values: readonly string[] }>): string | undefined {
    return lines.length === 0 ? undefined : lines.map(line => `${line.who}: ${line.values.join(', ')}`).join('; ');
}

/**
 * A tie's `rating` lines as one string, in the order written, one `rater: aspect score … on date` each,
 * joined by `; `: `CountyOEM: reliability 5 mission 4 openness 4 on 2026-08-20; RedCross: reliability 5 on 2026-08-20`.
 * A rater is a name and a date YYYY-MM-DD, so neither holds `:` or `;`. Undefined for none.
 */
export function ratingsText(ratings: ReadonlyArray<Pick<Rating, 'rater' | 'reliability' | 'mission' | 'openness' | 'date'>>): string | undefined {
    if (ratings.length === 0) return undefined;
    return ratings.map(rating => `${rating.rater}: ${TRUST_ASPECTS.filter(aspect => rating[aspect] !== undefined)
        .map(aspect => `${aspect} ${rating[aspect]}`).join(' ')} on ${rating.date}`).join('; ');
}

const TRUST_ASPECTS = ['reliability', 'mission', 'openness'] as const;

function omitUndefined<T extends object>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** How ties are coloured: by strength (dark grey; light grey without one), or by trust (trustColour, grey without). */
export type TieColouring = 'strength' | 'trust';
export const TIE_COLOURINGS: readonly TieColouring[] = ['strength', 'trust'];

/** The graph with its ties coloured by trust (`partnership graph --tie-colors trust`): each edge's `color`. */
export function colourTiesByTrust(graph: ExportGraph): ExportGraph {
    graph.updateEachEdgeAttributes((_key, attributes) => ({ ...attributes, color: trustColour(attributes.trust) }));
    return graph;
}

/**
 * The output for a set of networks. One network: the format's own document. Several: dot gives one
 * `graph` per network (Graphviz reads them all from one file), json an array of graphs; the other
 * formats hold one graph per document, so they need the files of a single network (a UsageError).
 */
export function renderGraphs(graphs: ExportGraph[], format: GraphFormat, tieColouring: TieColouring = 'strength'): string {
    if (format === 'json') {
        const docs = graphs.map(g => g.export());
        return terminalJson(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)) + '\n';
    }
    if (format === 'dot') return graphs.map(toDot).join('\n');
    const [graph] = graphs;
    switch (format) {
        case 'mermaid': return toMermaid(graph);
        case 'gexf': return gexfTyped(writeGexf(xmlSafeCopy(graph), { version: '1.3' })) + '\n';
        case 'graphml': return toGraphml(graph);
        case 'kumu': return kumuJson(graph);
        case 'svg': return toSvg(graph, tieColouring);
    }
}

/**
 * graphology-gexf declares each attribute with the type its values happen to have (a betweenness
 * of 0 and 1 everywhere would be `integer`); the declarations get the attributes' own types, the
 * ones GraphML's keys have (a partner's roles are a `liststring`).
 */
function gexfTyped(gexf: string): string {
    const types = new Map<string, string>([...GRAPHML_NODE_KEYS, ...GRAPHML_EDGE_KEYS].map(([name, type]) => [name, type === 'int' ? 'integer' : type]));
    types.set('plays', 'liststring');
    return gexf.replace(/(<attribute id="([^"]*)" title="\2" type=")([^"]*)(")/g, (all, start: string, name: string, _type: string, end: string) =>
        (types.has(name) ? `${start}${types.get(name)}${end}` : all));
}

/**
 * A copy of the graph whose strings hold no character XML 1.0 forbids nor one a terminal acts on
 * (xml-text.ts, xmlPrintable): graphology-gexf escapes markup but writes those as they are.
 */
function xmlSafeCopy(graph: ExportGraph): ExportGraph {
    const copy = graph.copy();
    const clean = <T extends Record<string, unknown>>(attributes: T): T => Object.fromEntries(Object.entries(attributes).map(([key, value]) => [
        key, typeof value === 'string' ? xmlPrintable(value) : Array.isArray(value) ? value.map(v => (typeof v === 'string' ? xmlPrintable(v) : v)) : value
    ])) as T;
    copy.replaceAttributes(clean(copy.getAttributes()));
    copy.updateEachNodeAttributes((_, attributes) => clean(attributes));
    copy.updateEachEdgeAttributes((_, attributes) => clean(attributes));
    return copy;
}

/** A line describing a tie: its effort and trust, as in the editor. */
export function tieLabel(attributes: TieAttributes): string {
    const parts: string[] = [];
    if (attributes.effort !== undefined) parts.push(`${roundTo(attributes.effort, 2)} h/month`);
    if (attributes.trust !== undefined) parts.push(`trust ${roundTo(attributes.trust, 1)}`);
    return parts.join(' · ');
}

/** A tie as the drawings describe it: its strength, effort and trust ("strong · 8.67 h/month · trust 3"). */
export function tieDescription(attributes: TieAttributes): string {
    return [attributes.strength ?? 'strength not stated', tieLabel(attributes)].filter(Boolean).join(' · ');
}

/** The sectors of the graph's partners with their colours, by name ('no sector' for partners without one). */
export function sectorLegend(graph: ExportGraph): Array<{ sector: string; color: string }> {
    return [...new Set(graph.mapNodes((_, a) => a.sector ?? ''))].sort()
        .map(sector => ({ sector: sector || 'no sector', color: (sector && SECTOR_COLORS[sector]) || NO_SECTOR_COLOR }));
}

const graphName = (graph: ExportGraph) => graph.getAttribute('name') ?? graph.getAttribute('folder');

// ---------------------------------------------------------------------------------------------- dot

/** A Graphviz quoted string: backslashes and quotes escaped, line breaks as \n, controls shown as escapes (terminal-text.ts). */
export function dotString(text: string): string {
    return `"${text.split(/\r?\n|\r/).map(line => terminalText(line).replace(/\\/g, '\\\\').replace(/"/g, '\\"')).join('\\n')}"`;
}

function toDot(graph: ExportGraph): string {
    const out: string[] = [];
    const title = graph.getAttribute('title');
    out.push(`graph ${dotString(graphName(graph))} {`);
    if (title) out.push(`  label=${dotString(title)};`, '  labelloc=t;');
    out.push('  layout=neato; overlap=false; splines=true;');
    out.push('  node [shape=circle, style=filled, fontname="Helvetica", fontsize=10, fixedsize=false];');
    out.push('  edge [fontname="Helvetica", fontsize=8];');
    graph.forEachNode((id, a) => {
        const style = a.cutVertex ? 'filled,dashed' : 'filled';
        out.push(`  ${dotString(id)} [label=${dotString(a.label)}, fillcolor=${dotString(a.color)}, width=${roundTo(a.size / 36, 3)}, `
            + `penwidth=${a.broker ? 3 : 1}, style=${dotString(style)}${a.sector ? `, sector=${dotString(a.sector)}` : ''}, `
            + `broker=${a.broker}, cut_vertex=${a.cutVertex}, betweenness=${a.betweenness}];`);
    });
    graph.forEachEdge((_key, a, source, target) => {
        const attrs = [`penwidth=${a.thickness}`, `color=${dotString(a.color)}`, `style=${a.strength === 'weak' ? 'dashed' : 'solid'}`];
        if (a.strength) attrs.push(`strength=${a.strength}`);
        const label = tieLabel(a);
        if (label) attrs.push(`label=${dotString(label)}`);
        if (a.effort !== undefined) attrs.push(`effort=${a.effort}`);
        if (a.trust !== undefined) attrs.push(`trust=${a.trust}`);
        out.push(`  ${dotString(source)} -- ${dotString(target)} [${attrs.join(', ')}];`);
    });
    out.push('}');
    return out.join('\n') + '\n';
}

// ------------------------------------------------------------------------------------------ mermaid

/** Mermaid label text: one line; characters Mermaid would read as syntax or markup become entity codes (#34; …), controls escapes (terminal-text.ts). */
export function mermaidText(text: string): string {
    return terminalText(text.replace(/\r?\n|\r/g, ' ')).replace(/[#"<>&`|[\](){}]/g, ch => `#${ch.charCodeAt(0)};`);
}

function toMermaid(graph: ExportGraph): string {
    const ids = new Map<string, string>();
    graph.forEachNode(id => ids.set(id, `p${ids.size}`));
    const out = [`%% ${mermaidText(graphName(graph))}`, 'graph LR'];
    graph.forEachNode((id, a) => out.push(`  ${ids.get(id)}["${mermaidText(a.label)}"]`));
    graph.forEachEdge((_key, a, source, target) => {
        const link = a.strength === 'weak' ? '-.-' : a.strength === 'strong' ? '===' : '---';
        const label = tieLabel(a);
        out.push(`  ${ids.get(source)} ${link}${label ? `|"${mermaidText(label)}"|` : ''} ${ids.get(target)}`);
    });
    const bySector = new Map<string, string[]>();
    const broker: string[] = [];
    const cut: string[] = [];
    graph.forEachNode((id, a) => {
        const cls = sectorClass(a.sector);
        bySector.set(cls, [...(bySector.get(cls) ?? []), ids.get(id)!]);
        if (a.broker) broker.push(ids.get(id)!);
        if (a.cutVertex) cut.push(ids.get(id)!);
    });
    for (const [sector, color] of [...Object.entries(SECTOR_COLORS), ['none', NO_SECTOR_COLOR] as const]) {
        const cls = sectorClass(sector === 'none' ? undefined : sector);
        if (bySector.has(cls)) out.push(`  classDef ${cls} fill:${color},color:#fff,stroke:#333`);
    }
    for (const [cls, members] of bySector) out.push(`  class ${members.join(',')} ${cls}`);
    if (broker.length > 0) out.push('  classDef broker stroke-width:4px', `  class ${broker.join(',')} broker`);
    if (cut.length > 0) out.push('  classDef cutVertex stroke-dasharray:5 5', `  class ${cut.join(',')} cutVertex`);
    return out.join('\n') + '\n';
}

const sectorClass = (sector: string | undefined) => `sector_${(sector ?? 'none').replace(/[^A-Za-z0-9]/g, '_')}`;

// ---------------------------------------------------------------------------------------------- xml

export { xmlEscape } from './xml-text.js';

// ------------------------------------------------------------------------------------------ graphml

const GRAPHML_GRAPH_KEYS = [
    ['name', 'string'], ['title', 'string'], ['folder', 'string'], ['us', 'string'], ['budget', 'double']
] as const;
const GRAPHML_NODE_KEYS = [
    ['label', 'string'], ['title', 'string'], ['sector', 'string'], ['plays', 'string'], ['capacity', 'double'], ['stage', 'string'],
    ['since', 'string'], ['contact', 'string'], ['gatekeeper', 'boolean'],
    ['color', 'string'], ['size', 'double'], ['betweenness', 'double'], ['degree', 'int'], ['broker', 'boolean'], ['cutVertex', 'boolean'],
    ['influence', 'double'], ['involvement', 'double'], ['resources', 'double']
] as const;
const GRAPHML_EDGE_KEYS = [
    ['strength', 'string'], ['effort', 'double'], ['trust', 'double'], ['reliability', 'double'], ['mission', 'double'], ['openness', 'double'],
    ['trustAsOf', 'string'], ['statedTrust', 'double'], ['statedReliability', 'double'], ['statedMission', 'double'], ['statedOpenness', 'double'],
    ['ratings', 'string'],
    ['gives', 'string'], ['asks', 'string'], ['introducedBy', 'string'], ['lastCheckin', 'string'], ['checkin', 'string'],
    ['weight', 'double'], ['color', 'string'], ['thickness', 'double']
] as const;

/** GraphML has no list type: a list (a partner's roles) is written `;`-separated. */
const graphmlValue = (value: unknown) => (Array.isArray(value) ? value.join('; ') : String(value));

function toGraphml(graph: ExportGraph): string {
    const out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
    ];
    for (const [name, type] of GRAPHML_GRAPH_KEYS) out.push(`  <key id="g_${name}" for="graph" attr.name="${name}" attr.type="${type}"/>`);
    for (const [name, type] of GRAPHML_NODE_KEYS) out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
    for (const [name, type] of GRAPHML_EDGE_KEYS) out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
    out.push(`  <graph id="${xmlEscape(graphName(graph))}" edgedefault="undirected">`);
    const data = (prefix: string, keys: ReadonlyArray<readonly [string, string]>, attributes: Record<string, unknown>, indent = '      ') =>
        keys.filter(([name]) => attributes[name] !== undefined)
            .map(([name]) => `${indent}<data key="${prefix}_${name}">${xmlEscape(graphmlValue(attributes[name]))}</data>`);
    out.push(...data('g', GRAPHML_GRAPH_KEYS, graph.getAttributes(), '    '));
    graph.forEachNode((id, a) => out.push(`    <node id="${xmlEscape(id)}">`, ...data('n', GRAPHML_NODE_KEYS, a), '    </node>'));
    graph.forEachEdge((key, a, source, target) => out.push(
        `    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">`,
        ...data('e', GRAPHML_EDGE_KEYS, a), '    </edge>'));
    out.push('  </graph>', '</graphml>');
    return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------- svg

/** A seeded PRNG (mulberry32): the same start positions, so the same layout, on every run. */
function mulberry32(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export const LAYOUT_SEED = 20261127;
export const LAYOUT_ITERATIONS = 300;

/** ForceAtlas2 positions from seeded start positions and a fixed number of iterations. */
export function layout(graph: ExportGraph): Map<string, { x: number; y: number }> {
    const random = mulberry32(LAYOUT_SEED);
    const copy = new UndirectedGraph<{ x: number; y: number; size: number }, { weight: number }>();
    graph.forEachNode((id, a) => copy.addNode(id, { x: random() * 100, y: random() * 100, size: a.size }));
    graph.forEachEdge((key, a, s, t) => copy.addEdgeWithKey(key, s, t, { weight: a.weight }));
    if (copy.order > 1) {
        // Strong gravity keeps partners without ties near the rest instead of drifting off the picture.
        const settings = { ...forceAtlas2.inferSettings(copy), strongGravityMode: true, gravity: 1, barnesHutOptimize: copy.order > 500 };
        forceAtlas2.assign(copy, { iterations: LAYOUT_ITERATIONS, settings, getEdgeWeight: null });
    }
    const positions = new Map<string, { x: number; y: number }>();
    copy.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
    return positions;
}

function toSvg(graph: ExportGraph, tieColouring: TieColouring): string {
    const positions = layout(graph);
    const margin = 40;
    // Loops, not Math.max(...spread): a network of 100,000 partners would overflow the call stack.
    let maxSize = 0;
    graph.forEachNode((_, a) => { maxSize = Math.max(maxSize, a.size); });
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const p of positions.values()) {
        minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x);
        minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
    }
    if (positions.size === 0) [minX, maxX, minY, maxY] = [0, 0, 0, 0];
    // Fit the layout into an area about 800 px across, keeping its proportions.
    const span = Math.max(maxX - minX, maxY - minY) || 1;
    const scale = (positions.size > 1 ? 800 : 0) / span;
    const pad = margin + maxSize;
    // Labels are centred under their partner: leave room for half a long label at either side.
    const padX = pad + 90;
    const at = (id: string) => {
        const p = positions.get(id)!;
        return { x: roundTo(padX + (p.x - minX) * scale, 2), y: roundTo(pad + (p.y - minY) * scale, 2) };
    };
    const sectors = sectorLegend(graph);
    const trustRows = tieColouring === 'trust' ? TRUST_SCALE.length + 2 : 0;
    const legendHeight = 20 * (sectors.length + 2 + trustRows) + 10;
    const width = roundTo(2 * padX + (maxX - minX) * scale + 220, 2);
    const height = roundTo(Math.max(2 * pad + (maxY - minY) * scale, legendHeight + 20), 2);
    const title = graph.getAttribute('title') ?? graphName(graph);
    const out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
        `  <title>${xmlEscape(title)}</title>`,
        `  <rect width="${width}" height="${height}" fill="#ffffff"/>`,
        '  <g class="ties">'
    ];
    graph.forEachEdge((_key, a, source, target) => {
        const s = at(source);
        const t = at(target);
        const dash = a.strength === 'weak' ? ' stroke-dasharray="4 3"' : '';
        const label = tieDescription(a);
        out.push(`    <line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${a.color}" stroke-width="${a.thickness}"${dash}>`
            + `<title>${xmlEscape(`${graph.getNodeAttribute(source, 'label')} — ${graph.getNodeAttribute(target, 'label')}: ${label}`)}</title></line>`);
    });
    out.push('  </g>', '  <g class="partners">');
    graph.forEachNode((id, a) => {
        const p = at(id);
        const dash = a.cutVertex ? ' stroke-dasharray="3 2"' : '';
        const flags = [a.broker ? 'broker' : '', a.cutVertex ? 'cut vertex' : ''].filter(Boolean).join(', ');
        out.push(`    <circle cx="${p.x}" cy="${p.y}" r="${a.size}" fill="${a.color}" stroke="#222222" stroke-width="${a.broker ? 3 : 1}"${dash}>`
            + `<title>${xmlEscape(`${id}${a.sector ? ` (${a.sector})` : ''} · betweenness ${roundTo(a.betweenness, 3)}${flags ? ` · ${flags}` : ''}`)}</title></circle>`);
        out.push(`    <text x="${p.x}" y="${roundTo(p.y + a.size + 12, 2)}" text-anchor="middle" fill="#111111">${xmlEscape(a.label)}</text>`);
    });
    out.push('  </g>', `  <g class="legend" transform="translate(${roundTo(width - 210, 2)} 20)">`);
    sectors.forEach(({ sector, color }, i) => {
        out.push(`    <rect x="0" y="${i * 20}" width="12" height="12" fill="${color}"/>`
            + `<text x="18" y="${i * 20 + 10}">${xmlEscape(sector)}</text>`);
    });
    const y = sectors.length * 20 + 10;
    out.push(`    <text x="0" y="${y}">thick border: broker</text>`, `    <text x="0" y="${y + 20}">dashed border: cut vertex</text>`);
    if (tieColouring === 'trust') {
        out.push(`    <text x="0" y="${y + 50}">ties by trust:</text>`);
        [...TRUST_SCALE.map(([score, colour]) => [`trust ${score}`, colour] as const), ['no trust', NO_TRUST_COLOUR] as const].forEach(([text, colour], i) => {
            const row = y + 60 + i * 20;
            out.push(`    <line x1="0" y1="${row + 6}" x2="14" y2="${row + 6}" stroke="${colour}" stroke-width="4"/><text x="18" y="${row + 10}">${xmlEscape(text)}</text>`);
        });
    }
    out.push('  </g>', '</svg>');
    return out.join('\n') + '\n';
}
