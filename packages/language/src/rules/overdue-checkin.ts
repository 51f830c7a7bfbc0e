import { daysBetween, isValidDate } from '../utils/dates.js';
import { nextCheckin } from '../model/network.js';
import { tieRule } from './util/tie-rule.js';

/** A tie's last check-in is older than its check-in cadence (partnership practice: keep checking in). */
export const overdueCheckin = tieRule({
    code: 'overdue-checkin',
    defaultSeverity: 'warning',
    summary: "a tie's last check-in is older than its cadence (the tie's own or the network's), as of today",
    fixable: true
}, {
    // Each tie reads today and the network's default cadence (text and location).
    prepare: ({ network, today }) => isValidDate(today)
        ? { key: `${today}\u0000${JSON.stringify(network.declaration?.checkin ?? null)}`, value: network.declaration?.checkin }
        : undefined,
    checkTie(tie, fallback, { today }, report) {
        // No cadence, or no check-in recorded yet: nothing to be overdue against.
        const next = nextCheckin(tie, fallback);
        if (!next) return;
        const { cadence, due } = next;
        const late = daysBetween(due, today);
        if (late <= 0) return;
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
});
