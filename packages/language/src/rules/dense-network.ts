import { current } from '../model/network.js';
import { exceeds, formatScore } from '../utils/numbers.js';
import type { Rule } from './types.js';

/**
 * The network is denser than the policy allows (partnership practice: ties cost time; a network where
 * everyone is tied to everyone spends it on redundant ties instead of reaching new groups).
 * Networks of fewer than four partners are not judged.
 */
export const denseNetwork: Rule = {
    meta: {
        code: 'dense-network',
        defaultSeverity: 'warning',
        summary: 'the network density exceeds max-density',
        fixable: false
    },
    check({ network, analysis, threshold }, report) {
        const declaration = network.declaration;
        if (!declaration || current(network) < 4) return;
        const maximum = threshold('max-density');
        const metrics = analysis().network;
        if (!exceeds(metrics.density, maximum)) return;
        const possible = (metrics.partners * (metrics.partners - 1)) / 2;
        report({
            message: `The network's density is ${formatScore(metrics.density)} (${metrics.ties} of ${possible} possible ties among ${metrics.partners} partners); the maximum is ${formatScore(maximum)}. Dense networks spend time on redundant ties: let some lapse, or reach new groups through the partners you have.`,
            location: declaration.nameLocation,
            element: { kind: 'network', name: declaration.name }
        });
    }
};
