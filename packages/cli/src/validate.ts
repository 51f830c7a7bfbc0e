/**
 * Validates `.partnership` files with the same language services as the editor: parse, link,
 * structural checks and the rule catalog over each whole network.
 */
import * as path from 'node:path';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { createNodeServices } from 'partnership-language/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { UsageError } from './errors.js';
import { INTERNAL_ERROR, ISSUES_URL } from 'partnership-language';
import { terminalText } from 'partnership-views/terminal-text';
import { filesUnder, isWithin, looseSiblings, NetworkRootFinder, readSource, skippedFolderBetween, uniqueFiles, type SourceFile } from './files.js';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface LineRange {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

export interface FileFinding {
    /** Absolute path. */
    file: string;
    code: string;
    severity: FindingSeverity;
    message: string;
    /** Zero-based, end exclusive (as LSP). */
    range: LineRange;
    docs?: string;
    related: Array<{ file: string; range: LineRange; message: string }>;
    /** An internal-error's error in one line, and its stack (printed with PARTNERSHIP_DEBUG=1). */
    internal?: { detail: string; stack?: string };
}

export interface SkippedFile {
    file: string;
    reason: string;
}

export interface ValidationResult {
    /** The files checked (absolute paths). */
    files: string[];
    /** Other files of the same networks, read so network rules see whole networks. */
    contextFiles: string[];
    /** Other files of the same networks that could not be read and were left out. */
    skipped: SkippedFile[];
    findings: FileFinding[];
}

export interface ValidateOptions {
    today?: string;
    /** Called as documents pass the build phases. */
    onProgress?: (phase: string, done: number, total: number) => void;
    /**
     * Estimate betweenness (used by untrusted-broker) from a sample of partners in networks larger
     * than this; undefined for exact values everywhere.
     */
    sampleAbove?: number;
    /** Progress of the all-pairs path computation. */
    onAnalysisProgress?: (done: number, total: number) => void;
}

/** `partnership validate` estimates betweenness above this many partners unless `--exact`. */
export { VALIDATE_SAMPLE_ABOVE } from './options.js';

const PHASES: Array<[DocumentState, string]> = [
    [DocumentState.Parsed, 'parsing'],
    [DocumentState.Linked, 'linking'],
    [DocumentState.Validated, 'validating']
];

export interface LoadedWorkspace {
    services: ReturnType<typeof createNodeServices>;
    documents: LangiumDocument[];
    targets: ReadonlySet<string>;
    /** All files read: targets and the other files of their networks. */
    files: string[];
    skipped: SkippedFile[];
    /** How a file is named in output: relative to the working folder (see displayPath). */
    displayPath(uri: URI): string;
}

/**
 * Reads the targets and the other files of their networks, and builds them (parse, link, validate)
 * with the same services as the editor.
 */
export async function loadWorkspace(targets: readonly string[], options: ValidateOptions = {}): Promise<LoadedWorkspace> {
    const services = createNodeServices({ referenceIndex: false, compactSyntaxTrees: true, editorCaches: false });
    const parser = services.Partnership.parser.LangiumParser;
    const finder = new NetworkRootFinder(text => parser.parse(text).value);
    const all = new Set(targets);
    const roots = new Set<string>();
    for (const target of targets) {
        const root = await finder.rootOf(target);
        if (root) {
            roots.add(root);
            // A target in a folder that the search of the network folder passes over (a hidden one)
            // has that folder read with it, as when the folder is given.
            const passedOver = skippedFolderBetween(root, target);
            if (passedOver) roots.add(passedOver);
        } else {
            // A loose file's group is the loose files of its folder, as in the editor: validated
            // alone (as a pre-commit hook does) it gives the findings it gives with its folder.
            (await looseSiblings(target)).forEach(file => all.add(file));
        }
    }
    for (const root of roots) (await filesUnder(root)).forEach(file => all.add(file));
    const targetSet = new Set(targets);
    const skipped: SkippedFile[] = [];
    // A target that cannot be read fails the run; another file of the same network folder that
    // cannot be read (a stray binary, a file without permission) is left out with a note.
    // A context file that is a target reached by another path (a symbolic link) is read once, as the target.
    const read = await Promise.all((await uniqueFiles([...all], targetSet)).map(async file => {
        if (targetSet.has(file)) return readSource(file, displayPath(file));
        try {
            return await readSource(file, displayPath(file));
        } catch (error) {
            if (!(error instanceof UsageError)) throw error;
            skipped.push({ file, reason: error.message });
            return undefined;
        }
    }));
    const sources = read.filter((source): source is SourceFile => source !== undefined);

    const { shared, Partnership } = services;
    Partnership.network.Settings.today = options.today;
    Partnership.network.Settings.sampleAbove = options.sampleAbove;
    Partnership.network.Settings.onAnalysisProgress = options.onAnalysisProgress;
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents: LangiumDocument[] = sources.map(source => {
        const document = factory.fromString(source.text, URI.file(source.path));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    if (options.onProgress) {
        const report = options.onProgress;
        for (const [state, phase] of PHASES) {
            let done = 0;
            shared.workspace.DocumentBuilder.onDocumentPhase(state, () => report(phase, ++done, documents.length));
        }
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents, targets: targetSet, files: sources.map(source => source.path), skipped, displayPath: uri => displayPath(uri.fsPath) };
}

export async function validateFiles(targets: readonly string[], options: ValidateOptions = {}): Promise<ValidationResult> {
    const { documents, targets: targetSet, files, skipped } = await loadWorkspace(targets, options);
    const findings: FileFinding[] = [];
    // The file of each related location, from its URI once per URI (not once per location) and one string per file.
    const paths = new Map<string, string>();
    const fileOf = (uri: string) => {
        let file = paths.get(uri);
        if (file === undefined) paths.set(uri, file = URI.parse(uri).fsPath);
        return file;
    };
    for (const document of documents) {
        const file = document.uri.fsPath;
        if (!targetSet.has(file)) continue;
        for (const diagnostic of document.diagnostics ?? []) findings.push(toFinding(file, diagnostic, fileOf));
    }
    findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
        || a.range.start.line - b.range.start.line
        || a.range.start.character - b.range.start.character
        || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return { files: [...targets], contextFiles: files.filter(f => !targetSet.has(f)), skipped, findings };
}

function toFinding(file: string, diagnostic: Diagnostic, fileOf: (uri: string) => string): FileFinding {
    const code = String(diagnostic.code ?? INTERNAL_ERROR);
    const data = diagnostic.data as { detail?: unknown; stack?: unknown } | undefined;
    const internal = code === INTERNAL_ERROR ? {
        detail: typeof data?.detail === 'string' ? data.detail : typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        ...(typeof data?.stack === 'string' ? { stack: data.stack } : {})
    } : undefined;
    return {
        file,
        code,
        ...(internal ? { internal } : {}),
        severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        range: diagnostic.range,
        docs: diagnostic.codeDescription?.href,
        related: (diagnostic.relatedInformation ?? []).map(info => ({
            file: fileOf(info.location.uri),
            range: info.location.range,
            message: info.message
        }))
    };
}

/**
 * A check that failed is a bug of partnership (internal-error findings): one line on stderr per
 * failure, `partnership: internal error while checking FILE:LINE:COL: ERROR (a bug in partnership:
 * please report it at URL)`, and the run exits 2 whatever the other findings, so a file that could
 * not be checked never passes. With `debug`, the stack follows each line.
 */
export function internalErrorReport(findings: readonly FileFinding[], cwd = process.cwd(), debug = false): string {
    return findings.filter(finding => finding.code === INTERNAL_ERROR).map(finding => {
        const where = `${terminalText(displayPath(finding.file, cwd))}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
        const stack = debug && finding.internal?.stack ? `${finding.internal.stack}\n` : '';
        return `partnership: internal error while checking ${where}: ${terminalText(finding.internal?.detail ?? finding.message)} (a bug in partnership: please report it at ${ISSUES_URL})\n${stack}`;
    }).join('');
}

/** Folders whose files are named otherwise in output: the temporary copy of a git ref's files (diff --base). */
const shownAs: Array<{ folder: string; prefix: string }> = [];

/**
 * While the returned function is not called, a file under `folder` is named `prefix` + its path in
 * the folder, with `/` (`HEAD:net/partners.partnership` for diff --base's copy of HEAD).
 */
export function showFolderAs(folder: string, prefix: string): () => void {
    const entry = { folder, prefix };
    shownAs.push(entry);
    return () => {
        const index = shownAs.indexOf(entry);
        if (index >= 0) shownAs.splice(index, 1);
    };
}

/** A path as the user should read it: relative to the working folder when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
    for (const { folder, prefix } of shownAs) {
        const inside = path.relative(folder, file);
        if (inside !== '' && isWithin(inside)) return prefix + inside.split(path.sep).join('/');
    }
    const relative = path.relative(cwd, file);
    if (relative === '') return '.';
    return isWithin(relative) ? relative.split(path.sep).join('/') : file;
}
