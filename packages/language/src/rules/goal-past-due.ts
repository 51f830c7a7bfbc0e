import { daysBetween, isValidDate } from '../utils/dates.js';
import { latestProgress, measureValue, pastDeadline, reaches } from '../model/goals.js';
import type { RelatedLocation, Rule } from './types.js';

/**
 * A goal's date has passed and it is not marked achieved (partnership practice: evaluate and adapt,
 * keep checking in, celebrate what was reached).
 */
export const goalPastDue: Rule = {
    meta: {
        code: 'goal-past-due',
        defaultSeverity: 'warning',
        summary: "a goal's due date (or its target's date) is before today and the goal is not achieved",
        fixable: true
    },
    check({ network, today }, report) {
        for (const goal of network.goals.values()) {
            if (goal.achieved !== undefined) continue;
            // The earliest of `due` and the target's `by` that has passed (model/goals.ts, shared with the hover and the report).
            const deadline = pastDeadline(goal, today);
            if (!deadline) continue;
            const days = daysBetween(deadline.date, today);
            const ago = `${days} ${days === 1 ? 'day' : 'days'} ago`;
            const { baseline, target } = goal;
            const latest = latestProgress(goal);
            const related: RelatedLocation[] = [];
            // The other date, when it has passed too.
            if (deadline.of === 'target' && goal.due !== undefined && isValidDate(goal.due) && goal.due < today && goal.properties.due) {
                related.push({ message: `the goal's due date ${goal.due} has passed too`, location: goal.properties.due });
            }
            if (deadline.of === 'due' && target && isValidDate(target.date) && target.date < today) {
                related.push({ message: `the target's date ${target.date} has passed too`, location: target.location });
            }
            if (latest) related.push({ message: `latest reading: ${measureValue(latest.value)} on ${latest.date}`, location: latest.location });
            const what = deadline.of === 'due'
                ? `The goal ${goal.name} was due on ${deadline.date}, ${ago}, and is not marked achieved.`
                : `The goal ${goal.name} was to reach its target of ${measureValue(target!.value)} by ${deadline.date}, ${ago}, and is not marked achieved.`;
            // Whether the measure got there is known only with a baseline (it says which way the measure should move).
            const reached = latest && target && baseline && target.value !== baseline.value && reaches(latest.value, baseline.value, target.value);
            const advice = reached
                ? ` The latest reading, ${measureValue(latest.value)} on ${latest.date}, meets the target: record when it was achieved (achieved YYYY-MM-DD).`
                : `${latest ? ` The latest reading is ${measureValue(latest.value)} on ${latest.date}.` : ''} If it was reached, record the date (achieved YYYY-MM-DD); if not, agree a new ${deadline.of === 'due' ? 'due date' : 'target date'} with its partners.`;
            report({
                message: what + advice,
                location: deadline.of === 'due' ? goal.properties.due ?? goal.nameLocation : target!.location,
                element: { kind: 'goal', name: goal.name },
                related,
                // If the goal was reached, say so (today's date, to correct if it was reached earlier).
                fix: { kind: 'add-property', element: { kind: 'goal', name: goal.name }, lines: [`achieved ${today}`], title: `Mark ${goal.name} achieved (achieved ${today})` }
            });
        }
    }
};
