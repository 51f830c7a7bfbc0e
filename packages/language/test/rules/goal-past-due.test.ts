import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (goalBody: string, policy = '') => `network N {
${policy}}

goal Fresh "Fresh produce for every block" {
${goalBody}}
`;

const TODAY = { today: '2026-11-01' };

describe('goal-past-due', () => {
    it("fires on a passed due date with the days overdue and what to do", async () => {
        expect(await findings('goal-past-due', NET('    due 2026-06-30\n'), TODAY)).toEqual([{
            text: '2026-06-30',
            severity: 2,
            message: 'The goal Fresh was due on 2026-06-30, 124 days ago, and is not marked achieved. If it was reached, record the date (achieved YYYY-MM-DD); if not, agree a new due date with its partners.',
            related: [],
            data: expect.objectContaining({ code: 'goal-past-due', element: { kind: 'goal', name: 'Fresh' } })
        }]);
    });

    it("fires on a passed target date, with the target's value and the latest reading", async () => {
        const body = '    measure "households"\n    baseline 1200 on 2025-01-01\n    target 1440 by 2026-09-30\n    progress 1310 on 2026-09-01\n    progress 1290 on 2026-03-31\n';
        expect((await findings('goal-past-due', NET(body), TODAY)).map(r => [r.text, r.message, r.related])).toEqual([[
            '1440 by 2026-09-30',
            'The goal Fresh was to reach its target of 1,440 by 2026-09-30, 32 days ago, and is not marked achieved. The latest reading is 1,310 on 2026-09-01. If it was reached, record the date (achieved YYYY-MM-DD); if not, agree a new target date with its partners.',
            ['8: latest reading: 1,310 on 2026-09-01']
        ]]);
    });

    it('names the earlier of the two dates once, and the other as related when it has passed too', async () => {
        const dueFirst = await findings('goal-past-due', NET('    due 2026-06-30\n    target 20 by 2026-09-30\n'), TODAY);
        expect(dueFirst.map(r => [r.text, r.related])).toEqual([['2026-06-30', ["6: the target's date 2026-09-30 has passed too"]]]);
        const targetFirst = await findings('goal-past-due', NET('    due 2026-09-30\n    target 20 by 2026-06-30\n'), TODAY);
        expect(targetFirst.map(r => [r.text, r.related])).toEqual([['20 by 2026-06-30', ["5: the goal's due date 2026-09-30 has passed too"]]]);
        // Only one date has passed: that one is named, whichever it is, even when the other is earlier in the file.
        const onlyDue = await findings('goal-past-due', NET('    due 2026-10-01\n    target 20 by 2027-12-31\n'), TODAY);
        expect(onlyDue.map(r => [r.text, r.related])).toEqual([['2026-10-01', []]]);
        expect(onlyDue[0].message).toMatch(/^The goal Fresh was due on 2026-10-01, 31 days ago, /);
        const onlyTarget = await findings('goal-past-due', NET('    due 2027-12-31\n    target 20 by 2026-10-31\n'), TODAY);
        expect(onlyTarget.map(r => r.text)).toEqual(['20 by 2026-10-31']);
        expect(onlyTarget[0].message).toMatch(/^The goal Fresh was to reach its target of 20 by 2026-10-31, 1 day ago, /);
    });

    it('says to record the achievement when the latest reading already meets the target (rising or falling)', async () => {
        const rising = '    due 2026-06-30\n    baseline 10 on 2025-01-01\n    target 20 by 2026-06-30\n    progress 21 on 2026-05-01\n';
        expect((await findings('goal-past-due', NET(rising), TODAY)).map(r => r.message)).toEqual([
            'The goal Fresh was due on 2026-06-30, 124 days ago, and is not marked achieved. The latest reading, 21 on 2026-05-01, meets the target: record when it was achieved (achieved YYYY-MM-DD).'
        ]);
        const falling = '    baseline 40 on 2025-01-01\n    target 25 by 2026-06-30\n    progress 25 on 2026-05-01\n';
        expect((await findings('goal-past-due', NET(falling), TODAY)).map(r => r.message)).toEqual([
            'The goal Fresh was to reach its target of 25 by 2026-06-30, 124 days ago, and is not marked achieved. The latest reading, 25 on 2026-05-01, meets the target: record when it was achieved (achieved YYYY-MM-DD).'
        ]);
        // Without a baseline it is not known which way the measure should go: no claim that it got there.
        const noBaseline = '    target 20 by 2026-06-30\n    progress 21 on 2026-05-01\n';
        expect((await findings('goal-past-due', NET(noBaseline), TODAY)).map(r => r.message)).toEqual([
            'The goal Fresh was to reach its target of 20 by 2026-06-30, 124 days ago, and is not marked achieved. The latest reading is 21 on 2026-05-01. If it was reached, record the date (achieved YYYY-MM-DD); if not, agree a new target date with its partners.'
        ]);
    });

    it('does not fire for an achieved goal, a date that is today or later, or a goal without dates', async () => {
        expect(await findings('goal-past-due', NET('    due 2026-06-30\n    achieved 2026-06-15\n'), TODAY)).toEqual([]);
        // Achieved after the date: late, but achieved — celebrate it.
        expect(await findings('goal-past-due', NET('    target 20 by 2026-06-30\n    achieved 2026-08-15\n'), TODAY)).toEqual([]);
        expect(await findings('goal-past-due', NET('    due 2026-11-01\n    target 20 by 2026-11-01\n'), TODAY)).toEqual([]);
        expect(await findings('goal-past-due', NET('    due 2027-12-31\n'), TODAY)).toEqual([]);
        expect(await findings('goal-past-due', NET('    measure "households"\n'), TODAY)).toEqual([]);
        expect(await findings('goal-past-due', `goal Fresh "Fresh produce"\n`, TODAY)).toEqual([]);
        // The day after the date, it fires: 1 day.
        const dayAfter = await findings('goal-past-due', NET('    due 2026-10-31\n'), TODAY);
        expect(dayAfter.map(r => r.message)).toEqual([expect.stringMatching(/^The goal Fresh was due on 2026-10-31, 1 day ago, /)]);
    });

    it('respects @allow on the goal and the policy severity', async () => {
        const allowed = NET('    due 2026-06-30\n').replace('goal Fresh', '// @allow goal-past-due -- new date agreed at the March steering call\ngoal Fresh');
        expect(await findings('goal-past-due', allowed, TODAY)).toEqual([]);
        const info = await findings('goal-past-due', NET('    due 2026-06-30\n', '    policy {\n        rule goal-past-due info\n    }\n'), TODAY);
        expect(info.map(r => r.severity)).toEqual([3]);
    });
});
