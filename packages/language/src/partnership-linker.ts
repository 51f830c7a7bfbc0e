/**
 * Unresolved references get a message that names what is missing, and says so when the name
 * exists but is of another kind ("'Funder' is a role, not a partner").
 */
import { AstUtils, DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import type { PartnershipServices } from './partnership-module.js';
import type { PartnershipScopeProvider } from './partnership-scope.js';
import type { NetworkGroups } from './network-groups.js';
import { groupLabel, isLooseGroup } from './network-groups.js';

const KIND_WORDS: Record<string, string> = {
    Partner: 'partner',
    Role: 'role',
    Goal: 'goal',
    Meeting: 'meeting',
    Network: 'network'
};

export class PartnershipLinker extends DefaultLinker {
    private readonly groups: NetworkGroups;
    private readonly scopes: PartnershipScopeProvider;

    constructor(services: PartnershipServices) {
        super(services);
        this.groups = services.shared.network.Groups;
        this.scopes = services.references.ScopeProvider as PartnershipScopeProvider;
    }

    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const wanted = this.reflection.getReferenceType(refInfo);
        const name = refInfo.reference.$refText;
        const kind = KIND_WORDS[wanted] ?? wanted.toLowerCase();
        const groupKey = this.groups.groupOf(AstUtils.getDocument(refInfo.container).uri);
        const other = ['Partner', 'Role', 'Goal', 'Meeting', 'Network']
            .filter(type => type !== wanted)
            .find(type => this.scopes.scopeFor(groupKey, type).getElement(name));
        const where = isLooseGroup(groupKey) ? `in folder '${groupLabel(groupKey)}' (no network declared there)` : `in network folder '${groupLabel(groupKey)}'`;
        error.message = other
            ? `'${name}' is a ${KIND_WORDS[other]}, not a ${kind}.`
            : `Unknown ${kind} '${name}': no ${kind} named '${name}' is declared ${where}.`;
        return error;
    }
}
