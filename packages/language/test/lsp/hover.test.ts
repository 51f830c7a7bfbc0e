/** Hover: partners, ties, the network, roles, goals, meetings, rule codes and policy keys. */
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { build } from '../helpers.js';
import { score } from '../../src/lsp/describe.js';
import { buildCoalition, hoverAt, NETWORK, NETWORK_FILE, TIES, TIES_FILE } from './coalition-fixture.js';

const FOOD_BANK = `**Eastside Food Bank** — partner \`FoodBank\`

sector nonprofit · plays Distribution · stage active · gatekeeper

**Load:** 11.3 of 40 h/month budget (\`us\`)  
ties 6 · meetings 3.3 · role commitments 2 h/month

- ties (degree): 2
- weighted degree: 6 h/month of tie effort
- betweenness: 0.67
- closeness: 0.75
- constraint: 0.5
- efficiency: 1
- average trust: 3.17 (2 of 2 ties state trust)

◆ **Broker**: betweenness 0.67 ≥ 0.2 (policy \`broker-betweenness\`)

✂ **Cut vertex**: without it the network falls into 2 parts (2 + 1 partners)`;

describe('hover on a partner', () => {
    it('at its declaration: title, facts, load against the budget (us), its network numbers, broker and cut vertex', async () => {
        const built = await buildCoalition();
        expect(await hoverAt(built, NETWORK_FILE, 'FoodBank', { after: 'partner FoodBank', shift: 3 })).toEqual({ markdown: FOOD_BANK, covers: 'FoodBank' });
    });

    it('the same content on any reference to it, in any file of the network', async () => {
        const built = await buildCoalition();
        expect(await hoverAt(built, NETWORK_FILE, 'FoodBank', { after: 'us ' })).toEqual({ markdown: FOOD_BANK, covers: 'FoodBank' });
        expect(await hoverAt(built, NETWORK_FILE, 'FoodBank', { after: 'cocreated-by' })).toEqual({ markdown: FOOD_BANK, covers: 'FoodBank' });
        expect(await hoverAt(built, TIES_FILE, 'FoodBank')).toEqual({ markdown: FOOD_BANK, covers: 'FoodBank' });
        expect(await hoverAt(built, TIES_FILE, 'FoodBank', { after: 'FoodBank gives' })).toEqual({ markdown: FOOD_BANK, covers: 'FoodBank' });
        // The `partner` keyword too, also below a comment.
        expect(await hoverAt(built, NETWORK_FILE, 'partner FoodBank')).toEqual({ markdown: FOOD_BANK, covers: 'partner' });
        expect((await hoverAt(built, NETWORK_FILE, 'partner Funder'))?.markdown).toMatch(/^\*\*Funder\*\* — partner\n/);
    });

    it('load against capacity, over by how much; trust over the ties that state it', async () => {
        const built = await buildCoalition();
        const hover = await hoverAt(built, NETWORK_FILE, 'Clinic', { after: 'partner Clinic' });
        expect(hover?.markdown).toBe(`**Eastside Clinic** — partner \`Clinic\`

sector healthcare · plays Outreach

**Load:** 11.6 of 8.7 h/month capacity, 2.9 over  
ties 8.3 · meetings 3.3 h/month

- ties (degree): 2
- weighted degree: 8.3 h/month of tie effort
- betweenness: 0.67
- closeness: 0.75
- constraint: 0.5
- efficiency: 1
- average trust: 4.33 (1 of 2 ties state trust)

◆ **Broker**: betweenness 0.67 ≥ 0.2 (policy \`broker-betweenness\`)

✂ **Cut vertex**: without it the network falls into 2 parts (2 + 1 partners)`);
    });

    it('a partner without title, capacity or trusted ties, neither broker nor cut vertex', async () => {
        const built = await buildCoalition();
        expect((await hoverAt(built, TIES_FILE, 'Radio'))?.markdown).toBe(`**Radio** — partner

sector media · plays Outreach

**Load:** 4.3 h/month (no capacity stated)  
ties 4.3 h/month

- ties (degree): 1
- weighted degree: 4.3 h/month of tie effort
- betweenness: 0
- closeness: 0.5
- constraint: 1
- efficiency: 1
- average trust: — (no tie states trust)`);
    });

    it('an isolated partner with no role and nothing to carry: undefined measures show as —', async () => {
        const built = await build({ 'n/network.partnership': 'network N\npartner A\npartner B\ntie A -- B\npartner Alone\n' });
        expect((await hoverAt(built, 'n/network.partnership', 'Alone'))?.markdown).toBe(`**Alone** — partner

plays no role

**Load:** 0 h/month (no capacity stated)

- ties (degree): 0
- weighted degree: 0 h/month of tie effort
- betweenness: 0
- closeness: 0
- constraint: —
- efficiency: —
- average trust: — (no tie states trust)`);
    });

    it('the policy\'s broker-betweenness decides who is a broker', async () => {
        const built = await buildCoalition({ [NETWORK_FILE]: NETWORK.replace('min-trust 3', 'broker-betweenness 0.7') });
        const hover = await hoverAt(built, NETWORK_FILE, 'FoodBank', { after: 'partner' });
        expect(hover?.markdown).not.toContain('Broker');
        expect(hover?.markdown).toContain('✂ **Cut vertex**');
    });

    it('says when betweenness is estimated from a sample, and when closeness is then not computed', async () => {
        // A ring of 300 partners; the editor estimates betweenness from 256 sources above `sampleAbove`.
        const names = Array.from({ length: 300 }, (_, i) => `P${i}`);
        const text = `network Ring\n${names.map(name => `partner ${name}`).join('\n')}\n${names.map((name, i) => `tie ${name} -- ${names[(i + 1) % names.length]}`).join('\n')}\n`;
        const built = await build({});
        const { services } = built;
        services.Partnership.network.Settings.sampleAbove = 100;
        const { URI } = await import('langium');
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///ws/ring/network.partnership'));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        built.documents.set('ring/network.partnership', document);
        const analysis = services.Partnership.network.Analyzer.resultForDocument(document.uri.toString()).analysis();
        expect(analysis.estimated).toBe(true);
        const source = analysis.partners.find(p => !Number.isNaN(p.closeness))!;
        const other = analysis.partners.find(p => Number.isNaN(p.closeness))!;
        const sourceHover = await hoverAt(built, 'ring/network.partnership', `partner ${source.id}\n`, { shift: 8 });
        expect(sourceHover?.markdown).toMatch(/\n- betweenness: [\d.]+ \(estimated from 256 of 300 partners\)\n- closeness: [\d.]+\n/);
        const otherHover = await hoverAt(built, 'ring/network.partnership', `partner ${other.id}\n`, { shift: 8 });
        expect(otherHover?.markdown).toMatch(/\n- betweenness: [\d.]+ \(estimated from 256 of 300 partners\)\n- closeness: — \(not computed when betweenness is estimated\)\n/);
    });

    it('a second declaration of a name says it is left out and where the first one is', async () => {
        const built = await build({ 'n/network.partnership': 'network N\npartner A\n', 'n/more.partnership': 'role A\n' });
        expect(await hoverAt(built, 'n/more.partnership', 'A')).toEqual({
            markdown: '**A** — role\n\nA second declaration of `A`: the first one (network.partnership:2:9) counts, and this one is left out of the analysis.',
            covers: 'A'
        });
    });
});

