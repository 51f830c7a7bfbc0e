/**
 * Network findings depend on every file of a network, so an edit in one file must re-check the
 * others. Langium relinks only documents that reference a changed one; this builder also relinks
 * (and so re-validates) every document in the same network as a changed document, and every
 * document when a network declaration may have appeared, moved or gone.
 */
import { Cancellation, DefaultDocumentBuilder, DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import type { NetworkGroups } from './network-groups.js';
import { declaresNetwork } from './network-groups.js';

const NETWORK_DECLARATION = /^\s*network\b/m;

export class PartnershipDocumentBuilder extends DefaultDocumentBuilder {
    private readonly services: LangiumSharedCoreServices & { network: { Groups: NetworkGroups } };
    private affected: { groups: Set<string>; all: boolean; for: Set<string> } | undefined;

    constructor(services: LangiumSharedCoreServices & { network: { Groups: NetworkGroups } }) {
        super(services);
        this.services = services;
    }

    /**
     * Langium rejects a wait for a document it does not have (a request for a document that was
     * never opened, or was closed and dropped) with a ResponseError of its own copy of
     * vscode-jsonrpc, which the connection (another copy) does not recognise: it would answer the
     * request with `{"code": -32802}` as a *result*. Rethrown as the connection's ResponseError, the
     * editor gets a proper error response.
     */
    override waitUntil(state: DocumentState, cancelToken?: Cancellation.CancellationToken): Promise<void>;
    override waitUntil(state: DocumentState, uri?: URI, cancelToken?: Cancellation.CancellationToken): Promise<URI>;
    override async waitUntil(state: DocumentState, uriOrToken?: URI | Cancellation.CancellationToken, cancelToken?: Cancellation.CancellationToken): Promise<URI | void> {
        try {
            return await super.waitUntil(state, uriOrToken as URI | undefined, cancelToken);
        } catch (error) {
            throw asConnectionError(error);
        }
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        const affected = this.affectedBy(changedUris);
        return affected.all || affected.groups.has(this.services.network.Groups.groupOf(document.uri));
    }

    private affectedBy(changedUris: Set<string>): { groups: Set<string>; all: boolean } {
        if (this.affected?.for === changedUris) return this.affected;
        const groups = this.services.network.Groups;
        const result = { groups: new Set<string>(), all: false, for: changedUris };
        for (const uri of changedUris) {
            result.groups.add(groups.groupOf(uri));
            const doc = this.langiumDocuments.getDocument(URI.parse(uri));
            const text = this.textDocuments?.get(uri)?.getText() ?? doc?.textDocument.getText() ?? '';
            if ((doc && declaresNetwork(doc)) || NETWORK_DECLARATION.test(text) || !doc) {
                result.all = true;
            }
        }
        this.affected = result;
        return result;
    }
}


/** A ResponseError of another copy of vscode-jsonrpc as one of the connection's; anything else as it is. */
function asConnectionError(error: unknown): unknown {
    if (error instanceof ResponseError || !(error instanceof Error)) return error;
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'number' || error.constructor?.name !== 'ResponseError') return error;
    return new ResponseError(code, error.message, (error as { data?: unknown }).data);
}
