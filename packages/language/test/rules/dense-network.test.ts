import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NETWORK = (policy: string, ties: string) => `network Coalition {
${policy}}
partner A
partner B
partner C
partner D
${ties}
`;
const ALL = 'tie A -- B\ntie A -- C\ntie A -- D\ntie B -- C\ntie B -- D\n';

describe('dense-network', () => {
    it('fires on the network name when density exceeds max-density, naming the numbers', async () => {
        const result = await findings('dense-network', NETWORK('', ALL));
        expect(result).toEqual([expect.objectContaining({
            text: 'Coalition',
            severity: 2,
            message: "The network's density is 0.83 (5 of 6 possible ties among 4 partners); the maximum is 0.5. Dense networks spend time on redundant ties: let some lapse, or reach new groups through the partners you have."
        })]);
    });

    it('does not fire at or under the maximum, under a raised maximum, or in networks of fewer than four', async () => {
        expect(await findings('dense-network', NETWORK('', 'tie A -- B\ntie B -- C\ntie C -- D\n'))).toEqual([]);
        expect(await findings('dense-network', NETWORK('    policy {\n        max-density 90%\n    }\n', ALL))).toEqual([]);
        expect(await findings('dense-network', 'network N\npartner A\npartner B\npartner C\ntie A -- B\ntie B -- C\ntie A -- C\n')).toEqual([]);
    });
});
