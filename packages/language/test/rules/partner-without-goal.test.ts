import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (evidence: string) => `goal NoFamilyHungry

role Distribution {
    serves NoFamilyHungry
}

role Evidence {
${evidence}}

role Voice

partner Pantry {
    plays Distribution, Voice
}

partner CityHealth {
    plays Evidence, Voice
}

partner Radio {
    plays Voice
}

partner School
`;

describe('partner-without-goal', () => {
    it('fires on the partner name when none of its roles serves a goal, relating those roles', async () => {
        const result = await findings('partner-without-goal', NET(''));
        expect(result).toEqual([
            {
                text: 'CityHealth',
                severity: 2,
                message: 'CityHealth plays Evidence, Voice, none of which serves a goal; say which goal each role works toward (serves ...) so the partnership has a purpose.',
                related: ['7: role Evidence serves no goal', '10: role Voice serves no goal'],
                data: expect.objectContaining({ code: 'partner-without-goal', element: { kind: 'partner', name: 'CityHealth' } })
            },
            expect.objectContaining({
                text: 'Radio',
                message: 'Radio plays Voice, a role that serves no goal; say which goal the role works toward (serves ...) so the partnership has a purpose.',
                related: ['10: role Voice serves no goal']
            })
        ]);
    });

    it('does not fire when one of its roles serves a goal, nor for a partner with no role (partner-without-role)', async () => {
        const result = await findings('partner-without-goal', NET('    serves NoFamilyHungry\n'));
        expect(result.map(r => r.text)).toEqual(['Radio']);
    });

    it('does not fire for a prospect or exploring partner, nor an ended one', async () => {
        for (const stage of ['prospect', 'exploring', 'ended']) {
            expect(await findings('partner-without-goal', `role Host\npartner Clinic {\n    plays Host\n    stage ${stage}\n}\n`), stage).toEqual([]);
        }
        expect(await findings('partner-without-goal', 'role Host\npartner Clinic {\n    plays Host\n    stage active\n}\n')).toHaveLength(1);
    });

    it('respects @allow on the partner', async () => {
        const text = NET('').replace('partner Radio', '// @allow partner-without-goal -- the station carries our announcements as a favour\npartner Radio');
        expect((await findings('partner-without-goal', text)).map(r => r.text)).toEqual(['CityHealth']);
    });
});
