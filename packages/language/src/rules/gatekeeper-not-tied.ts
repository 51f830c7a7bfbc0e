import { isEnded, otherEnd, tiesOf } from '../model/network.js';
import type { Rule } from './types.js';

/**
 * A `gatekeeper` partner has no tie to `us`, or only a weak one (partnership practice: gatekeepers are
 * trusted, well-connected leaders who open doors to the community; reach them first).
 */
export const gatekeeperNotTied: Rule = {
    meta: {
        code: 'gatekeeper-not-tied',
        defaultSeverity: 'info',
        summary: 'a gatekeeper has no tie to us, or only a weak one',
        fixable: false
    },
    check({ network }, report) {
        const us = network.declaration?.us;
        if (!us || !network.partners.has(us)) return;
        for (const partner of network.partners.values()) {
            // An ended gatekeeper is history kept in the file.
            if (!partner.gatekeeper || partner.name === us || isEnded(partner)) continue;
            const ties = tiesOf(network, partner.name).filter(tie => otherEnd(tie, partner.name) === us);
            if (ties.some(tie => tie.strength !== 'weak')) continue;
            const gap = ties.length === 0 ? `${us} has no tie to it` : `${us}'s tie to it is weak`;
            report({
                message: `${partner.name} is a gatekeeper, but ${gap}. Gatekeepers are trusted leaders who can connect ${us} with the rest of the community: ${ties.length === 0 ? 'get to know it, ideally through a partner you both know, and record the tie' : 'invest in that relationship and update the tie\'s strength when it has grown'}.`,
                location: partner.properties.gatekeeper ?? partner.nameLocation,
                element: { kind: 'partner', name: partner.name },
                related: ties.map(tie => ({ message: `tie ${tie.name}: strength weak`, location: tie.properties.strength ?? tie.nameLocation }))
            });
        }
    }
};
