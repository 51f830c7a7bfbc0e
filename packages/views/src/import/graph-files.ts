/**
 * Graph files → records: GEXF (Gephi; graphology-gexf's parser), GraphML (yEd, Cytoscape, NetworkX;
 * graphology-graphml) and graphology's JSON serialisation (`graph.export()`, graphology's `import`).
 * Nodes are partners, edges ties, with the attributes `partnership graph` writes (docs/cli.md,
 * "What is drawn"): a partner's title, sector, plays, capacity (hours/month), stage, since,
 * contact, gatekeeper and value (influence, involvement, resources); a tie's strength, effort
 * (hours/month), trust or its aspects, trustAsOf, its ratings (with, on a rated tie, the trust line
 * as statedTrust or statedReliability/Mission/Openness), gives, asks, introducedBy, lastCheckin and
 * checkin; the graph's name, title, us and budget. Other tools'
 * files are read as far as their attributes go by those names (any case: `Sector`, `last_checkin`).
 *
 * A node's name is its id; a file whose ids are not names (Gephi's `0`, `1`… or `n0`) but whose
 * nodes have labels gives the labels, which the import makes names of. Values stay as written,
 * for normalize.ts. A file that is not XML (or JSON), not the format, or has a node without an id
 * is a ImportError naming the file.
 */
import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { isName } from 'partnership-language';
import { ImportError } from './errors.js';
import { cellOf, defined, field, fieldsOf, gatekeeperOf, listOf, partnerValueOf, rateText, rolesPlayed, textOf, tieOf } from './fields.js';
import { emptyImport, type ImportedNetwork, type ImportedPartner, type ImportNote, type SourceRef } from './model.js';

export type GraphFileFormat = 'gexf' | 'graphml' | 'json';

/** The records of a GEXF, GraphML or graphology JSON file; `file` as the user named it. */
export function readGraphFile(text: string, file: string, format: GraphFileFormat): ImportedNetwork {
    return recordsOf(format === 'json' ? graphOfJson(text, file) : graphOfXml(text, file, format), file);
}

/** What a JSON file holds: a Kumu map (`elements`, `connections`), a graphology graph (`nodes`), or neither. */
export function jsonKind(text: string): 'kumu' | 'json' | undefined {
    let data: unknown;
    try {
        data = JSON.parse(stripBom(text));
    } catch {
        return undefined;
    }
    const first = Array.isArray(data) ? data[0] : data;
    if (!isObject(first)) return undefined;
    if (Array.isArray(first.elements) || Array.isArray(first.connections) || Array.isArray(first.maps)) return 'kumu';
    if (Array.isArray(first.nodes)) return 'json';
    return undefined;
}

const stripBom = (text: string) => text.replace(/^\uFEFF/, '');
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** One line: a parser's message without its line breaks and tabs. */
const oneLine = (message: string) => message.replace(/\s+/g, ' ').trim();
/** Where xmldom found a problem (its messages end `@#[line:2,col:7]`), as `line 2, column 7`. */
const xmlPlace = (message: string) => {
    const match = /\[line:(\d+),col:(\d+)\]/.exec(message);
    return match ? `line ${match[1]}, column ${match[2]}` : undefined;
};

const ROOTS = { gexf: 'GEXF', graphml: 'GraphML' } as const;

function graphOfXml(text: string, file: string, format: 'gexf' | 'graphml'): MultiGraph {
    const problems: string[] = [];
    const parser = new DOMParser({
        locator: {},
        // xmldom only warns of some mistakes (an end tag that does not match): XML with any of them is not well-formed.
        errorHandler: { warning: message => problems.push(message), error: message => problems.push(message), fatalError: message => problems.push(message) }
    });
    let document: Document | undefined;
    try {
        document = parser.parseFromString(stripBom(text), 'application/xml') as unknown as Document;
    } catch (error) {
        problems.push(String((error as Error).message));
    }
    const root = document?.documentElement;
    if (!document || !root || problems.length > 0) {
        const place = problems.map(xmlPlace).find(Boolean);
        throw new ImportError(`${file} is not ${root ? 'well-formed ' : ''}XML${place ? ` (${place})` : ''}: a ${ROOTS[format]} file was expected`);
    }
    const rootName = (root.localName ?? root.nodeName).toLowerCase();
    if (rootName !== format) throw new ImportError(`${file} is not a ${ROOTS[format]} file: its root element is <${root.nodeName}>, not <${format}>`);
    if (root.getElementsByTagName('graph').length === 0) throw new ImportError(`${file} has no <graph> element`);
    const nodes = root.getElementsByTagName('node');
    const ids = new Set<string>();
    for (let i = 0; i < nodes.length; i++) {
        const id = nodes[i].getAttribute('id');
        if (!id) throw new ImportError(`${file}: node ${i + 1} (line ${lineOf(nodes[i])}) has no id`);
        ids.add(id);
    }
    const edges = root.getElementsByTagName('edge');
    for (let i = 0; i < edges.length; i++) {
        const ends = [edges[i].getAttribute('source'), edges[i].getAttribute('target')];
        if (!ends[0] || !ends[1]) throw new ImportError(`${file}: edge ${i + 1} (line ${lineOf(edges[i])}) has no source or no target`);
        const missing = ends.find(end => !ids.has(end!));
        if (missing) throw new ImportError(`${file}: edge ${i + 1} (line ${lineOf(edges[i])}) joins node "${missing}", which the file does not have`);
    }
    try {
        return format === 'gexf'
            ? parseGexf(MultiGraph, document, { allowUndeclaredAttributes: true })
            : parseGraphml(MultiGraph, document);
    } catch (error) {
        throw new ImportError(`${file} is not a ${ROOTS[format]} file the import can read: ${libraryMessage(error)}`);
    }
}

