import { describe, expect, it } from 'vitest';
import { build, covered } from '../helpers.js';

const NETWORK = (budget: string) => `network Food {
    us Bank
    budget ${budget}
}
`;
const TIES = `role Convener {
    commitment 1 hour/week
}

partner Bank {
    plays Convener
}

partner Clinic
partner City

tie Bank -- Clinic {
    effort 2 hours/week
}

tie Bank -- City {
    effort 3 hours/month
}

meeting Steering {
    every 2 weeks
    duration 90 minutes
    invites Bank, City
}
`;

describe('over-budget', () => {
    it('fires on the budget with the numbers and every contributing tie, meeting and commitment related, across files', async () => {
        const built = await build({ 'food/network.partnership': NETWORK('16 hours/month'), 'food/ties.partnership': TIES });
        const document = built.documents.get('food/network.partnership')!;
        const found = built.diagnostics('food/network.partnership').filter(d => d.code === 'over-budget');
        expect(found).toHaveLength(1);
        const [finding] = found;
        // ties 2 h/week (8.67) + 3 h/month, meeting 1.5 h every 2 weeks (3.25), commitment 1 h/week (4.33) = 19.25
        expect(covered(document, finding)).toBe('16 hours/month');
        expect(finding.severity).toBe(1);
        expect(finding.message).toBe('Bank spends 19.3 h/month on ties, meetings and role commitments; budget is 16 h/month (3.3 h/month over).');
        expect(finding.relatedInformation?.map(r => `${r.location.uri.replace('file:///ws/food/', '')}:${r.location.range.start.line + 1} ${r.message}`)).toEqual([
            'ties.partnership:13 tie Bank -- Clinic: 8.7 h/month',
            'ties.partnership:17 tie Bank -- City: 3 h/month',
            'ties.partnership:20 meeting Steering: 3.3 h/month',
            'ties.partnership:2 role Convener: 4.3 h/month'
        ]);
        expect(built.diagnostics('food/ties.partnership').filter(d => d.code === 'over-budget')).toEqual([]);
    });

    it('does not fire within budget, nor without us or budget', async () => {
        for (const network of [NETWORK('20 hours/month'), 'network Food {\n    budget 1 hour/month\n}\n', 'network Food {\n    us Bank\n}\n']) {
            const built = await build({ 'food/network.partnership': network, 'food/ties.partnership': TIES });
            expect(built.summary().filter(s => s.includes('over-budget'))).toEqual([]);
        }
    });
});
