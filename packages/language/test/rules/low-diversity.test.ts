import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NETWORK = (sectors: string[], policy = '') => `network Coalition {
${policy}}
${sectors.map((s, i) => `partner P${i} { sector ${s} }`).join('\n')}
`;

describe('low-diversity', () => {
    it('fires on the network name when the Blau index is below min-diversity, naming the dominant sector', async () => {
        const result = await findings('low-diversity', NETWORK(['nonprofit', 'nonprofit', 'nonprofit', 'nonprofit', 'government']));
        expect(result).toEqual([expect.objectContaining({
            text: 'Coalition',
            severity: 2,
            message: 'Sector diversity (Blau index) is 0.32: 4 of 5 partners are nonprofit, from 2 sectors in all; the minimum is 0.5. Partners from other sectors bring resources and reach this network lacks.'
        })]);
    });

    it('does not fire for a mixed network, under a lower minimum, or with fewer than three partners that state a sector', async () => {
        expect(await findings('low-diversity', NETWORK(['nonprofit', 'government', 'business', 'faith']))).toEqual([]);
        expect(await findings('low-diversity', NETWORK(['nonprofit', 'nonprofit', 'nonprofit', 'government'], '    policy {\n        min-diversity 0.3\n    }\n'))).toEqual([]);
        expect(await findings('low-diversity', NETWORK(['nonprofit', 'nonprofit']))).toEqual([]);
    });
});
