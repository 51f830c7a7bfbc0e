/**
 * Time accounting (docs/language.md): a partner's load per month is the effort of its ties, plus the
 * hours of the meetings it attends (invited by one of its roles or by name), plus the commitments
 * of its roles.
 */
import type { Hours, NetworkModel, SourceLocation, TieModel } from './types.js';
import { attendees, playersByRole } from './network.js';

export interface LoadItem {
    kind: 'tie' | 'meeting' | 'commitment';
    /** What it is: `tie EastsideFoodBank -- UnitedWay`, `meeting Steering`, `role Funder`. */
    label: string;
    hoursPerMonth: number;
    location: SourceLocation;
}

export interface Load {
    partner: string;
    hoursPerMonth: number;
    items: LoadItem[];
}

export function computeLoads(network: NetworkModel): Map<string, Load> {
    const loads = new Map<string, Load>();
    for (const name of network.partners.keys()) loads.set(name, { partner: name, hoursPerMonth: 0, items: [] });
    const add = (partner: string, item: LoadItem) => {
        const load = loads.get(partner);
        if (!load || item.hoursPerMonth <= 0) return;
        load.items.push(item);
        load.hoursPerMonth += item.hoursPerMonth;
    };

    for (const tie of network.ties) {
        if (!tie.effort) continue;
        const item = tieItemOf(tie, tie.effort);
        add(tie.left, item);
        add(tie.right, item);
    }

    const playersOf = playersByRole(network);

    for (const meeting of network.meetings.values()) {
        if (meeting.hoursPerMonth <= 0) continue;
        for (const attendee of attendees(meeting, playersOf)) {
            add(attendee, {
                kind: 'meeting',
                label: `meeting ${meeting.name}`,
                hoursPerMonth: meeting.hoursPerMonth,
                location: meeting.nameLocation
            });
        }
    }

    for (const role of network.roles.values()) {
        if (!role.commitment) continue;
        for (const player of playersOf.get(role.name) ?? []) {
            add(player, {
                kind: 'commitment',
                label: `role ${role.name}`,
                hoursPerMonth: role.commitment.hoursPerMonth,
                location: role.commitment.location
            });
        }
    }
    return loads;
}

/**
 * The load item of each tie with an effort, kept with the tie: a tie model is not changed after it is
 * built and is the same object while its file is not re-parsed, so an edit makes only the items of
 * the edited file's ties again (the items are read, never changed).
 */
const tieItems = new WeakMap<TieModel, LoadItem>();

function tieItemOf(tie: TieModel, effort: Hours): LoadItem {
    let item = tieItems.get(tie);
    if (!item) tieItems.set(tie, item = { kind: 'tie', label: `tie ${tie.name}`, hoursPerMonth: effort.hoursPerMonth, location: effort.location });
    return item;
}
