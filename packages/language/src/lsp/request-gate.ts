/**
 * How the language server's requests meet its document updates.
 *
 * The editor's notifications (open, change, close, files changed on disk) and its requests arrive
 * in one order; Langium applies the notifications as updates queued on the workspace lock, while a
 * request looks at the documents at once. So a request sent right after a notification could see
 * the workspace from before it: a document just reopened was not there yet ("No document found"),
 * or one just deleted was read from disk again (ENOENT, or "A document with the URI … is already
 * present" when the update added it meanwhile). And a request waiting for its document to be built
 * waited for a build that each newer edit cancelled and restarted: under steady typing, for as long
 * as the typing went on (a code action once took over a minute).
 *
 * The gate puts every request in its place among the updates:
 * - it waits until the updates asked for before it have been applied (their documents added,
 *   changed or removed), then runs Langium's handler, which waits for the document's build;
 * - a document the server does not have then (never opened and not in the workspace, closed with no
 *   file on disk, an unsaved buffer closed) is answered with ServerCancelled (-32802), "No document
 *   found", before anything can read it from disk;
 * - once a newer update is asked for, the request has `SUPERSEDED_MS` more to answer; then it is
 *   cancelled and answered ContentModified (-32801): the editor asks again for the new text;
 * - a request the client cancels is answered RequestCancelled (-32800).
 *
 * Every request handler registered on the connection goes through the gate (see `gateRequests`).
 */
import { OperationCancelled, isOperationCancelled, type LangiumDocuments, type WorkspaceManager } from 'langium';
import { URI } from 'langium';
import {
    CancellationTokenSource, LSPErrorCodes, ResponseError,
    type CancellationToken, type Connection
} from 'vscode-languageserver';

/**
 * How long a request may still take once a newer update has been asked for (ms). The editor sees
 * the answer within this plus the task the server is in when the edit arrives and the one it is in
 * when the time is up (each at most a few hundred ms at 1,000 partners: a parse, the model's build,
 * a step of the analysis, a garbage collection): the 1 s bound of bench/lsp-requests-under-edits.mjs.
 */
export const SUPERSEDED_MS = 250;

export interface RequestGateServices {
    workspace: { LangiumDocuments: LangiumDocuments; WorkspaceManager: WorkspaceManager };
}

export class RequestGate {
    private requested = 0;
    private applied = 0;
    private readonly appliedWaiters = new Set<{ upTo: number; resolve(): void }>();
    private readonly supersedeListeners = new Set<() => void>();
    private readonly documents: LangiumDocuments;
    private readonly workspaceManager: WorkspaceManager;

    constructor(services: RequestGateServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.workspaceManager = services.workspace.WorkspaceManager;
    }

    /**
     * To be called when an update of the documents is asked for (synchronously, as its notification
     * arrives). Returns the function to call once its changes to the documents have been applied,
     * or it failed or was cancelled; the updates are applied in the order they were asked for.
     */
    updateRequested(): () => void {
        const seq = ++this.requested;
        for (const listener of [...this.supersedeListeners]) listener();
        let done = false;
        return () => {
            if (done) return;
            done = true;
            this.applied = Math.max(this.applied, seq);
            for (const waiter of [...this.appliedWaiters]) {
                if (this.applied >= waiter.upTo) {
                    this.appliedWaiters.delete(waiter);
                    waiter.resolve();
                }
            }
        };
    }

    /**
     * Runs a request's handler in its place among the updates (see the file's comment). `uri` is the
     * request's document, if it has one. The handler gets a token that is cancelled when the client
     * cancels or when the request is superseded.
     */
    async run<T>(token: CancellationToken, uri: string | undefined, handler: (token: CancellationToken) => T | Promise<T>): Promise<T | ResponseError<unknown>> {
        const upTo = this.requested;
        const source = new CancellationTokenSource();
        let superseded = false;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onSupersede = () => {
            this.supersedeListeners.delete(onSupersede);
            timer = setTimeout(() => {
                superseded = true;
                source.cancel();
            }, SUPERSEDED_MS);
        };
        this.supersedeListeners.add(onSupersede);
        const clientCancel = token.onCancellationRequested(() => source.cancel());
        if (token.isCancellationRequested) source.cancel();
        const modified = () => new ResponseError(LSPErrorCodes.ContentModified, 'The content changed before the request could be answered; ask again.');
        try {
            await cancellable(this.workspaceManager.ready, source.token);
            await cancellable(this.appliedUpTo(upTo), source.token);
            if (uri !== undefined && !this.hasDocument(uri)) {
                return new ResponseError(LSPErrorCodes.ServerCancelled, `No document found for URI: ${uri}`);
            }
            const result = await handler(source.token);
            if (superseded && isResponseError(result) && result.code === LSPErrorCodes.RequestCancelled) return modified();
            return result;
        } catch (error) {
            if (superseded) return modified();
            if (isOperationCancelled(error)) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
            throw error;
        } finally {
            this.supersedeListeners.delete(onSupersede);
            if (timer) clearTimeout(timer);
            clientCancel.dispose();
            source.dispose();
        }
    }

