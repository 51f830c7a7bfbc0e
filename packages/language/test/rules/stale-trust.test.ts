import { describe, expect, it } from 'vitest';
import { build } from '../helpers.js';
import { findings } from '../rule-helpers.js';

const NET = (tie: string, policy = '') => `network N {
${policy}}

partner A
partner B

tie A -- B {
${tie}
}
`;

describe('stale-trust', () => {
    it('fires on a trust assessed more than 12 calendar months ago, on the trust line', async () => {
        const result = await findings('stale-trust', NET('    trust 4 as-of 2025-09-01'), { today: '2026-11-01' });
        expect(result).toEqual([{
            text: 'trust 4 as-of 2025-09-01',
            severity: 3,
            message: 'Trust in the tie A -- B was assessed on 2025-09-01, more than 12 months ago (the network\'s max-trust-age): ask both sides again and update it, or record their ratings (rating by ... on ...).',
            related: [],
            data: expect.objectContaining({ code: 'stale-trust', element: { kind: 'tie', name: 'A -- B' } })
        }]);
    });

    it('counts calendar months: silent on the day the time runs out, fires the day after', async () => {
        expect(await findings('stale-trust', NET('    trust 4 as-of 2025-11-01'), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('stale-trust', NET('    trust 4 as-of 2025-11-01'), { today: '2026-11-02' })).toHaveLength(1);
    });

    it('with ratings, judges the latest rating (on its line) and ignores the stated trust\'s date', async () => {
        const tie = [
            '    trust 4 as-of 2020-01-01',
            '    rating by A reliability 4 mission 4 openness 4 on 2025-03-01',
            '    rating by B reliability 4 mission 4 openness 4 on 2025-06-01'
        ].join('\n');
        expect((await findings('stale-trust', NET(tie), { today: '2026-11-01' })).map(r => [r.text, r.message])).toEqual([[
            'rating by B reliability 4 mission 4 openness 4 on 2025-06-01',
            'The latest rating of the tie A -- B is of 2025-06-01, more than 12 months ago (the network\'s max-trust-age): ask both sides again (partnership survey) and add their ratings.'
        ]]);
        // A recent rating by either side makes the tie's trust current.
        expect(await findings('stale-trust', NET(`${tie}\n    rating by A reliability 3 mission 3 openness 3 on 2026-10-01`), { today: '2026-11-01' })).toEqual([]);
    });

    it('does not fire without a date, on a date not a real day, or in the future', async () => {
        expect(await findings('stale-trust', NET('    trust 2'), { today: '2026-11-01' })).toEqual([]);
        const built = await build({ 'net/main.partnership': NET('    trust 2 as-of 2025-02-30') }, { today: '2026-11-01' });
        expect(built.diagnostics('net/main.partnership').filter(d => d.severity === 1 || d.code === 'stale-trust').map(d => [d.code, d.message])).toEqual([['invalid-date', '2025-02-30 is not a real date; write dates as YYYY-MM-DD.']]);
        expect(await findings('stale-trust', NET('    trust reliability 2 mission 3 as-of 2027-01-01'), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('stale-trust', NET(''), { today: '2026-11-01' })).toEqual([]);
    });

    it('max-trust-age sets how long an assessment stays current; @allow silences it', async () => {
        const policy = (months: string) => `    policy {\n        max-trust-age ${months}\n    }\n`;
        expect(await findings('stale-trust', NET('    trust 4 as-of 2025-09-01', policy('24')), { today: '2026-11-01' })).toEqual([]);
        expect((await findings('stale-trust', NET('    trust 4 as-of 2026-09-01', policy('1')), { today: '2026-11-01' })).map(r => r.message)).toEqual([
            'Trust in the tie A -- B was assessed on 2026-09-01, more than 1 month ago (the network\'s max-trust-age): ask both sides again and update it, or record their ratings (rating by ... on ...).'
        ]);
        const allowed = NET('    trust 4 as-of 2025-09-01').replace('tie A -- B', '// @allow stale-trust -- we survey everyone in January\ntie A -- B');
        expect(await findings('stale-trust', allowed, { today: '2026-11-01' })).toEqual([]);
    });
});
