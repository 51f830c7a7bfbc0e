import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const ROLES = (a: string, b: string, c?: string) => `role Distribution${a}

role Outreach${b}
${c === undefined ? '' : `
role Evidence${c}
`}`;

const lane = (text: string) => ` {\n    lane ${text}\n}`;

describe('role-without-lane', () => {
    it('fires on the name of each role without a lane in a network of 3 roles', async () => {
        const result = await findings('role-without-lane', ROLES(lane('"Weekly pantry logistics"'), '', ' {\n    provides data\n}'));
        expect(result).toEqual([
            {
                text: 'Outreach',
                severity: 3,
                message: "The role Outreach has no lane; with 3 roles in the network, write down what this role is responsible for (lane \"...\"), so that partners know who does what and don't step on each other's toes.",
                related: [],
                data: expect.objectContaining({ code: 'role-without-lane', element: { kind: 'role', name: 'Outreach' } })
            },
            expect.objectContaining({ text: 'Evidence', data: expect.objectContaining({ element: { kind: 'role', name: 'Evidence' } }) })
        ]);
    });

    it('reports an empty lane on the lane itself', async () => {
        const result = await findings('role-without-lane', ROLES(lane('"Weekly pantry logistics"'), lane('"  "'), lane('"Shared data"')));
        expect(result.map(r => [r.text, r.message])).toEqual([[
            '"  "',
            "The role Outreach has an empty lane; with 3 roles in the network, write down what this role is responsible for (lane \"...\"), so that partners know who does what and don't step on each other's toes."
        ]]);
    });

    it('does not fire with fewer than 3 roles, or when every role has a lane', async () => {
        expect(await findings('role-without-lane', ROLES('', ''))).toEqual([]);
        expect(await findings('role-without-lane', ROLES(lane('"Weekly pantry logistics"'), lane('"Door-to-door outreach"'), lane('"Shared data"')))).toEqual([]);
    });

    it('counts the roles of every file of the network', async () => {
        const { build } = await import('../helpers.js');
        const built = await build({
            'n/network.partnership': 'network N\nrole Distribution {\n    lane "Weekly pantry logistics"\n}\nrole Outreach\n',
            'n/roles.partnership': 'role Evidence {\n    lane "Shared data"\n}\n'
        });
        expect(built.diagnostics('n/network.partnership').filter(d => d.code === 'role-without-lane').map(d => d.range.start.line + 1)).toEqual([5]);
    });

    it('respects @allow on the role', async () => {
        const text = ROLES(lane('"Weekly pantry logistics"'), '', lane('"Shared data"')).replace('role Outreach', '// @allow role-without-lane -- the partners settle outreach lanes at the retreat\nrole Outreach');
        expect(await findings('role-without-lane', text)).toEqual([]);
    });
});
