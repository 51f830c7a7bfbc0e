import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const TIE = (gives: string) => `partner Bank
partner City

tie Bank -- City {
${gives}}
`;

describe('one-sided-tie', () => {
    it('fires on the tie header when only one side gives, naming the silent side', async () => {
        const result = await findings('one-sided-tie', TIE('    City gives funding, data\n'));
        expect(result).toEqual([expect.objectContaining({
            text: 'tie Bank -- City',
            severity: 2,
            message: 'Only City gives anything in the tie Bank -- City; say what Bank gives back (Bank gives ...).',
            related: ['5: City gives funding, data'],
            data: expect.objectContaining({ fix: { kind: 'add-gives', tie: 'Bank -- City', giver: 'Bank' } })
        })]);
    });

    it('does not fire when both sides give, or when no exchange is written down yet', async () => {
        expect(await findings('one-sided-tie', TIE('    City gives funding\n    Bank gives data\n'))).toEqual([]);
        expect(await findings('one-sided-tie', TIE(''))).toEqual([]);
    });

    it('does not fire when the side that gives alone is `us`: giving first is the practice', async () => {
        const net = (us: string) => `network N {\n    us ${us}\n}\n\n${TIE('    Bank gives space, data\n')}`;
        expect(await findings('one-sided-tie', net('Bank'))).toEqual([]);
        // ...but `us` receiving alone is one-sided.
        expect((await findings('one-sided-tie', net('City'))).map(r => r.message)).toEqual([
            'Only Bank gives anything in the tie Bank -- City; say what City gives back (City gives ...).'
        ]);
    });
});
