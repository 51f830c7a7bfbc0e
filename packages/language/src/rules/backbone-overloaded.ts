import { timeLimitOf } from '../model/network.js';
import { exceeds, formatHours } from '../utils/numbers.js';
import { describeItems, loadRelated } from './util/load-messages.js';
import type { RelatedLocation, Rule } from './types.js';

/**
 * The network's `backbone` partner declares no capacity, or is asked for more than it (partnership
 * practice: a partnership doesn't run itself; the backbone's time is what keeps it running).
 */
export const backboneOverloaded: Rule = {
    meta: {
        code: 'backbone-overloaded',
        defaultSeverity: 'warning',
        summary: 'the backbone partner declares no capacity or its load exceeds it',
        fixable: false
    },
    check({ network, loads }, report) {
        const declaration = network.declaration;
        const partner = declaration?.backbone ? network.partners.get(declaration.backbone) : undefined;
        if (!declaration || !partner) return;
        // When the backbone is `us`, its time is the network's budget (time accounting).
        const isUs = partner.name === declaration.us;
        const time = timeLimitOf(network, partner.name);
        const limit = time?.hours;
        const what = time?.what ?? (isUs ? 'budget' : 'capacity');
        const named: RelatedLocation = { message: `the network's backbone: ${partner.name}`, location: declaration.properties.backbone ?? declaration.nameLocation };
        const load = loads.get(partner.name);
        const hours = load?.hoursPerMonth ?? 0;
        if (!limit) {
            const now = hours > 0 ? ` (it is asked for ${formatHours(hours)} h/month now)` : '';
            report({
                message: isUs
                    ? `${partner.name} is both the network's backbone and its us, but the network states no budget, so nobody can see whether it has the time to keep the coalition running${now}. A backbone that runs out of time stalls the whole coalition: agree how many hours a month it can give and write budget N hours/month in the network block.`
                    : `${partner.name}, the network's backbone, declares no capacity, so nobody can see whether it has the time to keep the coalition running${now}. A backbone that runs out of time stalls the whole coalition: agree with it how many hours a month it can give and write capacity N hours/month.`,
                location: partner.nameLocation,
                element: { kind: 'partner', name: partner.name },
                related: [named]
            });
            return;
        }
        if (!load || !exceeds(hours, limit.hoursPerMonth)) return;
        report({
            message: `${partner.name}, the network's backbone, is asked for ${formatHours(hours)} h/month on ${describeItems(load)}; its ${what} is ${formatHours(limit.hoursPerMonth)} h/month (${formatHours(hours - limit.hoursPerMonth)} h/month over). A backbone that runs out of time stalls the whole coalition: take meetings, roles or ties off it, or fund more of its time and raise its ${what}.`,
            location: limit.location,
            element: { kind: 'partner', name: partner.name },
            related: [named, ...loadRelated(load)]
        });
    }
};
