/**
 * Time accounting (docs/language.md): a partner's load per month is the effort of its ties, plus the
 * hours of the meetings it attends (invited by one of its roles or by name), plus the commitments
 * of its roles.
 */
import type { NetworkModel, SourceLocation } from './types.js';
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
        const item = { kind: 'tie' as const, label: `tie ${tie.name}`, hoursPerMonth: tie.effort.hoursPerMonth, location: tie.effort.location };
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
