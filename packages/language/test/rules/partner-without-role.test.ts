import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

describe('partner-without-role', () => {
    it('fires on a partner that plays no role, on its name', async () => {
        const result = await findings('partner-without-role', 'partner Clinic "Eastside Clinic" {\n    sector healthcare\n}\n');
        expect(result).toEqual([expect.objectContaining({
            text: 'Clinic',
            severity: 2,
            message: 'Clinic plays no role; give it a specific role (plays ...) so it is only asked for what that role needs.'
        })]);
    });

    it('does not fire when the partner plays a role', async () => {
        expect(await findings('partner-without-role', 'role Host\npartner Clinic {\n    plays Host\n}\n')).toEqual([]);
    });

    it('does not fire for a prospect or exploring partner (still being got to know) nor an ended one (history)', async () => {
        for (const stage of ['prospect', 'exploring since 2026-02-01', 'ended']) {
            expect(await findings('partner-without-role', `partner Clinic {\n    stage ${stage}\n}\n`), stage).toEqual([]);
        }
        for (const stage of ['active', 'dormant']) {
            expect(await findings('partner-without-role', `partner Clinic {\n    stage ${stage}\n}\n`), stage).toHaveLength(1);
        }
    });
});
