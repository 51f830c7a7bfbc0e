import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const PARTNERS = (n: number) => Array.from({ length: n }, (_, i) => `partner P${i + 1}`).join('\n') + '\n';

describe('no-backbone', () => {
    it('fires on the network name when more than 8 partners have no backbone', async () => {
        const result = await findings('no-backbone', `network Eastside "Eastside coalition"\n\n${PARTNERS(9)}`);
        expect(result).toEqual([{
            text: 'Eastside',
            severity: 3,
            message: 'The network Eastside has 9 partners and no backbone; a network of more than 8 partners needs a neutral backbone organisation to keep it running (backbone ...).',
            related: [],
            data: expect.objectContaining({ code: 'no-backbone', element: { kind: 'network', name: 'Eastside' } })
        }]);
    });

    it('does not fire at 8 partners, with a backbone, or for loose files without a network block', async () => {
        expect(await findings('no-backbone', `network Eastside\n${PARTNERS(8)}`)).toEqual([]);
        expect(await findings('no-backbone', `network Eastside {\n    backbone P1\n}\n${PARTNERS(12)}`)).toEqual([]);
        expect(await findings('no-backbone', PARTNERS(12))).toEqual([]);
    });

    it('respects @allow on the network block', async () => {
        const text = `// @allow no-backbone -- the county takes the backbone role in the spring\nnetwork Eastside\n${PARTNERS(10)}`;
        expect(await findings('no-backbone', text)).toEqual([]);
    });
});
