/**
 * The check-ins of a network on a given day, as the editor's Check-ins view lists them (the
 * extension's `partnership/checkins` request): every tie that is to be checked in, in one of four
 * groups.
 *
 * - overdue: the next check-in (`last-checkin` plus the tie's cadence, else the network's, see
 *   nextCheckin) is before today — exactly the ties `overdue-checkin` reports, with its count of days;
 * - due this month: due today or later in today's calendar month;
 * - later: due after this month;
 * - never checked in: a cadence applies but no `last-checkin` is written — exactly the ties
 *   `never-checked-in` reports (a tie to a prospect or an ended partner is left out, as there).
 *
 * A tie with no cadence at all (neither its own `checkin` nor the network's) is not scheduled and is
 * in no group, nor is one whose `last-checkin` is not a real day (an invalid-date error says so).
 * Plain data over the model: browser-safe, no Langium.
 */
import { nextCheckin } from '../model/network.js';
import type { NetworkModel, SourceLocation, TieModel } from '../model/types.js';
import { daysBetween, isValidDate } from '../utils/dates.js';
import { firstCheckinCadence } from '../rules/util/checkins.js';

export interface CheckinPartner {
    name: string;
    /** The partner's title, else its name. */
    title: string;
}

export interface Checkin {
    /** The tie's name, `A -- B`. */
    tie: string;
    /** The tie's two ends, in the order written. */
    partners: [CheckinPartner, CheckinPartner];
    /** YYYY-MM-DD, undefined for a tie never checked in. */
    lastCheckin?: string;
    /** When the next check-in is due (YYYY-MM-DD); undefined for a tie never checked in. */
    due?: string;
    /** Whole days past `due` (overdue check-ins only). */
    overdueDays?: number;
    /** The cadence as written, e.g. `every 3 months`. */
    cadence: string;
    /** Whose cadence it is: the tie's own `checkin`, or the network's default. */
    cadenceOf: 'tie' | 'network';
    /** The whole tie declaration. */
    location: SourceLocation;
    /** Its `tie A -- B` header. */
    nameLocation: SourceLocation;
}

export interface NetworkCheckins {
    /** The day the check-ins are judged on. */
    today: string;
    /** Most overdue first. */
    overdue: Checkin[];
    /** Soonest first. */
    dueThisMonth: Checkin[];
    /** Soonest first. */
    later: Checkin[];
    /** In the order the ties are declared. */
    never: Checkin[];
}

/** The network's check-ins on `today` (YYYY-MM-DD), grouped (see the file's comment). */
export function networkCheckins(network: NetworkModel, today: string): NetworkCheckins {
    if (!isValidDate(today)) throw new Error(`networkCheckins: today must be a date as YYYY-MM-DD, not '${today}'`);
    const result: NetworkCheckins = { today, overdue: [], dueThisMonth: [], later: [], never: [] };
    const fallback = network.declaration?.checkin;
    const month = today.slice(0, 7);
    for (const tie of network.ties) {
        const next = nextCheckin(tie, fallback);
        if (next) {
            const late = daysBetween(next.due, today);
            const checkin = checkinOf(network, tie, next.cadence.text, { lastCheckin: tie.lastCheckin, due: next.due });
            if (late > 0) result.overdue.push({ ...checkin, overdueDays: late });
            else if (next.due.slice(0, 7) === month) result.dueThisMonth.push(checkin);
            else result.later.push(checkin);
            continue;
        }
        const cadence = firstCheckinCadence(network, tie);
        if (cadence) result.never.push(checkinOf(network, tie, cadence.text, {}));
    }
    const byDue = (a: Checkin, b: Checkin) => compare(a.due!, b.due!) || compare(a.tie, b.tie);
    result.overdue.sort(byDue);
    result.dueThisMonth.sort(byDue);
    result.later.sort(byDue);
    return result;
}

function checkinOf(network: NetworkModel, tie: TieModel, cadence: string, dates: { lastCheckin?: string; due?: string }): Checkin {
    const partner = (name: string): CheckinPartner => ({ name, title: network.partners.get(name)?.title ?? name });
    return {
        tie: tie.name,
        partners: [partner(tie.left), partner(tie.right)],
        ...dates,
        cadence,
        cadenceOf: tie.checkin ? 'tie' : 'network',
        location: tie.location,
        nameLocation: tie.nameLocation
    };
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
