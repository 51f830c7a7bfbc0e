import { daysBetween, isValidDate } from '../utils/dates.js';
import { nextReview } from '../model/network.js';
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
        if (!declaration || !isValidDate(today)) return;
        // No cadence, or a `last-review` that is no real day (an invalid-date error of its own).
        const next = nextReview(declaration);
        if (!next) return;
        const { cadence: review, due } = next;
        const element = { kind: 'network' as const, name: declaration.name };
        if (due === undefined) {
            report({
                message: `The network ${declaration.name} is to be reviewed ${review.text}, but no review is on record; review the partnership with the partners and record the date (last-review YYYY-MM-DD).`,
                location: review.location,
                element
            });
            return;
        }
        const last = declaration.lastReview;
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
