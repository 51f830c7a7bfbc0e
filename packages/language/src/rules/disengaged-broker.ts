import { current, isDisengaged, isEnded, nextCheckin, otherEnd, tiesOf, timeLimitOf } from '../model/network.js';
import { joinWords } from '../utils/words.js';
import { isBroker } from '../analysis/metrics.js';
import { daysBetween, isValidDate } from '../utils/dates.js';
import { exceeds, formatHours } from '../utils/numbers.js';
import { brokerReason } from './util/brokers.js';
import type { RelatedLocation, Rule } from './types.js';

/**
 * A broker (high betweenness, or a cut vertex, as untrusted-broker counts them) that is no longer
 * engaged: dormant, over its capacity, or overdue for a check-in on every tie that has a cadence
 * (partnership practice: build holes only through trusted and engaged brokers).
 */
export const disengagedBroker: Rule = {
    meta: {
        code: 'disengaged-broker',
        defaultSeverity: 'warning',
        summary: 'a broker is dormant or ended, over its capacity, or overdue for a check-in on all its ties',
        fixable: false
    },
    check({ network, analysis, threshold, loads, today }, report) {
        if (current(network) < 3) return;
        const brokerFrom = threshold('broker-betweenness');
        const fallback = network.declaration?.checkin;
        const result = analysis();
        for (const metrics of result.partners) {
            const partner = network.partners.get(metrics.id);
            if (!partner || !isBroker(metrics, brokerFrom)) continue;
            const reasons: string[] = [];
            const related: RelatedLocation[] = [];

            if (isDisengaged(partner)) {
                reasons.push(partner.stageSince ? `it has been ${partner.stage} since ${partner.stageSince}` : `it is ${partner.stage}`);
                related.push({ message: `stage ${partner.stage}`, location: partner.properties.stage ?? partner.nameLocation });
            }

            // `us` is held against the network's budget, every other partner against its capacity.
            const time = timeLimitOf(network, partner.name);
            const limit = time?.hours;
            const load = loads.get(partner.name)?.hoursPerMonth ?? 0;
            if (time && limit && exceeds(load, limit.hoursPerMonth)) {
                const what = time.what;
                reasons.push(`it is asked for ${formatHours(load)} h/month against its ${what} of ${formatHours(limit.hoursPerMonth)} h/month`);
                related.push({ message: `${what} ${formatHours(limit.hoursPerMonth)} h/month; load ${formatHours(load)} h/month`, location: limit.location });
            }

            if (isValidDate(today)) {
                // A tie to an ended partner is history, like the partner (it is not in the graph either).
                const live = tiesOf(network, partner.name).filter(tie => !isEnded(network.partners.get(otherEnd(tie, partner.name))));
                const checked = live.flatMap(tie => {
                    const next = nextCheckin(tie, fallback);
                    return next ? [{ tie, due: next.due, late: daysBetween(next.due, today) > 0 }] : [];
                });
                if (checked.length > 0 && checked.every(c => c.late)) {
                    const latest = checked.map(c => c.due).sort().at(-1)!;
                    reasons.push(checked.length === 1
                        ? `its one tie with a check-in on record is overdue for the next one (due by ${latest})`
                        : `all ${checked.length} of its ties with a check-in on record are overdue for the next one (the latest was due by ${latest})`);
                    for (const { tie, due } of checked) {
                        related.push({ message: `tie ${tie.name}: last check-in ${tie.lastCheckin}, due again by ${due}`, location: tie.properties.lastCheckin ?? tie.nameLocation });
                    }
                }
            }

            if (reasons.length === 0) continue;
            const why = brokerReason(metrics, brokerFrom, result.estimated);
            report({
                message: `${partner.name} is a broker (${why}) but ${joinWords(reasons)}. Partners who reach each other through it depend on it being engaged: re-engage it (check in, lighten its load) or build a second route between the groups it links.`,
                location: partner.nameLocation,
                element: { kind: 'partner', name: partner.name },
                related
            });
        }
    }
};
