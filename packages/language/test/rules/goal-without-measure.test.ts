import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const GOAL = (body: string) => `goal Fresh "Fresh produce for every block" {
${body}}
`;

describe('goal-without-measure', () => {
    it('fires on a goal with neither measure nor target, on its name, as info', async () => {
        expect(await findings('goal-without-measure', GOAL('    due 2027-12-31\n'))).toEqual([{
            text: 'Fresh',
            severity: 3,
            message: 'The goal Fresh has no measure and no target; agree with its partners what you will count (measure "...") and how much of it by when (target <number> by <date>), so that everyone can see progress.',
            related: [],
            data: expect.objectContaining({ code: 'goal-without-measure', element: { kind: 'goal', name: 'Fresh' } })
        }]);
        // A bare declaration is a goal too.
        expect((await findings('goal-without-measure', 'goal Fresh\n')).map(r => r.text)).toEqual(['Fresh']);
    });

    it('says which one is missing, with the one that is there as related', async () => {
        const noMeasure = await findings('goal-without-measure', GOAL('    baseline 1200 on 2025-01-01\n    target 1440 by 2027-12-31\n'));
        expect(noMeasure.map(r => [r.text, r.message, r.related])).toEqual([[
            'Fresh',
            'The goal Fresh has a target (1,440 by 2027-12-31) but no measure; write down what the number counts (measure "..."), so that every partner reads it the same way.',
            ['3: the target, without a measure']
        ]]);
        const noTarget = await findings('goal-without-measure', GOAL('    measure "households within a mile of fresh produce"\n    baseline 1200 on 2025-01-01\n'));
        expect(noTarget.map(r => [r.text, r.message, r.related])).toEqual([[
            'Fresh',
            'The goal Fresh has a measure ("households within a mile of fresh produce") but no target; agree with its partners how much by when (target <number> by <date>).',
            ['2: the measure, without a target']
        ]]);
        // A blank measure says nothing.
        expect((await findings('goal-without-measure', GOAL('    measure "  "\n    target 1440 by 2027-12-31\n'))).map(r => r.message))
            .toEqual([expect.stringContaining('but no measure')]);
    });

    it('does not fire with both a measure and a target (no baseline needed), or for an achieved goal', async () => {
        expect(await findings('goal-without-measure', GOAL('    measure "households"\n    target 1440 by 2027-12-31\n'))).toEqual([]);
        expect(await findings('goal-without-measure', GOAL('    achieved 2026-10-15\n'))).toEqual([]);
        expect(await findings('goal-without-measure', GOAL('    measure "households"\n    achieved 2026-10-15\n'))).toEqual([]);
    });

    it('respects @allow on the goal and the policy severity', async () => {
        const allowed = `// @allow goal-without-measure -- a goal for the conversation; the steering group sets its measure in March\n${GOAL('')}`;
        expect(await findings('goal-without-measure', allowed)).toEqual([]);
        const off = `network N {\n    policy {\n        rule goal-without-measure off\n    }\n}\n${GOAL('')}`;
        expect(await findings('goal-without-measure', off)).toEqual([]);
        const warning = `network N {\n    policy {\n        rule goal-without-measure warning\n    }\n}\n${GOAL('')}`;
        expect((await findings('goal-without-measure', warning)).map(r => r.severity)).toEqual([2]);
    });
});
