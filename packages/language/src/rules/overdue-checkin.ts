import { daysBetween, isValidDate } from '../utils/dates.js';
import { nextCheckin } from '../model/network.js';
import type { Rule } from './types.js';

/** A tie's last check-in is older than its check-in cadence (partnership practice: keep checking in). */
export const overdueCheckin: Rule = {
    meta: {
        code: 'overdue-checkin',
        defaultSeverity: 'warning',
        summary: "a tie's last check-in is older than its cadence (the tie's own or the network's), as of today",
        fixable: true
    },
    check({ network, today }, report) {
        if (!isValidDate(today)) return;
        const fallback = network.declaration?.checkin;
        for (const tie of network.ties) {
            // No cadence, or no check-in recorded yet: nothing to be overdue against.
            const next = nextCheckin(tie, fallback);
            if (!next) continue;
            const { cadence, due } = next;
            const late = daysBetween(due, today);
            if (late <= 0) continue;
            report({
                message: `The last check-in on the tie ${tie.name} was ${tie.lastCheckin}; it was due again by ${due} (${cadence.text}), ${late} ${late === 1 ? 'day' : 'days'} ago.`,
                location: tie.properties.lastCheckin ?? tie.nameLocation,
                element: { kind: 'tie', name: tie.name },
                related: [{
                    message: tie.checkin ? `check-in cadence of this tie: ${cadence.text}` : `the network's default check-in cadence: ${cadence.text}`,
                    location: cadence.location
                }]
            });
        }
    }
};
