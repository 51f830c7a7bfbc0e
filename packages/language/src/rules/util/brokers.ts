/** How the broker rules (untrusted-broker, disengaged-broker) say why a partner counts as a broker. */
import type { PartnerMetrics } from '../../analysis/metrics.js';
import { formatScore } from '../../utils/numbers.js';

/** "betweenness 0.6; the only link between parts of the network" (", estimated" on large networks). */
export function brokerReason(metrics: PartnerMetrics, brokerFrom: number, estimated: boolean): string {
    return [
        metrics.betweenness >= brokerFrom ? `betweenness ${formatScore(metrics.betweenness)}${estimated ? ', estimated' : ''}` : undefined,
        metrics.cutVertex ? 'the only link between parts of the network' : undefined
    ].filter(Boolean).join('; ');
}
