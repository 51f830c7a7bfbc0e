/**
 * Network findings depend on every file of a network, so an edit in one file must re-check the
 * others. Langium relinks only documents that reference a changed one; this builder also relinks
 * (and so re-validates) every document in the same network as a changed document, and every
 * document when a network declaration may have appeared, moved or gone.
 */
import { DefaultDocumentBuilder, URI, type BuildOptions, type Cancellation, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { NetworkGroups } from './network-groups.js';
import { declaresNetwork, mayDeclareNetwork } from './network-groups.js';
import { sendOnlyChangedDiagnostics, type PublishCounts } from '../validation/published-diagnostics.js';

export class PartnershipDocumentBuilder extends DefaultDocumentBuilder {
    private readonly services: LangiumSharedCoreServices & { network: { Groups: NetworkGroups } };
    private affected: { groups: Set<string>; all: boolean; for: Set<string> } | undefined;

    /** What the server sent and left out as unchanged (undefined without a connection: the CLI, tests). */
    readonly published: PublishCounts | undefined;

    constructor(services: LangiumSharedCoreServices & { network: { Groups: NetworkGroups } }) {
        super(services);
        this.services = services;
        const connection = (services as { lsp?: { Connection?: Parameters<typeof sendOnlyChangedDiagnostics>[1] } }).lsp?.Connection;
        if (connection) this.published = sendOnlyChangedDiagnostics(services, connection);
    }

    /** Listeners told when a build (the first one, or one after an update) starts and ends, cancelled or not. */
    readonly buildListeners = new Set<{ start(documents: number): void; end(): void }>();

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        for (const listener of this.buildListeners) listener.start(documents.length);
        try {
            await super.buildDocuments(documents, options, cancelToken);
        } finally {
            for (const listener of this.buildListeners) listener.end();
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
            if ((doc && declaresNetwork(doc)) || mayDeclareNetwork(text) || !doc) {
                result.all = true;
            }
        }
        this.affected = result;
        return result;
    }
}
