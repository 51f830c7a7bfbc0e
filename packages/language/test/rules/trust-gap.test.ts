import { describe, expect, it } from 'vitest';
import { build } from '../helpers.js';
import { findings } from '../rule-helpers.js';

/** The errors' codes and trust-gap's of a file that has a structural error too. */
async function codesIn(text: string): Promise<string[]> {
    const built = await build({ 'net/main.partnership': text }, { today: '2026-11-01' });
    return built.diagnostics('net/main.partnership').filter(d => d.severity === 1 || d.code === 'trust-gap').map(d => String(d.code));
}

const NET = (ratings: string[], policy = '') => `network N {
${policy}}

partner A
partner B

tie A -- B {
${ratings.map(r => `    ${r}`).join('\n')}
}
`;

describe('trust-gap', () => {
    it('fires when the two sides\' latest ratings differ by 1.5 or more on average, on the lower rating', async () => {
        const result = await findings('trust-gap', NET([
            'rating by A reliability 5 mission 5 openness 4 on 2026-06-01',
            'rating by B reliability 3 mission 3 openness 2 on 2026-06-02'
        ]), { today: '2026-11-01' });
        expect(result).toEqual([{
            text: 'rating by B reliability 3 mission 3 openness 2 on 2026-06-02',
            severity: 2,
            message: 'A and B see their tie differently: A rates it 4.67 (on 2026-06-01), B 2.67 (on 2026-06-02), a gap of 2 (the network\'s max-trust-gap is 1.5). Talk it through at the next check-in: ask B what would raise its score.',
            related: ['8: A\'s rating'],
            data: expect.objectContaining({ code: 'trust-gap', element: { kind: 'tie', name: 'A -- B' } })
        }]);
    });

    it('compares the latest rating of each side: a newer answer replaces an older one; of one date the last written counts', async () => {
        const old = ['rating by A reliability 5 mission 5 openness 5 on 2026-01-01', 'rating by B reliability 1 mission 1 openness 1 on 2026-01-01'];
        expect(await findings('trust-gap', NET(old), { today: '2026-11-01' })).toHaveLength(1);
        expect(await findings('trust-gap', NET([...old, 'rating by B reliability 4 mission 4 openness 4 on 2026-06-01']), { today: '2026-11-01' })).toEqual([]);
        // Written first but dated later: still the latest.
        expect(await findings('trust-gap', NET(['rating by B reliability 4 mission 4 openness 4 on 2026-06-01', ...old]), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('trust-gap', NET([...old, 'rating by B reliability 5 mission 5 openness 5 on 2026-01-01']), { today: '2026-11-01' })).toEqual([]);
    });

    it('is silent below the gap, with one side\'s ratings only, and when a score is out of range', async () => {
        expect(await findings('trust-gap', NET(['rating by A reliability 4 on 2026-06-01', 'rating by B reliability 3 on 2026-06-01']), { today: '2026-11-01' })).toEqual([]);
        expect(await findings('trust-gap', NET(['rating by A reliability 5 on 2026-06-01', 'rating by A reliability 1 on 2026-07-01']), { today: '2026-11-01' })).toEqual([]);
        expect(await codesIn(NET(['rating by A reliability 5 on 2026-06-01', 'rating by B reliability 9 on 2026-06-01']))).toEqual(['trust-out-of-range']);
        // Exactly the threshold fires.
        expect(await findings('trust-gap', NET(['rating by A reliability 4 mission 4 on 2026-06-01', 'rating by B reliability 3 mission 2 on 2026-06-01']), { today: '2026-11-01' })).toHaveLength(1);
    });

    it('max-trust-gap sets the gap; @allow silences it', async () => {
        const ratings = ['rating by A reliability 4 on 2026-06-01', 'rating by B reliability 3 on 2026-06-01'];
        const policy = (gap: string) => `    policy {\n        max-trust-gap ${gap}\n    }\n`;
        expect((await findings('trust-gap', NET(ratings, policy('1')), { today: '2026-11-01' })).map(r => r.message)).toEqual([
            'A and B see their tie differently: A rates it 4 (on 2026-06-01), B 3 (on 2026-06-01), a gap of 1 (the network\'s max-trust-gap is 1). Talk it through at the next check-in: ask B what would raise its score.'
        ]);
        const allowed = NET(['rating by A reliability 5 on 2026-06-01', 'rating by B reliability 1 on 2026-06-01']).replace('tie A -- B', '// @allow trust-gap -- we talked it through on 2026-10-05\ntie A -- B');
        expect(await findings('trust-gap', allowed, { today: '2026-11-01' })).toEqual([]);
    });
});
