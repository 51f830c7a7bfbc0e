import type { Rule } from './types.js';

/** A goal names no co-creators besides `us` (partnership practice: goals should be co-created). */
export const goalNotCocreated: Rule = {
    meta: {
        code: 'goal-not-cocreated',
        defaultSeverity: 'info',
        summary: 'a goal names no co-creators besides our own organisation (us)',
        fixable: false
    },
    check({ network }, report) {
        const us = network.declaration?.us;
        for (const goal of network.goals.values()) {
            const written = goal.properties.cocreatedBy;
            // `cocreated-by` written but no name resolved: that is an unresolved-reference error already.
            if (written && goal.cocreatedBy.length === 0) continue;
            if (goal.cocreatedBy.some(name => name !== us)) continue;
            report({
                message: written
                    ? `The goal ${goal.name} is co-created by ${us} alone; name the partners who shaped it with you (cocreated-by ${us}, ...).`
                    : `The goal ${goal.name} names no co-creators; write down which partners shaped it (cocreated-by ...).`,
                location: goal.nameLocation,
                element: { kind: 'goal', name: goal.name },
                related: written ? [{ message: `cocreated-by ${us} (our own organisation)`, location: written }] : []
            });
        }
    }
};
