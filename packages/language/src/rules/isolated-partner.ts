import { isEnded } from '../model/network.js';
import type { Rule } from './types.js';

/** A partner has no tie to anyone (partnership practice: every partnership serves a purpose). */
export const isolatedPartner: Rule = {
    meta: {
        code: 'isolated-partner',
        defaultSeverity: 'warning',
        summary: 'a partner has no tie',
        fixable: false
    },
    check({ network }, report) {
        const tied = new Set<string>();
        for (const tie of network.ties) {
            tied.add(tie.left);
            tied.add(tie.right);
        }
        for (const partner of network.partners.values()) {
            // An ended partner is history kept in the file, and a prospect is one you would like to
            // bring in, not yet engaged: neither needs a tie (an `exploring` one is talking with someone).
            if (tied.has(partner.name) || isEnded(partner) || partner.stage === 'prospect') continue;
            report({
                message: `${partner.name} has no tie to any partner; add a tie or remove the partner from the network.`,
                location: partner.nameLocation,
                element: { kind: 'partner', name: partner.name }
            });
        }
    }
};
