import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

describe('no-purpose', () => {
    it('fires on the network name when the network block states no purpose', async () => {
        const result = await findings('no-purpose', 'network Eastside "Eastside coalition" {\n    us Bank\n}\npartner Bank\n');
        expect(result).toEqual([{
            text: 'Eastside',
            severity: 3,
            message: 'The network Eastside states no purpose; agree with the partners whether they came together for joint action or for sharing information and resources, and write it down (purpose joint-action, or purpose sharing).',
            related: [],
            data: expect.objectContaining({ code: 'no-purpose', element: { kind: 'network', name: 'Eastside' } })
        }]);
        // A network written as a bare name has no purpose either.
        expect((await findings('no-purpose', 'network Eastside\n')).map(r => r.text)).toEqual(['Eastside']);
    });

    it('does not fire with either purpose, or for loose files without a network block', async () => {
        expect(await findings('no-purpose', 'network Eastside {\n    purpose joint-action\n}\n')).toEqual([]);
        expect(await findings('no-purpose', 'network Eastside {\n    purpose sharing\n}\n')).toEqual([]);
        expect(await findings('no-purpose', 'partner Bank\npartner City\n')).toEqual([]);
    });

    it('finds the purpose in the network block wherever the partners are declared', async () => {
        const { build } = await import('../helpers.js');
        const built = await build({
            'n/network.partnership': 'network N {\n    purpose sharing\n}\n',
            'n/partners.partnership': 'partner Bank\n'
        });
        expect(built.summary().filter(line => line.endsWith('no-purpose'))).toEqual([]);
    });

    it('respects @allow on the network block', async () => {
        const text = '// @allow no-purpose -- the partners decide at the first meeting\nnetwork Eastside {\n    us Bank\n}\npartner Bank\n';
        expect(await findings('no-purpose', text)).toEqual([]);
    });
});
