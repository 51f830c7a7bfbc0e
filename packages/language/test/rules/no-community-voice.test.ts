import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const MESSAGE = 'No partner of the network Eastside speaks for the people it serves: none is a resident or community group (sector resident or community-group), and none brings lived experience (plays a role that provides lived-experience, or gives lived-experience on a tie). Bring in residents or a community group, and give them a role.';

const NET = ({ clinic = 'healthcare', roles = '', plays = '', gives = 'data', extra = '' } = {}) => `network Eastside {
    us Bank
}

role Distribution
${roles}
partner Bank {
    sector nonprofit
    plays Distribution
}
partner City {
    sector government
}
partner Clinic {
    sector ${clinic}
${plays}}
${extra}
tie Bank -- Clinic {
    Clinic gives ${gives}
}
`;

describe('no-community-voice', () => {
    it('fires on the network name when no partner is a resident or community group and nobody brings lived experience', async () => {
        const result = await findings('no-community-voice', NET());
        expect(result).toEqual([{
            text: 'Eastside',
            severity: 2,
            message: MESSAGE,
            related: [],
            data: expect.objectContaining({ code: 'no-community-voice', element: { kind: 'network', name: 'Eastside' } })
        }]);
    });

    it('does not fire with a resident or community-group partner', async () => {
        expect(await findings('no-community-voice', NET({ clinic: 'resident' }))).toEqual([]);
        expect(await findings('no-community-voice', NET({ clinic: 'community-group' }))).toEqual([]);
    });

    it('does not fire when a partner plays a role that provides lived experience, or gives it on a tie', async () => {
        const role = 'role Voices {\n    provides lived-experience\n}\n';
        expect(await findings('no-community-voice', NET({ roles: role, plays: '    plays Voices\n' }))).toEqual([]);
        expect(await findings('no-community-voice', NET({ gives: 'lived-experience, data' }))).toEqual([]);
    });

    it('still fires when the lived-experience role is played by nobody, relating that role', async () => {
        const result = await findings('no-community-voice', NET({ roles: 'role Voices {\n    provides expertise, lived-experience\n}\n' }));
        expect(result.map(r => [r.message, r.related])).toEqual([[MESSAGE, ['6: role Voices provides lived-experience, but no partner plays it']]]);
    });

    it('leaves ended partners out: they are no voice, and do not count towards the 3 partners', async () => {
        const ended = `partner Tenants {\n    sector community-group\n    stage ended\n}\n`;
        expect((await findings('no-community-voice', NET({ extra: ended }))).map(r => r.text)).toEqual(['Eastside']);
        // A dormant partner is still a partner.
        expect(await findings('no-community-voice', NET({ extra: ended.replace('ended', 'dormant') }))).toEqual([]);
        // City ended: two current partners are not yet a coalition.
        expect(await findings('no-community-voice', NET().replace('sector government', 'sector government\n    stage ended'))).toEqual([]);
        // Only an ended partner plays the lived-experience role, or gives it.
        const role = 'role Voices {\n    provides lived-experience\n}\n';
        const playedByEnded = NET({ roles: role, extra: 'partner Former {\n    plays Voices\n    stage ended\n}\n' });
        expect((await findings('no-community-voice', playedByEnded)).map(r => r.related)).toEqual([['6: role Voices provides lived-experience, but no partner plays it']]);
        const givenByEnded = NET({ gives: 'lived-experience', plays: '    stage ended\n', extra: 'partner Radio {\n    sector media\n}\n' });
        expect((await findings('no-community-voice', givenByEnded)).map(r => r.text)).toEqual(['Eastside']);
    });

    it('does not judge networks of fewer than 3 partners, or loose files', async () => {
        expect(await findings('no-community-voice', 'network Eastside\npartner Bank {\n    sector nonprofit\n}\npartner City {\n    sector government\n}\n')).toEqual([]);
        expect(await findings('no-community-voice', NET().replace('network Eastside {\n    us Bank\n}\n', ''))).toEqual([]);
    });

    it('respects @allow on the network block', async () => {
        const text = `// @allow no-community-voice -- the tenants' association joins in January\n${NET()}`;
        expect(await findings('no-community-voice', text)).toEqual([]);
    });
});
