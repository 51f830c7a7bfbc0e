import { exceeds, formatHours } from '../utils/numbers.js';
import { describeItems, loadRelated } from './util/load-messages.js';
import type { Rule } from './types.js';

/** `us`'s load exceeds the network's `budget` (partnership practice: budget your relationships). */
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
