/**
 * One import from the files' bytes to the network's text and a summary, for the CLI and the editor
 * alike: each file read by what it is (a spreadsheet by its extension; `.json` by what it holds:
 * Kumu's elements and connections or graphology's nodes; `.gexf`, `.graphml`), all merged into one
 * network, normalized (normalize.ts), and told back line by line with where each change or skip was.
 */
import { pushAll } from 'partnership-language';
import { recordsOf } from './columns.js';
import { ImportError } from './errors.js';
import { jsonKind, readGraphFile } from './graph-files.js';
import { readKumuJson } from './kumu.js';
import { emptyImport, whereOf, type ImportedNetwork, type ImportNote } from './model.js';
import { normalize, type ImportedFiles, type NormalizeOptions } from './normalize.js';
import { decodeText, isSpreadsheet, splitSheet, tablesOf } from './tables.js';

/** A file to read: as the user named it (`book.xlsx#Sheet` for one sheet), and its bytes. */
export interface ImportSource {
    file: string;
    bytes: Uint8Array;
}

export interface ReadSource {
    file: string;
    /** "62 rows", "2 sheets: Partners (60 rows), Ties (80 rows)", "Kumu: 14 partners, 20 ties". */
    what: string;
    records: ImportedNetwork;
}

export const IMPORT_KINDS = "import reads .csv, .tsv, .txt (tab- or comma-separated) and .xlsx files, Kumu's .json export, .gexf, .graphml and graphology .json files.";

/** Whether the import reads a file of this name. */
export function isImportable(file: string): boolean {
    return isSpreadsheet(file) || /\.(json|gexf|graphml|xml)$/i.test(file);
}

/** The records of one file. */
export async function readImportSource({ file: spec, bytes }: ImportSource): Promise<ReadSource> {
    if (isSpreadsheet(spec)) {
        const { file, sheet } = splitSheet(spec);
        const tables = await tablesOf(file, bytes, sheet);
        const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;
        const filled = (t: (typeof tables)[number]) => t.rows.filter(r => r.cells.some(c => c !== '')).length;
        const what = tables.length === 1 && tables[0].sheet === undefined
            ? rows(filled(tables[0]))
            : `${tables.length} sheet${tables.length === 1 ? '' : 's'}: ${tables.map(t => `${t.name} (${rows(filled(t))})`).join(', ')}`;
        return { file: spec, what, records: recordsOf(tables) };
    }
    const extension = /\.[^./\\]+$/.exec(spec)?.[0].toLowerCase() ?? '';
    if (!['.json', '.gexf', '.graphml', '.xml'].includes(extension)) throw new ImportError(`${spec}: ${IMPORT_KINDS}`);
    const text = decodeText(spec, bytes);
    let records: ImportedNetwork;
    let kind: string;
    if (extension === '.json') {
        const holds = jsonKind(text);
        if (!holds) throw new ImportError(`${spec} is neither Kumu's JSON (elements and connections) nor a graphology graph (nodes and edges).`);
        records = holds === 'kumu' ? readKumuJson(text, spec) : readGraphFile(text, spec, 'json');
        kind = holds === 'kumu' ? 'Kumu' : 'graphology JSON';
    } else {
        const format = extension === '.gexf' || (extension === '.xml' && /<gexf[\s>]/.test(text)) ? 'gexf' : 'graphml';
        records = readGraphFile(text, spec, format);
        kind = format === 'gexf' ? 'GEXF' : 'GraphML';
    }
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return { file: spec, what: `${kind}: ${count(records.partners.length, 'partner')}, ${count(records.ties.length, 'tie')}`, records };
}

/** Records of several files as one network. */
export function mergeImports(parts: readonly ImportedNetwork[]): ImportedNetwork {
    const all = emptyImport();
    for (const part of parts) {
        pushAll(all.partners, part.partners);
        pushAll(all.ties, part.ties);
        pushAll(all.roles, part.roles);
        pushAll(all.goals, part.goals);
        pushAll(all.meetings, part.meetings);
        pushAll(all.notes, part.notes);
        all.network = {
            name: part.network.name ?? all.network.name,
            title: part.network.title ?? all.network.title,
            us: part.network.us ?? all.network.us,
            budget: part.network.budget ?? all.network.budget
        };
    }
    return all;
}

/** Reads every source and normalizes them into one network; an ImportError when nothing is in them. */
export async function importNetwork(sources: readonly ImportSource[], options: NormalizeOptions): Promise<{ read: ReadSource[]; result: ImportedFiles }> {
    if (sources.length === 0) throw new ImportError('import: give the files to read (CSV, TSV, XLSX, Kumu JSON, GEXF, GraphML or graphology JSON).');
    const read: ReadSource[] = [];
    for (const source of sources) read.push(await readImportSource(source));
    const records = mergeImports(read.map(r => r.records));
    if (records.partners.length === 0 && records.ties.length === 0) {
        throw new ImportError(`import: found no partners or ties in ${sources.map(s => s.file).join(', ')}; docs/import.md says which columns the import reads.`);
    }
    const result = normalize(records, options);
    const names = sources.map(s => s.file.replace(/\\/g, '/').split('/').pop()).join(', ');
    result.files['network.partnership'] = `// Imported by partnership import from ${names}.\n\n${result.files['network.partnership']}`;
    return { read, result };
}

/** Notes in source order: by file, sheet, row and column. */
function sortNotes(notes: readonly ImportNote[]): ImportNote[] {
    return [...notes].sort((a, b) => a.source.file.localeCompare(b.source.file)
        || (a.source.sheet ?? '').localeCompare(b.source.sheet ?? '')
        || (a.source.row ?? 0) - (b.source.row ?? 0)
        || (a.source.column ?? 0) - (b.source.column ?? 0));
}

/**
 * The summary: what was read, what is written, one line per change or skip with where it was (the
 * same change in many cells once, at its first place, with how many more), then the counts and
 * `next` (what to do now), if given.
 */
export function importSummary(read: readonly ReadSource[], result: ImportedFiles, written: readonly string[], options: { dryRun?: boolean; next?: string } = {}): string {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const { counts } = result;
    const lines = [
        `Read ${read.map(r => `${r.file} (${r.what})`).join(', ')}.`,
        `${options.dryRun ? 'Would write' : 'Wrote'} ${written.join(', ')}: ${plural(counts.partners, 'partner')}, ${plural(counts.ties, 'tie')}, ${plural(counts.roles, 'role')}, ${plural(counts.goals, 'goal')}, ${plural(counts.meetings, 'meeting')}.`
    ];
    const groups = new Map<string, { first: ImportNote; more: number }>();
    for (const n of sortNotes(result.notes)) {
        const key = `${n.kind}\u0000${n.message}`;
        const group = groups.get(key);
        if (group) group.more++;
        else groups.set(key, { first: n, more: 0 });
    }
    const notes = [...groups.values()];
    for (const { first, more } of notes) {
        lines.push(`${whereOf(first.source)} ${first.kind}: ${first.message}${more > 0 ? ` (and ${more} more like it)` : ''}`);
    }
    const by = (kind: ImportNote['kind']) => notes.filter(n => n.first.kind === kind).reduce((sum, n) => sum + 1 + n.more, 0);
    const counted = notes.length === 0 ? 'Everything was read as written.' : `${plural(by('changed'), 'change')}, ${by('skipped')} left out, ${plural(by('note'), 'note')}.`;
    lines.push(`${counted}${options.next ? ` ${options.next}` : ''}`);
    return lines.join('\n') + '\n';
}