describe('hover on a tie', () => {
    const FOOD_BANK_CLINIC = `**tie FoodBank -- Clinic**

strength strong · effort 4 h/month for each side

**Trust:** 4.33 (reliability 4 · mission 5 · openness 4)

**Gives:** FoodBank gives space; Clinic gives data

**Check-in:** last 2026-07-01 · every 3 months (network default) · next due 2026-10-01 (overdue by 31 days)`;

    it('on its header and on any of its properties: trust, effort, strength, flows and check-in', async () => {
        const built = await buildCoalition();
        expect(await hoverAt(built, TIES_FILE, 'tie')).toEqual({ markdown: FOOD_BANK_CLINIC, covers: 'tie' });
        expect(await hoverAt(built, TIES_FILE, '--')).toEqual({ markdown: FOOD_BANK_CLINIC, covers: '--' });
        expect(await hoverAt(built, TIES_FILE, 'mission')).toEqual({ markdown: FOOD_BANK_CLINIC, covers: 'mission' });
        expect(await hoverAt(built, TIES_FILE, 'hours/month', { shift: 1 })).toEqual({ markdown: FOOD_BANK_CLINIC, covers: 'hours' });
        expect(await hoverAt(built, TIES_FILE, 'space')).toEqual({ markdown: FOOD_BANK_CLINIC, covers: 'space' });
        expect(await hoverAt(built, TIES_FILE, '2026-07-01')).toEqual({ markdown: FOOD_BANK_CLINIC, covers: '2026-07-01' });
    });

    it('a rate in another unit, low trust against min-trust, a side that gives nothing, no check-in yet', async () => {
        const built = await buildCoalition();
        expect((await hoverAt(built, TIES_FILE, 'tie', { occurrence: 1 }))?.markdown).toBe(`**tie FoodBank -- Funder**

effort 2 h/month (24 hours/year) for each side

**Trust:** 2 — below the network's min-trust 3

**Gives:** FoodBank gives nothing recorded; Funder gives funding

**Check-in:** none recorded · every 3 months (network default)`);
    });

    it("the tie's own cadence, a check-in not yet due, no trust, no cadence at all", async () => {
        const built = await build({
            'n/network.partnership': 'network N\npartner A\npartner B\npartner C\n',
            'n/ties.partnership': 'tie A -- B {\n    last-checkin 2026-10-15\n    checkin every 2 weeks\n}\ntie B -- C\n'
        });
        expect((await hoverAt(built, 'n/ties.partnership', 'tie'))?.markdown).toBe(`**tie A -- B**

no effort stated

**Trust:** not stated

**Gives:** A gives nothing recorded; B gives nothing recorded

**Check-in:** last 2026-10-15 · every 2 weeks (this tie) · next due 2026-10-29 (overdue by 3 days)`);
        expect((await hoverAt(built, 'n/ties.partnership', 'tie', { occurrence: 1 }))?.markdown).toContain('**Check-in:** none recorded · no cadence set');
    });

    it('a tie the analysis leaves out', async () => {
        const built = await build({ 'n/network.partnership': 'network N\npartner A\npartner B\ntie A -- B\ntie B -- A\n' });
        expect((await hoverAt(built, 'n/network.partnership', 'tie', { occurrence: 1 }))?.markdown).toBe(
            '**tie B -- A**\n\nLeft out of the analysis: a tie of a partner to itself, a second tie between the same two partners, or a tie to a name that is not a partner.');
    });
});

