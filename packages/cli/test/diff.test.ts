/**
 * The comparison behind `partnership diff` (diffSnapshots) and its Markdown and JSON rendering, on
 * networks built in memory: no folders, no git, no CLI process. test/diff-cli.test.ts runs the command.
 */
import { describe, expect, test } from 'vitest';
import { diffSnapshots, formatDiffJson, formatDiffMarkdown, NO_CHANGE } from '../src/diff.js';
import { snapshotsOf } from './in-memory.js';

// A path A — B — C: B is the cut vertex and broker. A (us) spends 4 h/month; B is asked for
// 4 + 2 = 6 h/month against a capacity of 3, so partner-over-capacity reports it.
const TINY = `network Tiny "Tiny, a test" {
    us A
    budget 10 hours/month
}
role Helper { serves Meals }
goal Meals { cocreated-by A, B }
partner A { sector nonprofit  plays Helper }
partner B { sector healthcare  plays Helper  capacity 3 hours/month }
partner C { plays Helper }
tie A -- B { effort 4 hours/month  trust 4  A gives space  B gives data }
tie B -- C { effort 2 hours/month  B gives data  C gives funding }
`;

const LABELS = { base: 'before', head: 'after' };

async function diff(base: Record<string, string>, head: Record<string, string>) {
    return diffSnapshots(await snapshotsOf(base), await snapshotsOf(head), LABELS);
}

function edit(text: string, from: string, to: string): string {
    if (!text.includes(from)) throw new Error(`no ${from} in the text`);
    return text.replace(from, to);
}

