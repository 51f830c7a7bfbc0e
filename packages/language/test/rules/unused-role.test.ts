import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

describe('unused-role', () => {
    it('fires (info) on a role nobody plays', async () => {
        const result = await findings('unused-role', 'role Funder\nrole Host\npartner Church {\n    plays Host\n}\n');
        expect(result).toEqual([expect.objectContaining({
            text: 'Funder',
            severity: 3,
            message: 'No partner plays the role Funder; assign it (plays Funder) or remove it.'
        })]);
    });

    it('does not fire when the role is played', async () => {
        expect(await findings('unused-role', 'role Host\npartner Church {\n    plays Host\n}\n')).toEqual([]);
    });
});