describe('hover on the network', () => {
    it('size, density, diversity, components, cut vertices and the load of us against the budget', async () => {
        const built = await buildCoalition();
        const expected = `**Eastside Coalition** — network \`Coalition\`

- 4 partners, 3 ties in 2 files
- density: 0.5
- sector diversity (Blau index): 0.75 over 4 sectors
- components: 1
- cut vertices: 2 (FoodBank, Clinic)

**Load of \`us\` FoodBank:** 11.3 of 40 h/month budget`;
        expect(await hoverAt(built, NETWORK_FILE, 'Coalition')).toEqual({ markdown: expected, covers: 'Coalition' });
        // The keyword that starts the declaration shows it too.
        expect(await hoverAt(built, NETWORK_FILE, 'network')).toEqual({ markdown: expected, covers: 'network' });
    });

    it('over budget, and no us', async () => {
        const built = await buildCoalition({ [NETWORK_FILE]: NETWORK.replace('budget 40', 'budget 10') });
        expect((await hoverAt(built, NETWORK_FILE, 'Coalition'))?.markdown).toContain('**Load of `us` FoodBank:** 11.3 of 10 h/month budget, 1.3 over');
        const without = await buildCoalition({ [NETWORK_FILE]: NETWORK.replace('    us FoodBank\n', '') });
        expect((await hoverAt(without, NETWORK_FILE, 'Coalition'))?.markdown).not.toContain('Load');
    });

    it('follows an edit in another file of the network: the new load, the new tie count', async () => {
        const built = await buildCoalition();
        const { shared } = built.services;
        const ties = built.documents.get(TIES_FILE)!;
        const text = `${TIES.replace('effort 4 hours/month', 'effort 30 hours/month')}tie Funder -- Radio\n`;
        setTextDocument(shared, TextDocument.create(ties.uri.toString(), 'partnership', 2, text));
        await shared.workspace.DocumentBuilder.update([ties.uri], []);
        const markdown = (await hoverAt(built, NETWORK_FILE, 'Coalition'))?.markdown;
        expect(markdown).toContain('- 4 partners, 4 ties in 2 files');
        expect(markdown).toContain('**Load of `us` FoodBank:** 37.3 of 40 h/month budget');
    });

    it('a network without sectors or us; scores below 0.01 keep two significant digits', async () => {
        const built = await build({ 'n/network.partnership': 'network N\npartner A\npartner B\npartner C\ntie A -- B\n' });
        expect((await hoverAt(built, 'n/network.partnership', 'N'))?.markdown).toBe(`**N** — network

- 3 partners, 1 tie in 1 file
- density: 0.33
- sector diversity (Blau index): — (no partner states a sector)
- components: 2
- cut vertices: 0`);
        expect([score(0.0002), score(0.0049), score(0.005), score(0), score(NaN), score(undefined), score(2 / 3)]).toEqual(['0.0002', '0.0049', '0.01', '0', '—', '—', '0.67']);
    });

    it('a second network block says it is ignored', async () => {
        const built = await build({ 'n/a.partnership': 'network A\n', 'n/b.partnership': 'network B\n' });
        expect((await hoverAt(built, 'n/b.partnership', 'B'))?.markdown).toBe('**B** — network\n\nA second network block in this folder tree: it is ignored, including its policy.');
    });
});

