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
    // The value: what every finding of the run says alike (the fix's line and title, the related
    // message of each cadence), made once: one copy of each per finding was 50,000 at 10,000 partners.
    prepare: ({ network, today }) => ({ key: `${today}\u0000${JSON.stringify(network.declaration?.checkin ?? null)}\u0000${stagesKey(network)}`, value: sharedWords(today) }),
    checkTie(tie, words, { network }, report) {
        const cadence = firstCheckinCadence(network, tie);
        if (!cadence) return;
        const own = tie.checkin !== undefined;
        let related = (own ? words.ownCadence : words.networkCadence).get(cadence.text);
        if (related === undefined) {
            related = own ? `check-in cadence of this tie: ${cadence.text}` : `the network's default check-in cadence: ${cadence.text}`;
            (own ? words.ownCadence : words.networkCadence).set(cadence.text, related);
        }
        // One element object for the finding and its fix (each had its own).
        const element = { kind: 'tie' as const, name: tie.name };
        report({
            message: `The tie ${tie.name} has no check-in on record, though it is to be checked in ${cadence.text}; record when the partners last checked in (last-checkin YYYY-MM-DD), or check in now and record today's date.`,
            location: tie.nameLocation,
            element,
            related: [{ message: related, location: cadence.location }],
            ...(words.fix ? { fix: { kind: 'add-property' as const, element, lines: words.fix.lines, title: words.fix.title } } : {})
        });
    }
});

interface SharedWords {
    /** The fix's line and title, when today is a real day. */
    fix: { lines: string[]; title: string } | undefined;
    /** The related message by cadence text, for a tie's own cadence and for the network's. */
    ownCadence: Map<string, string>;
    networkCadence: Map<string, string>;
}

function sharedWords(today: string): SharedWords {
    return {
        fix: isValidDate(today) ? { lines: [`last-checkin ${today}`], title: `Record a check-in today (last-checkin ${today})` } : undefined,
        ownCadence: new Map(),
        networkCadence: new Map()
    };
}
