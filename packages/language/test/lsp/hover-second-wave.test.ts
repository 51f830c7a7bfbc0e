/** Hover of the second wave's concepts: a goal's measure and where it stands, a partner's stage, a tie's asks and introducer, the network's charter. */
import { describe, expect, it } from 'vitest';
import { build } from '../helpers.js';
import { hoverAt } from './coalition-fixture.js';

const FILE = 'n/network.partnership';
const NETWORK = `network Eastside "Eastside Food" {
    us Bank
    purpose joint-action
    decisions "Steering group by <b>consensus</b>"
    review every 12 months
}

goal Fresh "More families near fresh food" {
    needs funding
    measure "households within a mile of fresh produce"
    baseline 1200 on 2025-01-01
    target 1440 by 2027-12-31
    progress 1290 on 2026-03-31
    progress 1310 on 2026-09-30
}

goal Steady {
    measure "meals a week"
    baseline 100 on 2026-01-01
    target 150 by 2026-12-31
    progress 140 on 2026-07-01
}

goal Done {
    achieved 2026-10-15
}

goal FewerEvictions {
    measure "eviction filings a year"
    baseline 2400 on 2025-01-01
    target 600 by 2027-12-31
    progress 2300 on 2026-01-01
}

goal Late {
    due 2026-09-01
    target 10 by 2027-01-01
}

partner Bank
partner City {
    stage exploring since 2026-02-01
}
partner Way

tie Bank -- City {
    introduced-by Way
    City asks data, volunteers
}
`;

describe('hover, second wave', () => {
    it('shows an off-track goal with its measure, baseline → latest reading → target and the projection', async () => {
        const built = await build({ [FILE]: NETWORK }, { today: '2026-11-01' });
        const hover = await hoverAt(built, FILE, 'Fresh', { after: 'goal ' });
        expect(hover?.markdown).toContain('**Measure:** households within a mile of fresh produce  \n1,200 (2025-01-01) → 1,310 (2026-09-30) → target 1,440 by 2027-12-31  \n⚠ **Off track**: at the current pace 1,388.9 of 1,440 by 2027-12-31, 425 days to 2027-12-31');
        expect(hover?.markdown).toContain('- needs: funding');
    });

    it('words the pace of a measure that should fall as the report does: down to, for a target of', async () => {
        const built = await build({ [FILE]: NETWORK }, { today: '2026-11-01' });
        expect((await hoverAt(built, FILE, 'FewerEvictions', { after: 'goal ' }))?.markdown)
            .toContain('⚠ **Off track**: at the current pace down to 2,100.3 by 2027-12-31, for a target of 600, 425 days to 2027-12-31');
    });

    it('shows an on-track goal, and an achieved one as achieved', async () => {
        const built = await build({ [FILE]: NETWORK }, { today: '2026-11-01' });
        expect((await hoverAt(built, FILE, 'Steady', { after: 'goal ' }))?.markdown).toContain('✔ **On track**: at the current pace 180.4 of 150 by 2026-12-31, 60 days to 2026-12-31');
        expect((await hoverAt(built, FILE, 'Done', { after: 'goal ' }))?.markdown).toContain('🎉 **Achieved** on 2026-10-15');
        // Past its own due date though its target's is still ahead: the date that passed.
        expect((await hoverAt(built, FILE, 'Late', { after: 'goal ' }))?.markdown).toContain('⚠ **Past due**: due 2026-09-01, 61 days ago, and not achieved');
    });

    it('shows a partner\'s stage and since when, a tie\'s asks and introducer, and the network\'s charter as text', async () => {
        const built = await build({ [FILE]: NETWORK }, { today: '2026-11-01' });
        expect((await hoverAt(built, FILE, 'City', { after: 'partner ' }))?.markdown).toContain('stage exploring since 2026-02-01');
        const tie = (await hoverAt(built, FILE, 'tie Bank'))?.markdown;
        expect(tie).toContain('**Asks:** City asks data, volunteers');
        expect(tie).toContain('**Introduced by** Way');
        const network = (await hoverAt(built, FILE, 'Eastside', { after: 'network ' }))?.markdown;
        expect(network).toContain('- purpose: joint-action');
        expect(network).toContain('- decisions: Steering group by \\<b\\>consensus\\</b\\>');
        expect(network).toContain('- reviewed every 12 months, never yet');
    });
});
