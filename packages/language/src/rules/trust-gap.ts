import { latestRatings } from '../model/network.js';
import { formatScore } from '../utils/numbers.js';
import { tieRule } from './util/tie-rule.js';

/**
 * The two sides of a tie see it differently: their latest ratings differ by at least `max-trust-gap`
 * on average (PARTNER's trust asymmetry: a tie one side thinks strong and the other weak needs a
 * conversation before it needs more effort).
 */
export const trustGap = tieRule({
    code: 'trust-gap',
    defaultSeverity: 'warning',
    summary: "the two sides' latest ratings of a tie differ by at least max-trust-gap on average",
    fixable: false
}, {
    prepare: ({ threshold }) => {
        const gapFrom = threshold('max-trust-gap');
        return { key: String(gapFrom), value: gapFrom };
    },
    checkTie(tie, gapFrom, _context, report) {
        const latest = latestRatings(tie.ratings);
        const left = latest.find(rating => rating.rater === tie.left);
        const right = latest.find(rating => rating.rater === tie.right);
        // Both sides must have rated; a score outside 1–5 leaves a rating without a mean.
        if (!left || !right || !Number.isFinite(left.average) || !Number.isFinite(right.average)) return;
        const gap = Math.abs(left.average - right.average);
        // Rounded as shown, so that the message never reads a gap below the limit.
        if (Math.round(gap * 100) / 100 < gapFrom) return;
        const [higher, lower] = left.average >= right.average ? [left, right] : [right, left];
        report({
            message: `${tie.left} and ${tie.right} see their tie differently: ${higher.rater} rates it ${formatScore(higher.average)} (on ${higher.date}), ${lower.rater} ${formatScore(lower.average)} (on ${lower.date}), a gap of ${formatScore(gap)} (the network's max-trust-gap is ${formatScore(gapFrom)}). Talk it through at the next check-in: ask ${lower.rater} what would raise its score.`,
            location: lower.location,
            element: { kind: 'tie', name: tie.name },
            related: [{ message: `${higher.rater}'s rating`, location: higher.location }]
        });
    }
});
