import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (networkCheckin: string, tieBody: string) => `network N {
    ${networkCheckin}
}

partner Bank
partner City

tie Bank -- City {
    effort 2 hours/month
${tieBody}}
`;

describe('overdue-checkin', () => {
    it("fires on last-checkin when the network's cadence has run out, with the dates and the days overdue", async () => {
        const result = await findings('overdue-checkin', NET('checkin every 3 months', '    last-checkin 2026-03-01\n'), { today: '2026-11-01' });
        expect(result).toEqual([{
            text: '2026-03-01',
            severity: 2,
            message: 'The last check-in on the tie Bank -- City was 2026-03-01; it was due again by 2026-06-01 (every 3 months), 153 days ago.',
            related: ["2: the network's default check-in cadence: every 3 months"],
            data: expect.objectContaining({ code: 'overdue-checkin', element: { kind: 'tie', name: 'Bank -- City' } })
        }]);
    });

    it("uses the tie's own cadence over the network's (weeks are 7 days each)", async () => {
        const tie = '    checkin every 2 weeks\n    last-checkin 2026-10-01\n';
        const result = await findings('overdue-checkin', NET('checkin every 6 months', tie), { today: '2026-10-20' });
        expect(result.map(r => [r.text, r.message, r.related])).toEqual([[
            '2026-10-01',
            'The last check-in on the tie Bank -- City was 2026-10-01; it was due again by 2026-10-15 (every 2 weeks), 5 days ago.',
            ['10: check-in cadence of this tie: every 2 weeks']
        ]]);
        // A tie's own, longer cadence is not overdue even where the network's would be.
        const longer = '    checkin every 1 year\n    last-checkin 2026-03-01\n';
        expect(await findings('overdue-checkin', NET('checkin every 3 months', longer), { today: '2026-11-01' })).toEqual([]);
    });

    it('clamps to the end of a shorter month and fires from the day after the due date', async () => {
        const tie = '    checkin every month\n    last-checkin 2026-01-31\n';
        expect(await findings('overdue-checkin', NET('', tie), { today: '2026-02-28' })).toEqual([]);
        expect((await findings('overdue-checkin', NET('', tie), { today: '2026-03-01' })).map(r => r.message)).toEqual([
            'The last check-in on the tie Bank -- City was 2026-01-31; it was due again by 2026-02-28 (every month), 1 day ago.'
        ]);
    });

    it('does not fire without a cadence, without a last check-in, or before the due date', async () => {
        expect(await findings('overdue-checkin', NET('', '    last-checkin 2020-01-01\n'), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('overdue-checkin', NET('checkin every 3 months', ''), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('overdue-checkin', NET('checkin every 3 months', '    last-checkin 2026-09-14\n'), { today: '2026-11-01' })).toEqual([]);
    });

    it('respects @allow on the tie', async () => {
        const text = NET('checkin every 3 months', '    last-checkin 2026-03-01\n').replace('tie Bank', '// @allow overdue-checkin -- City is between directors; next call in January\ntie Bank');
        expect(await findings('overdue-checkin', text, { today: '2026-11-01' })).toEqual([]);
    });
});