describe('hover on roles, goals and meetings', () => {
    it('a role: who plays it, what it serves, its commitment and meetings', async () => {
        const built = await buildCoalition();
        const expected = `**Runs the pantry** — role \`Distribution\`

provides space · lane “pantry logistics”

- played by: FoodBank
- serves: Meals
- commitment: 2 h/month for each player
- attends: Steering`;
        expect(await hoverAt(built, NETWORK_FILE, 'Distribution')).toEqual({ markdown: expected, covers: 'Distribution' });
        expect(await hoverAt(built, NETWORK_FILE, 'Distribution', { after: 'plays' })).toEqual({ markdown: expected, covers: 'Distribution' });
    });

    it('a role played by several partners, with nothing else', async () => {
        const built = await buildCoalition();
        expect((await hoverAt(built, NETWORK_FILE, 'Outreach'))?.markdown).toBe(`**Outreach** — role

provides connections

- played by: Clinic, Funder, Radio
- serves: Meals`);
    });

    it('a goal: the roles serving it, the partners working on it, who co-created it, when it is due', async () => {
        const built = await buildCoalition();
        expect((await hoverAt(built, NETWORK_FILE, 'Meals', { after: 'serves' }))?.markdown).toBe(`**Nobody goes hungry** — goal \`Meals\`

- served by roles: Distribution, Outreach
- partners working on it: FoodBank, Clinic, Funder, Radio
- co-created by: FoodBank, Clinic
- due 2027-12-31 (in 425 days)`);
    });

    it('a meeting: hours per attendee and in all, and who attends', async () => {
        const built = await buildCoalition();
        expect((await hoverAt(built, NETWORK_FILE, 'Steering'))?.markdown).toBe(`**Steering call** — meeting \`Steering\`

**3.3 h/month** for each attendee (2.17 times a month × 1.5 h), 6.5 h/month in all

- attended by: FoodBank, Clinic
- roles: Distribution
- invites: Clinic`);
    });

    it('a meeting without a duration costs nothing; long lists are cut', async () => {
        const partners = Array.from({ length: 15 }, (_, i) => `partner P${i + 1}`).join('\n');
        const invites = Array.from({ length: 15 }, (_, i) => `P${i + 1}`).join(', ');
        const built = await build({ 'n/network.partnership': `network N\n${partners}\nmeeting M {\n    every month\n    invites ${invites}\n}\n` });
        expect((await hoverAt(built, 'n/network.partnership', 'M {'))?.markdown).toBe(`**M** — meeting

Costs nothing: no duration stated.

- attended by: P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, … (15 in all)
- invites: ${invites}`);
    });
});

