import { current, otherEnd, tiesOf } from '../model/network.js';
import type { Rule } from './types.js';

/**
 * A partner whose departure splits the network (a cut vertex). Beyond the practice articles, which
 * build brokers on purpose: a broker nobody else can stand in for is the risk that comes with it.
 */
export const singlePointOfFailure: Rule = {
    meta: {
        code: 'single-point-of-failure',
        defaultSeverity: 'warning',
        summary: 'removing one partner disconnects the network',
        fixable: false
    },
    check({ network, analysis }, report) {
        if (current(network) < 3) return;
        const result = analysis();
        // Every partner of a long chain is a cut vertex, and what it cuts off can be most of the
        // network: each cut-off part is scanned once (counting, the five first names, which of the
        // partner's ties lead into it), never sorted whole nor searched per tie.
        for (const id of result.network.cutVertices) {
            const partner = network.partners.get(id);
            if (!partner) continue;
            const [, ...cutOff] = result.partsWithout(id);
            const own = tiesOf(network, id);
            const neighbours = new Set(own.map(tie => otherEnd(tie, id)));
            const reached = new Set<string>();
            const first: string[] = [];
            let count = 0;
            for (const part of cutOff) {
                for (const name of part) {
                    count++;
                    if (neighbours.has(name)) reached.add(name);
                    if (first.length === SHOWN && name >= first[SHOWN - 1]) continue;
                    let at = first.length;
                    while (at > 0 && first[at - 1] > name) at--;
                    first.splice(at, 0, name);
                    if (first.length > SHOWN) first.pop();
                }
            }
            const names = count <= SHOWN ? first.join(', ') : `${first.join(', ')} and ${count - SHOWN} more`;
            report({
                message: `If ${id} left, ${names} ${count === 1 ? 'would have' : `(${count} partners) would have`} no tie path to the rest of the network. Tie ${count === 1 ? 'it' : 'them'} to another partner too.`,
                location: partner.nameLocation,
                element: { kind: 'partner', name: id },
                related: own
                    .filter(tie => (tie.left === id && reached.has(tie.right)) || (tie.right === id && reached.has(tie.left)))
                    .map(tie => ({ message: `tie ${tie.name} leads into the part that would be cut off`, location: tie.nameLocation }))
            });
        }
    }
};

/** The names a finding lists before "and N more". */
const SHOWN = 5;