/** The line of an element, from xmldom's locator, or `?`. */
function lineOf(element: Element): string {
    const line = (element as Element & { lineNumber?: number }).lineNumber;
    return line === undefined ? '?' : String(line);
}

/** A library's message without its `graphology-gexf/parser:` prefix and its advice on options. */
function libraryMessage(error: unknown): string {
    return oneLine(String((error as Error)?.message ?? error))
        .replace(/^[\w-]+\/[\w-]+: /, '')
        .replace(/\. Set the parser `addMissingNodes`.*$/, '')
        .replace(/^Graph\.\w+: /, '');
}

function graphOfJson(text: string, file: string): MultiGraph {
    let data: unknown;
    try {
        data = JSON.parse(stripBom(text));
    } catch (error) {
        throw new ImportError(`${file} is not JSON (${oneLine((error as Error).message)}): a graphology graph was expected`);
    }
    if (Array.isArray(data)) {
        if (data.length !== 1) throw new ImportError(`${file} holds ${data.length} graphs: import one network at a time (partnership graph writes one per network)`);
        data = data[0];
    }
    if (!isObject(data) || !Array.isArray(data.nodes)) {
        throw new ImportError(`${file} is not a graphology graph: it has no "nodes" list${isObject(data) && (Array.isArray(data.elements) || Array.isArray(data.connections)) ? ' (it looks like a Kumu map)' : ''}`);
    }
    const keys = new Set<string>();
    data.nodes.forEach((node, i) => {
        if (!isObject(node) || (typeof node.key !== 'string' && typeof node.key !== 'number') || node.key === '') {
            throw new ImportError(`${file}: node ${i + 1} has no key`);
        }
        keys.add(String(node.key));
    });
    const edges = Array.isArray(data.edges) ? data.edges : [];
    edges.forEach((edge, i) => {
        if (!isObject(edge) || edge.source === undefined || edge.target === undefined) throw new ImportError(`${file}: edge ${i + 1} has no source or no target`);
        const missing = [edge.source, edge.target].map(String).find(end => !keys.has(end));
        if (missing) throw new ImportError(`${file}: edge ${i + 1} joins node "${missing}", which the file does not have`);
    });
    // Read into the most permissive graph: the file's own options (undirected, simple) would reject
    // what a hand-written file may hold, and the records keep every edge anyway.
    const graph = new MultiGraph({ allowSelfLoops: true });
    try {
        graph.import({ attributes: isObject(data.attributes) ? data.attributes : {}, nodes: data.nodes, edges } as unknown as Parameters<MultiGraph['import']>[0]);
    } catch (error) {
        throw new ImportError(`${file} is not a graphology graph the import can read: ${libraryMessage(error)}`);
    }
    return graph;
}

/** The records of a parsed graph. */
function recordsOf(graph: MultiGraph, file: string): ImportedNetwork {
    const records = emptyImport();
    const source: SourceRef = { file };
    const notes: ImportNote[] = records.notes;
    const cell = (value: unknown) => cellOf(value, source);

    const graphFields = fieldsOf(graph.getAttributes());
    records.network = defined({
        name: cell(field(graphFields, 'name')),
        title: cell(field(graphFields, 'title')),
        us: cell(field(graphFields, 'us')),
        budget: rateText(field(graphFields, 'budget'), source)
    });

    // Names: the ids, or the labels of nodes whose ids are not names (each label once).
    const keys = new Map<string, string>();
    const labelCount = new Map<string, number>();
    graph.forEachNode((_, attributes) => {
        const label = textOf(fieldsOf(attributes).get('label'));
        if (label) labelCount.set(label, (labelCount.get(label) ?? 0) + 1);
    });
    graph.forEachNode((id, attributes) => {
        const label = textOf(fieldsOf(attributes).get('label'));
        keys.set(id, !isName(id) && label && labelCount.get(label) === 1 && !graph.hasNode(label) ? label : id);
    });

    graph.forEachNode((id, attributes) => {
        const fields = fieldsOf(attributes);
        const name = keys.get(id)!;
        const label = textOf(fields.get('label'));
        const title = cell(field(fields, 'title')) ?? (label && label !== name ? cell(label) : undefined);
        const partner: ImportedPartner = defined({
            name: { value: name, source },
            title,
            sector: cell(field(fields, 'sector', 'type')),
            plays: listOf(field(fields, 'plays', 'roles', 'role')).map(role => ({ value: role, source })),
            capacity: rateText(field(fields, 'capacity'), source),
            stage: cell(field(fields, 'stage')),
            since: cell(field(fields, 'since', 'stageSince')),
            contact: cell(field(fields, 'contact')),
            gatekeeper: gatekeeperOf(fields, name, source, notes),
            ...partnerValueOf(fields, name, source, notes),
            source
        });
        records.partners.push(partner);
    });

    graph.forEachEdge((_key, attributes, sourceNode, targetNode) => {
        const fields = fieldsOf(attributes);
        const from = keys.get(sourceNode)!;
        const to = keys.get(targetNode)!;
        records.ties.push(tieOf(fields, from, to, source, notes));
    });

    records.roles = rolesPlayed(records.partners);
    return records;
}
