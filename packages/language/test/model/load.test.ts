import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/build.js';
import { computeLoads } from '../../src/model/load.js';
import { build } from '../helpers.js';

const TEXT = `network N {
    us Bank
    budget 40 hours/month
}

role Convener {
    commitment 3 hours/month
}

role Funder {
    commitment 1 hour/week
}

partner Bank {
    plays Convener, Funder
}

partner City {
    plays Funder
    capacity 20 hours/month
}

partner Radio

tie Bank -- City {
    effort 2 hours/week
}

tie City -- Radio {
    effort 24 hours/year
}

meeting Steering {
    every 1 month
    duration 2 hours
    roles Convener, Funder
    invites Radio, Bank
}

meeting Quarterly {
    every 3 months
    duration 90 minutes
    invites Radio
}
`;

describe('time accounting', () => {
    it('adds tie effort (both sides), meetings attended by role or invitation (once each) and role commitments, in hours per month', async () => {
        const built = await build({ 'n/network.partnership': TEXT });
        const { network } = buildNetwork('file:///ws/n', [built.documents.get('n/network.partnership')!]);
        const loads = computeLoads(network);
        const week = 52 / 12;
        expect(loads.get('Bank')!.hoursPerMonth).toBeCloseTo(2 * week + 2 + 3 + week, 10);
        expect(loads.get('City')!.hoursPerMonth).toBeCloseTo(2 * week + 2 + 2 + week, 10);
        expect(loads.get('Radio')!.hoursPerMonth).toBeCloseTo(2 + 2 + 0.5, 10);
        expect(loads.get('Bank')!.items.map(i => i.label)).toEqual(['tie Bank -- City', 'meeting Steering', 'role Convener', 'role Funder']);
        expect(network.declaration?.budget?.hoursPerMonth).toBe(40);
        expect(network.partners.get('City')!.capacity?.text).toBe('20 hours/month');
    });
});
