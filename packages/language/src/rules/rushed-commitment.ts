import { joinWords } from '../utils/words.js';
import { attendees, isProspective, playersByRole, tiesOf, otherEnd } from '../model/network.js';
import { exceeds, formatHours } from '../utils/numbers.js';
import type { RelatedLocation, Rule } from './types.js';

/**
 * A partner still being got to know (`stage prospect` or `exploring`) is already asked for standing
 * commitments: a role's commitment, a meeting, or a tie that takes more than `max-prospect-effort`
 * (partnership practice: go slow to go fast).
 */
export const rushedCommitment: Rule = {
    meta: {
        code: 'rushed-commitment',
        defaultSeverity: 'warning',
        summary: 'a prospect or exploring partner carries a role commitment, a meeting invitation, or tie effort above max-prospect-effort',
        fixable: false
    },
    check({ network, threshold }, report) {
        const limit = threshold('max-prospect-effort');
        const players = playersByRole(network);
        for (const partner of network.partners.values()) {
            if (!isProspective(partner)) continue;
            const things: string[] = [];
            const related: RelatedLocation[] = [];
            for (const roleName of partner.roles) {
                const role = network.roles.get(roleName);
                if (!role?.commitment || !(role.commitment.hoursPerMonth > 0)) continue;
                things.push(`the commitment of the role ${role.name} (${formatHours(role.commitment.hoursPerMonth)} h/month)`);
                related.push({ message: `role ${role.name}: commitment ${formatHours(role.commitment.hoursPerMonth)} h/month`, location: role.commitment.location });
            }
            for (const meeting of network.meetings.values()) {
                if (!attendees(meeting, players).includes(partner.name)) continue;
                const invited = meeting.inviteLocations.get(partner.name);
                if (invited || meeting.invites.includes(partner.name)) {
                    things.push(`an invitation to the meeting ${meeting.name}`);
                    related.push({ message: `meeting ${meeting.name} invites ${partner.name}`, location: invited ?? meeting.properties.invites ?? meeting.nameLocation });
                } else {
                    const through = meeting.roles.filter(role => partner.roles.includes(role));
                    const roles = `${through.length === 1 ? 'role' : 'roles'} ${through.join(', ')}`;
                    things.push(`an invitation to the meeting ${meeting.name} (through the ${roles})`);
                    related.push({ message: `meeting ${meeting.name} invites the partners playing ${roles}`, location: meeting.properties.roles ?? meeting.nameLocation });
                }
            }
            let heavyTies = 0;
            for (const tie of tiesOf(network, partner.name)) {
                if (!tie.effort || !exceeds(tie.effort.hoursPerMonth, limit)) continue;
                heavyTies++;
                things.push(`${formatHours(tie.effort.hoursPerMonth)} h/month of effort on its tie with ${otherEnd(tie, partner.name)}`);
                related.push({ message: `tie ${tie.name}: effort ${formatHours(tie.effort.hoursPerMonth)} h/month`, location: tie.effort.location });
            }
            if (things.length === 0) continue;
            const stage = partner.stage === 'prospect' ? 'a prospect' : 'exploring';
            const since = partner.stageSince ? ` (since ${partner.stageSince})` : '';
            const limitNote = heavyTies > 0 ? ` A tie with a partner still being got to know should take at most ${formatHours(limit)} h/month.` : '';
            report({
                message: `${partner.name} is still ${stage}${since} but already has ${joinWords(things)}.${limitNote} Go slow to go fast: get to know each other first and ask for standing commitments once it is active, or set its stage to active if you already work together.`,
                location: partner.properties.stage ?? partner.nameLocation,
                element: { kind: 'partner', name: partner.name },
                related
            });
        }
    }
};
