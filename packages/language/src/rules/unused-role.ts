import type { Rule } from './types.js';

/** No partner plays the role (partnership practice: roles are for partners to play). */
export const unusedRole: Rule = {
    meta: {
        code: 'unused-role',
        defaultSeverity: 'info',
        summary: 'no partner plays the role',
        fixable: false
    },
    check({ network }, report) {
        const played = new Set<string>();
        for (const partner of network.partners.values()) partner.roles.forEach(role => played.add(role));
        for (const role of network.roles.values()) {
            if (played.has(role.name)) continue;
            report({
                message: `No partner plays the role ${role.name}; assign it (plays ${role.name}) or remove it.`,
                location: role.nameLocation,
                element: { kind: 'role', name: role.name }
            });
        }
    }
};
