import { goalProgress, measureValue } from '../model/goals.js';
import type { Rule } from './types.js';

/**
 * At the pace from its baseline to its latest reading, a goal's measure will not reach its target by
 * the target's date (partnership practice: evaluate and adapt).
 */
export const goalOffTrack: Rule = {
    meta: {
        code: 'goal-off-track',
        defaultSeverity: 'warning',
        summary: "at the pace from a goal's baseline to its latest reading, the measure falls short of the target by the target's date",
        fixable: false
    },
    check({ network, today }, report) {
        for (const goal of network.goals.values()) {
            // One computation with the hover and the report (model/goals.ts): it is silent about achieved
            // goals, past-due ones (goal-past-due's finding) and goals without a baseline, target or a
            // reading after the baseline.
            const progress = goalProgress(goal, today);
            if (progress.status !== 'off-track') continue;
            const baseline = goal.baseline!;
            const target = goal.target!;
            const latest = progress.latest!;
            const rising = target.value >= baseline.value;
            const projected = shortOf(progress.projected!, target.value, rising);
            const pace = `${measureValue(baseline.value)} on ${baseline.date} → ${measureValue(latest.value)} on ${latest.date}`;
            const where = rising
                ? `reaches ${projected} by ${target.date}, short of its target of ${measureValue(target.value)}`
                : `stands at ${projected} by ${target.date}, above its target of ${measureValue(target.value)}`;
            report({
                message: `At the current pace (${pace}), the measure of the goal ${goal.name} ${where}. Talk with its partners about what would speed it up, or agree a target you can reach.`,
                location: target.location,
                element: { kind: 'goal', name: goal.name },
                related: [
                    { message: `baseline: ${measureValue(baseline.value)} on ${baseline.date}`, location: baseline.location },
                    { message: `latest reading: ${measureValue(latest.value)} on ${latest.date}`, location: latest.location }
                ]
            });
        }
    }
};

/**
 * The projection as a message shows it. measureValue rounds to one decimal, which could show a value
 * just short of the target as the target itself ("reaches 1,440, short of its target of 1,440"):
 * then it is rounded toward the baseline instead.
 */
function shortOf(projected: number, target: number, rising: boolean): string {
    const shown = measureValue(projected);
    if (shown !== measureValue(target)) return shown;
    return measureValue((rising ? Math.floor(projected * 10) : Math.ceil(projected * 10)) / 10);
}
