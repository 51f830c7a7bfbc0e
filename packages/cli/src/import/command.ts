/**
 * `partnership import <file>... [-o folder] [--dry-run] [--force]`: reads spreadsheets (CSV, TSV,
 * XLSX), Kumu exports and graph files (GEXF, GraphML, graphology JSON) into one network, and writes
 * it as network.partnership, partners.partnership and ties.partnership, formatted, with a summary:
 * what was read and written, and one line per change or skip with where it was in the source. The
 * import itself is partnership-views/import (the editor's "Import from File…" runs it too); this
 * reads the files, formats the result with the language's formatter and writes it.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ImportError, importNetwork, importSummary, splitSheet, type ImportSource } from 'partnership-views/import';
import { terminalLines } from 'partnership-views/terminal-text';
import { createFolder } from '../write.js';
import { UsageError } from '../errors.js';
import { formatSources } from '../format.js';
import { displayPath } from '../validate.js';

export interface ImportOptions {
    output: string;
    dryRun?: boolean;
    force?: boolean;
    name?: string;
    title?: string;
    us?: string;
    budget?: string;
}

async function readSource(spec: string): Promise<ImportSource> {
    const { file } = splitSheet(spec);
    const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'it is a folder' : error.message}.`);
    });
    return { file: spec, bytes };
}

export async function runImport(files: readonly string[], options: ImportOptions): Promise<number> {
    const sources: ImportSource[] = [];
    for (const file of files) sources.push(await readSource(file));
    const folder = path.resolve(options.output);
    let imported: Awaited<ReturnType<typeof importNetwork>>;
    try {
        imported = await importNetwork(sources, { name: options.name, title: options.title, us: options.us, budget: options.budget, fallbackName: path.basename(folder) });
    } catch (error) {
        // Bad input: one line, exit 2.
        if (error instanceof ImportError) throw new UsageError(error.message);
        throw error;
    }
    const { read, result } = imported;
    const formatted = await formatSources(Object.entries(result.files).map(([file, text]) => ({ path: path.join(folder, file), text })));
    const broken = formatted.find(f => f.syntaxErrors.length > 0);
    if (broken) {
        // Every value is checked before it is written: this would be a defect of the import.
        throw new Error(`the import wrote ${path.basename(broken.file)} that does not parse (${broken.syntaxErrors[0].line}:${broken.syntaxErrors[0].column} ${broken.syntaxErrors[0].message})`);
    }
    const names = formatted.map(f => displayPath(f.file));
    if (options.dryRun) {
        for (const file of formatted) process.stdout.write(`// ${path.basename(file.file)}\n${file.formatted}\n`);
        process.stderr.write(terminalLines(importSummary(read, result, names, { dryRun: true })));
        return 0;
    }
    if (!options.force) {
        for (const file of formatted) {
            if (await fs.lstat(file.file).then(() => true, () => false)) {
                throw new UsageError(`${displayPath(file.file)} already exists; import writes nothing over an existing file without --force.`);
            }
        }
    }
    await createFolder(folder, options.output);
    for (const file of formatted) await fs.writeFile(file.file, file.formatted, { flag: options.force ? 'w' : 'wx' });
    process.stdout.write(terminalLines(importSummary(read, result, names, { next: `Next: partnership validate ${names.length > 0 ? path.dirname(names[0]) : '.'}` })));
    return 0;
}
