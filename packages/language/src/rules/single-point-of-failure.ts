import type { Rule } from './types.js';

/**
 * A partner whose departure splits the network (a cut vertex). Beyond the seeds: the seeds build
 * brokers on purpose (001 #3), and a broker nobody else can stand in for is the risk that comes with it.
 */
export const singlePointOfFailure: Rule = {
    meta: {
        code: 'single-point-of-failure',
        defaultSeverity: 'warning',
        summary: 'removing one partner disconnects the network',
        fixable: false
    },
    check({ network, analysis }, report) {
        if (network.partners.size < 3) return;
        const result = analysis();
        for (const id of result.network.cutVertices) {
            const partner = network.partners.get(id);
            if (!partner) continue;
            const [, ...cutOff] = result.partsWithout(id);
            const stranded = cutOff.flat().sort();
            const names = stranded.length <= 5 ? stranded.join(', ') : `${stranded.slice(0, 5).join(', ')} and ${stranded.length - 5} more`;
            report({
                message: `If ${id} left, ${names} ${stranded.length === 1 ? 'would have' : `(${stranded.length} partners) would have`} no tie path to the rest of the network. Tie ${stranded.length === 1 ? 'it' : 'them'} to another partner too.`,
                location: partner.nameLocation,
                element: { kind: 'partner', name: id },
                related: network.ties
                    .filter(tie => (tie.left === id && stranded.includes(tie.right)) || (tie.right === id && stranded.includes(tie.left)))
                    .map(tie => ({ message: `tie ${tie.name} leads into the part that would be cut off`, location: tie.nameLocation }))
            });
        }
    }
};
