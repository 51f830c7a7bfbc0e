import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

// Broker sits between two groups: {A, B} and {C, D}.
const NETWORK = (trustA: string, trustC: string, policy = '') => `network N {
${policy}}
partner Broker { sector nonprofit }
partner A { sector nonprofit }
partner B { sector nonprofit }
partner C { sector nonprofit }
partner D { sector nonprofit }
tie A -- B
tie C -- D
tie Broker -- A {
    trust ${trustA}
}
tie Broker -- B
tie Broker -- C {
    trust ${trustC}
}
tie Broker -- D
`;

describe('untrusted-broker', () => {
    it('fires on a broker whose stated trust averages below min-trust, with each tie\'s trust related', async () => {
        const result = await findings('untrusted-broker', NETWORK('2', 'reliability 2 mission 3 openness 2'));
        expect(result).toEqual([expect.objectContaining({
            text: 'Broker',
            severity: 2,
            message: 'Broker is a broker (betweenness 0.67; the only link between parts of the network) but its ties average trust 2.17; the network\'s minimum is 3. Build trust with it before routing more through it.',
            related: ['11: tie Broker -- A: trust 2', '15: tie Broker -- C: trust 2.33']
        })]);
    });

    it('does not fire when trust meets the minimum, when no trust is stated, or for partners that broker nothing', async () => {
        expect(await findings('untrusted-broker', NETWORK('4', '3'))).toEqual([]);
        expect(await findings('untrusted-broker', NETWORK('2', '2', '    policy {\n        min-trust 2\n    }\n'))).toEqual([]);
        const noBroker = `partner A\npartner B\npartner C\ntie A -- B {\n    trust 1\n}\ntie B -- C {\n    trust 1\n}\ntie C -- A {\n    trust 1\n}\n`;
        expect(await findings('untrusted-broker', noBroker)).toEqual([]);
    });

    it('broker-betweenness sets who counts as a broker when no cut vertex is involved', async () => {
        // A 5-cycle with one chord: no cut vertex; P0 has the highest betweenness.
        const text = `network N {
    policy {
        broker-betweenness BB
    }
}
partner P0
partner P1
partner P2
partner P3
partner P4
tie P0 -- P1 {
    trust 2
}
tie P1 -- P2 {
    trust 2
}
tie P2 -- P3 {
    trust 2
}
tie P3 -- P4 {
    trust 2
}
tie P4 -- P0 {
    trust 2
}
tie P0 -- P2 {
    trust 2
}
`;
        expect((await findings('untrusted-broker', text.replace('BB', '0.9'))).map(r => r.text)).toEqual([]);
        expect((await findings('untrusted-broker', text.replace('BB', '0.2'))).map(r => r.text)).toEqual(['P0', 'P2']);
    });
});
