import { isDisengaged, isProspective } from '../model/network.js';
import type { PartnerModel } from '../model/types.js';
import { formatHours } from '../utils/numbers.js';
import type { Rule } from './types.js';

/**
 * A tie that serves no goal its two partners share, in which nobody gives anything, and that the
 * network does not need to hold together (partnership practice: every relationship should serve a
 * specific purpose; one kept for its own sake takes time and resources).
 */
export const tieWithoutPurpose: Rule = {
    meta: {
        code: 'tie-without-purpose',
        defaultSeverity: 'info',
        summary: 'a tie whose partners serve no common goal, in which nobody gives or asks anything, and that is no bridge',
        fixable: false
    },
    check({ network, analysis }, report) {
        let bridges: Set<string> | undefined;
        const backbone = network.declaration?.backbone;
        // The goals each partner's roles serve, computed once per partner (a partner has many ties).
        const served = new Map<string, Set<string> | null>();
        const goalsOf = (partner: PartnerModel): Set<string> | undefined => {
            let goals = served.get(partner.name);
            if (goals === undefined) {
                goals = new Set<string>();
                for (const name of partner.roles) {
                    const role = network.roles.get(name);
                    // A role that is not in the model (a duplicate name, say) is an error already: judge only complete information.
                    if (!role) {
                        goals = null;
                        break;
                    }
                    role.serves.forEach(goal => goals!.add(goal));
                }
                served.set(partner.name, goals);
            }
            return goals ?? undefined;
        };
        for (const tie of network.ties) {
            // Anything given, or asked for, is a purpose the partners can name.
            if (tie.gives.some(give => give.values.length > 0) || tie.asks.some(ask => ask.values.length > 0)) continue;
            const left = network.partners.get(tie.left);
            const right = network.partners.get(tie.right);
            if (!left || !right) continue;
            // A tie with a prospect is how the partners get to know each other; one with a dormant or
            // ended partner is paused or history.
            if (isProspective(left) || isProspective(right) || isDisengaged(left) || isDisengaged(right)) continue;
            // Keeping partners connected is the backbone's job: its ties serve the partnership itself.
            if (backbone !== undefined && (tie.left === backbone || tie.right === backbone)) continue;
            const leftGoals = goalsOf(left);
            const rightGoals = goalsOf(right);
            if (!leftGoals || !rightGoals || shareAny(leftGoals, rightGoals)) continue;
            // A bridge holds the network together: without it the two would no longer reach each other.
            bridges ??= new Set(analysis().network.bridges.flatMap(([a, b]) => [`${a}\0${b}`, `${b}\0${a}`]));
            if (bridges.has(`${tie.left}\0${tie.right}`)) continue;
            const effort = tie.effort ? ` It takes ${formatHours(tie.effort.hoursPerMonth)} h/month.` : '';
            report({
                message: `The tie ${tie.name} serves no goal the two partners share, nobody gives anything in it, and ${tie.left} and ${tie.right} reach each other through other partners too.${effort} Say what each side gives (${tie.left} gives ...), give it a shared goal through the partners' roles, or let the tie go.`,
                location: tie.nameLocation,
                element: { kind: 'tie', name: tie.name },
                related: [left, right].map(partner => ({ message: serves(partner, partner === left ? leftGoals : rightGoals), location: partner.nameLocation }))
            });
        }
    }
};

function serves(partner: PartnerModel, goals: ReadonlySet<string>): string {
    if (partner.roles.length === 0) return `${partner.name} plays no role`;
    if (goals.size === 0) return `${partner.name}'s roles (${partner.roles.join(', ')}) serve no goal`;
    return `${partner.name}'s roles (${partner.roles.join(', ')}) serve ${[...goals].join(', ')}`;
}

function shareAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
    for (const goal of a) if (b.has(goal)) return true;
    return false;
}
