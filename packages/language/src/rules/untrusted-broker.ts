import { current, tiesOf } from '../model/network.js';
import { fallsBelow, formatScore } from '../utils/numbers.js';
import { isBroker } from '../analysis/metrics.js';
import { brokerReason } from './util/brokers.js';
import type { Rule } from './types.js';

/**
 * A broker (high betweenness, or a cut vertex) whose ties are not trusted (partnership practice: structural
 * holes are worth building only with brokers both sides trust).
 */
export const untrustedBroker: Rule = {
    meta: {
        code: 'untrusted-broker',
        defaultSeverity: 'warning',
        summary: "a broker's ties average less trust than min-trust",
        fixable: false
    },
    check({ network, analysis, threshold }, report) {
        if (current(network) < 3) return;
        const minTrust = threshold('min-trust');
        const brokerFrom = threshold('broker-betweenness');
        const result = analysis();
        for (const metrics of result.partners) {
            const partner = network.partners.get(metrics.id);
            if (!partner || metrics.averageTrust === undefined || !fallsBelow(metrics.averageTrust, minTrust)) continue;
            if (!isBroker(metrics, brokerFrom)) continue;
            const why = brokerReason(metrics, brokerFrom, result.estimated);
            const ties = tiesOf(network, metrics.id).filter(tie => tie.trust && Number.isFinite(tie.trust.average));
            report({
                message: `${metrics.id} is a broker (${why}) but its ties average trust ${formatScore(metrics.averageTrust)}; the network's minimum is ${formatScore(minTrust)}. Build trust with it before routing more through it.`,
                location: partner.nameLocation,
                element: { kind: 'partner', name: metrics.id },
                related: ties.map(tie => ({ message: `tie ${tie.name}: trust ${formatScore(tie.trust!.average)}`, location: tie.properties.trust ?? tie.nameLocation }))
            });
        }
    }
};
