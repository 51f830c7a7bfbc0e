/**
 * Where a goal stands: its latest reading and, at the pace from its baseline to that reading, where
 * its measure will be by the target's date. One computation for the rule (goal-off-track), the
 * hover, the report's Goals section and `partnership metrics`.
 *
 * Plain data, no Langium.
 */
import { daysBetween, isValidDate } from '../utils/dates.js';
import { groupedNumber } from '../utils/numbers.js';
import { isDisengaged, playersByRole, tiesOf } from './network.js';
import type { GoalModel, NetworkModel, Observation, Stage } from './types.js';

export type GoalStatus =
    /** `achieved` is stated. */
    | 'achieved'
    /** The goal's `due` or its target's date has passed (`pastDeadline`) and the goal is not achieved. */
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
    /**
     * The earliest of `due` and the target's date that is before today (`pastDeadline`), whether or
     * not the goal is achieved. Status `past-due` names this date, which need not be `dueDate`.
     */
    deadline?: Deadline;
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

/** Which of a goal's dates a finding names: its own `due`, or the date its target is to be reached by. */
export interface Deadline {
    date: string;
    of: 'due' | 'target';
}

/**
 * The earliest of a goal's dates (its `due`, its target's `by`) that is before today, if either is
 * (valid dates only; a date equal to today has not passed). Whether the goal is achieved is not
 * looked at here.
 */
export function pastDeadline(goal: Pick<GoalModel, 'target' | 'due'>, today: string): Deadline | undefined {
    if (!isValidDate(today)) return undefined;
    let earliest: Deadline | undefined;
    const candidates: Deadline[] = [];
    if (goal.due !== undefined) candidates.push({ date: goal.due, of: 'due' });
    if (goal.target) candidates.push({ date: goal.target.date, of: 'target' });
    for (const candidate of candidates) {
        if (!isValidDate(candidate.date) || candidate.date >= today) continue;
        if (!earliest || candidate.date < earliest.date) earliest = candidate;
    }
    return earliest;
}

export function goalProgress(goal: GoalModel, today: string): GoalProgress {
    const latest = latestProgress(goal);
    const dueDate = dueDateOf(goal);
    const daysToDue = dueDate && isValidDate(today) ? daysBetween(today, dueDate) : undefined;
    const deadline = pastDeadline(goal, today);
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
    // Either date counts: a goal whose own `due` has passed is past due even if its target's date has not.
    else if (deadline) status = 'past-due';
    else if (projected === undefined || !baseline || !target) status = 'unmeasured';
    else status = reaches(projected, baseline.value, target.value) ? 'on-track' : 'off-track';
    return { status, latest, projected, dueDate, daysToDue, share, deadline };
}

/** Whether a projected value meets a target, for a measure that should rise or one that should fall. */
export function reaches(projected: number, baseline: number, target: number): boolean {
    // A hair of tolerance: 1439.9999999 of 1440 is the floating-point error of the projection.
    const tolerance = 1e-9 * Math.max(1, Math.abs(target));
    return target >= baseline ? projected >= target - tolerance : projected <= target + tolerance;
}

/** A measure's value for a message: at most one decimal, thousands grouped (1,290 · 12.5). */
export function measureValue(value: number): string {
    return groupedNumber(value, 1);
}

/**
 * Where the current pace takes the measure, in words, for the hover and the report: a measure that
 * should rise reaches "1,339 of 1,440 by 2027-12-31"; one that should fall comes "down to 1,793.3
 * by 2027-12-31, for a target of 600". Undefined without a projection.
 */
export function paceText(progress: Pick<GoalProgress, 'projected'>, baseline: { value: number } | undefined, target: { value: number; date: string } | undefined): string | undefined {
    if (progress.projected === undefined || !target) return undefined;
    const falling = baseline !== undefined && target.value < baseline.value;
    return falling
        ? `at the current pace down to ${measureValue(progress.projected)} by ${target.date}, for a target of ${measureValue(target.value)}`
        : `at the current pace ${measureValue(progress.projected)} of ${measureValue(target.value)} by ${target.date}`;
}

/** A role that serves a goal (`serves`), and the partners playing it (in declaration order). */
export interface GoalServer {
    role: string;
    partners: string[];
}

/** The roles that serve a goal, in declaration order, each with the partners that play it. */
export function goalServers(network: NetworkModel, goal: string): GoalServer[] {
    const players = playersByRole(network);
    return [...network.roles.values()].filter(role => role.serves.includes(goal))
        .map(role => ({ role: role.name, partners: [...(players.get(role.name) ?? [])] }));
}

/** How a partner serving a goal provides a value: its serving role `provides` it, or it gives it in a tie. */
export interface NeedProvider {
    partner: string;
    /** The serving role whose `provides` has the value. */
    role?: string;
    /** Else the first tie (`A -- B`) in which the partner gives the value. */
    tie?: string;
    /** The partner's stage, when one is written. */
    stage?: Stage;
    /** Dormant or ended: the partner no longer works with the network, and what it provides does not count. */
    away: boolean;
}

/** One of a goal's `needs`, and who meets it: met when a provider that is not away provides it. */
export interface GoalNeed {
    value: string;
    providers: NeedProvider[];
    met: boolean;
}

/**
 * Each value a goal `needs` (once, in the order written) and the partners that meet it: a partner
 * playing a role that serves the goal meets a need when one of its serving roles `provides` the
 * value or when it gives the value in any tie's `gives`. One partner is listed once per need.
 */
export function goalNeeds(network: NetworkModel, goal: Pick<GoalModel, 'name' | 'needs'>): GoalNeed[] {
    const servers = goalServers(network, goal.name);
    const provider = (partner: string, how: { role: string } | { tie: string }): NeedProvider => {
        const stage = network.partners.get(partner)?.stage;
        return { partner, ...how, ...(stage ? { stage } : {}), away: isDisengaged({ stage }) };
    };
    return [...new Set(goal.needs)].map(value => {
        const providers = new Map<string, NeedProvider>();
        for (const server of servers) {
            if (!network.roles.get(server.role)?.provides.includes(value)) continue;
            for (const partner of server.partners) if (!providers.has(partner)) providers.set(partner, provider(partner, { role: server.role }));
        }
        for (const server of servers) {
            for (const partner of server.partners) {
                if (providers.has(partner)) continue;
                // The partner's own ties (an index), not every tie of the network for every partner and need.
                const tie = tiesOf(network, partner).find(t => t.gives.some(give => give.giver === partner && give.values.includes(value)));
                if (tie) providers.set(partner, provider(partner, { tie: tie.name }));
            }
        }
        const list = [...providers.values()];
        return { value, providers: list, met: list.some(p => !p.away) };
    });
}
