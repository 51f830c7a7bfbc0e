/**
 * Unresolved references get a message that names what is missing, and says so when the name
 * exists but is of another kind ("'Funder' is a role, not a partner").
 *
 * Linking walks the grammar's few reference properties directly instead of Langium's generic
 * reflective AST stream: an edit relinks every file of its network, and the generic walk was half
 * of the linking time (bench/lsp-latency.mjs). packages/language/test/references/partnership-linker.test.ts checks that it links every
 * reference the generic walk finds.
 */
import {
    AstUtils, Cancellation, DefaultLinker, interruptAndCheck,
    type AstNode, type AstNodeDescription, type LangiumDocument, type LinkingError, type Reference, type ReferenceInfo
} from 'langium';
import * as ast from '../generated/ast.js';
import { DECLARATION_TYPES, NAMED_DECLARATION_TYPES, propertiesOf, wordOf } from '../model/facts.js';
import type { PartnershipServices } from '../partnership-module.js';
import type { PartnershipScopeProvider } from './partnership-scope.js';
import type { NetworkGroups } from '../workspace/network-groups.js';
import { groupPlace } from '../workspace/network-groups.js';
import { closestName } from '../utils/suggest.js';
import { internalErrorData, internalErrorMessage } from '../utils/internal-error.js';

/** The reference properties of each declaration's block (model/facts.ts), looked up once. */
const REFERENCE_PROPERTIES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
    DECLARATION_TYPES.map(type => [type, propertiesOf(type).filter(fact => fact.reference).map(fact => fact.property)])
);

export class PartnershipLinker extends DefaultLinker {
    private readonly groups: NetworkGroups;
    private readonly scopes: PartnershipScopeProvider;

    constructor(services: PartnershipServices) {
        super(services);
        this.groups = services.shared.network.Groups;
        this.scopes = services.references.ScopeProvider as PartnershipScopeProvider;
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const root = document.parseResult.value;
        if (!ast.isModel(root)) return super.link(document, cancelToken);
        const one = (container: AstNode, property: string, reference: Reference | undefined) => {
            if (reference) this.doLink({ reference, container, property }, document);
        };
        const each = (container: AstNode, property: string, references: readonly Reference[] | undefined) => {
            references?.forEach((reference, index) => this.doLink({ reference, container, property, index }, document));
        };
        let count = 0;
        for (const element of root.elements) {
            if (++count % 500 === 0) await interruptAndCheck(cancelToken);
            if (ast.isTie(element)) {
                // The tie's header, its givers and its askers name partners.
                one(element, 'left', element.left);
                one(element, 'right', element.right);
                for (const give of element.gives ?? []) one(give, 'giver', give.giver);
                for (const ask of element.asks ?? []) one(ask, 'asker', ask.asker);
            }
            for (const property of REFERENCE_PROPERTIES[element.$type] ?? []) {
                const value = (element as unknown as Record<string, Reference | Reference[] | undefined>)[property];
                if (Array.isArray(value)) each(element, property, value);
                else one(element, property, value);
            }
        }
    }

    /**
     * Langium turns an exception while resolving a reference into an unresolved reference (and logs
     * it): one of ours is a bug, and the validator reports it as an internal error (utils/internal-error.ts).
     */
    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        try {
            return super.getCandidate(refInfo);
        } catch (error) {
            return internalLinkingError(refInfo, error);
        }
    }

    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        try {
            return this.unresolved(refInfo, targetDescription);
        } catch (error) {
            return internalLinkingError(refInfo, error);
        }
    }

    private unresolved(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const wanted = this.reflection.getReferenceType(refInfo);
        const name = refInfo.reference.$refText;
        const kind = wordOf(wanted);
        const groupKey = this.groups.groupOf(AstUtils.getDocument(refInfo.container).uri);
        const other = NAMED_DECLARATION_TYPES
            .filter(type => type !== wanted)
            .find(type => this.scopes.scopeFor(groupKey, type).getElement(name));
        const where = groupPlace(groupKey);
        const suggestion = other ? undefined : closestName(name, this.scopes.scopeFor(groupKey, wanted).getAllElements().map(d => d.name).toArray());
        error.message = other
            ? `'${name}' is a ${wordOf(other)}, not a ${kind}.`
            : `Unknown ${kind} '${name}': no ${kind} named '${name}' is declared ${where}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`;
        // Read by the validator (diagnostic data) and the quick fix that writes the suggestion.
        if (suggestion) (error as LinkingError & { suggestion?: string }).suggestion = suggestion;
        return error;
    }
}

/** A linking error that stands for an exception of ours (the validator reports it as internal-error). */
export type InternalLinkingError = LinkingError & { internal: ReturnType<typeof internalErrorData> };

function internalLinkingError(refInfo: ReferenceInfo, error: unknown): InternalLinkingError {
    return { info: refInfo, message: internalErrorMessage(error), internal: internalErrorData(error) };
}

export function isInternalLinkingError(error: unknown): error is InternalLinkingError {
    return typeof error === 'object' && error !== null && typeof (error as { internal?: unknown }).internal === 'object';
}
