import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

// Broker is the only link between {A, B} and {C, D}: betweenness 0.67 and a cut vertex.
const NET = (broker: string, ties: { a?: string; c?: string } = {}, network = '') => `network N {
    checkin every 3 months
${network}}
partner Broker {
${broker}}
partner A
partner B
partner C
partner D
tie A -- B
tie C -- D
tie Broker -- A {
${ties.a ?? ''}}
tie Broker -- B
tie Broker -- C {
${ties.c ?? ''}}
tie Broker -- D
`;

const WHY = 'Broker is a broker (betweenness 0.67; the only link between parts of the network) but';
const TAIL = 'Partners who reach each other through it depend on it being engaged: re-engage it (check in, lighten its load) or build a second route between the groups it links.';

describe('disengaged-broker', () => {
    it('fires on the name of a dormant broker, with its stage related', async () => {
        const result = await findings('disengaged-broker', NET('    stage dormant since 2026-05-01\n'));
        expect(result).toEqual([{
            text: 'Broker',
            severity: 2,
            message: `${WHY} it has been dormant since 2026-05-01. ${TAIL}`,
            related: ['5: stage dormant'],
            data: expect.objectContaining({ code: 'disengaged-broker', element: { kind: 'partner', name: 'Broker' } })
        }]);
    });

    it('fires on a broker over its capacity, and not on one at its capacity', async () => {
        const ties = { a: '    effort 4 hours/month\n', c: '    effort 1 hour/week\n' };
        const result = await findings('disengaged-broker', NET('    capacity 8 hours/month\n', ties));
        expect(result.map(r => [r.message, r.related])).toEqual([[
            `${WHY} it is asked for 8.3 h/month against its capacity of 8 h/month. ${TAIL}`,
            ['5: capacity 8 h/month; load 8.3 h/month']
        ]]);
        const exactly = { a: '    effort 4 hours/month\n', c: '    effort 4 hours/month\n' };
        expect(await findings('disengaged-broker', NET('    capacity 8 hours/month\n', exactly))).toEqual([]);
        // Without a capacity there is nothing to be over.
        expect(await findings('disengaged-broker', NET('', ties))).toEqual([]);
    });

    it('fires when every tie with a check-in on record is overdue, and names the latest due date', async () => {
        const ties = { a: '    last-checkin 2026-03-01\n', c: '    checkin every 6 months\n    last-checkin 2026-04-15\n' };
        const result = await findings('disengaged-broker', NET('', ties), { today: '2026-11-01' });
        expect(result.map(r => [r.message, r.related])).toEqual([[
            `${WHY} all 2 of its ties with a check-in on record are overdue for the next one (the latest was due by 2026-10-15). ${TAIL}`,
            ['13: tie Broker -- A: last check-in 2026-03-01, due again by 2026-06-01', '18: tie Broker -- C: last check-in 2026-04-15, due again by 2026-10-15']
        ]]);
        // One tie recorded: its check-in alone decides.
        expect((await findings('disengaged-broker', NET('', { a: '    last-checkin 2026-03-01\n' }), { today: '2026-11-01' })).map(r => r.message)).toEqual([
            `${WHY} its one tie with a check-in on record is overdue for the next one (due by 2026-06-01). ${TAIL}`
        ]);
    });

    it('does not fire while one check-in is still on time, on the due date itself, or with no check-in on record', async () => {
        const oneOnTime = { a: '    last-checkin 2026-03-01\n', c: '    last-checkin 2026-09-01\n' };
        expect(await findings('disengaged-broker', NET('', oneOnTime), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('disengaged-broker', NET('', { a: '    last-checkin 2026-08-01\n' }), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('disengaged-broker', NET(''), { today: '2026-11-01' })).toEqual([]);
        // No cadence at all: a last check-in cannot be overdue.
        const noCadence = NET('', { a: '    last-checkin 2020-01-01\n' }).replace('    checkin every 3 months\n', '');
        expect(await findings('disengaged-broker', noCadence, { today: '2026-11-01' })).toEqual([]);
    });

    it('names every reason that holds', async () => {
        const text = NET('    stage dormant\n    capacity 2 hours/month\n', { a: '    effort 3 hours/month\n    last-checkin 2026-01-10\n' });
        expect((await findings('disengaged-broker', text, { today: '2026-11-01' })).map(r => [r.message, r.related])).toEqual([[
            `${WHY} it is dormant, it is asked for 3 h/month against its capacity of 2 h/month and its one tie with a check-in on record is overdue for the next one (due by 2026-04-10). ${TAIL}`,
            ['5: stage dormant', '6: capacity 2 h/month; load 3 h/month', '16: tie Broker -- A: last check-in 2026-01-10, due again by 2026-04-10']
        ]]);
    });

    it('holds us against the budget', async () => {
        const text = NET('', { a: '    effort 6 hours/month\n' }, '    us Broker\n    budget 5 hours/month\n');
        expect((await findings('disengaged-broker', text)).map(r => [r.message, r.related])).toEqual([[
            `${WHY} it is asked for 6 h/month against its budget of 5 h/month. ${TAIL}`,
            ['4: budget 5 h/month; load 6 h/month']
        ]]);
    });

    it('does not fire on partners that broker nothing, or on an ended broker (it counts in no network metric)', async () => {
        // A is dormant, over capacity and late, but nobody needs it to reach anyone.
        const text = NET('').replace('partner A', 'partner A {\n    stage dormant\n    capacity 1 hour/month\n}').replace('tie A -- B', 'tie A -- B {\n    effort 2 hours/month\n    last-checkin 2025-01-01\n}');
        expect(await findings('disengaged-broker', text, { today: '2026-11-01' })).toEqual([]);
        expect(await findings('disengaged-broker', NET('    stage ended\n'))).toEqual([]);
    });

    it('broker-betweenness sets who counts as a broker when no cut vertex is involved', async () => {
        // A 5-cycle with one chord: no cut vertex; P0 and P2 have the highest betweenness (0.25).
        const text = (from: string) => `network N {
    policy {
        broker-betweenness ${from}
    }
}
partner P0 {
    stage dormant
}
partner P1
partner P2
partner P3
partner P4
tie P0 -- P1
tie P1 -- P2
tie P2 -- P3
tie P3 -- P4
tie P4 -- P0
tie P0 -- P2
`;
        expect((await findings('disengaged-broker', text('0.2'))).map(r => r.message)).toEqual([
            `P0 is a broker (betweenness 0.25) but it is dormant. ${TAIL}`
        ]);
        expect(await findings('disengaged-broker', text('0.9'))).toEqual([]);
    });

    it('respects @allow on the partner', async () => {
        const text = NET('    stage dormant\n').replace('partner Broker', '// @allow disengaged-broker -- on sabbatical until February; B covers for it\npartner Broker');
        expect(await findings('disengaged-broker', text)).toEqual([]);
    });
});