describe('diffSnapshots', () => {
    test('the same network written otherwise is no change: a tie by its unordered pair, comments, layout, files', async () => {
        const [declarations, ties] = TINY.split('tie A -- B');
        const result = await diff({ 'tiny/network.partnership': TINY }, {
            'tiny/network.partnership': declarations,
            'tiny/ties.partnership': `// who works with whom\ntie B   --   A${ties}`
        });
        expect(result).toEqual({ version: 1, base: 'before', head: 'after', networks: [] });
        expect(formatDiffMarkdown(result)).toBe(`${NO_CHANGE}\n`);
        expect(formatDiffJson(result)).toBe('{"version":1,"base":"before","head":"after","changes":[],"networks":[]}\n');
    });

    test('the second wave field by field: charter words, stage since, goal measure, readings, needs, asks, introducer', async () => {
        const base = `network N {
    us A
    purpose joint-action
    review every 12 months
}
goal G {
    needs funding, data
    measure "meals"
    baseline 10 on 2026-01-01
    target 20 by 2027-01-01
    progress 12 on 2026-03-01
}
partner A
partner B { stage exploring since 2026-02-01 }
partner C
tie A -- B { B asks data, volunteers }
`;
        const head = base
            .replace('purpose joint-action', 'purpose sharing\n    decisions "by consensus"')
            .replace('review every 12 months', 'review every 6 months\n    last-review 2026-10-01')
            .replace('needs funding, data', 'needs funding, lived-experience')
            .replace('target 20 by 2027-01-01', 'target 25 by 2027-06-30')
            .replace('progress 12 on 2026-03-01', 'progress 12 on 2026-03-01\n    progress 15 on 2026-09-01\n    achieved 2026-10-15')
            .replace('stage exploring since 2026-02-01', 'stage active since 2026-10-01')
            .replace('B asks data, volunteers', 'B asks data  introduced-by C');
        const result = await diff({ 'n/network.partnership': base }, { 'n/network.partnership': head });
        const texts = Object.fromEntries(result.networks[0].elements.map(element => [`${element.kind} ${element.name}`, element.fields.map(field => field.text)]));
        expect(texts).toEqual({
            'network N': ['purpose joint-action → sharing', 'decisions none → by consensus', 'review every 12 months → every 6 months', 'last-review none → 2026-10-01'],
            'partner B': ['stage exploring since 2026-02-01 → active since 2026-10-01'],
            'goal G': ['needs + lived-experience − data', 'target 20 by 2027-01-01 → 25 by 2027-06-30', 'progress + 15 on 2026-09-01', 'achieved none → 2026-10-15'],
            'tie A -- B': ['B asks − volunteers', 'introduced-by none → C']
        });
    });

    test("a changed field: before → after with the unit once, the loads it moves, the finding whose message changed", async () => {
        const result = await diff({ 'tiny/network.partnership': TINY }, { 'tiny/network.partnership': edit(TINY, 'effort 4', 'effort 8') });
        expect(result.networks).toHaveLength(1);
        const [network] = result.networks;
        expect(network).toMatchObject({ name: 'Tiny', title: 'Tiny, a test', change: 'changed', metrics: [] });
        expect(network.elements).toEqual([{
            network: 'Tiny', kind: 'tie', name: 'A -- B', change: 'changed',
            fields: [{ field: 'effort', before: '4 h/month', after: '8 h/month', text: 'effort 4 → 8 h/month' }]
        }]);
        expect(network.loads).toEqual([
            { partner: 'A', us: true, before: 4, after: 8, limitBefore: 10, limitAfter: 10, overBefore: false, overAfter: false },
            { partner: 'B', us: false, before: 6, after: 10, limitBefore: 3, limitAfter: 3, overBefore: true, overAfter: true }
        ]);
        // B, the broker, is over capacity: disengaged-broker says so too (its message changes the same way).
        expect(network.findings.map(finding => finding.code)).toEqual(['disengaged-broker', 'partner-over-capacity']);
        expect(network.findings.filter(finding => finding.code !== 'disengaged-broker')).toEqual([{
            change: 'changed', code: 'partner-over-capacity', severity: 'warning', element: 'partner B',
            message: 'B is asked for 10 h/month on ties; its capacity is 3 h/month (7 h/month over).',
            before: 'B is asked for 6 h/month on ties; its capacity is 3 h/month (3 h/month over).'
        }]);
        // The changed tie is labelled with its change and coloured; its neighbour's tie is drawn plain.
        expect(network.mermaid?.split('\n').slice(0, 7)).toEqual([
            'graph LR',
            '    p0["A"]',
            '    p1["B"]',
            '    p2["C"]',
            '    p0 ---|"effort 4 → 8 h/month"| p1',
            '    p1 --- p2',
            '    linkStyle 0 stroke:#e36209,stroke-width:3px'
        ]);
    });

    test('added and changed elements in kind order, what an added element sets, structure before → after', async () => {
        const head = edit(TINY, 'partner C { plays Helper }', 'partner C { sector media }')
            + 'partner D { sector business  plays Helper }\ntie C -- D { effort 1 hours/month  C gives data  D gives space }\n';
        const [network] = (await diff({ 'tiny/network.partnership': TINY }, { 'tiny/network.partnership': head })).networks;
        expect(network.elements.map(e => [e.change, e.kind, e.name, e.fields.map(f => f.text)])).toEqual([
            ['added', 'partner', 'D', ['sector business', 'plays Helper']],
            ['changed', 'partner', 'C', ['sector none → media', 'plays − Helper']],
            ['added', 'tie', 'C -- D', ['effort 1 h/month', 'C gives data', 'D gives space']]
        ]);
        // `us` is always listed first, even when its load stays the same; then the partners whose load changed.
        expect(network.loads.map(l => [l.partner, l.before, l.after])).toEqual([['A', 4, 4], ['C', 2, 3], ['D', null, 1]]);
        expect(network.metrics).toEqual([
            { metric: 'partners', before: 3, after: 4 },
            { metric: 'ties', before: 2, after: 3 },
            { metric: 'density', before: 0.667, after: 0.5 },
            { metric: 'sector diversity (Blau)', before: 0.5, after: 0.75 },
            { metric: 'brokers', before: ['B'], after: ['B', 'C'] },
            { metric: 'cut vertices', before: ['B'], after: ['B', 'C'] }
        ]);
        // Introduced before changed; a rule on the same element with another message is a change, not a pair.
        expect(network.findings.map(f => `${f.change} ${f.code} ${f.element}`)).toEqual([
            'introduced partner-without-role partner C',
            'introduced single-point-of-failure partner C',
            'changed disengaged-broker partner B',
            'changed single-point-of-failure partner B'
        ]);
        // The neighbourhood: the changed partners and their neighbours (B), not A two steps away.
        expect(network.mermaid?.split('\n').slice(0, 7)).toEqual([
            'graph LR',
            '    p0["B"]',
            '    p1["C"]:::changed',
            '    p2["D"]:::added',
            '    p0 --- p1',
            '    p1 --- p2',
            '    linkStyle 1 stroke:#22863a,stroke-width:3px'
        ]);
    });

    test('removed elements and networks; networks are matched by name', async () => {
        const other = 'network Other\npartner X\n';
        const result = await diff(
            { 'tiny/network.partnership': TINY, 'other/network.partnership': other },
            { 'tiny/network.partnership': edit(TINY, 'tie B -- C { effort 2 hours/month  B gives data  C gives funding }\n', ''), 'elsewhere/network.partnership': other }
        );
        // Other moved to another folder unchanged: the same network.
        expect(result.networks.map(n => `${n.name} ${n.change}`)).toEqual(['Tiny changed']);
        const [network] = result.networks;
        expect(network.elements).toEqual([{ network: 'Tiny', kind: 'tie', name: 'B -- C', change: 'removed', fields: [] }]);
        expect(network.mermaid).toContain('    p1 -.- p2\n    linkStyle 1 stroke:#cb2431,stroke-width:2px,stroke-dasharray:5 5');

        const gone = await diff({ 'tiny/network.partnership': TINY, 'other/network.partnership': other }, { 'tiny/network.partnership': TINY });
        expect(gone.networks.map(n => [n.name, n.change, n.elements.map(e => `${e.change} ${e.kind} ${e.name}`)])).toEqual([
            ['Other', 'removed', ['removed network Other', 'removed partner X']]
        ]);
        expect(formatDiffMarkdown(gone)).toContain('\n### Network Other (removed)\n');
    });

    test('files without a network declaration are compared as one network, "(loose files)"', async () => {
        const result = await diff({ 'notes/a.partnership': 'partner Z { sector media }\n' }, { 'notes/a.partnership': 'partner Z { sector business }\n' });
        expect(result.networks.map(n => [n.name, n.title, n.elements.map(e => e.fields.map(f => f.text))])).toEqual([
            ['(loose files)', null, [['sector media → business']]]
        ]);
    });

    test('the same snapshots give the same result, and the snapshots are left as they were', async () => {
        const base = await snapshotsOf({ 'tiny/network.partnership': TINY });
        const head = await snapshotsOf({ 'tiny/network.partnership': edit(TINY, 'trust 4', 'trust 2') });
        const contents = () => JSON.stringify([base, head].map(side => side.map(s => [[...s.network.partners.keys()], s.network.ties.map(t => t.name), s.findings.map(f => f.message)])));
        const before = contents();
        const first = diffSnapshots(base, head, LABELS);
        expect(diffSnapshots(base, head, LABELS)).toEqual(first);
        expect(first.networks[0].elements[0].fields.map(f => f.text)).toEqual(['trust 4 → 2']);
        expect(contents()).toBe(before);
    });
});

