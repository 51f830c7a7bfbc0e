import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (needs: string, rest: string) => `goal Fresh "Fresh produce for every block" {
    ${needs}
}

role Distribution {
    provides space
    serves Fresh
}

role Outreach {
    provides lived-experience
    serves Fresh
}

${rest}`;

const PARTNERS = `partner Bank { plays Distribution }
partner Tenants { plays Outreach }
partner Clinic
tie Bank -- Clinic {
    Bank gives data
    Clinic gives expertise
}
`;

describe('unmet-need', () => {
    it('fires once, on the first unmet value of the needs line, listing the values no serving partner provides, with the serving roles related', async () => {
        // The finding is on `funding`, the first value nobody serving the goal provides (data is met).
        expect(await findings('unmet-need', NET('needs data, funding, lived-experience, equipment', PARTNERS))).toEqual([{
            text: 'funding',
            severity: 2,
            message: 'The goal Fresh needs funding and equipment, but none of the partners serving it (Bank, Tenants) provides them. Bring in a partner who can, through a role that serves Fresh, or record where a serving partner already does (provides on its role, gives in its ties).',
            related: [
                '5: role Distribution serves Fresh and provides space; played by Bank',
                '10: role Outreach serves Fresh and provides lived-experience; played by Tenants'
            ],
            data: expect.objectContaining({ code: 'unmet-need', element: { kind: 'goal', name: 'Fresh' } })
        }]);
    });

    it("counts a serving partner's gives in any of its ties, but not what a partner that does not serve the goal gives", async () => {
        // Bank gives data to the Clinic (a tie outside the goal): met. The Clinic gives expertise but serves nothing: not met.
        expect((await findings('unmet-need', NET('needs data, expertise', PARTNERS))).map(r => r.message)).toEqual([
            'The goal Fresh needs expertise, but none of the partners serving it (Bank, Tenants) provides it. Bring in a partner who can, through a role that serves Fresh, or record where a serving partner already does (provides on its role, gives in its ties).'
        ]);
        expect(await findings('unmet-need', NET('needs data, space, lived-experience', PARTNERS))).toEqual([]);
    });

    it("counts only the provides of the roles that serve the goal, and only of roles someone plays", async () => {
        const rest = `role Funder {
    provides funding
}
role Evidence {
    provides data
    serves Fresh
}
partner Bank { plays Distribution, Funder }
partner Tenants { plays Outreach }
`;
        const result = await findings('unmet-need', NET('needs funding, data', rest));
        expect(result.map(r => [r.message, r.related])).toEqual([[
            'The goal Fresh needs funding and data, but none of the partners serving it (Bank, Tenants) provides them. Bring in a partner who can, through a role that serves Fresh, or record where a serving partner already does (provides on its role, gives in its ties).',
            [
                '5: role Distribution serves Fresh and provides space; played by Bank',
                '10: role Outreach serves Fresh and provides lived-experience; played by Tenants',
                '18: role Evidence serves Fresh and provides data; no partner plays it'
            ]
        ]]);
    });

    it('does not count a dormant or ended partner, and says so', async () => {
        const oneAway = `partner Bank { plays Distribution }
partner Tenants {
    plays Outreach
    stage dormant
}
`;
        expect((await findings('unmet-need', NET('needs lived-experience', oneAway))).map(r => r.message)).toEqual([
            'The goal Fresh needs lived-experience, but Bank, the only active partner serving it, does not provide it. Tenants also serves it but is dormant. Bring in a partner who can, through a role that serves Fresh, or record where a serving partner already does (provides on its role, gives in its ties).'
        ]);
        const allAway = `partner Bank {
    plays Distribution
    stage ended
}
partner Tenants {
    plays Outreach
    stage dormant
}
`;
        expect((await findings('unmet-need', NET('needs lived-experience, space', allAway))).map(r => r.message)).toEqual([
            'The goal Fresh needs lived-experience and space, but every partner serving it is dormant or ended (Bank ended, Tenants dormant). Bring in a partner who can, through a role that serves Fresh, or record where a serving partner already does (provides on its role, gives in its ties).'
        ]);
        const onlyOne = `partner Bank { plays Distribution }\n`;
        expect((await findings('unmet-need', NET('needs funding', onlyOne))).map(r => r.message)).toEqual([
            expect.stringMatching(/^The goal Fresh needs funding, but Bank, the only partner serving it, does not provide it\. /)
        ]);
    });

    it('counts a prospect or exploring partner: the plan is written, the coalition is getting to know it', async () => {
        const prospect = `partner Bank { plays Distribution }
partner Tenants {
    plays Outreach
    stage exploring since 2026-09-01
}
`;
        expect(await findings('unmet-need', NET('needs lived-experience', prospect))).toEqual([]);
    });

    it('is silent for an achieved goal, a goal without needs, and a goal nobody serves (goal-without-partner says so)', async () => {
        expect(await findings('unmet-need', NET('needs funding\n    achieved 2026-10-15', PARTNERS))).toEqual([]);
        expect(await findings('unmet-need', NET('due 2027-12-31', PARTNERS))).toEqual([]);
        const nobody = NET('needs funding', 'partner Clinic\n');
        expect(await findings('unmet-need', nobody)).toEqual([]);
        expect((await findings('goal-without-partner', nobody)).map(r => r.text)).toEqual(['Fresh']);
    });

    it('respects @allow on the goal', async () => {
        const text = NET('needs funding', PARTNERS).replace('goal Fresh', '// @allow unmet-need -- the county grant is decided in January\ngoal Fresh');
        expect(await findings('unmet-need', text)).toEqual([]);
    });
});
