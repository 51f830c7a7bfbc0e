/**
 * The import's readers of files that are not spreadsheets: Kumu's JSON (kumu.ts), and GEXF,
 * GraphML and graphology JSON (graph-files.ts). A `.json` file is Kumu's when it holds `elements`
 * or `connections` (or `maps`), graphology's when it holds `nodes`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../errors.js';
import { decodeText } from './tables.js';
import { jsonKind, readGraphFile } from './graph-files.js';
import { readKumuJson } from './kumu.js';
import type { ImportedNetwork } from './model.js';

export interface ReadOther {
    file: string;
    what: string;
    records: ImportedNetwork;
}

const KINDS = "import reads .csv, .tsv, .txt (tab- or comma-separated) and .xlsx files, Kumu's .json export, .gexf, .graphml and graphology .json files.";

export async function readOther(file: string): Promise<ReadOther> {
    const extension = path.extname(file).toLowerCase();
    if (!['.json', '.gexf', '.graphml', '.xml'].includes(extension)) throw new UsageError(`${file}: ${KINDS}`);
    const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'it is a folder' : error.message}.`);
    });
    const text = decodeText(file, bytes);
    let records: ImportedNetwork;
    let kind: string;
    if (extension === '.json') {
        const holds = jsonKind(text);
        if (!holds) throw new UsageError(`${file} is neither Kumu's JSON (elements and connections) nor a graphology graph (nodes and edges).`);
        records = holds === 'kumu' ? readKumuJson(text, file) : readGraphFile(text, file, 'json');
        kind = holds === 'kumu' ? 'Kumu' : 'graphology JSON';
    } else {
        const format = extension === '.gexf' || (extension === '.xml' && /<gexf[\s>]/.test(text)) ? 'gexf' : 'graphml';
        records = readGraphFile(text, file, format);
        kind = format === 'gexf' ? 'GEXF' : 'GraphML';
    }
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return { file, what: `${kind}: ${count(records.partners.length, 'partner')}, ${count(records.ties.length, 'tie')}`, records };
}
