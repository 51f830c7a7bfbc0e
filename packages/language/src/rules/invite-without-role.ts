import type { RelatedLocation, Rule } from './types.js';

/**
 * A meeting that names the roles it needs invites a partner none of whose roles is among them
 * (partnership practice: invite a partner only when it needs to play its role there).
 */
export const inviteWithoutRole: Rule = {
    meta: {
        code: 'invite-without-role',
        defaultSeverity: 'warning',
        summary: "a meeting invites a partner none of whose roles is among the meeting's roles",
        fixable: false
    },
    check({ network }, report) {
        const us = network.declaration?.us;
        for (const meeting of network.meetings.values()) {
            // A meeting without roles is a general meeting: its invitations are its guest list.
            if (meeting.roles.length === 0) continue;
            const needed = meeting.roles.join(', ');
            for (const name of meeting.invites) {
                // Our own organisation convenes; its time is held against the budget (over-budget).
                if (name === us) continue;
                const partner = network.partners.get(name);
                if (!partner || partner.roles.some(role => meeting.roles.includes(role))) continue;
                const related: RelatedLocation[] = [];
                if (meeting.properties.roles) related.push({ message: `meeting ${meeting.name} needs roles ${needed}`, location: meeting.properties.roles });
                related.push(partner.roles.length > 0
                    ? { message: `${name} plays ${partner.roles.join(', ')}`, location: partner.properties.plays ?? partner.nameLocation }
                    : { message: `${name} plays no role`, location: partner.nameLocation });
                const plays = partner.roles.length === 0
                    ? 'which plays no role'
                    : `whose ${partner.roles.length === 1 ? 'role' : 'roles'} (${partner.roles.join(', ')}) ${partner.roles.length === 1 ? 'is' : 'are'} not among the meeting's roles (${needed})`;
                report({
                    message: `The meeting ${meeting.name} invites ${name}, ${plays}; invite a partner only when the meeting needs a role it plays.`,
                    location: meeting.inviteLocations.get(name) ?? meeting.properties.invites ?? meeting.nameLocation,
                    element: { kind: 'meeting', name: meeting.name },
                    related
                });
            }
        }
    }
};
