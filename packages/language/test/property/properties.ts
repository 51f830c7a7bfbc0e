/**
 * The properties of the parser, validator, formatter and editor features, shared by the test suite
 * (property.test.ts: a fixed seed, a few thousand cases) and `npm run fuzz` (scripts/fuzz.mjs:
 * 100,000 cases, a random seed):
 *
 * - every document (or network of several files) builds, with an array of readable diagnostics and
 *   never an internal error;
 * - the formatter changes only whitespace, is idempotent, ignores the editor's options, keeps the
 *   network model, the findings and every comment, and leaves documents with syntax errors alone;
 *   range formatting changes only whitespace and keeps the text parsing; formatting twice is
 *   formatting once whatever the mix of line breaks, tabs, byte-order marks and trailing whitespace;
 * - the editor features (hover, completion, symbols, folding, semantic tokens, formatting, code
 *   actions, inlay hints, code lens, definition, references, highlights, rename) answer at any
 *   position and never throw; applied quick fixes and renames leave buildable text;
 * - editing files one change at a time ends with the diagnostics of a fresh build.
 *
 * Nothing may be logged as an error meanwhile. `check` runs one property and turns a failure into an
 * error that carries the seed, the path and the shrunk counterexample, so that a failure the fuzzer
 * finds can be replayed exactly (FUZZ_SEED and FUZZ_PATH, see property.test.ts).
 */
import { CstUtils, EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import fc from 'fast-check';
import type { Diagnostic, FormattingOptions, Position, Range, WorkspaceEdit } from 'vscode-languageserver';
import { buildNetwork } from '../../src/model/build.js';
import { createPartnershipServices } from '../../src/partnership-module.js';
import { analysisSnapshot } from '../validation/analysis-snapshot.js';
import { anyDocument, lineBreakMix, mutatedExample, mutatedNetwork, mutation, offsetFraction, tokenSoup, wellFormedDocument, type Mutation } from './arbitraries.js';

/** One document most of the time; now and then a network of several files. */
const anyNetwork: fc.Arbitrary<string[]> = fc.oneof(
    { weight: 6, arbitrary: anyDocument.map(text => [text]) },
    { weight: 1, arbitrary: fc.array(anyDocument, { minLength: 2, maxLength: 3 }) },
    { weight: 2, arbitrary: mutatedNetwork }
);

type Services = ReturnType<typeof createPartnershipServices>;

export interface RunOptions {
    numRuns: number;
    seed: number;
    /** Replays one failure: the `path` fast-check printed with it. */
    path?: string;
}

/**
 * One set of services for many cases; each case builds its own documents in folders of their own
 * (so no two cases share a network) and removes them afterwards. The services are renewed now and
 * then so that nothing a case leaves behind adds up over 100,000 cases.
 */
class Workspace {
    private services: Services | undefined;
    private built = 0;
    private counter = 0;

    get current(): Services {
        if (!this.services || this.built >= 500) {
            this.services = createPartnershipServices(EmptyFileSystem);
            this.services.Partnership.network.Settings.today = '2026-11-01';
            this.built = 0;
        }
        return this.services;
    }

    /** Builds one document (validated) and hands it to `use`; the document is removed afterwards. */
    async with<T>(text: string, use: (document: LangiumDocument, services: Services) => Promise<T>): Promise<T> {
        return this.withFiles([text], (documents, services) => use(documents[0], services));
    }

    /**
     * Builds the texts as the files of one folder tree (`network.partnership`, `partners.partnership`,
     * `sub/ties.partnership`, ...), validated, and hands them to `use`; they are removed afterwards.
     */
    async withFiles<T>(texts: string[], use: (documents: LangiumDocument[], services: Services) => Promise<T>): Promise<T> {
        const services = this.current;
        this.built += texts.length;
        const folder = `file:///fuzz/${this.counter++}`;
        const names = ['network.partnership', 'partners.partnership', 'sub/ties.partnership', 'sub/deeper/more.partnership'];
        const documents = texts.map((text, i) => services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`${folder}/${names[i] ?? `${i}.partnership`}`)));
        for (const document of documents) services.shared.workspace.LangiumDocuments.addDocument(document);
        try {
            await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
            return await use(documents, services);
        } finally {
            for (const document of documents) services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        }
    }
}

