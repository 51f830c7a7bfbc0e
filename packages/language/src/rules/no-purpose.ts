import type { Rule } from './types.js';

/** The network block states no `purpose` (partnership practice: be clear about the purpose — joint action, or sharing?). */
export const noPurpose: Rule = {
    meta: {
        code: 'no-purpose',
        defaultSeverity: 'info',
        summary: 'the network states no purpose (joint-action or sharing)',
        fixable: false
    },
    check({ network }, report) {
        const declaration = network.declaration;
        // Loose files have no network block to state a purpose in. A `purpose` outside the
        // vocabulary is a syntax error: it is written, so it is not reported again here.
        if (!declaration || declaration.purpose || declaration.properties.purpose) return;
        report({
            message: `The network ${declaration.name} states no purpose; agree with the partners whether they came together for joint action or for sharing information and resources, and write it down (purpose joint-action, or purpose sharing).`,
            location: declaration.nameLocation,
            element: { kind: 'network', name: declaration.name }
        });
    }
};