    private hasDocument(uri: string): boolean {
        try {
            return this.documents.hasDocument(URI.parse(uri));
        } catch {
            return false;
        }
    }

    private appliedUpTo(upTo: number): Promise<void> {
        if (this.applied >= upTo) return Promise.resolve();
        return new Promise(resolve => this.appliedWaiters.add({ upTo, resolve }));
    }
}

/** `promise`, or OperationCancelled as soon as `token` is cancelled. */
function cancellable<T>(promise: Promise<T>, token: CancellationToken): Promise<T> {
    if (token.isCancellationRequested) return Promise.reject(OperationCancelled);
    return new Promise<T>((resolve, reject) => {
        const listener = token.onCancellationRequested(() => {
            listener.dispose();
            reject(OperationCancelled);
        });
        promise.then(value => {
            listener.dispose();
            resolve(value);
        }, error => {
            listener.dispose();
            reject(error);
        });
    });
}

function isResponseError(value: unknown): value is ResponseError<unknown> {
    return value instanceof ResponseError
        || (typeof value === 'object' && value !== null && value.constructor?.name === 'ResponseError' && typeof (value as { code?: unknown }).code === 'number');
}

type Handler = (params: unknown, token: CancellationToken, ...rest: unknown[]) => unknown;
type Registrar = (handler: Handler) => unknown;

/** The connection's methods that register a request handler (document requests and others). */
const CONNECTION_REQUESTS = [
    'onHover', 'onCompletion', 'onCompletionResolve', 'onSignatureHelp', 'onDeclaration', 'onDefinition', 'onTypeDefinition',
    'onImplementation', 'onReferences', 'onDocumentHighlight', 'onDocumentSymbol', 'onWorkspaceSymbol', 'onWorkspaceSymbolResolve',
    'onCodeAction', 'onCodeActionResolve', 'onCodeLens', 'onCodeLensResolve', 'onDocumentFormatting', 'onDocumentRangeFormatting',
    'onDocumentOnTypeFormatting', 'onRenameRequest', 'onPrepareRename', 'onDocumentLinks', 'onDocumentLinkResolve', 'onDocumentColor',
    'onColorPresentation', 'onFoldingRanges', 'onSelectionRanges', 'onExecuteCommand'
] as const;

/** The same under `connection.languages`. */
const LANGUAGE_REQUESTS: ReadonlyArray<[string, string[]]> = [
    ['semanticTokens', ['on', 'onDelta', 'onRange']],
    ['inlayHint', ['on', 'resolve']],
    ['inlineValue', ['on']],
    ['callHierarchy', ['onPrepare', 'onIncomingCalls', 'onOutgoingCalls']],
    ['typeHierarchy', ['onPrepare', 'onSupertypes', 'onSubtypes']],
    ['linkedEditingRange', ['on']],
    ['moniker', ['on']],
    ['diagnostics', ['on']]
];

/**
 * Makes every request handler registered on `connection` from now on (Langium's, in
 * `startLanguageServer`) run through the gate. Call it before the handlers are registered.
 */
export function gateRequests(connection: Connection, gate: RequestGate): void {
    const wrap = (register: Registrar): Registrar => handler => register((params, token, ...rest) =>
        gate.run(token, documentUri(params), gated => handler(params, gated, ...rest)));
    const target = connection as unknown as Record<string, unknown>;
    for (const name of CONNECTION_REQUESTS) {
        const register = target[name];
        if (typeof register === 'function') target[name] = wrap((register as Registrar).bind(connection));
    }
    const languages = target.languages as Record<string, Record<string, unknown> | undefined> | undefined;
    for (const [feature, names] of LANGUAGE_REQUESTS) {
        const group = languages?.[feature];
        if (!group) continue;
        for (const name of names) {
            const register = group[name];
            if (typeof register === 'function') group[name] = wrap((register as Registrar).bind(group));
        }
    }
}

/** The document a request is about: `textDocument.uri` (most requests), or `item.uri` (hierarchies). */
function documentUri(params: unknown): string | undefined {
    if (typeof params !== 'object' || params === null) return undefined;
    const { textDocument, item } = params as { textDocument?: { uri?: unknown }; item?: { uri?: unknown } };
    if (typeof textDocument?.uri === 'string') return textDocument.uri;
    if (typeof item?.uri === 'string') return item.uri;
    return undefined;
}
