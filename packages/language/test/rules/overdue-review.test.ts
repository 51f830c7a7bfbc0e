import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (body: string) => `network Eastside {
    us Bank
${body}}

partner Bank
`;

describe('overdue-review', () => {
    it('fires on last-review when the review cadence has run out, with the dates and the days overdue', async () => {
        const result = await findings('overdue-review', NET('    review every 12 months\n    last-review 2025-09-01\n'), { today: '2026-11-01' });
        expect(result).toEqual([{
            text: '2025-09-01',
            severity: 2,
            message: 'The last review of the network Eastside was 2025-09-01; the next was due by 2026-09-01 (every 12 months), 61 days ago. Review with the partners whether the partnership is achieving what it set out to, works for everyone and is still needed, then update last-review.',
            related: ["3: the network's review cadence: every 12 months"],
            data: expect.objectContaining({ code: 'overdue-review', element: { kind: 'network', name: 'Eastside' } })
        }]);
    });

    it('fires on the review cadence when no review is on record', async () => {
        const result = await findings('overdue-review', NET('    review every 6 months\n'), { today: '2026-11-01' });
        expect(result.map(r => [r.text, r.severity, r.message, r.related])).toEqual([[
            'every 6 months',
            2,
            'The network Eastside is to be reviewed every 6 months, but no review is on record; review the partnership with the partners and record the date (last-review YYYY-MM-DD).',
            []
        ]]);
    });

    it('counts on the calendar: fires from the day after the due date, years and weeks included', async () => {
        const yearly = NET('    review every 1 year\n    last-review 2025-10-31\n');
        expect(await findings('overdue-review', yearly, { today: '2026-10-31' })).toEqual([]);
        expect((await findings('overdue-review', yearly, { today: '2026-11-01' })).map(r => String(r.message).split('. ')[0])).toEqual([
            'The last review of the network Eastside was 2025-10-31; the next was due by 2026-10-31 (every 1 year), 1 day ago'
        ]);
        const weekly = NET('    review every 6 weeks\n    last-review 2026-09-01\n');
        expect((await findings('overdue-review', weekly, { today: '2026-11-01' })).map(r => String(r.message).split('. ')[0])).toEqual([
            'The last review of the network Eastside was 2026-09-01; the next was due by 2026-10-13 (every 6 weeks), 19 days ago'
        ]);
    });

    it('does not fire without a review cadence, before the due date, or for a review in the future', async () => {
        expect(await findings('overdue-review', NET(''), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('overdue-review', NET('    last-review 2020-01-01\n'), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('overdue-review', NET('    review every 12 months\n    last-review 2026-01-15\n'), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('overdue-review', NET('    review every 12 months\n    last-review 2026-12-01\n'), { today: '2026-11-01' })).toEqual([]);
        // Loose files have no network block to set a review in.
        expect(await findings('overdue-review', 'partner Bank\n', { today: '2026-11-01' })).toEqual([]);
    });

    it('respects @allow on the network block', async () => {
        const text = `// @allow overdue-review -- the review is booked for the January retreat\n${NET('    review every 12 months\n    last-review 2025-09-01\n')}`;
        expect(await findings('overdue-review', text, { today: '2026-11-01' })).toEqual([]);
        expect(await findings('overdue-review', `// @allow overdue-review -- first review in June\n${NET('    review every 12 months\n')}`, { today: '2026-11-01' })).toEqual([]);
    });
});
