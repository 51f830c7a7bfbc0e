import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const CLIQUE = `partner Hub
partner A
partner B
partner C
tie Hub -- A
tie Hub -- B
tie Hub -- C
tie A -- B
tie B -- C
tie A -- C
`;

describe('redundant-contacts', () => {
    it('fires on a partner whose contacts all know each other, relating the ties among them', async () => {
        const result = await findings('redundant-contacts', CLIQUE);
        expect(result.map(r => r.text)).toEqual(['Hub', 'A', 'B', 'C']);
        expect(result[0]).toMatchObject({
            severity: 3,
            message: "Hub's 3 ties reach an effective 1 separate contacts (efficiency 0.33; the network's minimum is 0.5): 3 of its contacts' ties run between its own contacts.",
            related: ['8: tie A -- B links two of Hub\'s contacts', '9: tie B -- C links two of Hub\'s contacts', '10: tie A -- C links two of Hub\'s contacts']
        });
    });

    it('does not fire on a broker of unconnected contacts, on partners with fewer than 3 ties, or under a lower minimum', async () => {
        const star = 'partner Hub\npartner A\npartner B\npartner C\ntie Hub -- A\ntie Hub -- B\ntie Hub -- C\n';
        expect(await findings('redundant-contacts', star)).toEqual([]);
        expect(await findings('redundant-contacts', 'partner A\npartner B\npartner C\ntie A -- B\ntie B -- C\ntie C -- A\n')).toEqual([]);
        expect(await findings('redundant-contacts', `network N {\n    policy {\n        min-efficiency 0.3\n    }\n}\n${CLIQUE}`)).toEqual([]);
    });
});
