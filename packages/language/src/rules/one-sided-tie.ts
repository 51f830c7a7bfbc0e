import { tieRule } from './util/tie-rule.js';

/** Only one side of a tie gives anything (partnership practice: reciprocity, asks and offers). */
export const oneSidedTie = tieRule({
    code: 'one-sided-tie',
    defaultSeverity: 'warning',
    summary: 'only one side of a tie gives anything',
    fixable: true
}, {
    // Each tie reads who `us` is.
    prepare: ({ network }) => ({ key: String(network.declaration?.us), value: network.declaration?.us }),
    checkTie(tie, us, _context, report) {
        // A loop, not filter/map/Set: this runs over every tie after every edit in the editor.
        let leftGives = false;
        let rightGives = false;
        for (const g of tie.gives) {
            if (g.values.length === 0) continue;
            if (g.giver === tie.left) leftGives = true;
            else if (g.giver === tie.right) rightGives = true;
        }
        if (leftGives === rightGives) return;
        const [giver, silent] = leftGives ? [tie.left, tie.right] : [tie.right, tie.left];
        // Giving first, often and without strings is the practice: `us` giving alone is not one-sided.
        if (giver === us) return;
        const given = tie.gives.filter(g => g.giver === giver);
        report({
            message: `Only ${giver} gives anything in the tie ${tie.name}; say what ${silent} gives back (${silent} gives ...).`,
            location: tie.nameLocation,
            element: { kind: 'tie', name: tie.name },
            related: given.map(g => ({ message: `${giver} gives ${g.values.join(', ')}`, location: g.location })),
            fix: { kind: 'add-gives', tie: tie.name, giver: silent }
        });
    }
});
