import { isEnded, tiesOf } from '../model/network.js';
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
        for (const partner of network.partners.values()) {
            // The index of each partner's ties is shared with the other rules of the run.
            const tied = tiesOf(network, partner.name).length > 0;
            // An ended partner is history kept in the file, and a prospect is one you would like to
            // bring in, not yet engaged: neither needs a tie (an `exploring` one is talking with someone).
            if (tied || isEnded(partner) || partner.stage === 'prospect') continue;
            report({
                message: `${partner.name} has no tie to any partner; add a tie or remove the partner from the network.`,
                location: partner.nameLocation,
                element: { kind: 'partner', name: partner.name }
            });
        }
    }
};
