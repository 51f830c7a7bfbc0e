import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const partners = (names: string[]) => names.map(n => `partner ${n} { sector nonprofit }`).join('\n');
const ties = (pairs: string[]) => pairs.map(p => `tie ${p.replace('-', ' -- ')}`).join('\n');

describe('single-point-of-failure', () => {
    it('fires on a partner whose departure strands others, naming them and the ties that are the only way in', async () => {
        // Hub holds the triangle Hub-A-B and the spur Hub-C-D together.
        const text = `${partners(['Hub', 'A', 'B', 'C', 'D'])}\n${ties(['Hub-A', 'A-B', 'B-Hub', 'Hub-C', 'C-D'])}\n`;
        const result = await findings('single-point-of-failure', text);
        expect(result.map(r => r.text)).toEqual(['Hub', 'C']);
        expect(result[0]).toMatchObject({
            severity: 2,
            message: 'If Hub left, C, D (2 partners) would have no tie path to the rest of the network. Tie them to another partner too.',
            related: ['9: tie Hub -- C leads into the part that would be cut off']
        });
        expect(result[1].message).toBe('If C left, D would have no tie path to the rest of the network. Tie it to another partner too.');
    });

    it('does not fire when every partner has a second path (a cycle), or in networks of two', async () => {
        expect(await findings('single-point-of-failure', `${partners(['A', 'B', 'C', 'D'])}\n${ties(['A-B', 'B-C', 'C-D', 'D-A'])}\n`)).toEqual([]);
        expect(await findings('single-point-of-failure', `${partners(['A', 'B'])}\n${ties(['A-B'])}\n`)).toEqual([]);
    });

    it('lists at most five stranded partners by name', async () => {
        const leaves = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7'];
        const text = `${partners(['Hub', 'Other', ...leaves])}\n${ties(['Hub-Other', ...leaves.map(l => `Hub-${l}`)])}\n`;
        const [hub] = await findings('single-point-of-failure', text);
        expect(hub.message).toBe('If Hub left, L1, L2, L3, L4, L5 and 2 more (7 partners) would have no tie path to the rest of the network. Tie them to another partner too.');
    });
});
