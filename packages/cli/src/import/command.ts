/**
 * `partnership import <file>... [-o folder] [--dry-run] [--force]`: reads spreadsheets (CSV, TSV,
 * XLSX), Kumu exports and graph files (GEXF, GraphML, graphology JSON) into one network, and writes
 * it as network.partnership, partners.partnership and ties.partnership, formatted, with a summary:
 * what was read and written, and one line per change or skip with where it was in the source.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../errors.js';
import { formatSources } from '../format.js';
import { displayPath } from '../validate.js';
import { recordsOf } from './columns.js';
import { emptyImport, whereOf, type ImportedNetwork, type ImportNote } from './model.js';
import { normalize, type ImportedFiles } from './normalize.js';
import { isSpreadsheet, readTables } from './tables.js';

export interface ImportOptions {
    output: string;
    dryRun?: boolean;
    force?: boolean;
    name?: string;
    title?: string;
    us?: string;
    budget?: string;
}

interface ReadFile {
    file: string;
    /** "62 rows", "2 sheets: Partners (60 rows), Ties (80 rows)", "14 elements, 20 connections". */
    what: string;
    records: ImportedNetwork;
}

/** Reads one source file into records, by its extension (and, for JSON, by what it holds). */
async function readSource(file: string): Promise<ReadFile> {
    if (isSpreadsheet(file)) {
        const tables = await readTables(file);
        const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;
        const what = tables.length === 1 && tables[0].sheet === undefined
            ? rows(tables[0].rows.filter(r => r.cells.some(c => c !== '')).length)
            : `${tables.length} sheet${tables.length === 1 ? '' : 's'}: ${tables.map(t => `${t.name} (${rows(t.rows.filter(r => r.cells.some(c => c !== '')).length)})`).join(', ')}`;
        return { file, what, records: recordsOf(tables) };
    }
    const readers = await import('./readers.js');
    return readers.readOther(file);
}

/** Records of several files as one network. */
function merge(parts: readonly ImportedNetwork[]): ImportedNetwork {
    const all = emptyImport();
    for (const part of parts) {
        all.partners.push(...part.partners);
        all.ties.push(...part.ties);
        all.roles.push(...part.roles);
        all.goals.push(...part.goals);
        all.meetings.push(...part.meetings);
        all.notes.push(...part.notes);
        all.network = {
            name: part.network.name ?? all.network.name,
            title: part.network.title ?? all.network.title,
            us: part.network.us ?? all.network.us,
            budget: part.network.budget ?? all.network.budget
        };
    }
    return all;
}

/** Notes in source order: by file, sheet, row and column. */
function sortNotes(notes: readonly ImportNote[]): ImportNote[] {
    return [...notes].sort((a, b) => a.source.file.localeCompare(b.source.file)
        || (a.source.sheet ?? '').localeCompare(b.source.sheet ?? '')
        || (a.source.row ?? 0) - (b.source.row ?? 0)
        || (a.source.column ?? 0) - (b.source.column ?? 0));
}

export function summaryOf(read: readonly ReadFile[], result: ImportedFiles, written: readonly string[], dryRun: boolean): string {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const { counts } = result;
    const lines = [
        `Read ${read.map(r => `${r.file} (${r.what})`).join(', ')}.`,
        `${dryRun ? 'Would write' : 'Wrote'} ${written.join(', ')}: ${plural(counts.partners, 'partner')}, ${plural(counts.ties, 'tie')}, ${plural(counts.roles, 'role')}, ${plural(counts.goals, 'goal')}, ${plural(counts.meetings, 'meeting')}.`
    ];
    // The same change in many cells is one line, at its first place, with how many more.
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
    lines.push(`${notes.length === 0 ? 'Everything was read as written.' : `${plural(by('changed'), 'change')}, ${by('skipped')} left out, ${plural(by('note'), 'note')}.`}${dryRun ? '' : ` Next: partnership validate ${written.length > 0 ? path.dirname(written[0]) : '.'}`}`);
    return lines.join('\n') + '\n';
}

export async function runImport(files: readonly string[], options: ImportOptions): Promise<number> {
    if (files.length === 0) throw new UsageError('import: give the files to read (CSV, TSV, XLSX, Kumu JSON, GEXF, GraphML or graphology JSON).');
    const read: ReadFile[] = [];
    for (const file of files) read.push(await readSource(file));
    const records = merge(read.map(r => r.records));
    if (records.partners.length === 0 && records.ties.length === 0) {
        throw new UsageError(`import: found no partners or ties in ${files.join(', ')}; docs/import.md says which columns the import reads.`);
    }
    const folder = path.resolve(options.output);
    const result = normalize(records, { name: options.name, title: options.title, us: options.us, budget: options.budget, fallbackName: path.basename(folder) });
    const header = `// Imported by partnership import from ${files.map(file => path.basename(file)).join(', ')}.\n\n`;
    const formatted = await formatSources(Object.entries(result.files).map(([file, text]) => ({
        path: path.join(folder, file),
        text: file === 'network.partnership' ? header + text : text
    })));
    const broken = formatted.find(f => f.syntaxErrors.length > 0);
    if (broken) {
        // Every value is checked before it is written: this would be a defect of the import.
        throw new Error(`the import wrote ${path.basename(broken.file)} that does not parse (${broken.syntaxErrors[0].line}:${broken.syntaxErrors[0].column} ${broken.syntaxErrors[0].message})`);
    }
    const names = formatted.map(f => displayPath(f.file));
    if (options.dryRun) {
        for (const file of formatted) process.stdout.write(`// ${path.basename(file.file)}\n${file.formatted}\n`);
        process.stderr.write(summaryOf(read, result, names, true));
        return 0;
    }
    if (!options.force) {
        for (const file of formatted) {
            if (await fs.lstat(file.file).then(() => true, () => false)) {
                throw new UsageError(`${displayPath(file.file)} already exists; import writes nothing over an existing file without --force.`);
            }
        }
    }
    await fs.mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot create the folder ${options.output}: ${error.code === 'EEXIST' || error.code === 'ENOTDIR' ? 'a file of that name is in the way' : error.message}.`);
    });
    for (const file of formatted) await fs.writeFile(file.file, file.formatted, { flag: options.force ? 'w' : 'wx' });
    process.stdout.write(summaryOf(read, result, names, false));
    return 0;
}
