import { formatAgainst } from '../utils/numbers.js';
import { tieRule } from './util/tie-rule.js';

const ASPECTS = ['reliability', 'mission', 'openness'] as const;

/** A tie's trust average is below the policy's `min-trust` (partnership practice: invest in trust). */
export const lowTrustTie = tieRule({
    code: 'low-trust-tie',
    defaultSeverity: 'info',
    summary: "a tie's trust average is below the policy's min-trust",
    fixable: false
}, {
    prepare: ({ threshold }) => {
        const minimum = threshold('min-trust');
        return { key: String(minimum), value: minimum };
    },
    checkTie(tie, minimum, _context, report) {
        const trust = tie.trust;
        // No trust recorded, a half-typed score, or a score outside 1–5 (trust-out-of-range): the
        // model gives no average (NaN, see trustOf in model/build.ts), so nothing to weigh.
        if (!trust || !(trust.average < minimum)) return;
        const average = formatAgainst(trust.average, minimum);
        const given = ASPECTS.filter(aspect => trust[aspect] !== undefined).map(aspect => `${aspect} ${trust[aspect]}`);
        report({
            message: trust.overall !== undefined
                ? `Trust in the tie ${tie.name} is ${average}; the network's minimum is ${minimum}.`
                : `Trust in the tie ${tie.name} averages ${average} (${given.join(', ')}); the network's minimum is ${minimum}.`,
            location: tie.properties.trust ?? tie.nameLocation,
            element: { kind: 'tie', name: tie.name }
        });
    }
});