describe('hover on rule codes and policy keys', () => {
    const ONE_SIDED = `**one-sided-tie** — rule

Fires when only one side of a tie gives anything.

Default severity: warning · in this network: error (policy)

[Documentation](https://github.com/partnership-lang/partnership-lang/blob/main/docs/rules/one-sided-tie.md)`;

    it('in `policy { rule CODE ... }`: summary, default severity, the severity here, a link to its page', async () => {
        const built = await buildCoalition();
        expect(await hoverAt(built, NETWORK_FILE, 'one-sided-tie', { shift: 4 })).toEqual({ markdown: ONE_SIDED, covers: 'one-sided-tie' });
    });

    it('in a `// @allow CODE, CODE -- reason` comment, on each code', async () => {
        const built = await buildCoalition();
        expect(await hoverAt(built, NETWORK_FILE, 'isolated-partner')).toEqual({
            markdown: `**isolated-partner** — rule

Fires when a partner has no tie.

Default severity: warning

[Documentation](https://github.com/partnership-lang/partnership-lang/blob/main/docs/rules/isolated-partner.md)`,
            covers: 'isolated-partner'
        });
        expect((await hoverAt(built, NETWORK_FILE, 'partner-without-goal'))?.covers).toBe('partner-without-goal');
        // The reason and the rest of the comment show nothing.
        expect(await hoverAt(built, NETWORK_FILE, 'new', { after: '@allow' })).toBeUndefined();
        expect(await hoverAt(built, NETWORK_FILE, '@allow')).toBeUndefined();
    });

    it('a structural code in @allow, and an unknown code', async () => {
        const built = await build({ 'n/network.partnership': 'network N\n// @allow duplicate-tie, no-such-rule -- why\npartner A\n' });
        expect((await hoverAt(built, 'n/network.partnership', 'duplicate-tie'))?.markdown).toBe(`**duplicate-tie** — structural check

Fires when two ties join the same pair of partners (A -- B and B -- A are the same tie).

Always an error; it can't be configured or silenced.

[Documentation](https://github.com/partnership-lang/partnership-lang/blob/main/docs/rules/structural.md#duplicate-tie)`);
        expect(await hoverAt(built, 'n/network.partnership', 'no-such-rule')).toBeUndefined();
    });

    it('a policy threshold: meaning, default, range and the value in this network', async () => {
        const built = await buildCoalition();
        expect((await hoverAt(built, NETWORK_FILE, 'min-trust'))?.markdown).toBe(`**min-trust** — policy threshold

The lowest acceptable average trust of a tie or broker.

Default 3 · allowed 1–5 · in this network: 3`);
    });
});

describe('hover elsewhere and on broken text', () => {
    it('nothing on whitespace, property keywords of non-ties, values and comments', async () => {
        const built = await buildCoalition();
        expect(await hoverAt(built, NETWORK_FILE, '    us', { shift: 1 })).toBeUndefined();
        expect(await hoverAt(built, NETWORK_FILE, 'sector')).toBeUndefined();
        expect(await hoverAt(built, NETWORK_FILE, 'nonprofit')).toBeUndefined();
        expect(await hoverAt(built, NETWORK_FILE, '"Eastside Coalition"', { shift: 3 })).toBeUndefined();
    });

    it('never throws on half-typed text', async () => {
        const text = NETWORK + TIES;
        for (let cut = 0; cut < text.length; cut += 37) {
            const built = await build({ 'n/network.partnership': text.slice(0, cut) });
            const document = built.documents.get('n/network.partnership')!;
            const provider = built.services.Partnership.lsp.HoverProvider!;
            for (let offset = 0; offset <= cut; offset += 11) {
                await provider.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
            }
        }
    });
});

describe('hover on survey answers', () => {
    const RATED = `network N { us A }
partner A "Alpha" { value influence 4 involvement 3 resources 5 }
partner B { value influence 2 involvement 9 }
tie A -- B {
    trust 5 as-of 2025-01-01
    rating by B reliability 2 mission 3 openness 2 on 2026-06-02
    rating by A reliability 5 mission 5 openness 4 on 2026-06-01
    rating by B reliability 5 mission 5 openness 5 on 2026-01-01
}
`;

    it('a tie shows its trust from the ratings, each side\'s latest rating and the gap', async () => {
        const built = await build({ 'n/network.partnership': RATED });
        const hover = await hoverAt(built as never, 'n/network.partnership', '--');
        expect(hover?.markdown).toContain('**Trust:** 3.5 (reliability 3.5 · mission 4 · openness 3) — the mean of the latest ratings, as of 2026-06-02');
        expect(hover?.markdown).toContain('**Ratings** (each side\'s latest): B 2.33 (on 2026-06-02) · A 4.67 (on 2026-06-01) · gap 2.33');
    });

    it('a partner shows its value score and the three parts; one out of range leaves no score', async () => {
        const built = await build({ 'n/network.partnership': RATED });
        expect((await hoverAt(built as never, 'n/network.partnership', 'A', { after: 'partner ' }))?.markdown).toContain('**Value score:** 4 (influence 4 · involvement 3 · resources 5)');
        expect((await hoverAt(built as never, 'n/network.partnership', 'B', { after: 'partner ' }))?.markdown).toContain('**Value score:** — (a score is outside 1 to 5) (influence 2 · involvement 9)');
    });
});
