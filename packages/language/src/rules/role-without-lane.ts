import type { Rule } from './types.js';

/** From this many roles, every role needs a lane (with one or two, who does what is plain). */
export const LANES_FROM = 3;

/** A role states no lane in a network of 3 or more roles (partnership practice: mark the lanes). */
export const roleWithoutLane: Rule = {
    meta: {
        code: 'role-without-lane',
        defaultSeverity: 'info',
        summary: `a role has no lane in a network of ${LANES_FROM} or more roles`,
        fixable: true
    },
    check({ network }, report) {
        const roles = network.roles.size;
        if (roles < LANES_FROM) return;
        for (const role of network.roles.values()) {
            // `lane ""` marks no lane either.
            if (role.lane !== undefined && role.lane.trim() !== '') continue;
            const what = role.lane === undefined ? 'has no lane' : 'has an empty lane';
            report({
                message: `The role ${role.name} ${what}; with ${roles} roles in the network, write down what this role is responsible for (lane "..."), so that partners know who does what and don't step on each other's toes.`,
                location: role.properties.lane ?? role.nameLocation,
                element: { kind: 'role', name: role.name },
                // A placeholder to fill in (an empty lane is fixed where it is written).
                ...(role.lane === undefined ? { fix: { kind: 'add-property' as const, element: { kind: 'role' as const, name: role.name }, lines: ['lane "what this role is responsible for"'], title: `Add a lane to ${role.name}` } } : {})
            });
        }
    }
};
