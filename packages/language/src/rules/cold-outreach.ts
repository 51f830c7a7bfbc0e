import { isEnded, otherEnd, tiesOf } from '../model/network.js';
import type { Rule } from './types.js';

/**
 * A tie of `us` to a `government` partner that came through nobody: no `introduced-by` and no partner
 * tied to both (partnership practice: agencies are overtaxed; a mutual contact gets you further).
 */
export const coldOutreach: Rule = {
    meta: {
        code: 'cold-outreach',
        defaultSeverity: 'info',
        summary: 'a tie of us to a government partner has no introduced-by and the two share no contact',
        fixable: false
    },
    check({ network }, report) {
        const us = network.declaration?.us;
        if (!us || !network.partners.has(us)) return;
        const neighbours = (name: string) => new Set(tiesOf(network, name).map(tie => otherEnd(tie, name)));
        const ours = neighbours(us);
        for (const tie of tiesOf(network, us)) {
            if (tie.introducedBy) continue;
            const agency = network.partners.get(otherEnd(tie, us));
            // A relationship that has ended is history: nobody is reaching out any more.
            if (!agency || agency.sector !== 'government' || isEnded(agency)) continue;
            const theirs = neighbours(agency.name);
            if ([...ours].some(name => name !== agency.name && name !== us && theirs.has(name))) continue;
            report({
                message: `The tie ${tie.name} reaches ${agency.name}, a government partner, directly: it names no introduced-by and no partner is tied to both ${us} and ${agency.name}. Agencies are often overstretched and answer more readily through someone they know: ask a partner who knows ${agency.name} to introduce you and record it with introduced-by, or record who already did.`,
                location: tie.nameLocation,
                element: { kind: 'tie', name: tie.name },
                related: [{ message: `${agency.name}: sector government`, location: agency.properties.sector ?? agency.nameLocation }]
            });
        }
    }
};
