/**
 * Spreadsheets as tables of text: CSV and TSV (csv-parse) and XLSX (exceljs), one table per file
 * or per sheet, each row with its 1-based row number (the header is row 1) for the summary.
 *
 * `book.xlsx#Members` reads only that sheet. Bad input is a ImportError with one line: a file that
 * can't be read, text that is not UTF-8 (or UTF-16 with its byte-order mark, as Excel saves
 * "Unicode text"), a CSV with a row longer or shorter than its header, a sheet that is not there.
 */
// The browser build: the same parser with its own Buffer, so that it runs in the editor's Web Worker too.
import { parse } from 'csv-parse/browser/esm/sync';
import { ImportError } from './errors.js';

export interface TableRow {
    /** 1-based; the header is row 1. */
    row: number;
    cells: string[];
}

export interface Table {
    /** The file as the user named it. */
    file: string;
    /** The sheet of an XLSX workbook. */
    sheet?: string;
    /** What the table is called: the sheet's name, else the file's name without extension. */
    name: string;
    headers: string[];
    rows: TableRow[];
}

const SPREADSHEET = /\.(csv|tsv|tab|txt|xlsx)$/i;

export function isSpreadsheet(file: string): boolean {
    return SPREADSHEET.test(file.replace(/#[^/\\]*$/, ''));
}

/** `book.xlsx#Members` → the file and the sheet. */
export function splitSheet(spec: string): { file: string; sheet?: string } {
    const hash = /^(.*\.xlsx)#(.+)$/i.exec(spec);
    return hash ? { file: hash[1], sheet: hash[2] } : { file: spec };
}

/** The tables of a CSV, TSV or XLSX file's bytes (`file` as the user named it, for messages). */
export async function tablesOf(file: string, bytes: Uint8Array, sheet?: string): Promise<Table[]> {
    if (/\.xlsx$/i.test(file)) return readWorkbook(file, bytes, sheet);
    return [readDelimited(file, bytes)];
}

function baseName(file: string): string {
    return file.replace(/\\/g, '/').split('/').pop() ?? file;
}

/** The text of a file: UTF-8 (a BOM is dropped), or UTF-16 with a BOM. */
export function decodeText(file: string, bytes: Uint8Array): string {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        throw new ImportError(`${file} is not UTF-8 text: save it as "CSV UTF-8" (Excel) or with UTF-8 encoding, and import it again.`);
    }
}

/** The delimiter of the header line, outside quotes: tab, semicolon or comma (the default). */
function delimiterOf(file: string, text: string): string {
    if (/\.(tsv|tab)$/i.test(file)) return '\t';
    const header = text.split(/\r\n|\r|\n/, 1)[0].replace(/"[^"]*"/g, '');
    const counts = ['\t', ';', ','].map(d => [d, header.split(d).length - 1] as const);
    const [best] = [...counts].sort((a, b) => b[1] - a[1]);
    return best[1] > 0 ? best[0] : ',';
}

function readDelimited(file: string, bytes: Uint8Array): Table {
    const text = decodeText(file, bytes);
    let records: Array<{ record: string[]; info: { lines: number } }>;
    try {
        // Blank lines are skipped; `info` keeps each record's line number for the summary.
        records = parse(text, { delimiter: delimiterOf(file, text), relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
    } catch (error) {
        const e = error as { code?: string; lines?: number; message: string };
        if (e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
            throw new ImportError(`${file}:${e.lines}: this row has a different number of columns from the header (${e.message.replace(/^Invalid Record Length: /, '').replace(/ on line \d+$/, '')}); quote values that hold the delimiter, or fix the row.`);
        }
        throw new ImportError(`${file}${e.lines ? `:${e.lines}` : ''}: ${e.message.replace(/ at line \d+$| on line \d+$/, '')}.`);
    }
    const [header, ...rest] = records;
    return {
        file,
        name: baseName(file).replace(/\.[^.]+$/, ''),
        headers: (header?.record ?? []).map(h => h.trim()),
        rows: rest.map(({ record, info }) => ({ row: info.lines, cells: record.map(c => c.trim()) }))
    };
}

async function readWorkbook(file: string, bytes: Uint8Array, only: string | undefined): Promise<Table[]> {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
        throw new ImportError(`${file} is not an Excel workbook (.xlsx) that can be read; save it again from the spreadsheet program as .xlsx, or as CSV UTF-8.`);
    }
    const sheets = workbook.worksheets;
    const chosen = only === undefined ? sheets : sheets.filter(sheet => sheet.name === only || sheet.name.toLowerCase() === only.toLowerCase());
    if (only !== undefined && chosen.length === 0) {
        throw new ImportError(`${file} has no sheet "${only}" (its sheets: ${sheets.map(s => s.name).join(', ') || 'none'}).`);
    }
    return chosen.map(sheet => {
        const grid: TableRow[] = [];
        let width = 0;
        sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
            const cells: string[] = [];
            row.eachCell({ includeEmpty: true }, (cell, column) => {
                cells[column - 1] = cellText(cell.value);
            });
            width = Math.max(width, cells.length);
            grid.push({ row: rowNumber, cells: Array.from(cells, c => (c ?? '').trim()) });
        });
        // Rows are read from the first; a sheet whose header is not on row 1 starts at its first non-empty row.
        const headerIndex = grid.findIndex(r => r.cells.some(c => c !== ''));
        const header = headerIndex >= 0 ? grid[headerIndex] : { row: 1, cells: [] };
        return {
            file,
            sheet: sheet.name,
            name: sheet.name,
            headers: Array.from({ length: Math.max(width, header.cells.length) }, (_, i) => header.cells[i] ?? ''),
            rows: grid.slice(headerIndex + 1).map(r => ({ row: r.row, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? '') }))
        };
    });
}

/** A cell's value as text: dates as YYYY-MM-DD, formulas by their result, rich text by its characters. */
function cellText(value: unknown): string {
    if (value === null || value === undefined) return '';
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
    if (typeof value === 'object') {
        const v = value as { result?: unknown; richText?: Array<{ text: string }>; text?: unknown; hyperlink?: string; error?: string };
        if (v.richText) return v.richText.map(part => part.text).join('');
        if ('result' in v) return cellText(v.result);
        if (v.text !== undefined) return cellText(v.text);
        if (v.error) return '';
        return '';
    }
    return String(value);
}
