import { isEnded, isProspective } from '../model/network.js';
import type { Rule } from './types.js';

/** A partner plays no role (partnership practice: give each partner a specific role). */
export const partnerWithoutRole: Rule = {
    meta: {
        code: 'partner-without-role',
        defaultSeverity: 'warning',
        summary: 'a partner plays no role',
        fixable: true
    },
    check({ network }, report) {
        for (const partner of network.partners.values()) {
            // A prospect is still being got to know, and an ended partner is history: no role is asked of either.
            if (partner.roles.length > 0 || isProspective(partner) || isEnded(partner)) continue;
            report({
                message: `${partner.name} plays no role; give it a specific role (plays ...) so it is only asked for what that role needs.`,
                location: partner.nameLocation,
                element: { kind: 'partner', name: partner.name },
                fix: { kind: 'assign-role', partner: partner.name }
            });
        }
    }
};
