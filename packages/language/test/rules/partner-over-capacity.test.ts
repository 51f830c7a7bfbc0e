import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (capacity: string) => `network N {
    us Bank
}

role Funder {
    commitment 2 hours/month
}

partner Bank
partner UnitedWay {
    plays Funder
    capacity ${capacity}
}

tie Bank -- UnitedWay {
    effort 4 hours/month
}

meeting Steering {
    every 1 month
    duration 2 hours
    roles Funder
}
`;

describe('partner-over-capacity', () => {
    it('fires on the capacity with the numbers and the contributions related', async () => {
        const result = await findings('partner-over-capacity', NET('6 hours/month'));
        expect(result).toEqual([expect.objectContaining({
            text: '6 hours/month',
            severity: 2,
            message: 'UnitedWay is asked for 8 h/month on ties, meetings and role commitments; its capacity is 6 h/month (2 h/month over).',
            related: ['16: tie Bank -- UnitedWay: 4 h/month', '19: meeting Steering: 2 h/month', '6: role Funder: 2 h/month']
        })]);
    });

    it('does not fire at or under capacity, nor for us (held against the budget)', async () => {
        expect(await findings('partner-over-capacity', NET('8 hours/month'))).toEqual([]);
        const us = NET('6 hours/month').replace('us Bank', 'us UnitedWay');
        expect(await findings('partner-over-capacity', us)).toEqual([]);
    });
});
