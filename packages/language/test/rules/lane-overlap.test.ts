import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const ROLES = (a: string, b: string, c = '"Food rescue pickups"') => `role Distribution {
    lane ${a}
}

role Pantry {
    lane ${b}
}

role Rescue {
    lane ${c}
}
`;

describe('lane-overlap', () => {
    it("fires on the later role's lane, related to the role that claimed it first", async () => {
        const result = await findings('lane-overlap', ROLES('"Weekly pantry logistics"', '"Weekly pantry logistics"'));
        expect(result).toEqual([{
            text: '"Weekly pantry logistics"',
            severity: 2,
            message: 'The role Pantry claims the same lane as Distribution ("Weekly pantry logistics"); give each role a lane of its own, or merge the two roles.',
            related: ['2: role Distribution claims the lane "Weekly pantry logistics"'],
            data: expect.objectContaining({ code: 'lane-overlap', element: { kind: 'role', name: 'Pantry' } })
        }]);
    });

    it('compares lanes regardless of case and whitespace, and relates every later role to the first', async () => {
        const result = await findings('lane-overlap', ROLES('"Weekly pantry logistics"', '"weekly  PANTRY logistics "', '"Weekly Pantry\\tLogistics"'));
        expect(result.map(r => [r.message, r.related])).toEqual([
            ['The role Pantry claims the same lane as Distribution ("weekly PANTRY logistics"); give each role a lane of its own, or merge the two roles.',
                ['2: role Distribution claims the lane "Weekly pantry logistics"']],
            ['The role Rescue claims the same lane as Distribution ("Weekly Pantry Logistics"); give each role a lane of its own, or merge the two roles.',
                ['2: role Distribution claims the lane "Weekly pantry logistics"']]
        ]);
    });

    it('finds overlaps across the files of one network', async () => {
        const { build } = await import('../helpers.js');
        const built = await build({
            'n/network.partnership': 'network N\nrole Distribution {\n    lane "Weekly pantry logistics"\n}\n',
            'n/roles.partnership': 'role Pantry {\n    lane "Weekly Pantry Logistics"\n}\n'
        });
        const lanes = built.diagnostics('n/roles.partnership').filter(d => d.code === 'lane-overlap');
        expect(lanes.map(d => [d.range.start.line + 1, d.relatedInformation?.[0].location.uri])).toEqual([[2, 'file:///ws/n/network.partnership']]);
        expect(built.diagnostics('n/network.partnership').filter(d => d.code === 'lane-overlap')).toEqual([]);
    });

    it('does not fire for different lanes, empty lanes or roles without a lane', async () => {
        expect(await findings('lane-overlap', ROLES('"Weekly pantry logistics"', '"Mobile market logistics"'))).toEqual([]);
        expect(await findings('lane-overlap', ROLES('""', '" "'))).toEqual([]);
        expect(await findings('lane-overlap', 'role A\nrole B {\n    lane "Outreach"\n}\n')).toEqual([]);
    });

    it('respects @allow on the later role', async () => {
        const text = ROLES('"Weekly pantry logistics"', '"Weekly pantry logistics"').replace('role Pantry', '// @allow lane-overlap -- the two roles merge in January\nrole Pantry');
        expect(await findings('lane-overlap', text)).toEqual([]);
    });
});
