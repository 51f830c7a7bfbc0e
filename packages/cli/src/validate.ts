/**
 * Validates `.partnership` files with the same language services as the editor: parse, link,
 * structural checks and the rule catalog over each whole network.
 */
import * as path from 'node:path';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { createNodeServices } from 'partnership-language/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { filesUnder, NetworkRootFinder, readSource } from './files.js';

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
}

export interface ValidationResult {
    /** The files checked (absolute paths). */
    files: string[];
    /** Other files of the same networks, read so network rules see whole networks. */
    contextFiles: string[];
    findings: FileFinding[];
}

export interface ValidateOptions {
    today?: string;
    /** Called as documents pass the build phases. */
    onProgress?: (phase: string, done: number, total: number) => void;
}

const PHASES: Array<[DocumentState, string]> = [
    [DocumentState.Parsed, 'parsing'],
    [DocumentState.Linked, 'linking'],
    [DocumentState.Validated, 'validating']
];

export async function validateFiles(targets: readonly string[], options: ValidateOptions = {}): Promise<ValidationResult> {
    const finder = new NetworkRootFinder();
    const all = new Set(targets);
    const roots = new Set<string>();
    for (const target of targets) {
        const root = await finder.rootOf(target);
        if (root) roots.add(root);
    }
    for (const root of roots) (await filesUnder(root)).forEach(file => all.add(file));
    const files = [...all].sort();
    const sources = await Promise.all(files.map(file => readSource(file, displayPath(file))));

    const { shared, Partnership } = createNodeServices({ referenceIndex: false });
    Partnership.network.Settings.today = options.today;
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

    const targetSet = new Set(targets);
    const findings: FileFinding[] = [];
    for (const document of documents) {
        const file = document.uri.fsPath;
        if (!targetSet.has(file)) continue;
        for (const diagnostic of document.diagnostics ?? []) findings.push(toFinding(file, diagnostic));
    }
    findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
        || a.range.start.line - b.range.start.line
        || a.range.start.character - b.range.start.character
        || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return { files: [...targets], contextFiles: files.filter(f => !targetSet.has(f)), findings };
}

function toFinding(file: string, diagnostic: Diagnostic): FileFinding {
    return {
        file,
        code: String(diagnostic.code ?? 'syntax-error'),
        severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        range: diagnostic.range,
        docs: diagnostic.codeDescription?.href,
        related: (diagnostic.relatedInformation ?? []).map(info => ({
            file: URI.parse(info.location.uri).fsPath,
            range: info.location.range,
            message: info.message
        }))
    };
}

/** A path as the user should read it: relative to the working folder when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
    const relative = path.relative(cwd, file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}
