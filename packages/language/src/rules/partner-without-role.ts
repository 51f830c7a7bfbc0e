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
            if (partner.roles.length > 0) continue;
            report({
                message: `${partner.name} plays no role; give it a specific role (plays ...) so it is only asked for what that role needs.`,
                location: partner.nameLocation,
                element: { kind: 'partner', name: partner.name },
                fix: { kind: 'assign-role', partner: partner.name }
            });
        }
    }
};
