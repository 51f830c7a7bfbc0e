/**
 * Amounts and cadences as written (src/model/build.ts oneLine), and a tie's header location: the
 * model keeps what the user wrote on one line, reading the syntax only where needed.
 */
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/build.js';
import { build } from '../helpers.js';

const TEXT = `network N {
    checkin every\t2   months
}
partner A {
    capacity 10 hours/month
}
partner B {
    capacity 10
      hours /week
}
tie A -- B {
    effort 2 hours/week
    trust reliability 4 mission 3
}
tie B   --   A2
`;

describe('text of amounts and cadences', () => {
    it('runs of white space are one space; text written with single spaces is kept as it is', async () => {
        const built = await build({ 'n/network.partnership': TEXT });
        const { network } = buildNetwork('file:///ws/n', [built.documents.get('n/network.partnership')!]);
        expect(network.declaration?.checkin?.text).toBe('every 2 months');
        expect([...network.partners.values()].map(p => p.capacity?.text)).toEqual(['10 hours/month', '10 hours /week']);
        const [tie] = network.ties;
        expect(tie.effort?.text).toBe('2 hours/week');
        // The header: from `tie` to the second partner's name.
        expect(tie.nameLocation.range).toEqual({ start: { line: 10, character: 0 }, end: { line: 10, character: 10 } });
        expect(tie.statedTrust).toEqual({ reliability: 4, mission: 3, average: 3.5, asOf: undefined, source: 'stated' });
        expect(Object.keys(tie.statedTrust!)).toEqual(['average', 'reliability', 'mission', 'asOf', 'source']);
    });
});
