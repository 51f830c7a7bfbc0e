import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const PARTNERS = ['Bank', 'Church', 'Clinic', 'Radio', 'School', 'Tenants'];

const NET = (meeting: string, { policy = '', extra = '' } = {}) => `network N {
    us Bank
${policy}}

role Convener

${PARTNERS.map(name => `partner ${name}`).join('\n')}
${extra}
meeting Forum {
    every 1 month
    duration 2 hours
${meeting}}
`;

describe('invite-all', () => {
    it('fires on the meeting name when a meeting without roles invites more than half the partners, with each invitation related', async () => {
        const result = await findings('invite-all', NET('    invites Bank, Church, Clinic\n    invites Radio\n'));
        expect(result).toEqual([{
            text: 'Forum',
            severity: 2,
            message: "The meeting Forum names no roles and invites 4 of the network's 6 partners, 67%; the limit is 50%. Invite a partner only when the meeting needs a role it plays: name the roles the meeting needs (roles ...) and invite by role.",
            related: ['17: invites Bank', '17: invites Church', '17: invites Clinic', '18: invites Radio'],
            data: expect.objectContaining({ code: 'invite-all', element: { kind: 'meeting', name: 'Forum' } })
        }]);
    });

    it('does not fire at exactly the limit, below it, or for a meeting that names roles', async () => {
        expect(await findings('invite-all', NET('    invites Bank, Church, Clinic\n'))).toEqual([]);
        expect(await findings('invite-all', NET('    invites Bank, Church\n'))).toEqual([]);
        expect(await findings('invite-all', NET('    roles Convener\n    invites Bank, Church, Clinic, Radio, School, Tenants\n'))).toEqual([]);
        // A meeting with no invitations at all.
        expect(await findings('invite-all', NET(''))).toEqual([]);
    });

    it('counts a partner named twice once', async () => {
        expect(await findings('invite-all', NET('    invites Bank, Church\n    invites Church, Clinic\n'))).toEqual([]);
    });

    it('leaves ended partners out of both numbers, and says so', async () => {
        // 4 of 6 partners would fire; with Radio ended, Bank, Church and Clinic are 3 of 5 (60%).
        const ended = NET('    invites Bank, Church, Clinic, Radio\n').replace('partner Radio', 'partner Radio {\n    stage ended\n}');
        expect((await findings('invite-all', ended)).map(r => [r.message, r.related])).toEqual([[
            "The meeting Forum names no roles and invites 3 of the network's 5 partners (not counting 1 ended), 60%; the limit is 50%. Invite a partner only when the meeting needs a role it plays: name the roles the meeting needs (roles ...) and invite by role.",
            ['19: invites Bank', '19: invites Church', '19: invites Clinic']
        ]]);
        // 3 of 6 is exactly the limit; with School and Tenants ended, 3 of 4 fires.
        const two = NET('    invites Bank, Church\n    invites Radio\n');
        expect(await findings('invite-all', two)).toEqual([]);
        const fewer = two.replace('partner Tenants', 'partner Tenants {\n    stage ended\n}').replace('partner School', 'partner School {\n    stage ended\n}');
        expect((await findings('invite-all', fewer)).map(r => String(r.message).split(';')[0])).toEqual([
            "The meeting Forum names no roles and invites 3 of the network's 4 partners (not counting 2 ended), 75%"
        ]);
    });

    it('does not judge networks of fewer than 4 current partners', async () => {
        const three = `partner A\npartner B\npartner C\nmeeting All {\n    invites A, B, C\n}\n`;
        expect(await findings('invite-all', three)).toEqual([]);
        const four = `${three}partner D\n`;
        expect((await findings('invite-all', four)).map(r => r.text)).toEqual(['All']);
        const fourWithEnded = `${three}partner D {\n    stage ended\n}\n`;
        expect(await findings('invite-all', fourWithEnded)).toEqual([]);
    });

    it('max-invite-share sets the limit (a fraction or a percentage)', async () => {
        const policy = (value: string) => ({ policy: `    policy {\n        max-invite-share ${value}\n    }\n` });
        expect(await findings('invite-all', NET('    invites Bank, Church, Clinic, Radio\n', policy('0.7')))).toEqual([]);
        const result = await findings('invite-all', NET('    invites Bank, Church\n', policy('25%')));
        expect(result.map(r => String(r.message).split('. ')[0])).toEqual([
            "The meeting Forum names no roles and invites 2 of the network's 6 partners, 33%; the limit is 25%"
        ]);
    });

    it('shows a decimal where the rounded share would read as the limit itself', async () => {
        const network = (partners: number, invited: number) => `network N\n${Array.from({ length: partners }, (_, i) => `partner Q${i}`).join('\n')}\n`
            + `meeting Assembly {\n    invites ${Array.from({ length: invited }, (_, i) => `Q${i}`).join(', ')}\n}\n`;
        // 51 of 101 is 50.495...%.
        expect((await findings('invite-all', network(101, 51))).map(r => String(r.message).split('. ')[0])).toEqual([
            "The meeting Assembly names no roles and invites 51 of the network's 101 partners, 50.5%; the limit is 50%"
        ]);
        // 51 of 102 is exactly half.
        expect(await findings('invite-all', network(102, 51))).toEqual([]);
    });

    it('respects @allow on the meeting', async () => {
        const text = NET('    invites Bank, Church, Clinic, Radio\n').replace('meeting Forum', '// @allow invite-all -- the annual assembly: every partner is welcome\nmeeting Forum');
        expect(await findings('invite-all', text)).toEqual([]);
    });
});
