import { addCadence, daysBetween, isValidDate } from '../utils/dates.js';
import { formatScore } from '../utils/numbers.js';
import { tieRule } from './util/tie-rule.js';

/**
 * A tie's trust was last assessed (its `trust ... as-of`, or its latest `rating`) more than
 * `max-trust-age` months ago (partnership practice: trust is built and checked over time; an old
 * score says little about today).
 */
export const staleTrust = tieRule({
    code: 'stale-trust',
    defaultSeverity: 'info',
    summary: "a tie's trust as-of date (or latest rating) is more than max-trust-age months old",
    fixable: false
}, {
    prepare: ({ today, threshold }) => {
        if (!isValidDate(today)) return undefined;
        const months = threshold('max-trust-age');
        return { key: `${today}\u0000${months}`, value: { months, span: `${formatScore(months)} ${months === 1 ? 'month' : 'months'}` } };
    },
    checkTie(tie, { months, span }, { today }, report) {
        const asOf = tie.trust?.asOf;
        // Without a date there is nothing to judge by.
        if (!asOf) return;
        const limit = addCadence(asOf, { count: months, unit: 'month' });
        if (limit === undefined || daysBetween(limit, today) <= 0) return;
        const fromRatings = tie.trust?.source === 'ratings';
        report({
            message: fromRatings
                ? `The latest rating of the tie ${tie.name} is of ${asOf}, more than ${span} ago (the network's max-trust-age): ask both sides again (partnership survey) and add their ratings.`
                : `Trust in the tie ${tie.name} was assessed on ${asOf}, more than ${span} ago (the network's max-trust-age): ask both sides again and update it, or record their ratings (rating by ... on ...).`,
            // On the latest rating (the last written of its date), or the trust line.
            location: (fromRatings ? tie.ratings.filter(rating => rating.date === asOf).pop()?.location : tie.properties.trust) ?? tie.nameLocation,
            element: { kind: 'tie', name: tie.name }
        });
    }
});
