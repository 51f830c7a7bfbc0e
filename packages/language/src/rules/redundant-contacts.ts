import { fallsBelow, formatScore } from '../utils/numbers.js';
import { otherEnd, tiesOf } from '../model/network.js';
import type { Rule } from './types.js';

/**
 * A partner whose contacts are tied to each other, so its ties bring the same information twice
 * (partnership practice: invest in ties that bridge structural holes, not in redundant ones).
 * Efficiency is Burt's effective size divided by the number of ties.
 */
export const redundantContacts: Rule = {
    meta: {
        code: 'redundant-contacts',
        defaultSeverity: 'info',
        summary: "a partner's efficiency (Burt's effective size ÷ ties) is below min-efficiency",
        fixable: false
    },
    check({ network, analysis, threshold }, report) {
        const minimum = threshold('min-efficiency');
        for (const metrics of analysis().partners) {
            const partner = network.partners.get(metrics.id);
            if (!partner || metrics.degree < 3 || !fallsBelow(metrics.efficiency, minimum)) continue;
            const contacts = new Set(tiesOf(network, metrics.id).map(tie => otherEnd(tie, metrics.id)));
            const among = network.ties.filter(tie => contacts.has(tie.left) && contacts.has(tie.right));
            report({
                message: `${metrics.id}'s ${metrics.degree} ties reach an effective ${formatScore(metrics.effectiveSize)} separate contacts (efficiency ${formatScore(metrics.efficiency)}; the network's minimum is ${formatScore(minimum)}): ${among.length} of its contacts' ties run between its own contacts.`,
                location: partner.nameLocation,
                element: { kind: 'partner', name: metrics.id },
                related: among.slice(0, 20).map(tie => ({ message: `tie ${tie.name} links two of ${metrics.id}'s contacts`, location: tie.nameLocation }))
            });
        }
    }
};
