import { measureValue } from '../model/goals.js';
import type { Rule } from './types.js';

/**
 * A goal states no shared measure or no target (partnership practice: evaluate the partnership's
 * outcomes, with a measure every partner reads the same way).
 */
export const goalWithoutMeasure: Rule = {
    meta: {
        code: 'goal-without-measure',
        defaultSeverity: 'info',
        summary: 'a goal that is not achieved has no measure or no target',
        fixable: false
    },
    check({ network }, report) {
        for (const goal of network.goals.values()) {
            if (goal.achieved !== undefined) continue;
            const hasMeasure = goal.measure !== undefined && goal.measure.trim() !== '';
            // A target that is written but left out of the model (a value too large for a number) is an error already.
            const hasTarget = goal.target !== undefined || goal.properties.target !== undefined;
            if (hasMeasure && hasTarget) continue;
            let message: string;
            if (!hasMeasure && !hasTarget) {
                message = `The goal ${goal.name} has no measure and no target; agree with its partners what you will count (measure "...") and how much of it by when (target <number> by <date>), so that everyone can see progress.`;
            } else if (!hasMeasure) {
                const target = goal.target ? ` (${measureValue(goal.target.value)} by ${goal.target.date})` : '';
                message = `The goal ${goal.name} has a target${target} but no measure; write down what the number counts (measure "..."), so that every partner reads it the same way.`;
            } else {
                message = `The goal ${goal.name} has a measure ("${goal.measure!.trim()}") but no target; agree with its partners how much by when (target <number> by <date>).`;
            }
            const present = !hasMeasure ? goal.properties.target : goal.properties.measure;
            report({
                message,
                location: goal.nameLocation,
                element: { kind: 'goal', name: goal.name },
                related: present ? [{ message: !hasMeasure ? 'the target, without a measure' : 'the measure, without a target', location: present }] : []
            });
        }
    }
};
