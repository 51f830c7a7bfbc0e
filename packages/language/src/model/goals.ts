/**
 * Where a goal stands: its latest reading and, at the pace from its baseline to that reading, where
 * its measure will be by the target's date. One computation for the rule (goal-off-track), the
 * hover, the report's Goals section and `partnership metrics`.
 *
 * Plain data, no Langium.
 */
import { daysBetween, isValidDate } from '../utils/dates.js';
import type { GoalModel, Observation } from './types.js';

export type GoalStatus =
    /** `achieved` is stated. */
    | 'achieved'
    /** The target's date (or `due`) has passed and the goal is not achieved. */
    | 'past-due'
    /** At the current pace the measure reaches the target by its date. */
    | 'on-track'
    /** At the current pace it falls short. */
    | 'off-track'
    /** No baseline, target or reading after the baseline to judge by. */
    | 'unmeasured';

export interface GoalProgress {
    status: GoalStatus;
    /** The reading with the latest date (the last written of equal dates). */
    latest?: Observation;
    /** At the pace from the baseline to the latest reading: the measure on the target's date. */
    projected?: number;
    /** The date the goal is due: the target's `by`, else `due`. */
    dueDate?: string;
    /** Days from today to the due date (negative once past). */
    daysToDue?: number;
    /** Share of the way from baseline to target that the latest reading has come (0 to 1 and beyond). */
    share?: number;
}

/** The latest reading of a goal's measure (valid dates only). */
export function latestProgress(goal: Pick<GoalModel, 'progress'>): Observation | undefined {
    let latest: Observation | undefined;
    for (const reading of goal.progress) {
        if (!isValidDate(reading.date)) continue;
        if (!latest || reading.date >= latest.date) latest = reading;
    }
    return latest;
}

/** The date a goal is due: its target's date, else its `due`. */
export function dueDateOf(goal: Pick<GoalModel, 'target' | 'due'>): string | undefined {
    const date = goal.target?.date ?? goal.due;
    return date !== undefined && isValidDate(date) ? date : undefined;
}

export function goalProgress(goal: GoalModel, today: string): GoalProgress {
    const latest = latestProgress(goal);
    const dueDate = dueDateOf(goal);
    const daysToDue = dueDate && isValidDate(today) ? daysBetween(today, dueDate) : undefined;
    const { baseline, target } = goal;
    let projected: number | undefined;
    let share: number | undefined;
    if (baseline && target && latest && isValidDate(baseline.date) && isValidDate(target.date) && target.value !== baseline.value) {
        share = (latest.value - baseline.value) / (target.value - baseline.value);
        const elapsed = daysBetween(baseline.date, latest.date);
        if (elapsed > 0) {
            const perDay = (latest.value - baseline.value) / elapsed;
            projected = baseline.value + perDay * daysBetween(baseline.date, target.date);
        }
    }
    let status: GoalStatus;
    if (goal.achieved !== undefined) status = 'achieved';
    else if (daysToDue !== undefined && daysToDue < 0) status = 'past-due';
    else if (projected === undefined || !baseline || !target) status = 'unmeasured';
    else status = reaches(projected, baseline.value, target.value) ? 'on-track' : 'off-track';
    return { status, latest, projected, dueDate, daysToDue, share };
}

/** Whether a projected value meets a target, for a measure that should rise or one that should fall. */
export function reaches(projected: number, baseline: number, target: number): boolean {
    // A hair of tolerance: 1439.9999999 of 1440 is the floating-point error of the projection.
    const tolerance = 1e-9 * Math.max(1, Math.abs(target));
    return target >= baseline ? projected >= target - tolerance : projected <= target + tolerance;
}

/** A measure's value for a message: at most one decimal, thousands grouped (1,290 · 12.5). */
export function measureValue(value: number): string {
    return (Math.round(value * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 });
}
