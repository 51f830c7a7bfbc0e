/**
 * Bringing a network in (`partnership import`, the editor's "Import from File…"): files' bytes →
 * records (tables.ts + columns.ts for spreadsheets, kumu.ts, graph-files.ts) → normalize.ts → the
 * three files' text and notes. No file system: the caller reads the files and writes the result.
 */
export * from './errors.js';
export * from './model.js';
export { COLUMNS, TEMPLATE, recordsOf, kindOf, headerKey } from './columns.js';
export { normalize, type ImportedFiles, type NormalizeOptions } from './normalize.js';
export { decodeText, isSpreadsheet, splitSheet, tablesOf, type Table, type TableRow } from './tables.js';
export { jsonKind, readGraphFile, type GraphFileFormat } from './graph-files.js';
export { readKumuJson } from './kumu.js';
export { IMPORT_KINDS, importNetwork, importSummary, isImportable, mergeImports, readImportSource, type ImportSource, type ReadSource } from './run.js';