const workspace = new Workspace();

// ---------------------------------------------------------------------------------------------
// Helpers.

function fail(message: string): never {
    throw new Error(message);
}

const BAD_WORDS = /An error occurred|\bundefined\b|\bNaN\b|\[object /;

/** A text a user reads is a real sentence: no "undefined", "NaN" or "An error occurred", unless the document itself says so. */
function checkReadable(what: string, message: unknown, source: string): void {
    if (typeof message !== 'string') fail(`${what}: not a string: ${String(message)}`);
    const bad = BAD_WORDS.exec(message);
    if (bad && !source.includes(bad[0])) fail(`${what} reads badly: ${message}`);
}

function checkRange(what: string, range: Range | undefined): void {
    const ok = (p: Position | undefined) => p !== undefined && Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0;
    if (!range || !ok(range.start) || !ok(range.end)) fail(`${what}: bad range ${JSON.stringify(range)}`);
}

function checkDiagnostics(document: LangiumDocument): Diagnostic[] {
    const diagnostics = document.diagnostics;
    if (!Array.isArray(diagnostics)) fail(`no diagnostics array: ${String(diagnostics)}`);
    const text = document.textDocument.getText();
    for (const diagnostic of diagnostics) {
        if (diagnostic.code === 'internal-error') fail(`internal-error: ${diagnostic.message}`);
        checkReadable(`diagnostic ${String(diagnostic.code)}`, diagnostic.message, text);
        checkRange(`diagnostic ${String(diagnostic.code)}`, diagnostic.range);
        for (const related of diagnostic.relatedInformation ?? []) checkReadable(`related of ${String(diagnostic.code)}`, related.message, text);
    }
    return diagnostics;
}

/**
 * Runs `body` and fails if anything was logged as an error meanwhile: Langium catches an exception
 * in, e.g., a completion provider, logs it and answers without that part.
 */
async function withoutLoggedErrors<T>(body: () => Promise<T>): Promise<T> {
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
        const result = await body();
        if (logged.length > 0) {
            const [first] = logged;
            fail(`logged an error: ${first.map(arg => arg instanceof Error ? arg.stack ?? arg.message : String(arg)).join(' ')}`);
        }
        return result;
    } finally {
        console.error = original;
    }
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

async function formatted(document: LangiumDocument, services: Services, options: FormattingOptions = { tabSize: 4, insertSpaces: true }): Promise<string> {
    const edits = await services.Partnership.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Every comment's text, each line trimmed (re-indenting a block comment moves its later lines). */
export function commentsOf(document: LangiumDocument): string[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    return CstUtils.flattenCst(root).filter(leaf => leaf.hidden && !/^\s*$/.test(leaf.text))
        .map(leaf => leaf.text.split(/\r\n|\r|\n/).map(line => line.trim()).join('\n')).toArray().sort();
}

const LOCATION_KEYS = new Set(['location', 'nameLocation', 'needLocations', 'properties', 'key', 'documents']);

/**
 * The network model of one document as plain data, without source locations: Maps and Sets as
 * sorted entries, NaN spelled out, `text` (a value as written) without its whitespace.
 */
export function meaningOf(document: LangiumDocument): string {
    const { network, problems } = buildNetwork('key', [document]);
    const plain = (value: unknown): unknown => {
        if (value instanceof Map) {
            return [...value.entries()].map(([k, v]) => [k, plain(v)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        }
        if (value instanceof Set) return [...value].map(plain).sort();
        if (Array.isArray(value)) return value.map(plain);
        if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
        if (value && typeof value === 'object') {
            const result: Record<string, unknown> = {};
            for (const [key, item] of Object.entries(value)) {
                if (LOCATION_KEYS.has(key)) continue;
                // A map of names to source locations: the names count, the locations do not.
                result[key] = key === 'inviteLocations' ? [...(item as Map<string, unknown>).keys()].sort()
                    : key === 'text' && typeof item === 'string' ? item.replace(/\s+/g, '') : plain(item);
            }
            return result;
        }
        return value;
    };
    return JSON.stringify({ network: plain(network), problems: problems.map(p => `${p.code} ${p.element?.kind} ${p.element?.name}`) }, undefined, 1);
}

/** The first line where two texts differ, with the lines before it. */
function firstDifference(a: string, b: string): string {
    const left = a.split('\n');
    const right = b.split('\n');
    const i = left.findIndex((line, k) => line !== right[k]);
    return `at line ${i + 1}:\n${left.slice(Math.max(0, i - 6), i).join('\n')}\n- ${left[i]}\n+ ${right[i]}`;
}

/**
 * The texts of the documents after a workspace edit (TextDocument.applyEdits throws on overlapping
 * edits). Edits to files outside the case (none expected) count as a failure.
 */
function applyWorkspaceEdit(documents: LangiumDocument[], edit: WorkspaceEdit | undefined | null): string[] {
    const changes = edit?.changes ?? {};
    if (edit?.documentChanges) fail('documentChanges are not expected');
    for (const uri of Object.keys(changes)) {
        if (!documents.some(document => document.uri.toString() === uri)) fail(`an edit to an unknown file ${uri}`);
    }
    return documents.map(document => TextDocument.applyEdits(document.textDocument, changes[document.uri.toString()] ?? []));
}

function diagnosticCodes(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.severity} ${String(d.code)}`).sort();
}

// ---------------------------------------------------------------------------------------------
// The properties.

/** Every document builds, and gets an array of readable diagnostics, never an internal error. */
export function diagnosticsProperty(): fc.IAsyncPropertyWithHooks<[string[]]> {
    return fc.asyncProperty(anyNetwork, async texts => withoutLoggedErrors(async () => {
        await workspace.withFiles(texts, async documents => {
            for (const document of documents) checkDiagnostics(document);
        });
    }));
}

/**
 * The formatter changes only whitespace: formatting twice is formatting once, the network model and
 * the findings stay the same, and so does every comment. A document with a syntax error is left
 * alone.
 */
export function formatterProperty(): fc.IAsyncPropertyWithHooks<[string, number, number, FormattingOptions]> {
    const input = fc.oneof(
        { weight: 5, arbitrary: wellFormedDocument },
        { weight: 3, arbitrary: mutatedExample },
        { weight: 1, arbitrary: tokenSoup }
    );
    const options = fc.record({ tabSize: fc.integer({ min: 1, max: 8 }), insertSpaces: fc.boolean() });
    return fc.asyncProperty(input, offsetFraction, offsetFraction, options, async (text, from, to, options) => withoutLoggedErrors(async () => {
        await workspace.with(text, async (document, services) => {
            const once = await formatted(document, services);
            // The editor's options do not change the layout.
            if (await formatted(document, services, options) !== once) fail(`formatting with ${JSON.stringify(options)} differs`);
            if (hasSyntaxErrors(document)) {
                if (once !== text) fail('a document with syntax errors was changed');
                return;
            }
            const strip = (s: string) => s.replace(/\s+/g, '');
            if (strip(once) !== strip(text)) fail(`formatting changed more than whitespace:\n${once}`);
            // Formatting a selection changes only whitespace too, and keeps the text parsing.
            const range = { start: document.textDocument.positionAt(Math.floor(from * text.length)), end: document.textDocument.positionAt(Math.floor(to * text.length)) };
            if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) [range.start, range.end] = [range.end, range.start];
            const rangeEdits = await services.Partnership.lsp.Formatter!.formatDocumentRange(document, {
                textDocument: { uri: document.uri.toString() }, range, options: { tabSize: 4, insertSpaces: true }
            });
            const partly = TextDocument.applyEdits(document.textDocument, rangeEdits);
            if (strip(partly) !== strip(text)) fail(`formatting ${JSON.stringify(range)} changed more than whitespace:\n${partly}`);
            await workspace.with(partly, async partlyFormatted => {
                if (hasSyntaxErrors(partlyFormatted)) fail(`formatting ${JSON.stringify(range)} broke the syntax:\n${partly}`);
                if (commentsOf(partlyFormatted).join('\u0000') !== commentsOf(document).join('\u0000')) fail(`formatting ${JSON.stringify(range)} changed a comment:\n${partly}`);
            });
            const before = { meaning: meaningOf(document), comments: commentsOf(document), codes: diagnosticCodes(checkDiagnostics(document)) };
            await workspace.with(once, async (again, services2) => {
                if (hasSyntaxErrors(again)) fail(`the formatted text has syntax errors:\n${once}`);
                const twice = await formatted(again, services2);
                if (twice !== once) fail(`not idempotent:\n--- once\n${once}\n--- twice\n${twice}`);
                const after = { meaning: meaningOf(again), comments: commentsOf(again), codes: diagnosticCodes(checkDiagnostics(again)) };
                if (after.comments.join('\u0000') !== before.comments.join('\u0000')) {
                    fail(`comments changed:\n${JSON.stringify(before.comments)}\n${JSON.stringify(after.comments)}\n--- formatted\n${once}`);
                }
                if (after.meaning !== before.meaning) fail(`the network model changed: ${firstDifference(before.meaning, after.meaning)}\n--- formatted\n${once}`);
                if (after.codes.join() !== before.codes.join()) fail(`the findings changed: ${before.codes.join(', ')} -> ${after.codes.join(', ')}\n--- formatted\n${once}`);
            });
        });
    }));
}

/**
 * Formatting is idempotent whatever the line breaks and whitespace (lineBreakMix: `\r`, `\n`,
 * `\r\n`, stray `\r`s, U+2028, tabs, byte-order marks, trailing whitespace), as the editor's
 * formatting request applies it: the edits applied to the text, then formatting the result gives no
 * change. A document that parses comes out with one kind of line break (its first) and exactly one
 * at its end, and only whitespace changed. (The CLI's path, files on disk, is
 * packages/cli/test/format-line-breaks.test.ts, on the same inputs.)
 */
export function lineBreaksProperty(): fc.IAsyncPropertyWithHooks<[string]> {
    return fc.asyncProperty(lineBreakMix, async text => withoutLoggedErrors(async () => {
        await workspace.with(text, async (document, services) => {
            const once = await formatted(document, services);
            if (hasSyntaxErrors(document)) {
                if (once !== text) fail('a document with syntax errors was changed');
                return;
            }
            if (once.replace(/\s+/g, '') !== text.replace(/\s+/g, '')) fail(`formatting changed more than whitespace:\n${JSON.stringify(once)}`);
            const breaks = new Set(once.match(/\r\n|\r|\n/g) ?? []);
            const first = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
            if (breaks.size > 1 || (breaks.size === 1 && !breaks.has(first))) fail(`line breaks ${JSON.stringify([...breaks])} after formatting a file whose first is ${JSON.stringify(first)}:\n${JSON.stringify(once)}`);
            if (once.replace(/\s+/g, '') !== '' && (!once.endsWith(first) || /(\r\n|\r|\n)$/.test(once.slice(0, -first.length)))) fail(`not exactly one line break at the end:\n${JSON.stringify(once)}`);
            await workspace.with(once, async (again, services2) => {
                if (hasSyntaxErrors(again)) fail(`the formatted text has syntax errors:\n${JSON.stringify(once)}`);
                const twice = await formatted(again, services2);
                if (twice !== once) fail(`not idempotent:\n--- once\n${JSON.stringify(once)}\n--- twice\n${JSON.stringify(twice)}`);
            });
        });
    }));
}

/** The editor features answer at any position of any document, and never throw. */
export function editorFeaturesProperty(): fc.IAsyncPropertyWithHooks<[string[], number, number[]]> {
    return fc.asyncProperty(anyNetwork, fc.nat(), fc.array(offsetFraction, { minLength: 1, maxLength: 3 }), async (texts, which, fractions) => withoutLoggedErrors(async () => {
        await workspace.withFiles(texts, async (documents, services) => {
            const document = documents[which % documents.length];
            const lsp = services.Partnership.lsp;
            const textDocument = { uri: document.uri.toString() };
            const source = document.textDocument.getText();
            const end = document.textDocument.positionAt(source.length);
            const whole: Range = { start: { line: 0, character: 0 }, end };
            const positions = fractions.map(f => document.textDocument.positionAt(Math.floor(f * (source.length + 1))));
            const diagnostics = document.diagnostics ?? [];
            // Serialising the answers is part of answering (the server sends JSON).
            const answer = (value: unknown) => JSON.stringify(value);

            answer(await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }));
            answer(await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }));
            answer(await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }));
            answer(await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument }));
            answer(await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole }));
            const actions = await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: whole, context: { diagnostics } }) ?? [];
            answer(actions);
            // Up to two quick fixes, applied: the result builds, with readable diagnostics.
            for (const action of actions.filter(a => 'edit' in a && a.edit).slice(0, 2)) {
                const fixed = applyWorkspaceEdit(documents, 'edit' in action ? action.edit : undefined);
                await workspace.withFiles(fixed, async rebuilt => {
                    for (const each of rebuilt) checkDiagnostics(each);
                });
            }
            answer(await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' }));
            for (const diagnostic of diagnostics.slice(0, 5)) {
                answer(await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } }));
            }
            const options = { tabSize: 2, insertSpaces: false };
            for (const [i, position] of positions.entries()) {
                const params = { textDocument, position };
                const other = positions[(i + 1) % positions.length];
                const range: Range = position.line < other.line || (position.line === other.line && position.character <= other.character)
                    ? { start: position, end: other } : { start: other, end: position };
                const hover = await lsp.HoverProvider!.getHoverContent(document, params);
                if (hover) checkReadable('hover', JSON.stringify(hover.contents).replace(/\\"/g, '"'), source);
                answer(hover);
                answer(await lsp.CompletionProvider!.getCompletion(document, params));
                answer(await lsp.DefinitionProvider!.getDefinition(document, params));
                answer(await lsp.ReferencesProvider!.findReferences(document, { ...params, context: { includeDeclaration: true } }));
                answer(await lsp.DocumentHighlightProvider!.getDocumentHighlight(document, params));
                answer(await lsp.RenameProvider!.prepareRename(document, params));
                const renamed = await lsp.RenameProvider!.rename(document, { ...params, newName: 'Renamed' });
                answer(renamed);
                if (i === 0 && renamed && !documents.some(hasSyntaxErrors)) {
                    // Renaming replaces names by a name: what parsed still parses.
                    await workspace.withFiles(applyWorkspaceEdit(documents, renamed), async rebuilt => {
                        const broken = rebuilt.find(hasSyntaxErrors);
                        if (broken) fail(`renaming at ${JSON.stringify(position)} broke the syntax:\n${broken.textDocument.getText()}`);
                    });
                }
                answer(await lsp.SemanticTokenProvider!.semanticHighlightRange(document, { textDocument, range }));
                answer(await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range }));
                answer(await lsp.CodeActionProvider!.getCodeActions(document, {
                    textDocument, range, context: { diagnostics: diagnostics.filter(d => d.range.start.line <= range.end.line && d.range.end.line >= range.start.line) }
                }));
                answer(await lsp.Formatter!.formatDocumentRange(document, { textDocument, range, options }));
                answer(await lsp.Formatter!.formatDocumentOnType(document, { textDocument, position, ch: '}', options }));
            }
        });
    }));
}

/** The network analysis of a case's network (its findings, metrics and loads), its folder left out. */
function snapshotOf(documents: LangiumDocument[], services: Services): string[] {
    const [, , folder] = documents[0].uri.path.split('/');
    return analysisSnapshot(services, documents, [`/fuzz/${folder}`, `'${folder}'`]);
}

/** A diagnostic as the user reads it: file (the name within the case's folder), place, severity, code and message. */
function diagnosticLines(documents: LangiumDocument[]): string[] {
    return documents.flatMap(document => {
        const [, , folder, ...rest] = document.uri.path.split('/');
        const file = rest.join('/');
        // Messages may name the network's folder, which is the case's own.
        return (document.diagnostics ?? []).map(d => `${file}:${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code)} ${String(d.message).split(`'${folder}'`).join("'<folder>'")}`);
    }).sort();
}

/**
 * Editing the files one change at a time, as the language server sees it (each change rebuilds what
 * it affects and reuses the rest), ends with the same diagnostics as building the final texts
 * afresh.
 */
export function incrementalProperty(): fc.IAsyncPropertyWithHooks<[string[], Array<[number, Mutation]>]> {
    const input = fc.oneof(
        { weight: 2, arbitrary: mutatedNetwork },
        { weight: 1, arbitrary: fc.array(fc.oneof(wellFormedDocument, mutatedExample, tokenSoup), { minLength: 1, maxLength: 3 }) }
    );
    const edits = fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 });
    return fc.asyncProperty(input, edits, async (texts, changes) => withoutLoggedErrors(async () => {
        const final = [...texts];
        const incremental = await workspace.withFiles(texts, async (documents, services) => {
            const registered: Array<{ dispose(): void }> = [];
            try {
                for (const [version, [which, mutate]] of changes.entries()) {
                    const index = which % documents.length;
                    final[index] = mutate(final[index]);
                    const uri = documents[index].uri;
                    registered.push(setTextDocument(services.shared, TextDocument.create(uri.toString(), 'partnership', version + 2, final[index])));
                    await services.shared.workspace.DocumentBuilder.update([uri], []);
                    // Every metric computed after each edit, so the next build finds it in the caches.
                    snapshotOf(documents, services);
                }
                const current = documents.map(document => services.shared.workspace.LangiumDocuments.getDocument(document.uri)!);
                current.forEach(checkDiagnostics);
                return { diagnostics: diagnosticLines(current), analysis: snapshotOf(current, services) };
            } finally {
                for (const each of registered) each.dispose();
            }
        });
        const fresh = await workspace.withFiles(final, async (documents, services) => ({ diagnostics: diagnosticLines(documents), analysis: snapshotOf(documents, services) }));
        if (incremental.diagnostics.join('\n') !== fresh.diagnostics.join('\n')) {
            fail(`after the edits the diagnostics differ from a fresh build:\n--- incremental\n${incremental.diagnostics.join('\n')}\n--- fresh\n${fresh.diagnostics.join('\n')}\n--- final texts\n${final.map(t => JSON.stringify(t)).join('\n')}`);
        }
        // The analyzer's caches (topology metrics, unchanged documents' findings) give what a fresh build computes.
        if (incremental.analysis.join('\n') !== fresh.analysis.join('\n')) {
            const fresher = new Set(fresh.analysis);
            const stale = new Set(incremental.analysis);
            fail(`after the edits the findings or metrics differ from a fresh build:\n--- only incremental\n${incremental.analysis.filter(l => !fresher.has(l)).join('\n')}\n--- only fresh\n${fresh.analysis.filter(l => !stale.has(l)).join('\n')}\n--- final texts\n${final.map(t => JSON.stringify(t)).join('\n')}`);
        }
    }));
}

/** The properties by name, with their share of the runs (the editor features cost the most per case). */
export const PROPERTIES = {
    'diagnostics for every document': { weight: 4, property: diagnosticsProperty },
    'formatter is idempotent and keeps meaning and comments': { weight: 3, property: formatterProperty },
    'formatting is idempotent whatever the line breaks': { weight: 1, property: lineBreaksProperty },
    'editor features never throw': { weight: 3, property: editorFeaturesProperty },
    'an edit gives what a fresh build gives': { weight: 2, property: incrementalProperty }
} as const;

export type PropertyName = keyof typeof PROPERTIES;

/** Runs one property; throws fast-check's report (seed, path, shrunk counterexample) on failure. */
export async function check(name: PropertyName, options: RunOptions): Promise<fc.RunDetails<unknown>> {
    const details = await fc.check(PROPERTIES[name].property() as fc.IAsyncProperty<unknown>, {
        numRuns: options.numRuns,
        seed: options.seed,
        path: options.path,
        endOnFailure: false
    });
    if (details.failed) {
        const error = details.errorInstance instanceof Error ? details.errorInstance.stack ?? details.errorInstance.message : String(details.errorInstance);
        throw new Error(`${name}: ${fc.defaultReportMessage(details)}\n${error}`);
    }
    return details;
}

/** Splits a total number of runs over the properties by weight. */
export function runsPerProperty(total: number): Record<PropertyName, number> {
    const names = Object.keys(PROPERTIES) as PropertyName[];
    const weights = names.reduce((sum, name) => sum + PROPERTIES[name].weight, 0);
    return Object.fromEntries(names.map(name => [name, Math.max(1, Math.round(total * PROPERTIES[name].weight / weights))])) as Record<PropertyName, number>;
}
