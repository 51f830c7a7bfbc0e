import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (stage: string, body = '', extra = '') => `network N {
    us Bank
}

role Host {
    commitment 2 hours/month
}

partner Bank
partner Old {
    ${stage}
${body}}

${extra}`;

const LOADED = `tie Bank -- Old {
    effort 3 hours/month
}
meeting Steering {
    every 2 weeks
    duration 1 hour
    invites Old
}
`;

describe('ended-partner-engaged', () => {
    it('fires on the stage of a dormant partner with its hours and each tie, meeting and commitment related', async () => {
        const result = await findings('ended-partner-engaged', NET('stage dormant since 2026-03-01', '    plays Host\n', LOADED));
        expect(result).toEqual([{
            text: 'dormant since 2026-03-01',
            severity: 2,
            message: 'Old is dormant (since 2026-03-01), but the network still counts 7.2 h/month of its time on ties, meetings and role commitments. Take it off the meetings (its invitations, or the roles that bring it there), hand its roles to an active partner and set its ties\' effort to 0, or, if it is back, change its stage.',
            related: ['16: tie Bank -- Old: 3 h/month', '18: meeting Steering: 2.2 h/month', '6: role Host: 2 h/month'],
            data: expect.objectContaining({ code: 'ended-partner-engaged', element: { kind: 'partner', name: 'Old' } })
        }]);
    });

    it('fires on an ended partner and names only what it still has', async () => {
        const tie = await findings('ended-partner-engaged', NET('stage ended', '', 'tie Bank -- Old {\n    effort 1 hour/month\n}\n'));
        expect(tie.map(r => [r.text, r.message])).toEqual([[
            'ended',
            'The partnership with Old has ended, but the network still counts 1 h/month of its time on ties. Set its ties\' effort to 0, or, if it is back, change its stage.'
        ]]);
        const dated = await findings('ended-partner-engaged', NET('stage ended since 2026-05-01', '', 'tie Bank -- Old {\n    effort 1 hour/month\n}\n'));
        expect(dated.map(r => r.message)).toEqual([
            'The partnership with Old ended on 2026-05-01, but the network still counts 1 h/month of its time on ties. Set its ties\' effort to 0, or, if it is back, change its stage.'
        ]);
        // Attending through a role counts like an invitation by name.
        const meeting = await findings('ended-partner-engaged', NET('stage ended', '    plays Host\n', 'meeting Steering {\n    every 1 month\n    duration 1 hour\n    roles Host\n}\n').replace('    commitment 2 hours/month\n', ''));
        expect(meeting.map(r => r.message)).toEqual([
            'The partnership with Old has ended, but the network still counts 1 h/month of its time on meetings. Take it off the meetings (its invitations, or the roles that bring it there), or, if it is back, change its stage.'
        ]);
    });

    it('does not fire when nothing is asked of it any more, or on partners that are not dormant or ended', async () => {
        // Ties without effort (or with 0), and meetings without hours, cost nothing.
        const idle = 'tie Bank -- Old {\n    effort 0 hours/month\n}\nmeeting Archive {\n    invites Old\n}\n';
        expect(await findings('ended-partner-engaged', NET('stage dormant', '', idle))).toEqual([]);
        expect(await findings('ended-partner-engaged', NET('stage ended', '', 'tie Bank -- Old\n'))).toEqual([]);
        for (const stage of ['', 'stage prospect', 'stage exploring', 'stage active']) {
            expect(await findings('ended-partner-engaged', NET(stage, '    plays Host\n', LOADED))).toEqual([]);
        }
    });

    it('respects @allow on the partner', async () => {
        const text = NET('stage dormant', '    plays Host\n', LOADED).replace('partner Old', '// @allow ended-partner-engaged -- on leave until March; we keep its seat\npartner Old');
        expect(await findings('ended-partner-engaged', text)).toEqual([]);
    });
});
