import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (goal: string) => `network N {
    us FoodBank
}

partner FoodBank
partner Tenants

${goal}
`;

describe('goal-not-cocreated', () => {
    it('fires on the goal name when no co-creator is named', async () => {
        const result = await findings('goal-not-cocreated', NET('goal FreshProduce "Fresh produce in every corner store"'));
        expect(result).toEqual([{
            text: 'FreshProduce',
            severity: 3,
            message: 'The goal FreshProduce names no co-creators; write down which partners shaped it (cocreated-by ...).',
            related: [],
            data: expect.objectContaining({ code: 'goal-not-cocreated', element: { kind: 'goal', name: 'FreshProduce' } })
        }]);
    });

    it('fires when our own organisation is the only co-creator, relating the cocreated-by line', async () => {
        const result = await findings('goal-not-cocreated', NET('goal FreshProduce {\n    cocreated-by FoodBank\n}'));
        expect(result.map(r => [r.text, r.message, r.related])).toEqual([[
            'FreshProduce',
            'The goal FreshProduce is co-created by FoodBank alone; name the partners who shaped it with you (cocreated-by FoodBank, ...).',
            ['9: cocreated-by FoodBank (our own organisation)']
        ]]);
    });

    it('does not fire when another partner co-created the goal, or without `us` when any partner did', async () => {
        expect(await findings('goal-not-cocreated', NET('goal FreshProduce {\n    cocreated-by FoodBank, Tenants\n}'))).toEqual([]);
        expect(await findings('goal-not-cocreated', NET('goal FreshProduce {\n    cocreated-by Tenants\n}'))).toEqual([]);
        const noUs = 'partner FoodBank\ngoal FreshProduce {\n    cocreated-by FoodBank\n}\n';
        expect(await findings('goal-not-cocreated', noUs)).toEqual([]);
    });

    it('respects @allow and a severity override', async () => {
        const allowed = NET('// @allow goal-not-cocreated -- set by the funder; partners review it in March\ngoal FreshProduce');
        expect(await findings('goal-not-cocreated', allowed)).toEqual([]);
        const raised = NET('goal FreshProduce').replace('us FoodBank', 'us FoodBank\n    policy {\n        rule goal-not-cocreated warning\n    }');
        expect((await findings('goal-not-cocreated', raised)).map(r => r.severity)).toEqual([2]);
    });
});
