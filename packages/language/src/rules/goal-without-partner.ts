import type { Rule } from './types.js';

/** No partner plays a role that serves the goal (partnership practice: goals hold a network together). */
export const goalWithoutPartner: Rule = {
    meta: {
        code: 'goal-without-partner',
        defaultSeverity: 'warning',
        summary: 'no partner plays a role that serves the goal',
        fixable: false
    },
    check({ network }, report) {
        const playedRoles = new Set<string>();
        for (const partner of network.partners.values()) partner.roles.forEach(role => playedRoles.add(role));
        const served = new Set<string>();
        for (const role of network.roles.values()) {
            if (playedRoles.has(role.name)) role.serves.forEach(goal => served.add(goal));
        }
        for (const goal of network.goals.values()) {
            if (served.has(goal.name)) continue;
            const roles = [...network.roles.values()].filter(role => role.serves.includes(goal.name));
            report({
                message: roles.length === 0
                    ? `No role serves the goal ${goal.name}; add 'serves ${goal.name}' to a role that partners play.`
                    : `No partner plays a role that serves the goal ${goal.name} (${roles.map(r => r.name).join(', ')} ${roles.length === 1 ? 'is' : 'are'} played by nobody).`,
                location: goal.nameLocation,
                element: { kind: 'goal', name: goal.name },
                related: roles.map(role => ({ message: `role ${role.name} serves ${goal.name}`, location: role.nameLocation }))
            });
        }
    }
};
