/**
 * Network findings depend on every file of a network, so an edit in one file must re-check the
 * others. Langium relinks only documents that reference a changed one; this builder also re-checks
 * every document in the same network as a changed document, and relinks every document when a
 * network declaration may have appeared, moved or gone.
 *
 * Most edits (a trust score, an effort, a comment, a display string) leave what a file declares as
 * it was: the same names of the same kinds at the same places. Then the other files of its network
 * are not relinked: each of their references into the changed file is pointed at the declaration
 * now at the same place (its path), found in the file's new exports, and the files are validated
 * again with their links kept. Anything else (a name added, removed, renamed or moved, a file with
 * unresolved references, a deleted file, a build cancelled before this was decided) relinks them as
 * Langium does. `relinks` counts which way each update went (tests, the bench).
 */
import {
    DefaultDocumentBuilder, DocumentState, URI,
    type AstNode, type AstNodeDescription, type BuildOptions, type Cancellation, type LangiumDocument, type LangiumSharedCoreServices
} from 'langium';
import type { NetworkGroups } from './network-groups.js';
import { declaresNetwork, mayDeclareNetwork } from './network-groups.js';
import { sendOnlyChangedDiagnostics, type PublishCounts } from '../validation/published-diagnostics.js';

export class PartnershipDocumentBuilder extends DefaultDocumentBuilder {
    private readonly services: LangiumSharedCoreServices & { network: { Groups: NetworkGroups } };
    private affected: { groups: Set<string>; all: boolean; for: Set<string> } | undefined;
    /**
     * The update in progress that may keep the links of its network's other files: what each changed
     * file exported before, and the files left linked (undefined once decided, or when it may not).
     */
    private keepLinks: { exported: Map<string, string>; documents: LangiumDocument[] } | undefined;
    /** Updates whose other files kept their links (rebound), and those that relinked them. */
    readonly relinks = { rebound: 0, relinked: 0 };

    /** What the server sent and left out as unchanged (undefined without a connection: the CLI, tests). */
    readonly published: PublishCounts | undefined;

    constructor(services: LangiumSharedCoreServices & { network: { Groups: NetworkGroups } }) {
        super(services);
        this.services = services;
        const connection = (services as { lsp?: { Connection?: Parameters<typeof sendOnlyChangedDiagnostics>[1] } }).lsp?.Connection;
        if (connection) this.published = sendOnlyChangedDiagnostics(services, connection);
        // The changed files' new exports are known once their content is indexed, before linking.
        this.onBuildPhase(DocumentState.IndexedContent, () => this.rebindOrRelink());
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        // An earlier update left undecided (its build was cancelled before indexing) left files
        // pointing at an older version of what changed: they are relinked, and so is this update's network.
        const undecided = this.keepLinks;
        this.keepLinks = undefined;
        for (const document of undecided?.documents ?? []) {
            if (this.langiumDocuments.hasDocument(document.uri)) this.resetToState(document, DocumentState.ComputedScopes);
        }
        if (!undecided && deleted.length === 0 && changed.length > 0 && changed.every(uri => this.isIndexed(uri))) {
            this.keepLinks = { exported: new Map(changed.map(uri => [uri.toString(), exportsKey(this.exportsOf(uri))])), documents: [] };
        }
        return super.update(changed, deleted, cancelToken);
    }

    /** Whether a document's exports are in the index (its content was indexed). */
    private isIndexed(uri: URI): boolean {
        const state = this.langiumDocuments.getDocument(uri)?.state;
        return state !== undefined && state >= DocumentState.IndexedContent;
    }

    /** What an indexed file exports: a description of each declaration. */
    private exportsOf(uri: URI): AstNodeDescription[] {
        return this.indexManager.allElements(undefined, new Set([uri.toString()])).toArray();
    }

    /**
     * After indexing: when every changed file exports what it did, the files left linked get their
     * references into it pointed at its new declarations; otherwise they are relinked.
     */
    private rebindOrRelink(): void {
        const keep = this.keepLinks;
        if (!keep) return;
        this.keepLinks = undefined;
        if (keep.documents.length === 0) return;
        const targets = new Map<string, Map<string, AstNodeDescription>>();
        let same = true;
        for (const [uri, before] of keep.exported) {
            const parsed = URI.parse(uri);
            const exported = this.isIndexed(parsed) ? this.exportsOf(parsed) : undefined;
            if (!exported || exportsKey(exported) !== before) {
                same = false;
                break;
            }
            targets.set(uri, new Map(exported.map(d => [d.path, d] as const)));
        }
        for (const document of keep.documents) {
            if (same && rebind(document, targets)) continue;
            // Relinked in this build: the build's options for the document (set when it started) are kept.
            const key = document.uri.toString();
            const build = this.buildState.get(key);
            this.resetToState(document, DocumentState.ComputedScopes);
            if (build) this.buildState.set(key, build);
        }
        if (same) this.relinks.rebound++; else this.relinks.relinked++;
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
        const affected = this.affectedBy(changedUris);
        if (affected.all) return true;
        if (!affected.groups.has(this.services.network.Groups.groupOf(document.uri))) return super.shouldRelink(document, changedUris);
        // A file with an unresolved reference is relinked: the change may resolve it.
        if (!this.keepLinks || document.references.some(reference => reference.error !== undefined)) return true;
        // Validated again, its links kept for now (rebindOrRelink decides).
        this.resetToState(document, DocumentState.IndexedReferences);
        this.keepLinks.documents.push(document);
        return false;
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

/** Kind, name and path of each exported declaration, as one string (what the other files' links depend on). */
function exportsKey(descriptions: readonly AstNodeDescription[]): string {
    return descriptions.map(d => `${d.type}\u0000${d.name}\u0000${d.path}`).join('\n');
}

/**
 * Points each reference of `document` into one of the changed files at that file's declaration at
 * the same path (whose kind and name are the same: the exports were compared). False when one
 * cannot be (then the document is relinked).
 */
function rebind(document: LangiumDocument, targets: ReadonlyMap<string, ReadonlyMap<string, AstNodeDescription>>): boolean {
    const moves: Array<{ reference: LinkedReference; description: AstNodeDescription; node: AstNode }> = [];
    for (const reference of document.references as LinkedReference[]) {
        const old = reference._nodeDescription;
        if (!old) continue;
        const byPath = targets.get(old.documentUri.toString());
        if (!byPath) continue;
        const description = byPath.get(old.path);
        if (!description?.node || description.name !== old.name || description.type !== old.type) return false;
        moves.push({ reference, description, node: description.node });
    }
    for (const { reference, description, node } of moves) {
        reference._nodeDescription = description;
        reference._ref = node;
    }
    return true;
}

/** The fields of Langium's DefaultReferenceImpl that linking sets (langium/lib/references/linker.js). */
interface LinkedReference {
    _ref?: unknown;
    _nodeDescription?: AstNodeDescription;
}
