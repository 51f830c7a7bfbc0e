import { isProspective } from '../model/network.js';
import { addCadence, daysBetween, isValidDate } from '../utils/dates.js';
import { formatScore } from '../utils/numbers.js';
import type { Rule } from './types.js';

/**
 * A partner has been a prospect or exploring for longer than `max-prospect-months` (partnership
 * practice: get acquainted on purpose, then decide; a long list of half-known partners is no network).
 */
export const staleProspect: Rule = {
    meta: {
        code: 'stale-prospect',
        defaultSeverity: 'info',
        summary: "a prospect or exploring partner's since date is more than max-prospect-months ago",
        fixable: false
    },
    check({ network, today, threshold }, report) {
        if (!isValidDate(today)) return;
        const months = threshold('max-prospect-months');
        for (const partner of network.partners.values()) {
            // Without `since` there is no date to judge by.
            if (!isProspective(partner) || !partner.stageSince || !isValidDate(partner.stageSince)) continue;
            const limit = addCadence(partner.stageSince, { count: months, unit: 'month' });
            if (limit === undefined || daysBetween(limit, today) <= 0) continue;
            const stage = partner.stage === 'prospect' ? 'a prospect' : 'exploring';
            const span = `${formatScore(months)} ${months === 1 ? 'month' : 'months'}`;
            report({
                message: `${partner.name} has been ${stage} since ${partner.stageSince}, more than ${span}: that time ran out on ${limit}. Decide together whether to work with it (stage active, with a role) or to let it go (stage ended), and update since.`,
                location: partner.properties.stage ?? partner.nameLocation,
                element: { kind: 'partner', name: partner.name }
            });
        }
    }
};
