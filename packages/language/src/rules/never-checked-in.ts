import { isValidDate } from '../utils/dates.js';
import { firstCheckinCadence } from './util/checkins.js';
import { stagesKey, tieRule } from './util/tie-rule.js';

/**
 * A tie that is to be checked in on (its own cadence or the network's) has no check-in on record
 * (partnership practice: keep checking in, and know when you last did).
 */
export const neverCheckedIn = tieRule({
    code: 'never-checked-in',
    defaultSeverity: 'info',
    summary: "a tie with a check-in cadence (the tie's own or the network's) records no last-checkin",
    fixable: true
}, {
    // Each tie reads today (the fix's date), the network's default cadence (text and location) and
    // the stages of its partners (a tie with a prospect or an ended partner is not due a check-in).
    prepare: ({ network, today }) => ({ key: `${today}\u0000${JSON.stringify(network.declaration?.checkin ?? null)}\u0000${stagesKey(network)}`, value: undefined }),
    checkTie(tie, _prepared, { network, today }, report) {
        const cadence = firstCheckinCadence(network, tie);
        if (!cadence) return;
        report({
            message: `The tie ${tie.name} has no check-in on record, though it is to be checked in ${cadence.text}; record when the partners last checked in (last-checkin YYYY-MM-DD), or check in now and record today's date.`,
            location: tie.nameLocation,
            element: { kind: 'tie', name: tie.name },
            related: [{
                message: tie.checkin ? `check-in cadence of this tie: ${cadence.text}` : `the network's default check-in cadence: ${cadence.text}`,
                location: cadence.location
            }],
            ...(isValidDate(today) ? { fix: { kind: 'add-property' as const, element: { kind: 'tie' as const, name: tie.name }, lines: [`last-checkin ${today}`], title: `Record a check-in today (last-checkin ${today})` } } : {})
        });
    }
});
