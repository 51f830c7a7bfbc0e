/**
 * Time accounting (LANGUAGE.md): a partner's load per month is the effort of its ties, plus the
 * hours of the meetings it attends (invited by one of its roles or by name), plus the commitments
 * of its roles.
 */
import type { NetworkModel, SourceLocation } from './types.js';

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

    const playersOf = new Map<string, string[]>();
    for (const partner of network.partners.values()) {
        for (const role of partner.roles) {
            const players = playersOf.get(role) ?? [];
            players.push(partner.name);
            playersOf.set(role, players);
        }
    }

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

/** Partners who attend a meeting: those playing one of its roles, and those invited by name. */
export function attendees(meeting: { roles: string[]; invites: string[] }, playersOf: ReadonlyMap<string, string[]>): string[] {
    const result = new Set<string>();
    for (const role of meeting.roles) playersOf.get(role)?.forEach(p => result.add(p));
    meeting.invites.forEach(p => result.add(p));
    return [...result];
}
