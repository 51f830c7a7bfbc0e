import { exceeds, formatHours } from '../utils/numbers.js';
import type { Load } from '../model/load.js';
import type { Rule } from './types.js';

/** `us`'s load exceeds the network's `budget` (seed 001 #2: budget your relationships). */
export const overBudget: Rule = {
    meta: {
        code: 'over-budget',
        defaultSeverity: 'error',
        summary: "our organisation's load (ties, meetings, role commitments) exceeds the network's budget",
        fixable: false
    },
    check({ network, loads }, report) {
        const declaration = network.declaration;
        if (!declaration?.us || !declaration.budget) return;
        const load = loads.get(declaration.us);
        if (!load || !exceeds(load.hoursPerMonth, declaration.budget.hoursPerMonth)) return;
        const budget = declaration.budget.hoursPerMonth;
        report({
            message: `${declaration.us} spends ${formatHours(load.hoursPerMonth)} h/month on ${describeItems(load)}; budget is ${formatHours(budget)} h/month (${formatHours(load.hoursPerMonth - budget)} h/month over).`,
            location: declaration.budget.location,
            element: { kind: 'network', name: declaration.name },
            related: loadRelated(load)
        });
    }
};

/** "ties and meetings", "ties, meetings and role commitments" */
export function describeItems(load: Load): string {
    const words: string[] = [];
    if (load.items.some(i => i.kind === 'tie')) words.push('ties');
    if (load.items.some(i => i.kind === 'meeting')) words.push('meetings');
    if (load.items.some(i => i.kind === 'commitment')) words.push('role commitments');
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** One related location per contributing tie, meeting and commitment. */
export function loadRelated(load: Load) {
    return load.items.map(item => ({
        message: `${item.label}: ${formatHours(item.hoursPerMonth)} h/month`,
        location: item.location
    }));
}
