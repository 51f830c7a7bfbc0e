import { current, isEnded } from '../model/network.js';
import { exceeds, roundTo } from '../utils/numbers.js';
import type { Rule } from './types.js';

/**
 * Fewer partners than this and the rule does not judge: in a network of three, any meeting of two or
 * more is most of the network, and a small coalition meeting as a whole is how it works.
 */
export const INVITE_ALL_FROM = 4;

/**
 * A meeting that names no roles invites most of the network (partnership practice: invite a
 * partner only when the meeting needs the role it plays, so as not to overburden partners).
 */
export const inviteAll: Rule = {
    meta: {
        code: 'invite-all',
        defaultSeverity: 'warning',
        summary: 'a meeting names no roles and invites more than max-invite-share of the partners',
        fixable: false
    },
    check({ network, threshold }, report) {
        // Ended partners are history kept in the file: they are neither invited nor counted.
        const partners = current(network);
        const ended = network.partners.size - partners;
        if (partners < INVITE_ALL_FROM) return;
        const limit = threshold('max-invite-share');
        for (const meeting of network.meetings.values()) {
            // A meeting that names its roles invites by role (invite-without-role checks its extra
            // invitations); `roles` naming an unknown role is an unresolved-reference error already.
            if (meeting.roles.length > 0 || meeting.properties.roles) continue;
            const invited = meeting.invites.filter(name => {
                const partner = network.partners.get(name);
                return partner !== undefined && !isEnded(partner);
            });
            const share = invited.length / partners;
            if (!exceeds(share, limit)) continue;
            const counted = ended > 0 ? `${partners} partners (not counting ${ended} ended)` : `${partners} partners`;
            report({
                message: `The meeting ${meeting.name} names no roles and invites ${invited.length} of the network's ${counted}, ${formatShare(share, limit)}; the limit is ${formatShare(limit, limit)}. Invite a partner only when the meeting needs a role it plays: name the roles the meeting needs (roles ...) and invite by role.`,
                location: meeting.nameLocation,
                element: { kind: 'meeting', name: meeting.name },
                related: invited.flatMap(name => {
                    const location = meeting.inviteLocations.get(name);
                    return location ? [{ message: `invites ${name}`, location }] : [];
                })
            });
        }
    }
};

/** A share as a percentage: whole percent, or one more decimal where that would read as the limit itself. */
function formatShare(share: number, limit: number): string {
    let digits = 0;
    while (digits < 4 && share !== limit && roundTo(share * 100, digits) === roundTo(limit * 100, digits)) digits++;
    return `${roundTo(share * 100, digits)}%`;
}
