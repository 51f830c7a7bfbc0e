/**
 * The network over time: one row of figures per version of a network (a commit of its files), and
 * the events between two versions (a partner joined, left or changed stage; a tie added or removed;
 * trust changed; a goal added or achieved). `partnership history` walks git and builds each version;
 * this file turns one built version into its row and two versions into their events, so the report
 * (`partnership report --history`) and the history page read them the same way.
 *
 * Browser-safe (no Node import).
 */
import { goalProgress, isBroker, type NetworkModel, type TieModel } from 'partnership-language';
import type { NetworkReport } from './network-report.js';

/** The version a row or an event belongs to. */
export interface HistoryCommit {
    /** The full commit hash. */
    commit: string;
    /** The author's date (YYYY-MM-DD, in the author's own time zone: the same wherever it is read). */
    date: string;
    author: string;
    /** The first line of the commit message. */
    subject: string;
}

/** The figures of one network at one version. Numbers are rounded to 3 decimals; null when there is none. */
export interface HistoryRow extends HistoryCommit {
    partners: number;
    ties: number;
    density: number;
    /** Sector diversity (Blau's index). */
    diversity: number;
    components: number;
    brokers: number;
    us: string | null;
    /** The hours per month `us` gives (its load). */
    usLoad: number | null;
    /** The network's budget, h/month. */
    budget: number | null;
    /** The mean trust of the ties that state one. */
    meanTrust: number | null;
    goals: number;
    goalsAchieved: number;
    /** The mean share of the way from baseline to target of the goals that can be judged (achieved counts 1, capped at 1). */
    goalProgress: number | null;
    errors: number;
    warnings: number;
    infos: number;
}

export type HistoryEventKind =
    | 'partner-joined' | 'partner-left' | 'stage-changed'
    | 'tie-added' | 'tie-removed' | 'trust-changed'
    | 'goal-added' | 'goal-achieved' | 'goal-removed';

export interface HistoryEvent extends HistoryCommit {
    kind: HistoryEventKind;
    /** The partner's or goal's name, or the tie as `A -- B`. */
    element: string;
    /** In words: "CityHealth joined (stage exploring)", "trust EastsideFoodBank -- UnitedWay 3 → 4". */
    text: string;
}

/** A network's history: its rows (oldest first) and the events between them. */
export interface NetworkHistory {
    /** The network group's key in the working tree's terms (a folder URI, or `loose:` + folder URI). */
    key: string;
    /** The network's name at its latest version; undefined for loose files. */
    name?: string;
    title?: string;
    /** The network's folder as the user reads it. */
    folder: string;
    rows: HistoryRow[];
    events: HistoryEvent[];
}

