/**
 * Kumu JSON → records. Reads Kumu's blueprint (https://docs.kumu.io/guides/import/blueprints):
 * `{ "elements": [...], "connections": [...] }` with fields at the top of each object (`label`,
 * `type`, `description`, `tags`, custom fields), and Kumu's project export ("Export to JSON", a
 * backup) where each element and connection keeps its fields in `attributes` (`label`,
 * `element type`, `connection type`...) and connections join elements by `_id`. A file whose
 * elements sit in its `maps` (each map with `elements` and `connections`) is read map by map.
 *
 * Elements are partners: `Name` (partnership graph --format kumu writes it) or else the label is
 * the name, and the label the title when they differ; `type` (or `element type`, `Sector`) the
 * sector; `Roles` (or `Plays`) the roles, else the tags that are not a stage; `Stage` (else a tag
 * that is one), `Since`, `Capacity`, `Contact`, `Gatekeeper`, `Influence`, `Involvement`,
 * `Resources`. Connections are ties, `from`/`to` by element id or label: `strength`, `Effort`,
 * `Trust` or `Reliability`/`Mission`/`Openness`, `Trust As-of`, `Ratings` (and on a rated tie
 * `Stated Trust` or `Stated Reliability`/`Mission`/`Openness`), `Gives`, `Asks`, `Introduced By`,
 * `Last Check-in`, `Check-in`. Field names are matched without
 * case or punctuation. Values stay as written, for normalize.ts.
 */
import { ImportError } from './errors.js';
import { cellOf, defined, field, fieldsOf, gatekeeperOf, listOf, partnerValueOf, rateText, rolesPlayed, textOf, tieOf } from './fields.js';
import { emptyImport, type ImportedNetwork, type ImportedPartner, type SourceRef } from './model.js';

const STAGES = new Set(['prospect', 'exploring', 'active', 'dormant', 'ended']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The records of a Kumu JSON file; `file` as the user named it. */
export function readKumuJson(text: string, file: string): ImportedNetwork {
    let data: unknown;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new ImportError(`${file} is not JSON (${(error as Error).message.replace(/\s+/g, ' ')}): a Kumu map was expected`);
    }
    if (!isObject(data)) throw new ImportError(`${file} is not a Kumu map: it holds ${Array.isArray(data) ? 'a list' : typeof data}, not { "elements": [...], "connections": [...] }`);
    const parts = partsOf(data);
    if (parts.length === 0) {
        throw new ImportError(`${file} is not a Kumu map: it has no "elements" or "connections" list${Array.isArray(data.nodes) ? ' (it looks like a graphology graph)' : ''}`);
    }
    for (const part of parts) {
        for (const [list, what] of [[part.elements, 'elements'], [part.connections, 'connections']] as const) {
            if (list !== undefined && !Array.isArray(list)) throw new ImportError(`${file}: "${what}" is not a list`);
        }
    }
    return recordsOf(parts, file);
}

interface Part {
    elements?: unknown;
    connections?: unknown;
}

/** The lists to read: the file's own, else those of its maps. */
function partsOf(data: Json): Part[] {
    const own = (value: Json) => value.elements !== undefined || value.connections !== undefined;
    if (own(data)) return [data];
    if (Array.isArray(data.maps)) return data.maps.filter(isObject).filter(own);
    return [];
}

/** An element's or connection's fields: its own keys and, in a project export, its `attributes`. */
const fieldsOfItem = (item: Json) => fieldsOf(isObject(item.attributes) ? item.attributes : undefined, item);

function recordsOf(parts: readonly Part[], file: string): ImportedNetwork {
    const records = emptyImport();
    const source: SourceRef = { file };
    const notes = records.notes;
    const cell = (value: unknown) => cellOf(value, source);
    /** Element ids and labels → the partner's name, for connections. */
    const byId = new Map<string, string>();
    const byLabel = new Map<string, string>();
    let tagsAsRoles = false;

    const elements = parts.flatMap(part => (Array.isArray(part.elements) ? part.elements : []));
    elements.forEach((element, i) => {
        if (!isObject(element)) {
            notes.push({ source, kind: 'skipped', message: `element ${i + 1} is not an object: left out.` });
            return;
        }
        const fields = fieldsOfItem(element);
        const id = textOf(element._id ?? element.id);
        const label = textOf(field(fields, 'label'));
        const name = textOf(field(fields, 'name')) ?? label;
        if (!name) {
            notes.push({ source, kind: 'skipped', message: `element ${i + 1}${id ? ` (${id})` : ''} has no label: left out.` });
            return;
        }
        if (id !== undefined) byId.set(id, name);
        if (label !== undefined && !byLabel.has(label)) byLabel.set(label, name);
        const tags = listOf(field(fields, 'tags', 'tag'), true);
        const stageTags = tags.filter(tag => STAGES.has(tag.toLowerCase()));
        const rolesField = field(fields, 'roles', 'plays', 'role');
        if (rolesField === undefined && tags.some(tag => !STAGES.has(tag.toLowerCase()))) tagsAsRoles = true;
        const roles = rolesField === undefined ? tags.filter(tag => !STAGES.has(tag.toLowerCase())) : listOf(rolesField, true);
        const partner: ImportedPartner = defined({
            name: { value: name, source },
            title: label !== undefined && label !== name ? { value: label, source } : undefined,
            sector: cell(field(fields, 'type', 'element type', 'sector')),
            plays: roles.map(role => ({ value: role, source })),
            capacity: rateText(field(fields, 'capacity'), source),
            stage: cell(field(fields, 'stage') ?? stageTags[0]),
            since: cell(field(fields, 'since', 'stage since')),
            contact: cell(field(fields, 'contact')),
            gatekeeper: gatekeeperOf(fields, name, source, notes),
            ...partnerValueOf(fields, name, source, notes),
            source
        });
        records.partners.push(partner);
    });
    if (tagsAsRoles) notes.push({ source, kind: 'note', message: 'the elements have no Roles field: their tags (other than a stage) are read as the roles they play.' });

    const connections = parts.flatMap(part => (Array.isArray(part.connections) ? part.connections : []));
    connections.forEach((connection, i) => {
        if (!isObject(connection)) {
            notes.push({ source, kind: 'skipped', message: `connection ${i + 1} is not an object: left out.` });
            return;
        }
        const fields = fieldsOfItem(connection);
        const end = (which: 'from' | 'to') => {
            const written = textOf(connection[which] ?? field(fields, which));
            return written === undefined ? undefined : byId.get(written) ?? byLabel.get(written) ?? written;
        };
        const from = end('from');
        const to = end('to');
        if (from === undefined || to === undefined) {
            notes.push({ source, kind: 'skipped', message: `connection ${i + 1} has no ${from === undefined ? '"from"' : '"to"'}: left out.` });
            return;
        }
        records.ties.push(tieOf(fields, from, to, source, notes));
    });

    records.roles = rolesPlayed(records.partners);
    return records;
}
