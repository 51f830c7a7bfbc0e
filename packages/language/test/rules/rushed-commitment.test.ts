import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (stage: string, extra = '', policy = '') => `network N {
    us Bank
${policy}}

role Host {
    commitment 2 hours/month
}
role Guest

partner Bank { plays Host }
partner City {
    plays Guest
    ${stage}
}

${extra}`;

describe('rushed-commitment', () => {
    it('fires on the stage of an exploring partner with a commitment, a meeting and a heavy tie, each related', async () => {
        const extra = `partner Other { plays Host }
tie Bank -- City {
    effort 3 hours/month
}
tie Other -- City {
    effort 2 hours/month
}
meeting Steering {
    every 1 month
    duration 1 hour
    roles Guest
}
meeting Launch {
    invites Bank, City
}
`;
        const text = NET('stage exploring since 2026-02-01', extra).replace('plays Guest', 'plays Guest, Host');
        const result = await findings('rushed-commitment', text);
        expect(result).toEqual([{
            text: 'exploring since 2026-02-01',
            severity: 2,
            message: 'City is still exploring (since 2026-02-01) but already has the commitment of the role Host (2 h/month), an invitation to the meeting Steering (through the role Guest), an invitation to the meeting Launch and 3 h/month of effort on its tie with Bank. A tie with a partner still being got to know should take at most 2 h/month. Go slow to go fast: get to know each other first and ask for standing commitments once it is active, or set its stage to active if you already work together.',
            related: [
                '6: role Host: commitment 2 h/month',
                '26: meeting Steering invites the partners playing role Guest',
                '29: meeting Launch invites City',
                '18: tie Bank -- City: effort 3 h/month'
            ],
            data: expect.objectContaining({ code: 'rushed-commitment', element: { kind: 'partner', name: 'City' } })
        }]);
    });

    it('fires on a prospect for each kind of commitment alone, and says so without a since date', async () => {
        const commitment = await findings('rushed-commitment', NET('stage prospect').replace('plays Guest', 'plays Host'));
        expect(commitment.map(r => [r.text, r.message])).toEqual([[
            'prospect',
            'City is still a prospect but already has the commitment of the role Host (2 h/month). Go slow to go fast: get to know each other first and ask for standing commitments once it is active, or set its stage to active if you already work together.'
        ]]);
        // An invitation counts even when the meeting states no hours.
        const invited = await findings('rushed-commitment', NET('stage prospect', 'meeting Intro {\n    invites City\n}\n'));
        expect(invited.map(r => [r.message, r.related])).toEqual([[
            'City is still a prospect but already has an invitation to the meeting Intro. Go slow to go fast: get to know each other first and ask for standing commitments once it is active, or set its stage to active if you already work together.',
            ['17: meeting Intro invites City']
        ]]);
        const tie = await findings('rushed-commitment', NET('stage prospect', 'tie Bank -- City {\n    effort 1 hour/week\n}\n'));
        expect(tie.map(r => r.message)).toEqual([
            'City is still a prospect but already has 4.3 h/month of effort on its tie with Bank. A tie with a partner still being got to know should take at most 2 h/month. Go slow to go fast: get to know each other first and ask for standing commitments once it is active, or set its stage to active if you already work together.'
        ]);
    });

    it('does not fire on light ties (up to the limit), on roles without commitment, or on partners past the getting-to-know stage', async () => {
        const light = 'tie Bank -- City {\n    effort 2 hours/month\n}\nmeeting Steering {\n    every 1 month\n    duration 1 hour\n    roles Host\n}\n';
        expect(await findings('rushed-commitment', NET('stage exploring since 2026-02-01', light))).toEqual([]);
        const busy = 'tie Bank -- City {\n    effort 8 hours/month\n}\nmeeting Launch {\n    invites City\n}\n';
        for (const stage of ['', 'stage active', 'stage dormant', 'stage ended']) {
            expect(await findings('rushed-commitment', NET(stage, busy).replace('plays Guest', 'plays Host'))).toEqual([]);
        }
        const zero = NET('stage prospect').replace('commitment 2 hours/month', 'commitment 0 hours/month').replace('plays Guest', 'plays Host');
        expect(await findings('rushed-commitment', zero)).toEqual([]);
    });

    it('max-prospect-effort sets the most tie effort a prospect may be asked for', async () => {
        const tie = 'tie Bank -- City {\n    effort 3 hours/month\n}\n';
        expect(await findings('rushed-commitment', NET('stage prospect', tie, '    policy {\n        max-prospect-effort 3\n    }\n'))).toEqual([]);
        const stricter = await findings('rushed-commitment', NET('stage prospect', 'tie Bank -- City {\n    effort 1 hour/month\n}\n', '    policy {\n        max-prospect-effort 0.5\n    }\n'));
        expect(stricter.map(r => r.message)).toEqual([
            'City is still a prospect but already has 1 h/month of effort on its tie with Bank. A tie with a partner still being got to know should take at most 0.5 h/month. Go slow to go fast: get to know each other first and ask for standing commitments once it is active, or set its stage to active if you already work together.'
        ]);
    });

    it('respects @allow on the partner', async () => {
        const text = NET('stage prospect').replace('plays Guest', 'plays Host').replace('partner City', '// @allow rushed-commitment -- the county asked to join the steering group from day one\npartner City');
        expect(await findings('rushed-commitment', text)).toEqual([]);
    });
});