export interface FindingCounts {
    errors: number;
    warnings: number;
    infos: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The mean trust of a network's ties that state one; null when none does. */
export function meanTrust(ties: readonly TieModel[]): number | null {
    const scores = ties.map(tie => tie.trust?.average).filter((score): score is number => score !== undefined && Number.isFinite(score));
    return scores.length === 0 ? null : round(scores.reduce((sum, score) => sum + score, 0) / scores.length);
}

/** Goals achieved, and the mean progress of the goals that can be judged, on `today`. */
function goalFigures(network: NetworkModel, today: string): Pick<HistoryRow, 'goals' | 'goalsAchieved' | 'goalProgress'> {
    let achieved = 0;
    const shares: number[] = [];
    for (const goal of network.goals.values()) {
        const progress = goalProgress(goal, today);
        if (progress.status === 'achieved') {
            achieved++;
            shares.push(1);
        } else if (progress.share !== undefined && Number.isFinite(progress.share)) {
            shares.push(Math.max(0, Math.min(1, progress.share)));
        }
    }
    return {
        goals: network.goals.size,
        goalsAchieved: achieved,
        goalProgress: shares.length === 0 ? null : round(shares.reduce((a, b) => a + b, 0) / shares.length)
    };
}

/** The row of one built version of a network; goals are judged on the version's date. */
export function historyRow(commit: HistoryCommit, report: NetworkReport, network: NetworkModel, findings: FindingCounts): HistoryRow {
    const net = report.analysis.network;
    const us = report.us ?? null;
    const load = us === null ? undefined : report.analysis.byId.get(us)?.load;
    return {
        ...commit,
        partners: net.partners,
        ties: net.ties,
        density: round(net.density),
        diversity: round(net.blauIndex),
        components: net.components,
        brokers: report.analysis.partners.filter(p => isBroker(p, report.brokerFrom)).length,
        us,
        usLoad: load === undefined ? null : round(load),
        budget: report.budget === undefined ? null : round(report.budget),
        meanTrust: meanTrust(network.ties),
        ...goalFigures(network, commit.date),
        ...findings
    };
}

const tieName = (tie: Pick<TieModel, 'left' | 'right'>) => `${tie.left} -- ${tie.right}`;
/** Ties match whichever way round they are written. */
const tieKey = (tie: Pick<TieModel, 'left' | 'right'>) => (tie.left < tie.right ? `${tie.left}\u0000${tie.right}` : `${tie.right}\u0000${tie.left}`);
const score = (value: number) => String(round(value));

/**
 * What happened between two versions of a network, in a stable order: partners, ties, goals, each
 * by name. No events for the first version (`before` undefined): it is where the history starts.
 */
export function historyEvents(commit: HistoryCommit, before: NetworkModel | undefined, after: NetworkModel): HistoryEvent[] {
    if (!before) return [];
    const events: HistoryEvent[] = [];
    const add = (kind: HistoryEventKind, element: string, text: string) => events.push({ ...commit, kind, element, text });

    for (const name of [...new Set([...before.partners.keys(), ...after.partners.keys()])].sort(byString)) {
        const was = before.partners.get(name);
        const is = after.partners.get(name);
        if (!was && is) add('partner-joined', name, `${name} joined${is.stage ? ` (stage ${is.stage})` : ''}`);
        else if (was && !is) add('partner-left', name, `${name} left`);
        else if (was && is && was.stage !== is.stage) add('stage-changed', name, `${name}: stage ${was.stage ?? 'not set'} → ${is.stage ?? 'not set'}`);
    }

    const beforeTies = new Map(before.ties.map(tie => [tieKey(tie), tie]));
    const afterTies = new Map(after.ties.map(tie => [tieKey(tie), tie]));
    for (const key of [...new Set([...beforeTies.keys(), ...afterTies.keys()])].sort(byString)) {
        const was = beforeTies.get(key);
        const is = afterTies.get(key);
        if (!was && is) add('tie-added', tieName(is), `tie ${tieName(is)} added`);
        else if (was && !is) add('tie-removed', tieName(was), `tie ${tieName(was)} removed`);
        else if (was && is) {
            const from = was.trust?.average;
            const to = is.trust?.average;
            const known = (value: number | undefined) => value !== undefined && Number.isFinite(value);
            if ((known(from) || known(to)) && (!known(from) || !known(to) || round(from!) !== round(to!))) {
                add('trust-changed', tieName(is), `trust ${tieName(is)} ${known(from) ? score(from!) : 'not set'} → ${known(to) ? score(to!) : 'not set'}`);
            }
        }
    }

    for (const name of [...new Set([...before.goals.keys(), ...after.goals.keys()])].sort(byString)) {
        const was = before.goals.get(name);
        const is = after.goals.get(name);
        if (!was && is) add('goal-added', name, `goal ${name} added${is.title ? `: ${is.title}` : ''}`);
        else if (was && !is) add('goal-removed', name, `goal ${name} removed`);
        if (is?.achieved && is.achieved !== was?.achieved) add('goal-achieved', name, `goal ${name} achieved on ${is.achieved}`);
    }
    return events;
}

/** The numeric columns of a history row, in the order the table, the CSV and the charts show them. */
export const HISTORY_FIGURES = [
    ['partners', 'partners'],
    ['ties', 'ties'],
    ['density', 'density'],
    ['diversity', 'sector diversity'],
    ['components', 'components'],
    ['brokers', 'brokers'],
    ['usLoad', 'us load (h/month)'],
    ['meanTrust', 'mean trust'],
    ['goalProgress', 'goal progress'],
    ['errors', 'errors'],
    ['warnings', 'warnings'],
    ['infos', 'infos']
] as const satisfies ReadonlyArray<readonly [keyof HistoryRow, string]>;

export type HistoryFigure = (typeof HISTORY_FIGURES)[number][0];
