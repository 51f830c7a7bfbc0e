/**
 * Look-ups over a network model that the rules, the editor and the views share: an element by kind
 * and name, the ties of a partner, the partners playing each role. The indexes are built on first use
 * and kept with the model (a model is not changed after it is built).
 */
import type { Cadence, Element, ElementKind, Hours, NetworkDeclaration, NetworkModel, PartnerModel, Rating, TieModel } from './types.js';
import { addCadence, isValidDate } from '../utils/dates.js';

interface Indexes {
    ties?: Map<string, TieModel>;
    tiesOf?: Map<string, TieModel[]>;
    players?: Map<string, string[]>;
}

const indexes = new WeakMap<NetworkModel, Indexes>();

function indexesOf(network: NetworkModel): Indexes {
    let found = indexes.get(network);
    if (!found) indexes.set(network, found = {});
    return found;
}

/** The element of a kind with a name (a tie's name is `Left -- Right` as written), if the network has it. */
export function elementOf(network: NetworkModel, kind: ElementKind | string, name: string): Element | undefined {
    switch (kind) {
        case 'network': return network.declaration?.name === name ? network.declaration : undefined;
        case 'partner': return network.partners.get(name);
        case 'role': return network.roles.get(name);
        case 'goal': return network.goals.get(name);
        case 'meeting': return network.meetings.get(name);
        case 'tie': {
            const index = indexesOf(network);
            index.ties ??= new Map(network.ties.map(tie => [tie.name, tie]));
            return index.ties.get(name);
        }
        default: return undefined;
    }
}

/** The elements of a kind, in declaration order. */
export function elementsOf(network: NetworkModel, kind: ElementKind): Element[] {
    switch (kind) {
        case 'network': return network.declaration ? [network.declaration] : [];
        case 'partner': return [...network.partners.values()];
        case 'role': return [...network.roles.values()];
        case 'goal': return [...network.goals.values()];
        case 'meeting': return [...network.meetings.values()];
        case 'tie': return [...network.ties];
    }
}

/** The ties a partner is on, in declaration order. */
export function tiesOf(network: NetworkModel, partner: string): readonly TieModel[] {
    const index = indexesOf(network);
    if (!index.tiesOf) {
        index.tiesOf = new Map();
        const add = (end: string, tie: TieModel) => {
            const list = index.tiesOf!.get(end);
            if (list) list.push(tie); else index.tiesOf!.set(end, [tie]);
        };
        for (const tie of network.ties) {
            add(tie.left, tie);
            if (tie.right !== tie.left) add(tie.right, tie);
        }
    }
    return index.tiesOf.get(partner) ?? [];
}

/** The other end of a tie, seen from one of its partners. */
export function otherEnd(tie: Pick<TieModel, 'left' | 'right'>, partner: string): string {
    return tie.left === partner ? tie.right : tie.left;
}

/** The partners playing each role (role name → partner names, in declaration order). */
export function playersByRole(network: NetworkModel): ReadonlyMap<string, readonly string[]> {
    const index = indexesOf(network);
    if (!index.players) {
        index.players = new Map();
        for (const partner of network.partners.values()) {
            for (const role of partner.roles) {
                const list = index.players.get(role);
                if (list) list.push(partner.name); else index.players.set(role, [partner.name]);
            }
        }
    }
    return index.players;
}

/** Partners who attend a meeting: those playing one of its roles, and those invited by name. */
export function attendees(meeting: { roles: readonly string[]; invites: readonly string[] }, players: ReadonlyMap<string, readonly string[]>): string[] {
    const result = new Set<string>();
    for (const role of meeting.roles) players.get(role)?.forEach(p => result.add(p));
    meeting.invites.forEach(p => result.add(p));
    return [...result];
}

/** Still being got to know (`stage prospect` or `exploring`): no role or goal is expected of it yet. */
export function isProspective(partner: Pick<PartnerModel, 'stage'> | undefined): boolean {
    return partner?.stage === 'prospect' || partner?.stage === 'exploring';
}

/** No longer working with the network (`stage dormant` or `ended`). */
export function isDisengaged(partner: Pick<PartnerModel, 'stage'> | undefined): boolean {
    return partner?.stage === 'dormant' || partner?.stage === 'ended';
}

/** The hours a partner can give and what they are called: `us` is held against the network's `budget`, every other partner against its `capacity`. */
export interface TimeLimit {
    hours: Hours;
    what: 'budget' | 'capacity';
}

/** A partner's time limit (see TimeLimit), or undefined when none is written. */
export function timeLimitOf(network: NetworkModel, partner: string): TimeLimit | undefined {
    if (partner === network.declaration?.us) {
        const budget = network.declaration.budget;
        return budget ? { hours: budget, what: 'budget' } : undefined;
    }
    const capacity = network.partners.get(partner)?.capacity;
    return capacity ? { hours: capacity, what: 'capacity' } : undefined;
}

/** History kept in the file (`stage ended`): it counts in no network metric. */
export function isEnded(partner: Pick<PartnerModel, 'stage'> | undefined): boolean {
    return partner?.stage === 'ended';
}

/** The partners that count in the network's metrics: all but the ended ones. */
export function current(network: NetworkModel): number {
    let count = 0;
    for (const partner of network.partners.values()) if (!isEnded(partner)) count++;
    return count;
}

/**
 * When the network's next review is due: its `last-review` plus its `review` cadence (as
 * `overdue-review` judges it). `due` is undefined when no review is on record, so one is due now.
 * Undefined without a cadence, when `last-review` is written but not a real day (an invalid-date
 * error), or when the sum is past the end of the calendar.
 */
export function nextReview(declaration: Pick<NetworkDeclaration, 'review' | 'lastReview' | 'properties'>): { cadence: Cadence; due?: string } | undefined {
    const cadence = declaration.review;
    if (!cadence || !(cadence.count > 0)) return undefined;
    const last = declaration.lastReview;
    if (last === undefined) return declaration.properties.lastReview ? undefined : { cadence };
    if (!isValidDate(last)) return undefined;
    const due = addCadence(last, cadence);
    return due === undefined ? undefined : { cadence, due };
}

/**
 * When a tie's next check-in is due: its `last-checkin` plus its cadence (its own, else the
 * network's `fallback`). Undefined without a cadence or without a recorded, real check-in date.
 */
export function nextCheckin(tie: Pick<TieModel, 'checkin' | 'lastCheckin'>, fallback: Cadence | undefined): { cadence: Cadence; due: string } | undefined {
    const cadence = tie.checkin ?? fallback;
    if (!cadence || !(cadence.count > 0) || !tie.lastCheckin || !isValidDate(tie.lastCheckin)) return undefined;
    const due = addCadence(tie.lastCheckin, cadence);
    return due === undefined ? undefined : { cadence, due };
}

/** Each rater's latest rating (by date; of one date, the last written), in the order the raters first rated. */
export function latestRatings(ratings: readonly Rating[]): Rating[] {
    const latest = new Map<string, Rating>();
    for (const rating of ratings) {
        if (!isValidDate(rating.date)) continue;
        const before = latest.get(rating.rater);
        if (!before || rating.date >= before.date) latest.set(rating.rater, rating);
    }
    return [...latest.values()];
}
