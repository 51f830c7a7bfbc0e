import { joinWords } from '../utils/words.js';
import { VALUES } from '../model/facts.js';
import { goalNeeds, goalServers } from '../model/goals.js';
import { isDisengaged } from '../model/network.js';
import type { PartnerModel } from '../model/types.js';
import type { Rule } from './types.js';

/**
 * A goal needs a kind of value that none of the partners serving it provides (partnership practice:
 * consider all the kinds of value a goal needs, and look for the partners best suited to provide them).
 */
export const unmetNeed: Rule = {
    meta: {
        code: 'unmet-need',
        defaultSeverity: 'warning',
        summary: 'a goal needs a value that no partner playing a role that serves the goal provides (through that role or its ties)',
        fixable: false
    },
    check({ network }, report) {
        const known = new Set<string>(VALUES);
        for (const goal of network.goals.values()) {
            if (goal.achieved !== undefined || goal.needs.length === 0) continue;
            // Who serves the goal and who meets each need: model/goals.ts, shared with the hover and the report.
            const servers = goalServers(network, goal.name);
            const serving = [...new Set(servers.flatMap(server => server.partners))].flatMap(name => network.partners.get(name) ?? []);
            // Nobody serves the goal at all: that is goal-without-partner's finding, and every need would be unmet.
            if (serving.length === 0) continue;
            // A dormant or ended partner no longer works with the network: what it provides does not count (`met`).
            // A value outside the vocabulary is an unknown-value error already.
            const unmet = goalNeeds(network, goal).filter(need => known.has(need.value) && !need.met).map(need => need.value);
            if (unmet.length === 0) continue;
            const active = serving.filter(partner => !isDisengaged(partner));
            const away = serving.filter(partner => isDisengaged(partner));
            const them = unmet.length === 1 ? 'it' : 'them';
            let who: string;
            if (active.length === 0) who = `every partner serving it is dormant or ended (${away.map(p => `${p.name} ${p.stage}`).join(', ')})`;
            else if (active.length === 1) who = `${active[0].name}, the only ${away.length > 0 ? 'active ' : ''}partner serving it, does not provide ${them}`;
            else who = `none of the partners serving it (${active.map(p => p.name).join(', ')}) provides ${them}`;
            const alsoAway = active.length > 0 && away.length > 0 ? ` ${joinWords(away.map(p => p.name))} also ${away.length === 1 ? 'serves' : 'serve'} it but ${stageOf(away)}.` : '';
            report({
                message: `The goal ${goal.name} needs ${joinWords(unmet)}, but ${who}.${alsoAway} Bring in a partner who can, through a role that serves ${goal.name}, or record where a serving partner already does (provides on its role, gives in its ties).`,
                // At the first unmet value as written.
                location: goal.needLocations[goal.needs.indexOf(unmet[0])] ?? goal.properties.needs ?? goal.nameLocation,
                element: { kind: 'goal', name: goal.name },
                related: servers.map(server => {
                    const role = network.roles.get(server.role)!;
                    const offers = role.provides.length > 0 ? `provides ${role.provides.join(', ')}` : 'provides nothing';
                    const played = server.partners.length > 0 ? `played by ${server.partners.join(', ')}` : 'no partner plays it';
                    return { message: `role ${role.name} serves ${goal.name} and ${offers}; ${played}`, location: role.nameLocation };
                })
            });
        }
    }
};

/** "is dormant", "is ended", "are dormant or ended" */
function stageOf(partners: readonly PartnerModel[]): string {
    const stages = [...new Set(partners.map(p => p.stage))];
    return `${partners.length === 1 ? 'is' : 'are'} ${stages.length === 1 ? stages[0] : 'dormant or ended'}`;
}
