import { exceeds, formatHours } from '../utils/numbers.js';
import { describeItems, loadRelated } from './util/load-messages.js';
import type { Rule } from './types.js';

/** A partner's load exceeds its declared `capacity` (partnership practice: don't overburden partners). */
export const partnerOverCapacity: Rule = {
    meta: {
        code: 'partner-over-capacity',
        defaultSeverity: 'warning',
        summary: "a partner's load (ties, meetings, role commitments) exceeds its declared capacity",
        fixable: false
    },
    check({ network, loads }, report) {
        for (const partner of network.partners.values()) {
            // `us` is held against the network budget instead (over-budget).
            if (!partner.capacity || partner.name === network.declaration?.us) continue;
            const load = loads.get(partner.name);
            const capacity = partner.capacity.hoursPerMonth;
            if (!load || !exceeds(load.hoursPerMonth, capacity)) continue;
            report({
                message: `${partner.name} is asked for ${formatHours(load.hoursPerMonth)} h/month on ${describeItems(load)}; its capacity is ${formatHours(capacity)} h/month (${formatHours(load.hoursPerMonth - capacity)} h/month over).`,
                location: partner.capacity.location,
                element: { kind: 'partner', name: partner.name },
                related: loadRelated(load)
            });
        }
    }
};