describe('formatDiffMarkdown', () => {
    test('one table per section, with pipes in values escaped', async () => {
        const result = await diff({ 'tiny/network.partnership': TINY }, { 'tiny/network.partnership': edit(TINY, 'partner C {', 'partner C "Pipes | and \\\\ backslashes" {') });
        const markdown = formatDiffMarkdown(result);
        expect(markdown.startsWith('## Partnership network diff\n\n`before` → `after`: 1 partner changed\n\n### Network Tiny — Tiny, a test\n\n#### Changes\n\n')).toBe(true);
        expect(markdown).toContain('\n| change | element | details |\n|---|---|---|\n| changed | partner `C` | title none → Pipes \\| and \\\\ backslashes |\n');
        expect(markdown.endsWith('```\n')).toBe(true);
    });
});

describe('survey answers in a diff', () => {
    test('a new rating, a changed as-of and a partner\'s value are changes field by field; the trust-gap they open is a finding introduced', async () => {
        const base = { 'tiny/network.partnership': TINY };
        const rated = edit(edit(TINY, 'trust 4', 'trust 4 as-of 2026-01-01  rating by A reliability 5 on 2026-06-01  rating by B reliability 2 on 2026-06-02'),
            'partner C { plays Helper }', 'partner C { plays Helper  value influence 3 resources 4 }');
        const result = await diff(base, { 'tiny/network.partnership': rated });
        const changes = result.networks[0].elements.map(e => [e.kind, e.name, e.fields.map(f => f.text)]);
        expect(changes).toEqual([
            ['partner', 'C', ['value none → influence 3 resources 4']],
            ['tie', 'A -- B', ['trust as-of none → 2026-01-01', 'rating + by A reliability 5 on 2026-06-01, by B reliability 2 on 2026-06-02']]
        ]);
        expect(result.networks[0].findings.filter(f => f.code === 'trust-gap').map(f => f.change)).toEqual(['introduced']);
    });
});
