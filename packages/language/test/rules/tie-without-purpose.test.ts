import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

// Bank and Library serve different goals; Tenants serves both. Bank -- Library closes a triangle.
const NET = (tieBody: string, options: { bank?: string; library?: string; tenantsLibrary?: boolean } = {}) => `goal Fresh
goal Literacy

role Distribution { serves Fresh }
role Reading { serves Literacy }
role Outreach { serves Fresh, Literacy }

partner Bank {
    plays Distribution
${options.bank ?? ''}}
partner Library {
    plays Reading
${options.library ?? ''}}
partner Tenants { plays Outreach }

tie Bank -- Tenants {
    Bank gives space
    Tenants gives volunteers
}
${options.tenantsLibrary === false ? '' : 'tie Tenants -- Library {\n    Library gives space\n    Tenants gives lived-experience\n}\n'}
tie Bank -- Library {
${tieBody}}
`;

describe('tie-without-purpose', () => {
    it('fires on a tie between partners with no common goal, where nobody gives, that is no bridge', async () => {
        expect(await findings('tie-without-purpose', NET('    strength weak\n'))).toEqual([{
            text: 'tie Bank -- Library',
            severity: 3,
            message: "The tie Bank -- Library serves no goal the two partners share, nobody gives anything in it, and Bank and Library reach each other through other partners too. Say what each side gives (Bank gives ...), give it a shared goal through the partners' roles, or let the tie go.",
            related: ["8: Bank's roles (Distribution) serve Fresh", "11: Library's roles (Reading) serve Literacy"],
            data: expect.objectContaining({ code: 'tie-without-purpose', element: { kind: 'tie', name: 'Bank -- Library' } })
        }]);
    });

    it('names the effort the tie takes, and a partner with no role or no goal', async () => {
        const body = '    effort 2 hours/week\n';
        expect((await findings('tie-without-purpose', NET(body))).map(r => r.message)).toEqual([
            expect.stringContaining('through other partners too. It takes 8.7 h/month. Say what each side gives')
        ]);
        const noRole = NET('').replace('partner Library {\n    plays Reading\n', 'partner Library {\n');
        expect((await findings('tie-without-purpose', noRole)).map(r => r.related)).toEqual([["8: Bank's roles (Distribution) serve Fresh", '11: Library plays no role']]);
        const noGoal = NET('').replace('role Reading { serves Literacy }', 'role Reading');
        expect((await findings('tie-without-purpose', noGoal)).map(r => r.related)).toEqual([["8: Bank's roles (Distribution) serve Fresh", "11: Library's roles (Reading) serve no goal"]]);
    });

    it('is silent when the partners share a goal through their roles', async () => {
        const shared = NET('').replace('role Reading { serves Literacy }', 'role Reading { serves Literacy, Fresh }');
        expect(await findings('tie-without-purpose', shared)).toEqual([]);
    });

    it('is silent when either side gives or asks anything', async () => {
        expect(await findings('tie-without-purpose', NET('    Bank gives space\n'))).toEqual([]);
        expect(await findings('tie-without-purpose', NET('    Library gives data\n'))).toEqual([]);
        expect(await findings('tie-without-purpose', NET('    Library asks space\n'))).toEqual([]);
    });

    it('is silent when the tie is a bridge (without it the two would not reach each other)', async () => {
        expect(await findings('tie-without-purpose', NET('', { tenantsLibrary: false }))).toEqual([]);
        // Two partners tied to nobody else.
        expect(await findings('tie-without-purpose', 'partner A\npartner B\ntie A -- B\n')).toEqual([]);
        // The other way round goes through an ended partner, who counts in no network metric: a bridge.
        const viaEnded = NET('').replace('partner Tenants { plays Outreach }', 'partner Tenants {\n    plays Outreach\n    stage ended\n}');
        expect(await findings('tie-without-purpose', viaEnded)).toEqual([]);
    });

    it('is silent when either partner is a prospect, exploring, dormant or ended', async () => {
        for (const stage of ['prospect', 'exploring since 2026-09-01', 'dormant', 'ended']) {
            expect(await findings('tie-without-purpose', NET('', { library: `    stage ${stage}\n` })), stage).toEqual([]);
            expect(await findings('tie-without-purpose', NET('', { bank: `    stage ${stage}\n` })), stage).toEqual([]);
        }
        expect((await findings('tie-without-purpose', NET('', { library: '    stage active\n' }))).map(r => r.text)).toEqual(['tie Bank -- Library']);
    });

    it("is silent for the backbone's ties: keeping partners connected is its job", async () => {
        expect(await findings('tie-without-purpose', `network N {\n    backbone Library\n}\n${NET('')}`)).toEqual([]);
        expect((await findings('tie-without-purpose', `network N {\n    backbone Tenants\n}\n${NET('')}`)).map(r => r.text)).toEqual(['tie Bank -- Library']);
    });

    it('respects @allow on the tie', async () => {
        const text = NET('').replace('tie Bank -- Library', '// @allow tie-without-purpose -- the library hosts the spring fair; we are talking about a role\ntie Bank -- Library');
        expect(await findings('tie-without-purpose', text)).toEqual([]);
    });
});
