import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (trust: string, policy = '') => `network N {
    policy {
        ${policy}
    }
}

partner Bank
partner City

tie Bank -- City {
    ${trust}
    effort 2 hours/month
}
`;

describe('low-trust-tie', () => {
    it('fires on the trust line when the mean of the aspects is below min-trust (default 3), naming every score', async () => {
        const result = await findings('low-trust-tie', NET('trust reliability 2 mission 3 openness 2'));
        expect(result).toEqual([{
            text: 'trust reliability 2 mission 3 openness 2',
            severity: 3,
            message: "Trust in the tie Bank -- City averages 2.3 (reliability 2, mission 3, openness 2); the network's minimum is 3.",
            related: [],
            data: expect.objectContaining({ code: 'low-trust-tie', element: { kind: 'tie', name: 'Bank -- City' } })
        }]);
    });

    it('names an overall score as such, and only the aspects that are given', async () => {
        expect((await findings('low-trust-tie', NET('trust 2'))).map(r => [r.text, r.message])).toEqual([
            ['trust 2', "Trust in the tie Bank -- City is 2; the network's minimum is 3."]
        ]);
        expect((await findings('low-trust-tie', NET('trust openness 2 mission 1'))).map(r => r.message)).toEqual([
            "Trust in the tie Bank -- City averages 1.5 (mission 1, openness 2); the network's minimum is 3."
        ]);
    });

    it('follows the policy threshold, and fires only strictly below it', async () => {
        expect(await findings('low-trust-tie', NET('trust 3'))).toEqual([]);
        expect(await findings('low-trust-tie', NET('trust reliability 4 mission 4 openness 3'))).toEqual([]);
        expect(await findings('low-trust-tie', NET('trust reliability 4 mission 4 openness 3', 'min-trust 4'))).toEqual([
            expect.objectContaining({ message: "Trust in the tie Bank -- City averages 3.7 (reliability 4, mission 4, openness 3); the network's minimum is 4." })
        ]);
        expect(await findings('low-trust-tie', NET('trust 2', 'min-trust 2'))).toEqual([]);
    });

    it('shows a second decimal when one would round up to the minimum itself', async () => {
        expect((await findings('low-trust-tie', NET('trust reliability 3 mission 3 openness 2', 'min-trust 2.7'))).map(r => r.message)).toEqual([
            "Trust in the tie Bank -- City averages 2.67 (reliability 3, mission 3, openness 2); the network's minimum is 2.7."
        ]);
    });

    it('does not fire on a tie without trust, and respects @allow and severity overrides', async () => {
        expect(await findings('low-trust-tie', NET('strength weak'))).toEqual([]);
        const allowed = NET('trust 1').replace('tie Bank', '// @allow low-trust-tie -- rebuilding after the 2025 audit\ntie Bank');
        expect(await findings('low-trust-tie', allowed)).toEqual([]);
        expect((await findings('low-trust-tie', NET('trust 1', 'rule low-trust-tie warning'))).map(r => r.severity)).toEqual([2]);
    });
});
