/**
 * hasRepeatedProperty (src/utils/cst-properties.ts): the structural check of single properties asks
 * it of every element before it builds the element's property index, so it must agree with the index.
 */
import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { propertiesOf } from '../../src/model/facts.js';
import { hasRepeatedProperty, propertyNodes } from '../../src/utils/cst-properties.js';
import { isElement } from '../../src/generated/ast.js';
import { build } from '../helpers.js';

const TEXT = `network N {
    checkin every 3 months
    checkin every 2 months
}

partner A {
    capacity 10 hours/month
    sector nonprofit
}
partner B {
    capacity 10 hours/month
    capacity 12 hours/month
}
role R {
    provides data
    provides funding
}

tie A -- B {
    effort 2 hours/week
    trust 4
    last-checkin 2026-01-01
    last-checkin 2026-02-01
}
tie B -- R2
goal G {
    due 2027-01-01
}
`;

describe('hasRepeatedProperty', () => {
    it('is true exactly when the property index lists one of the properties twice', async () => {
        const built = await build({ 'n/network.partnership': TEXT });
        const root = built.documents.get('n/network.partnership')!.parseResult.value;
        const answers: string[] = [];
        for (const node of AstUtils.streamAst(root)) {
            if (!isElement(node)) continue;
            const once = new Set(propertiesOf(node.$type).filter(fact => fact.once).map(fact => fact.property));
            const all = new Set(propertiesOf(node.$type).map(fact => fact.property));
            const index = propertyNodes(node);
            for (const properties of [once, all, new Set<string>()]) {
                const expected = [...properties].some(property => (index.get(property)?.length ?? 0) > 1);
                expect(hasRepeatedProperty(node, properties), `${node.$type} ${[...properties].join(',')}`).toBe(expected);
            }
            answers.push(`${node.$type}:${hasRepeatedProperty(node, once)}`);
        }
        expect(answers).toEqual(['Network:true', 'Partner:false', 'Partner:true', 'Role:false', 'Tie:true', 'Tie:false', 'Goal:false']);
        // Asked twice in a row, the same answer (what one walk saw is not kept for the next).
        const tie = AstUtils.streamAst(root).filter(isElement).find(node => node.$type === 'Tie')!;
        const once = new Set(propertiesOf('Tie').filter(fact => fact.once).map(fact => fact.property));
        expect([hasRepeatedProperty(tie, new Set(['effort'])), hasRepeatedProperty(tie, new Set(['effort'])), hasRepeatedProperty(tie, once)]).toEqual([false, false, true]);
    });
});
