import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

describe('isolated-partner', () => {
    it('fires on a partner with no tie', async () => {
        const result = await findings('isolated-partner', 'partner Bank\npartner City\npartner Radio\ntie Bank -- City\n');
        expect(result.map(r => [r.text, r.message])).toEqual([
            ['Radio', 'Radio has no tie to any partner; add a tie or remove the partner from the network.']
        ]);
    });

    it('does not fire when every partner has a tie, on either side', async () => {
        expect(await findings('isolated-partner', 'partner Bank\npartner City\ntie City -- Bank\n')).toEqual([]);
    });

    it('does not fire for an ended partner: it is history kept in the file', async () => {
        expect(await findings('isolated-partner', 'partner Bank\npartner City\npartner Old {\n    stage ended\n}\ntie Bank -- City\n')).toEqual([]);
    });

    it.each([
        ['prospect', []],
        ['exploring', ['Radio']],
        ['active', ['Radio']],
        ['dormant', ['Radio']]
    ])('a partner at stage %s with no tie: reported for %j (a prospect is not engaged yet, so no tie is expected)', async (stage, reported) => {
        const result = await findings('isolated-partner', `partner Bank\npartner City\npartner Radio {\n    stage ${stage} since 2026-10-01\n}\ntie Bank -- City\n`);
        expect(result.map(r => r.text)).toEqual(reported);
    });
});
