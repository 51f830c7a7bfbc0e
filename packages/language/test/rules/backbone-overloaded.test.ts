import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (backbone: string, network = '    backbone Hub\n') => `network N {
    us Bank
${network}}

role Convener {
    commitment 2 hours/month
}

partner Bank
partner Hub {
    plays Convener
${backbone}}

tie Bank -- Hub {
    effort 4 hours/month
}

meeting Steering {
    every 1 month
    duration 2 hours
    roles Convener
}
`;

describe('backbone-overloaded', () => {
    it('fires on the capacity of a backbone asked for more than it, with the backbone line and each load related', async () => {
        const result = await findings('backbone-overloaded', NET('    capacity 6 hours/month\n'));
        expect(result).toEqual([{
            text: '6 hours/month',
            severity: 2,
            message: "Hub, the network's backbone, is asked for 8 h/month on ties, meetings and role commitments; its capacity is 6 h/month (2 h/month over). A backbone that runs out of time stalls the whole coalition: take meetings, roles or ties off it, or fund more of its time and raise its capacity.",
            related: [
                "3: the network's backbone: Hub",
                '17: tie Bank -- Hub: 4 h/month',
                '20: meeting Steering: 2 h/month',
                '7: role Convener: 2 h/month'
            ],
            data: expect.objectContaining({ code: 'backbone-overloaded', element: { kind: 'partner', name: 'Hub' } })
        }]);
    });

    it('fires on the name of a backbone that declares no capacity, saying what it is asked for now', async () => {
        const result = await findings('backbone-overloaded', NET(''));
        expect(result.map(r => [r.text, r.message, r.related])).toEqual([[
            'Hub',
            "Hub, the network's backbone, declares no capacity, so nobody can see whether it has the time to keep the coalition running (it is asked for 8 h/month now). A backbone that runs out of time stalls the whole coalition: agree with it how many hours a month it can give and write capacity N hours/month.",
            ["3: the network's backbone: Hub"]
        ]]);
    });

    it('does not fire on a backbone within or exactly at its capacity, or without a backbone', async () => {
        expect(await findings('backbone-overloaded', NET('    capacity 8 hours/month\n'))).toEqual([]);
        expect(await findings('backbone-overloaded', NET('    capacity 2 hours/week\n'))).toEqual([]);
        expect(await findings('backbone-overloaded', NET('', ''))).toEqual([]);
    });

    it('leaves out what the backbone is asked for when nothing is', async () => {
        const idle = NET('').replace('    plays Convener\n', '').replace('    effort 4 hours/month\n', '');
        expect((await findings('backbone-overloaded', idle)).map(r => r.message)).toEqual([
            "Hub, the network's backbone, declares no capacity, so nobody can see whether it has the time to keep the coalition running. A backbone that runs out of time stalls the whole coalition: agree with it how many hours a month it can give and write capacity N hours/month."
        ]);
    });

    it('holds a backbone that is us against the budget', async () => {
        const within = NET('', '    backbone Bank\n    budget 10 hours/month\n');
        expect(await findings('backbone-overloaded', within)).toEqual([]);
        const over = await findings('backbone-overloaded', NET('', '    backbone Bank\n    budget 3 hours/month\n'));
        expect(over.map(r => [r.text, r.message])).toEqual([[
            '3 hours/month',
            "Bank, the network's backbone, is asked for 4 h/month on ties; its budget is 3 h/month (1 h/month over). A backbone that runs out of time stalls the whole coalition: take meetings, roles or ties off it, or fund more of its time and raise its budget."
        ]]);
        const noBudget = await findings('backbone-overloaded', NET('    capacity 20 hours/month\n', '    backbone Bank\n'));
        expect(noBudget.map(r => [r.text, r.message])).toEqual([[
            'Bank',
            "Bank is both the network's backbone and its us, but the network states no budget, so nobody can see whether it has the time to keep the coalition running (it is asked for 4 h/month now). A backbone that runs out of time stalls the whole coalition: agree how many hours a month it can give and write budget N hours/month in the network block."
        ]]);
    });

    it('respects @allow on the backbone partner', async () => {
        const text = NET('').replace('partner Hub', '// @allow backbone-overloaded -- its hours are set in the grant agreement, reviewed in March\npartner Hub');
        expect(await findings('backbone-overloaded', text)).toEqual([]);
    });
});
