import { fallsBelow, formatScore } from '../utils/numbers.js';
import type { Rule } from './types.js';

/**
 * The partners come from too few sectors (partnership practice: diverse partners bring
 * resources, reach and legitimacy that a single sector cannot). Measured with Blau's index,
 * 1 − Σ p² over sectors; partners without a sector are not counted.
 */
export const lowDiversity: Rule = {
    meta: {
        code: 'low-diversity',
        defaultSeverity: 'warning',
        summary: 'the sector diversity (Blau index) is below min-diversity',
        fixable: false
    },
    check({ network, analysis, threshold }, report) {
        const declaration = network.declaration;
        if (!declaration) return;
        const { blauIndex, sectors } = analysis().network;
        const counted = Object.values(sectors).reduce((a, b) => a + b, 0);
        if (counted < 3) return;
        const minimum = threshold('min-diversity');
        if (!fallsBelow(blauIndex, minimum)) return;
        const [top, topCount] = Object.entries(sectors).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
        report({
            message: `Sector diversity (Blau index) is ${formatScore(blauIndex)}: ${topCount} of ${counted} partners are ${top}, from ${Object.keys(sectors).length} sector${Object.keys(sectors).length === 1 ? '' : 's'} in all; the minimum is ${formatScore(minimum)}. Partners from other sectors bring resources and reach this network lacks.`,
            location: declaration.nameLocation,
            element: { kind: 'network', name: declaration.name }
        });
    }
};
