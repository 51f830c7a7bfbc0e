/**
 * Where each goal of a network stands, for reading: the report's Goals section, the goals table of
 * `partnership metrics` and of the editor's metrics view. The figures are those of
 * partnership-language's model/goals.ts (status, latest reading, projection, due date; the roles
 * that serve a goal and the needs they meet); this file only words them.
 *
 * Browser-safe (no Node import).
 */
import type { Deadline, GoalNeed, GoalProgress, GoalServer, GoalStatus, NeedProvider, NetworkModel } from 'partnership-language';
import { daysBetween, goalNeeds, goalProgress, goalServers, isValidDate, paceText, measureValue, pastDeadline } from 'partnership-language';
import type { GoalRowCells, MetricsColumn } from './html.js';

/** A value of the measure on a date (a source location is of no use to a reader). */
export interface Reading {
    value: number;
    date: string;
}

/** A partner that provides a needed value, and whether it is away (`dormant` or `ended`: what it provides does not count, as for unmet-need). */
export type NeedProviderView = NeedProvider;

/** One of a goal's needs: met when a partner that is not away provides it. */
export type NeedView = GoalNeed;

export interface GoalView {
    name: string;
    title?: string;
    measure?: string;
    /** The day the goal was judged on (YYYY-MM-DD). */
    today: string;
    progress: GoalProgress;
    baseline?: Reading;
    target?: Reading;
    /** The readings with a real date, oldest first (equal dates in the order written). */
    readings: Reading[];
    achieved?: string;
    /** The goal's own `due`, as written (the due date of `progress` is the target's date when there is one). */
    due?: string;
    /** The earliest of its dates (`due`, the target's `by`) that has passed, if any. */
    deadline?: Deadline;
    /** The roles that serve the goal and the partners playing them. */
    servers: GoalServer[];
    /** Each need and who meets it. */
    needs: NeedView[];
    /** What the goal lacks to be judged (`measure`, `baseline`, `target`, `a reading after the baseline`); empty when it has all. */
    missing: string[];
}

const reading = (o: { value: number; date: string } | undefined): Reading | undefined => (o ? { value: o.value, date: o.date } : undefined);

/** The goals of a network, in declaration order, judged on `today` (YYYY-MM-DD). */
export function goalViews(network: NetworkModel, today: string): GoalView[] {
    return [...network.goals.values()].map(goal => {
        const progress = goalProgress(goal, today);
        // A stable sort: equal dates keep the order written.
        const readings = goal.progress.filter(r => isValidDate(r.date)).map(r => ({ value: r.value, date: r.date }))
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const baseline = reading(goal.baseline);
        const target = reading(goal.target);
        const missing: string[] = [];
        if (goal.measure === undefined) missing.push('measure');
        if (!baseline) missing.push('baseline');
        if (!target) missing.push('target');
        if (baseline && !readings.some(r => r.date > baseline.date)) missing.push('a reading after the baseline');
        // Who meets each need, and whether it is met (a dormant or ended provider does not count): model/goals.ts.
        const needs = goalNeeds(network, goal);
        return {
            name: goal.name,
            title: goal.title,
            measure: goal.measure,
            today,
            progress,
            baseline,
            target,
            readings,
            achieved: goal.achieved,
            due: goal.due,
            deadline: pastDeadline(goal, today),
            servers: goalServers(network, goal.name),
            needs,
            missing
        };
    });
}

