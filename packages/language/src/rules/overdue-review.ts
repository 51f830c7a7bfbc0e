import { addCadence, daysBetween, isValidDate } from '../utils/dates.js';
import type { Rule } from './types.js';

/**
 * The network sets a review cadence and its last review is missing or older than that (partnership
 * practice: keep asking whether the partnership works, for everyone, and is still needed).
 */
export const overdueReview: Rule = {
    meta: {
        code: 'overdue-review',
        defaultSeverity: 'warning',
        summary: 'the network sets review every ... and last-review is missing or older than that, as of today',
        fixable: false
    },
    check({ network, today }, report) {
        const declaration = network.declaration;
        const review = declaration?.review;
        if (!declaration || !review || !(review.count > 0) || !isValidDate(today)) return;
        const element = { kind: 'network' as const, name: declaration.name };
        const last = declaration.lastReview;
        if (last === undefined) {
            // `last-review` written with something that is not a date is an error of its own.
            if (declaration.properties.lastReview) return;
            report({
                message: `The network ${declaration.name} is to be reviewed ${review.text}, but no review is on record; review the partnership with the partners and record the date (last-review YYYY-MM-DD).`,
                location: review.location,
                element
            });
            return;
        }
        // Not a real day: an invalid-date error.
        if (!isValidDate(last)) return;
        const due = addCadence(last, review);
        if (due === undefined) return;
        const late = daysBetween(due, today);
        if (late <= 0) return;
        report({
            message: `The last review of the network ${declaration.name} was ${last}; the next was due by ${due} (${review.text}), ${late} ${late === 1 ? 'day' : 'days'} ago. Review with the partners whether the partnership is achieving what it set out to, works for everyone and is still needed, then update last-review.`,
            location: declaration.properties.lastReview ?? declaration.nameLocation,
            element,
            related: [{ message: `the network's review cadence: ${review.text}`, location: review.location }]
        });
    }
};
