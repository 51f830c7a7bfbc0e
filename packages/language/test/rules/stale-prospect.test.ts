import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (stage: string, policy = '') => `network N {
${policy}}

partner City {
    ${stage}
}
`;

describe('stale-prospect', () => {
    it('fires on the stage of a partner exploring for more than 6 calendar months, with the date the time ran out', async () => {
        const result = await findings('stale-prospect', NET('stage exploring since 2026-02-01'), { today: '2026-11-01' });
        expect(result).toEqual([{
            text: 'exploring since 2026-02-01',
            severity: 3,
            message: 'City has been exploring since 2026-02-01, more than 6 months: that time ran out on 2026-08-01. Decide together whether to work with it (stage active, with a role) or to let it go (stage ended), and update since.',
            related: [],
            data: expect.objectContaining({ code: 'stale-prospect', element: { kind: 'partner', name: 'City' } })
        }]);
        expect((await findings('stale-prospect', NET('stage prospect since 2026-02-01'), { today: '2026-11-01' })).map(r => r.message)).toEqual([
            'City has been a prospect since 2026-02-01, more than 6 months: that time ran out on 2026-08-01. Decide together whether to work with it (stage active, with a role) or to let it go (stage ended), and update since.'
        ]);
    });

    it('counts calendar months: silent on the day the time runs out, fires the day after (end of a shorter month clamped)', async () => {
        expect(await findings('stale-prospect', NET('stage prospect since 2026-05-01'), { today: '2026-11-01' })).toEqual([]);
        expect((await findings('stale-prospect', NET('stage prospect since 2026-05-01'), { today: '2026-11-02' })).map(r => r.text)).toEqual(['prospect since 2026-05-01']);
        // 2025-08-31 + 6 months = 2026-02-28.
        expect(await findings('stale-prospect', NET('stage exploring since 2025-08-31'), { today: '2026-02-28' })).toEqual([]);
        expect((await findings('stale-prospect', NET('stage exploring since 2025-08-31'), { today: '2026-03-01' })).map(r => r.message)).toEqual([
            'City has been exploring since 2025-08-31, more than 6 months: that time ran out on 2026-02-28. Decide together whether to work with it (stage active, with a role) or to let it go (stage ended), and update since.'
        ]);
    });

    it('does not fire without since, on a since in the future, or on partners past the getting-to-know stage', async () => {
        expect(await findings('stale-prospect', NET('stage exploring'), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('stale-prospect', NET('stage exploring since 2027-01-01'), { today: '2026-11-01' })).toEqual([]);
        for (const stage of ['active', 'dormant', 'ended']) {
            expect(await findings('stale-prospect', NET(`stage ${stage} since 2020-01-01`), { today: '2026-11-01' })).toEqual([]);
        }
        expect(await findings('stale-prospect', NET(''), { today: '2026-11-01' })).toEqual([]);
    });

    it('max-prospect-months sets how long getting to know a partner may take', async () => {
        const policy = (months: string) => `    policy {\n        max-prospect-months ${months}\n    }\n`;
        expect(await findings('stale-prospect', NET('stage exploring since 2026-02-01', policy('12')), { today: '2026-11-01' })).toEqual([]);
        expect((await findings('stale-prospect', NET('stage exploring since 2026-09-15', policy('1')), { today: '2026-11-01' })).map(r => r.message)).toEqual([
            'City has been exploring since 2026-09-15, more than 1 month: that time ran out on 2026-10-15. Decide together whether to work with it (stage active, with a role) or to let it go (stage ended), and update since.'
        ]);
    });

    it('respects @allow on the partner', async () => {
        const text = NET('stage exploring since 2026-02-01').replace('partner City', '// @allow stale-prospect -- the county is in a hiring freeze; we wait for its new director\npartner City');
        expect(await findings('stale-prospect', text, { today: '2026-11-01' })).toEqual([]);
    });
});
