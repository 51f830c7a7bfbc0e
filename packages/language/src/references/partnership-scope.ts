/**
 * Scoping: every reference (a partner, role or goal name) resolves among the top-level declarations
 * of the same network (see workspace/network-groups.ts), across all its files.
 *
 * Langium's default global scope searches a stream of all exported symbols for every reference,
 * which is quadratic at scale (40+ s for 50,000 ties). Here each (network, type) pair gets one
 * hashed scope per build, so linking stays linear.
 */
import { AstUtils, DefaultScopeComputation, DefaultScopeProvider, DocumentState, EMPTY_SCOPE, MapScope, MultiMap, WorkspaceCache } from 'langium';
import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols, ReferenceInfo, Scope } from 'langium';
import type { PartnershipServices } from '../partnership-module.js';
import type { NetworkGroups } from '../workspace/network-groups.js';

export class PartnershipScopeProvider extends DefaultScopeProvider {
    private readonly groups: NetworkGroups;
    private readonly scopes: WorkspaceCache<string, Scope>;

    constructor(services: PartnershipServices) {
        super(services);
        this.groups = services.shared.network.Groups;
        // Cleared when the index holds the new symbols (and when documents are deleted).
        this.scopes = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        return this.scopeFor(this.groups.groupOf(document.uri), referenceType);
    }

    /** All declarations of a type in a network, hashed by name. */
    scopeFor(groupKey: string, referenceType: string): Scope {
        return this.scopes.get(`${referenceType}\u0000${groupKey}`, () => {
            const uris = this.groups.urisOf(groupKey);
            if (uris.size === 0) return EMPTY_SCOPE;
            const elements: AstNodeDescription[] = this.indexManager.allElements(referenceType, uris).toArray();
            // Keep the first declaration of a duplicated name; duplicates are reported as errors.
            return new MapScope(elements.reverse());
        });
    }
}

/**
 * All declarations are top-level and exported, so there are no local symbols to collect:
 * skipping them saves a pass over every document.
 */
export class PartnershipScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
