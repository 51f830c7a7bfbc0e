import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const GOAL = (body: string) => `goal Fresh "Fresh produce for every block" {
    measure "households within a mile of fresh produce"
${body}}
`;

const TODAY = { today: '2026-11-01' };
// 637 days from the baseline to the latest reading, 1,094 to the target's date.
const READINGS = '    baseline 1200 on 2025-01-01\n    target 1440 by 2027-12-31\n    progress 1290 on 2026-03-31\n    progress 1310 on 2026-09-30\n';

describe('goal-off-track', () => {
    it('fires on the target when the line from the baseline to the latest reading falls short of it by its date', async () => {
        expect(await findings('goal-off-track', GOAL(READINGS), TODAY)).toEqual([{
            text: '1440 by 2027-12-31',
            severity: 2,
            message: 'At the current pace (1,200 on 2025-01-01 → 1,310 on 2026-09-30), the measure of the goal Fresh reaches 1,388.9 by 2027-12-31, short of its target of 1,440. Talk with its partners about what would speed it up, or agree a target you can reach.',
            related: ['3: baseline: 1,200 on 2025-01-01', '6: latest reading: 1,310 on 2026-09-30'],
            data: expect.objectContaining({ code: 'goal-off-track', element: { kind: 'goal', name: 'Fresh' } })
        }]);
    });

    it('takes the reading with the latest date, whatever the order written', async () => {
        const body = '    baseline 1200 on 2025-01-01\n    target 1440 by 2027-12-31\n    progress 1310 on 2026-09-30\n    progress 1290 on 2026-03-31\n';
        expect((await findings('goal-off-track', GOAL(body), TODAY)).map(r => r.related)).toEqual([['3: baseline: 1,200 on 2025-01-01', '5: latest reading: 1,310 on 2026-09-30']]);
    });

    it('judges a falling measure the other way: short means the projection stays above the target', async () => {
        // 40 → 37 over 365 days; 729 days to the target: 34, above 25.
        const falling = '    baseline 40 on 2025-01-01\n    target 25 by 2026-12-31\n    progress 37 on 2026-01-01\n';
        expect((await findings('goal-off-track', GOAL(falling), TODAY)).map(r => r.message)).toEqual([
            'At the current pace (40 on 2025-01-01 → 37 on 2026-01-01), the measure of the goal Fresh stands at 34 by 2026-12-31, above its target of 25. Talk with its partners about what would speed it up, or agree a target you can reach.'
        ]);
        // 40 → 32 in a year: 24 by the target's date, below 25: on track.
        expect(await findings('goal-off-track', GOAL(falling.replace('37 on', '32 on')), TODAY)).toEqual([]);
        // A measure moving away from its target is off track too.
        expect((await findings('goal-off-track', GOAL(falling.replace('37 on', '42 on')), TODAY)).map(r => r.message))
            .toEqual([expect.stringContaining('stands at 44 by 2026-12-31, above its target of 25.')]);
    });

    it('is silent when the pace reaches the target exactly or beyond', async () => {
        // 1200 → 1300 over 365 days; 730 days to the target: exactly 1400.
        const exact = '    baseline 1200 on 2025-01-01\n    target 1400 by 2027-01-01\n    progress 1300 on 2026-01-01\n';
        expect(await findings('goal-off-track', GOAL(exact), TODAY)).toEqual([]);
        expect((await findings('goal-off-track', GOAL(exact.replace('1400 by', '1401 by')), TODAY)).map(r => r.message))
            .toEqual([expect.stringContaining('reaches 1,400 by 2027-01-01, short of its target of 1,401.')]);
    });

    it('does not show a projection just short of the target as the target itself', async () => {
        // 1200 → 1299.98 over 365 days: 1399.96 by the target's date, which rounds to 1,400.
        const close = '    baseline 1200 on 2025-01-01\n    target 1400 by 2027-01-01\n    progress 1299.98 on 2026-01-01\n';
        expect((await findings('goal-off-track', GOAL(close), TODAY)).map(r => r.message))
            .toEqual([expect.stringContaining('reaches 1,399.9 by 2027-01-01, short of its target of 1,400.')]);
    });

    it('is silent when achieved, past due, or without a baseline, a target, a reading, or a reading after the baseline', async () => {
        expect(await findings('goal-off-track', GOAL(`${READINGS}    achieved 2026-10-15\n`), TODAY)).toEqual([]);
        // Past due (goal-past-due's finding): by the target's date, or by the goal's own due date.
        expect(await findings('goal-off-track', GOAL(READINGS.replace('1440 by 2027-12-31', '1440 by 2026-10-31')), TODAY)).toEqual([]);
        expect(await findings('goal-off-track', GOAL(`${READINGS}    due 2026-10-31\n`), TODAY)).toEqual([]);
        expect(await findings('goal-off-track', GOAL(READINGS.replace('    baseline 1200 on 2025-01-01\n', '')), TODAY)).toEqual([]);
        expect(await findings('goal-off-track', GOAL(READINGS.replace('    target 1440 by 2027-12-31\n', '')), TODAY)).toEqual([]);
        expect(await findings('goal-off-track', GOAL('    baseline 1200 on 2025-01-01\n    target 1440 by 2027-12-31\n'), TODAY)).toEqual([]);
        // A reading on the baseline's date, or before it, gives no pace.
        expect(await findings('goal-off-track', GOAL('    baseline 1200 on 2025-01-01\n    target 1440 by 2027-12-31\n    progress 1210 on 2025-01-01\n'), TODAY)).toEqual([]);
        expect(await findings('goal-off-track', GOAL('    baseline 1200 on 2025-01-01\n    target 1440 by 2027-12-31\n    progress 1190 on 2024-06-01\n'), TODAY)).toEqual([]);
        // A target equal to the baseline: nothing to move.
        expect(await findings('goal-off-track', GOAL('    baseline 1200 on 2025-01-01\n    target 1200 by 2027-12-31\n    progress 1100 on 2026-01-01\n'), TODAY)).toEqual([]);
    });

    it('respects @allow on the goal and the policy severity', async () => {
        const allowed = `// @allow goal-off-track -- the second site opens in spring and doubles the pace\n${GOAL(READINGS)}`;
        expect(await findings('goal-off-track', allowed, TODAY)).toEqual([]);
        const info = `network N {\n    policy {\n        rule goal-off-track info\n    }\n}\n${GOAL(READINGS)}`;
        expect((await findings('goal-off-track', info, TODAY)).map(r => r.severity)).toEqual([3]);
    });
});
