/**
 * `partnership format`: lays `.partnership` files out canonically with the editor's formatter
 * (packages/language/src/lsp/formatter.ts), through the same language services.
 */
import { promises as fs } from 'node:fs';
import { TextDocument, URI, type DocumentValidator, type LangiumDocument } from 'langium';
import { createNodeServices } from 'partnership-language/node';
import pc from 'picocolors';
import { terminalText } from 'partnership-views/terminal-text';
import { UsageError } from './errors.js';
import { readReason, readSource } from './files.js';
import { displayPath } from './validate.js';
import { writeAtomically } from './write.js';

/** The formatter ignores the editor's options, but the request needs some. */
const OPTIONS = { tabSize: 4, insertSpaces: true };

export interface FormatSyntaxError {
    line: number;
    column: number;
    message: string;
}

export interface FormattedFile {
    /** Absolute path. */
    file: string;
    /** The text as read (without a byte-order mark). */
    text: string;
    /** The canonical text; equal to `text` when the file is already formatted or has syntax errors. */
    formatted: string;
    /** Lexer and parser errors: a file with any is left as it is. */
    syntaxErrors: FormatSyntaxError[];
}

export interface FormatResult {
    files: FormattedFile[];
}

/** Formats the targets in memory; nothing is written. All targets are read before any is formatted. */
export async function formatFiles(targets: readonly string[]): Promise<FormatResult> {
    const sources = await Promise.all(targets.map(file => readSource(file, displayPath(file))));
    return { files: await formatSources(sources) };
}

/** Formats texts given with their (absolute) paths; nothing is read or written. */
export async function formatSources(sources: ReadonlyArray<{ path: string; text: string }>): Promise<FormattedFile[]> {
    const { shared, Partnership } = createNodeServices({ referenceIndex: false });
    const formatter = Partnership.lsp.Formatter;
    if (!formatter) throw new Error('the language has no formatter');
    const factory = shared.workspace.LangiumDocumentFactory;
    const files: FormattedFile[] = [];
    for (const source of sources) {
        // Formatting needs the parse only: no linking, no validation.
        const document = factory.fromString(source.text, URI.file(source.path));
        const syntaxErrors = await syntaxErrorsOf(document, Partnership.validation.DocumentValidator);
        let formatted = source.text;
        if (syntaxErrors.length === 0) {
            const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS });
            // The formatter settles the line endings too (the file's first one throughout), as in the editor.
            formatted = TextDocument.applyEdits(document.textDocument, edits);
        }
        files.push({ file: source.path, text: source.text, formatted, syntaxErrors });
    }
    return files;
}

/** The document's lexer and parser errors, worded as `partnership validate` words them. */
async function syntaxErrorsOf(document: LangiumDocument, validator: DocumentValidator): Promise<FormatSyntaxError[]> {
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length === 0 && parserErrors.length === 0) return [];
    const diagnostics = await validator.validateDocument(document, { stopAfterParsingErrors: true });
    const errors = diagnostics
        .filter(diagnostic => diagnostic.code === 'syntax-error')
        .map(diagnostic => ({
            line: diagnostic.range.start.line + 1,
            column: diagnostic.range.start.character + 1,
            message: typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message)
        }))
        .sort((a, b) => a.line - b.line || a.column - b.column);
    // Never report a broken file as clean, whatever the validator made of its errors.
    return errors.length > 0 ? errors : [{ line: 1, column: 1, message: 'The file does not follow the grammar.' }];
}

/**
 * Writes the files whose canonical text differs, keeping a byte-order mark the file had. Each file
 * is replaced atomically (write.ts), so a failure (a full disk, say) leaves the old file whole. A
 * file that changed on disk since it was read is not overwritten.
 */
export async function writeFormatted(files: readonly FormattedFile[]): Promise<void> {
    for (const file of files) {
        if (!needsFormatting(file)) continue;
        const display = displayPath(file.file);
        try {
            const target = await fs.realpath(file.file);
            const bytes = await fs.readFile(target);
            const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
            if (bytes.toString('utf8', bom ? 3 : 0) !== file.text) throw new UsageError(`cannot write ${display}: it changed on disk while partnership ran; nothing written to it`);
            // Replacing the file would go round a write protection that writing to it would respect.
            await fs.access(target, fs.constants.W_OK);
            await writeAtomically(target, (bom ? '\ufeff' : '') + file.formatted);
        } catch (error) {
            if (error instanceof UsageError) throw error;
            throw new UsageError(`cannot write ${display}: ${readReason(error as NodeJS.ErrnoException)}; the file is unchanged`);
        }
    }
}

export function needsFormatting(file: FormattedFile): boolean {
    return file.syntaxErrors.length === 0 && file.formatted !== file.text;
}

/**
 * The report: one line per file that changed (`formatted PATH`) or would change with `--check`
 * (`would format PATH`), the syntax errors of files left alone (`PATH:LINE:COL error MESSAGE
 * [syntax-error]`, as `partnership validate` prints them), then a summary line.
 */
export function formatReport(result: FormatResult, check: boolean, cwd = process.cwd()): string {
    const lines: string[] = [];
    const changed = result.files.filter(needsFormatting);
    const broken = result.files.filter(file => file.syntaxErrors.length > 0);
    for (const file of changed) lines.push(`${check ? 'would format' : 'formatted'} ${terminalText(displayPath(file.file, cwd))}`);
    for (const file of broken) {
        for (const error of file.syntaxErrors) {
            lines.push(`${terminalText(displayPath(file.file, cwd))}:${error.line}:${error.column} ${pc.red('error')} ${terminalText(error.message)} ${pc.dim('[syntax-error]')}`);
        }
    }
    const clean = result.files.length - changed.length - broken.length;
    const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
    const parts: string[] = [];
    if (changed.length > 0) parts.push(check ? `${files(changed.length)} would be formatted (run partnership format)` : `formatted ${files(changed.length)}`);
    if (clean > 0) parts.push(`${files(clean)} already formatted`);
    if (broken.length > 0) parts.push(`${files(broken.length)} not formatted: syntax errors`);
    lines.push(parts.join(', '));
    return lines.join('\n') + '\n';
}
