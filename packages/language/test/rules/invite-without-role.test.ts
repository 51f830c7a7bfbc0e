import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (meeting: string) => `network N {
    us Bank
}

role Convener
role Funder
role Evidence

partner Bank {
    plays Convener
}
partner UnitedWay {
    plays Funder
}
partner CityHealth {
    plays Evidence
}
partner Radio

meeting Steering {
    every 1 month
    duration 2 hours
${meeting}}
`;

describe('invite-without-role', () => {
    it("fires on the invitation of a partner none of whose roles the meeting lists, relating the meeting's roles and the partner's", async () => {
        const result = await findings('invite-without-role', NET('    roles Convener, Funder\n    invites UnitedWay, CityHealth\n'));
        expect(result).toEqual([{
            text: 'CityHealth',
            severity: 2,
            message: "The meeting Steering invites CityHealth, whose role (Evidence) is not among the meeting's roles (Convener, Funder); invite a partner only when the meeting needs a role it plays.",
            related: ['23: meeting Steering needs roles Convener, Funder', '16: CityHealth plays Evidence'],
            data: expect.objectContaining({ code: 'invite-without-role', element: { kind: 'meeting', name: 'Steering' } })
        }]);
    });

    it('fires once per such invitation, on its own name, also for a partner with no role', async () => {
        const result = await findings('invite-without-role', NET('    roles Funder\n    invites CityHealth\n    invites Radio, CityHealth\n'));
        expect(result.map(r => [r.text, r.message, r.related])).toEqual([
            ['CityHealth', "The meeting Steering invites CityHealth, whose role (Evidence) is not among the meeting's roles (Funder); invite a partner only when the meeting needs a role it plays.",
                ['23: meeting Steering needs roles Funder', '16: CityHealth plays Evidence']],
            ['Radio', 'The meeting Steering invites Radio, which plays no role; invite a partner only when the meeting needs a role it plays.',
                ['23: meeting Steering needs roles Funder', '18: Radio plays no role']]
        ]);
    });

    it('does not fire for a meeting without roles (a general meeting), for our own organisation, or for a partner playing one of the roles', async () => {
        expect(await findings('invite-without-role', NET('    invites UnitedWay, CityHealth, Radio\n'))).toEqual([]);
        expect(await findings('invite-without-role', NET('    roles Funder\n    invites Bank\n'))).toEqual([]);
        expect(await findings('invite-without-role', NET('    roles Funder, Evidence\n    invites CityHealth\n'))).toEqual([]);
    });

    it('respects @allow on the meeting', async () => {
        const text = NET('    roles Funder\n    invites CityHealth\n').replace('meeting Steering', '// @allow invite-without-role -- CityHealth presents the annual data report\nmeeting Steering');
        expect(await findings('invite-without-role', text)).toEqual([]);
    });
});