/** The status in a word or two: "on track", "off track", "past due", "achieved", "not measured". */
export function statusLabel(status: GoalStatus): string {
    switch (status) {
        case 'achieved': return 'achieved';
        case 'past-due': return 'past due';
        case 'on-track': return 'on track';
        case 'off-track': return 'off track';
        case 'unmeasured': return 'not measured';
    }
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** "1,310 on 2026-09-30" (a reading), "1,440 by 2027-12-31" (a target). */
export function readingText(r: Reading, word: 'on' | 'by' = 'on'): string {
    return `${measureValue(r.value)} ${word} ${r.date}`;
}

/**
 * The status as a sentence: "Achieved on 2026-10-15", "On track: at the current pace 1,480 of 1,440
 * by 2027-12-31", "Off track: at the current pace 1,339 of 1,440 by 2027-12-31" (a falling measure:
 * "at the current pace down to 1,793.3 by 2027-12-31, for a target of 600"), "Past due: due
 * 2026-05-01, 31 days ago, and not achieved", "Not measured yet: no measure, no target".
 */
export function statusSentence(goal: GoalView): string {
    const { status, dueDate } = goal.progress;
    // The same words as the hover's (model/goals.ts), for a measure that should rise or fall.
    const pace = () => paceText(goal.progress, goal.baseline, goal.target) ?? '';
    switch (status) {
        case 'achieved': return `Achieved on ${goal.achieved}`;
        case 'on-track': return `On track: ${pace()}`;
        case 'off-track': return `Off track: ${pace()}`;
        case 'past-due': {
            const deadline = goal.deadline?.date ?? dueDate!;
            const ago = isValidDate(goal.today) ? `, ${days(daysBetween(deadline, goal.today))} ago` : '';
            const latest = goal.progress.latest && goal.target
                ? `; the latest reading is ${measureValue(goal.progress.latest.value)} of ${measureValue(goal.target.value)}` : '';
            return `Past due: due ${deadline}${ago}, and not achieved${latest}`;
        }
        case 'unmeasured': {
            const parts = goal.missing.map(m => `no ${m}`);
            if (goal.baseline && goal.target && goal.baseline.value === goal.target.value) parts.push('the target is the baseline');
            if (parts.length === 0) parts.push('no reading to judge by');
            return `Not measured yet: ${parts.join(', ')}`;
        }
    }
}

/**
 * "2027-12-31, in 578 days", "2026-06-01, today", "2026-01-01, 151 days past due", "no due date"; once
 * achieved "2026-12-31, achieved 305 days early".
 */
export function dueText(goal: GoalView): string {
    const { dueDate } = goal.progress;
    if (!dueDate) return 'no due date';
    const own = goal.due !== undefined && isValidDate(goal.due) && goal.due !== dueDate ? goal.due : undefined;
    if (!own) return whenDue(goal, dueDate);
    // Both dates: the target's and the goal's own `due`.
    return `target by ${whenDue(goal, dueDate)}; due ${whenDue(goal, own)}`;
}

function whenDue(goal: GoalView, dueDate: string): string {
    const daysToDue = isValidDate(goal.today) ? daysBetween(goal.today, dueDate) : undefined;
    if (goal.progress.status === 'achieved') {
        const early = goal.achieved && isValidDate(goal.achieved) ? daysBetween(goal.achieved, dueDate) : undefined;
        return early === undefined || early === 0 ? dueDate : `${dueDate}, achieved ${days(Math.abs(early))} ${early > 0 ? 'early' : 'late'}`;
    }
    if (daysToDue === undefined) return dueDate;
    if (daysToDue > 0) return `${dueDate}, in ${days(daysToDue)}`;
    if (daysToDue === 0) return `${dueDate}, today`;
    return `${dueDate}, ${days(-daysToDue)} past due`;
}

/** The latest reading and how far it has come: "1,310 on 2026-09-30 (46% of the way from 1,200 to 1,440)". */
export function latestText(goal: GoalView): string {
    const { latest, share } = goal.progress;
    if (!latest) return 'no reading yet';
    const way = share !== undefined && goal.baseline && goal.target
        ? ` (${Math.round(share * 100)}% of the way from ${measureValue(goal.baseline.value)} to ${measureValue(goal.target.value)})` : '';
    return `${readingText(latest)}${way}`;
}

/** The roles serving the goal with their partners: "Distributor: FoodBank, Pantry; Funder: nobody plays it". */
export function serversText(goal: GoalView): string {
    if (goal.servers.length === 0) return 'no role serves it';
    return goal.servers.map(s => `${s.role}: ${s.partners.length > 0 ? s.partners.join(', ') : 'nobody plays it'}`).join('; ');
}

/** How a provider meets a need: "Way gives it in Bank -- Way", "Bank as Distributor". */
function providerText(p: NeedProviderView): string {
    return p.role ? `${p.partner} as ${p.role}` : `${p.partner} gives it in ${p.tie}`;
}

/** The met needs with who meets them: "funding (Way gives it in Bank -- Way), data (Bank as Distributor)", or "none". */
export function needsMetText(goal: GoalView): string {
    const met = goal.needs.filter(n => n.met);
    if (met.length === 0) return 'none';
    return met.map(n => `${n.value} (${n.providers.filter(p => !p.away).map(providerText).join('; ')})`).join(', ');
}

/** The unmet needs: "lived-experience", "space (only Church, dormant)", or "none". */
export function needsUnmetText(goal: GoalView): string {
    const unmet = goal.needs.filter(n => !n.met);
    if (unmet.length === 0) return 'none';
    return unmet.map(n => (n.providers.length === 0 ? n.value
        : `${n.value} (only ${n.providers.map(p => `${p.partner}, ${p.stage}`).join('; ')})`)).join(', ');
}

/** A goal's cells in the goals tables (`partnership metrics`, the editor's metrics view): display strings. */
export const GOAL_CELLS = {
    goal: (g: GoalView) => g.name,
    title: (g: GoalView) => g.title ?? '',
    /** "on track", "achieved 2026-10-15". */
    status: (g: GoalView) => (g.progress.status === 'achieved' ? `achieved ${g.achieved}` : statusLabel(g.progress.status)),
    measure: (g: GoalView) => g.measure ?? '–',
    /** "1,310 / 1,440", "– / 1,440", or "–" with neither. */
    latestTarget: (g: GoalView) => (!g.progress.latest && !g.target ? '–'
        : `${g.progress.latest ? measureValue(g.progress.latest.value) : '–'} / ${g.target ? measureValue(g.target.value) : '–'}`),
    /** The projection; '–' once achieved (there is no pace to carry on). */
    projected: (g: GoalView) => (g.progress.projected === undefined || g.progress.status === 'achieved' ? '–' : measureValue(g.progress.projected)),
    /**
     * "2027-12-31 (in 578 days)", "2026-01-01 (151 days past due)" (for a past-due goal, the date that
     * passed), "2027-12-31" once achieved, "–".
     */
    due: (g: GoalView) => {
        const { status } = g.progress;
        const date = status === 'past-due' && g.deadline ? g.deadline.date : g.progress.dueDate;
        if (!date) return '–';
        if (status === 'achieved' || !isValidDate(g.today)) return date;
        const n = daysBetween(g.today, date);
        return `${date} (${n > 0 ? `in ${days(n)}` : n === 0 ? 'today' : `${days(-n)} past due`})`;
    }
} satisfies Record<string, (g: GoalView) => string>;

/** The goals table of the editor's metrics view: its columns and how each cell is written. */
const GOAL_TABLE: ReadonlyArray<MetricsColumn & { cell: (g: GoalView) => string }> = [
    { header: 'goal', numeric: false, cell: GOAL_CELLS.goal },
    { header: 'title', numeric: false, cell: GOAL_CELLS.title },
    { header: 'status', numeric: false, cell: GOAL_CELLS.status },
    { header: 'latest / target', numeric: true, cell: GOAL_CELLS.latestTarget },
    { header: 'projected', numeric: true, cell: GOAL_CELLS.projected },
    { header: 'due', numeric: false, cell: GOAL_CELLS.due }
];

/** The goals table's columns. */
export const GOAL_COLUMNS: readonly MetricsColumn[] = GOAL_TABLE.map(({ header, numeric }) => ({ header, numeric }));

/** The goals' rows, in declaration order: one display string per column of GOAL_COLUMNS. */
export function goalRows(goals: readonly GoalView[]): GoalRowCells[] {
    return goals.map(g => ({ id: g.name, status: g.progress.status, cells: GOAL_TABLE.map(column => column.cell(g)) }));
}
