import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

describe('goal-without-partner', () => {
    it('fires when no role serves the goal', async () => {
        const result = await findings('goal-without-partner', 'goal Housing "Stable housing"\n');
        expect(result.map(r => [r.text, r.message])).toEqual([
            ['Housing', "No role serves the goal Housing; add 'serves Housing' to a role that partners play."]
        ]);
    });

    it('fires when the roles serving it are played by nobody, relating those roles', async () => {
        const result = await findings('goal-without-partner', 'goal Housing\nrole Advocate {\n    serves Housing\n}\n');
        expect(result).toEqual([expect.objectContaining({
            text: 'Housing',
            message: 'No partner plays a role that serves the goal Housing (Advocate is played by nobody).',
            related: ['2: role Advocate serves Housing']
        })]);
    });

    it('does not fire when a partner plays a role serving the goal', async () => {
        expect(await findings('goal-without-partner', 'goal Housing\nrole Advocate {\n    serves Housing\n}\npartner Shelter {\n    plays Advocate\n}\n')).toEqual([]);
    });
});
