/**
 * Helpers for the editor-feature tests: build a multi-file workspace with a cursor marker and
 * locate text in it.
 */
import type { LangiumDocument } from 'langium';
import type { Position, Range } from 'vscode-languageserver';
import { build, type Built } from '../helpers.js';

export const CURSOR = '<|>';

export interface Cursor {
    file: string;
    document: LangiumDocument;
    offset: number;
    position: Position;
}

/** Builds the files (one of them holding `<|>`, which is removed) and returns where the cursor is. */
export async function buildAt(files: Record<string, string>): Promise<{ built: Built; cursor: Cursor }> {
    const withCursor = Object.entries(files).filter(([, text]) => text.includes(CURSOR));
    if (withCursor.length !== 1) throw new Error(`Exactly one file must contain ${CURSOR}`);
    const [file, text] = withCursor[0];
    const offset = text.indexOf(CURSOR);
    const built = await build({ ...files, [file]: text.replace(CURSOR, '') });
    const document = built.documents.get(file)!;
    return { built, cursor: { file, document, offset, position: document.textDocument.positionAt(offset) } };
}

/** The range of the `occurrence`-th (0-based) `needle` in a document, optionally after `after`. */
export function rangeIn(document: LangiumDocument, needle: string, options: { occurrence?: number; after?: string } = {}): Range {
    const text = document.textDocument.getText();
    let offset = options.after === undefined ? 0 : text.indexOf(options.after);
    if (offset < 0) throw new Error(`'${options.after}' is not in ${document.uri.toString()}`);
    for (let i = 0; i <= (options.occurrence ?? 0); i++) {
        offset = text.indexOf(needle, i === 0 ? offset : offset + 1);
        if (offset < 0) throw new Error(`'${needle}' is not in ${document.uri.toString()}`);
    }
    return { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + needle.length) };
}

/** The position inside the `occurrence`-th `needle` (at its start plus `delta`). */
export function positionIn(document: LangiumDocument, needle: string, options: { occurrence?: number; after?: string; delta?: number } = {}): Position {
    const start = rangeIn(document, needle, options).start;
    return { line: start.line, character: start.character + (options.delta ?? 0) };
}

export function uriOf(built: Built, file: string): string {
    const document = built.documents.get(file);
    if (!document) throw new Error(`No file ${file}`);
    return document.uri.toString();
}

/** Document, file name and text, for `{ textDocument, position }` parameters. */
export function params(document: LangiumDocument, position: Position) {
    return { textDocument: { uri: document.uri.toString() }, position };
}
