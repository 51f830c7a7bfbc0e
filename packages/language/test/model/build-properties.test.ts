import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/build.js';
import { propertyNode, propertyNodes } from '../../src/utils/cst-properties.js';
import { isModel, isTie } from '../../src/generated/ast.js';
import { build } from '../helpers.js';

const TEXT = `network N {
    us Bank
    checkin every 3 months
}

partner Bank {
    capacity 20 hours/month
}

partner City

tie Bank -- City {
    effort 2 hours/week
    trust 4
    effort 3 hours/week
}
`;

const at = (line: number, character: number) => `${line}:${character}`;

describe('property locations of the network model', () => {
    it('are where each property is first written, read on first use, and part of the element as a plain field', async () => {
        const built = await build({ 'n/network.partnership': TEXT });
        const { network } = buildNetwork('file:///ws/n', [built.documents.get('n/network.partnership')!]);
        const tie = network.ties[0];
        const bank = network.partners.get('Bank')!;
        const where = (location: { range: { start: { line: number; character: number } } } | undefined) =>
            location && at(location.range.start.line, location.range.start.character);
        expect(Object.keys(tie.properties)).toEqual(['effort', 'trust']);
        expect(where(tie.properties.effort)).toBe('12:11');
        expect(where(tie.properties.trust)).toBe('13:4');
        expect(tie.properties.effort?.uri).toBe('file:///ws/n/network.partnership');
        expect(where(bank.properties.capacity)).toBe('6:13');
        expect(where(network.declaration!.properties.checkin)).toBe('2:12');
        // Read twice, the same locations.
        expect(tie.properties).toBe(tie.properties);
        // An enumerable field: in Object.keys, JSON and spreads, with nothing else added to the element.
        expect(Object.keys(tie)).toContain('properties');
        expect(Object.keys(tie).filter(key => key.startsWith('$') || key === 'node')).toEqual([]);
        expect(Object.getOwnPropertySymbols(tie).filter(symbol => Object.getOwnPropertyDescriptor(tie, symbol)!.enumerable)).toEqual([]);
        expect(JSON.parse(JSON.stringify(tie)).properties.effort.range.start).toEqual({ line: 12, character: 11 });
        expect({ ...bank }.properties).toEqual(bank.properties);
    });

    it('of one node are found alike asked for one property or for all of them', async () => {
        const built = await build({ 'n/network.partnership': TEXT });
        const root = built.documents.get('n/network.partnership')!.parseResult.value;
        const tie = (isModel(root) ? root.elements : []).find(isTie)!;
        // Asked for one property first (no index), then for all, then for one again (from the index).
        const right = propertyNode(tie, 'right');
        const all = propertyNodes(tie);
        expect(right).toBe(all.get('right')![0]);
        expect(all.get('effort')!.map(cst => cst.range.start.line)).toEqual([12, 14]);
        expect(propertyNode(tie, 'effort')).toBe(all.get('effort')![0]);
        expect(propertyNode(tie, 'lastCheckin')).toBeUndefined();
        // After the task, the index is built anew (nothing is kept): equal, not the same map.
        await Promise.resolve();
        const again = propertyNodes(tie);
        expect(again).not.toBe(all);
        expect([...again.keys()]).toEqual([...all.keys()]);
    });
});
