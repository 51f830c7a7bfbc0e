import { joinWords } from '../utils/words.js';
import { isDisengaged } from '../model/network.js';
import { formatHours } from '../utils/numbers.js';
import { describeItems, loadRelated } from './util/load-messages.js';
import type { Rule } from './types.js';

/**
 * A `dormant` or `ended` partner still has load: tie effort, meetings, role commitments (partnership
 * practice: partnerships evolve and end; when a partner leaves, let it go cleanly).
 */
export const endedPartnerEngaged: Rule = {
    meta: {
        code: 'ended-partner-engaged',
        defaultSeverity: 'warning',
        summary: 'a dormant or ended partner still has load (tie effort, meetings, role commitments)',
        fixable: false
    },
    check({ network, loads }, report) {
        for (const partner of network.partners.values()) {
            if (!isDisengaged(partner)) continue;
            const load = loads.get(partner.name);
            if (!load || load.items.length === 0 || !(load.hoursPerMonth > 0)) continue;
            const who = partner.stage === 'ended'
                ? `The partnership with ${partner.name} ${partner.stageSince ? `ended on ${partner.stageSince}` : 'has ended'}`
                : `${partner.name} is dormant${partner.stageSince ? ` (since ${partner.stageSince})` : ''}`;
            const kinds = new Set(load.items.map(item => item.kind));
            const steps = [
                kinds.has('meeting') ? 'take it off the meetings (its invitations, or the roles that bring it there)' : undefined,
                kinds.has('commitment') ? 'hand its roles to an active partner' : undefined,
                kinds.has('tie') ? "set its ties' effort to 0" : undefined
            ].filter((step): step is string => step !== undefined);
            report({
                message: `${who}, but the network still counts ${formatHours(load.hoursPerMonth)} h/month of its time on ${describeItems(load)}. ${capitalise(joinWords(steps))}, or, if it is back, change its stage.`,
                location: partner.properties.stage ?? partner.nameLocation,
                element: { kind: 'partner', name: partner.name },
                related: loadRelated(load)
            });
        }
    }
};


function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
