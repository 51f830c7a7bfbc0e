import type { RoleModel } from '../model/types.js';
import type { Rule } from './types.js';

/** Two roles claim the same lane (partnership practice: mark the lanes, then stay in yours). */
export const laneOverlap: Rule = {
    meta: {
        code: 'lane-overlap',
        defaultSeverity: 'warning',
        summary: 'two roles claim the same lane',
        fixable: false
    },
    check({ network }, report) {
        const first = new Map<string, RoleModel>();
        for (const role of network.roles.values()) {
            if (role.lane === undefined) continue;
            const key = normaliseLane(role.lane);
            if (key === '') continue;
            const owner = first.get(key);
            if (!owner) {
                first.set(key, role);
                continue;
            }
            report({
                message: `The role ${role.name} claims the same lane as ${owner.name} ("${tidy(role.lane)}"); give each role a lane of its own, or merge the two roles.`,
                location: role.properties.lane ?? role.nameLocation,
                element: { kind: 'role', name: role.name },
                related: [{ message: `role ${owner.name} claims the lane "${tidy(owner.lane!)}"`, location: owner.properties.lane ?? owner.nameLocation }]
            });
        }
    }
};

/** A lane as shown in messages: trimmed, runs of whitespace as one space. */
function tidy(lane: string): string {
    return lane.trim().replace(/\s+/g, ' ');
}

/** Lanes are compared without regard to case or runs of whitespace. */
export function normaliseLane(lane: string): string {
    return tidy(lane).toLowerCase();
}
