import { isEnded, isProspective } from '../model/network.js';
import type { Rule } from './types.js';

/**
 * A partner plays roles, but none of them serves a goal (partnership practice: a relationship that exists for
 * its own sake takes up time without moving a shared goal). Partners with no role at all are
 * partner-without-role's finding.
 */
export const partnerWithoutGoal: Rule = {
    meta: {
        code: 'partner-without-goal',
        defaultSeverity: 'warning',
        summary: "a partner plays roles, but none of its roles serves a goal",
        fixable: false
    },
    check({ network }, report) {
        for (const partner of network.partners.values()) {
            if (partner.roles.length === 0 || isProspective(partner) || isEnded(partner)) continue;
            const roles = partner.roles.flatMap(name => network.roles.get(name) ?? []);
            // A role that is not in the model (e.g. a duplicate name) is reported elsewhere; judge only complete information.
            if (roles.length !== partner.roles.length || roles.some(role => role.serves.length > 0)) continue;
            const names = roles.map(role => role.name);
            report({
                message: roles.length === 1
                    ? `${partner.name} plays ${names[0]}, a role that serves no goal; say which goal the role works toward (serves ...) so the partnership has a purpose.`
                    : `${partner.name} plays ${names.join(', ')}, none of which serves a goal; say which goal each role works toward (serves ...) so the partnership has a purpose.`,
                location: partner.nameLocation,
                element: { kind: 'partner', name: partner.name },
                related: roles.map(role => ({ message: `role ${role.name} serves no goal`, location: role.nameLocation }))
            });
        }
    }
};
