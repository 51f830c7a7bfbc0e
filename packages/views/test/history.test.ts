/**
 * The history's pieces on networks built in memory: a version's row, the events between two
 * versions (a tie matches whichever way round it is written; a trust set or unset is a change), and
 * the HTML of the charts, which escapes every text a commit brings (author, subject).
 */
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createPartnershipServices, type NetworkModel } from 'partnership-language';
import { historyEvents, historyRow, historySectionHtml, networkReport, renderHistoryHtml, type HistoryCommit, type NetworkHistory } from '../src/index.js';

async function build(text: string) {
    const services = createPartnershipServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///ws/net/network.partnership'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const key = services.shared.network.Groups.groupOf(document.uri);
    const report = networkReport({ services, displayPath: () => 'net' }, key);
    const network: NetworkModel = services.Partnership.network.Analyzer.resultFor(key).network;
    return { report, network, diagnostics: document.diagnostics ?? [] };
}

const COMMIT: HistoryCommit = { commit: 'a'.repeat(40), date: '2026-03-01', author: 'Ana', subject: 'Edit' };

const BEFORE = `network N { us A  budget 10 hours/month }
partner A { sector nonprofit  stage active }
partner B { sector faith  stage exploring }
partner C { sector education }
tie A -- B { effort 2 hours/month  trust 3 }
tie B -- C { effort 1 hour/month }
goal G { baseline 0 on 2026-01-01  target 10 by 2026-12-31  progress 5 on 2026-02-01 }
`;

describe('history rows and events', () => {
    test('a row holds the version\'s figures; goals judged on its date', async () => {
        const { report, network } = await build(BEFORE);
        const row = historyRow(COMMIT, report, network, { errors: 0, warnings: 2, infos: 1 });
        expect(row).toEqual({
            ...COMMIT, partners: 3, ties: 2, density: 0.667, diversity: 0.667, components: 1, brokers: 1,
            us: 'A', usLoad: 2, budget: 10, meanTrust: 3, goals: 1, goalsAchieved: 0, goalProgress: 0.5,
            errors: 0, warnings: 2, infos: 1
        });
    });

    test('no events at the first version; ties match either way round; trust set, changed, unset', async () => {
        const before = (await build(BEFORE)).network;
        expect(historyEvents(COMMIT, undefined, before)).toEqual([]);
        const after = (await build(`network N { us A  budget 10 hours/month }
partner A { sector nonprofit  stage active }
partner B { sector faith  stage active }
partner D { sector government }
tie B -- A { effort 2 hours/month }
tie A -- D { trust 4 }
goal G { baseline 0 on 2026-01-01  target 10 by 2026-12-31  progress 10 on 2026-02-20  achieved 2026-02-20 }
goal H "Second goal" { }
`)).network;
        expect(historyEvents(COMMIT, before, after).map(e => [e.kind, e.element, e.text])).toEqual([
            // By name: partners, then ties, then goals.
            ['stage-changed', 'B', 'B: stage exploring → active'],
            ['partner-left', 'C', 'C left'],
            ['partner-joined', 'D', 'D joined'],
            ['trust-changed', 'B -- A', 'trust B -- A 3 → not set'],
            ['tie-added', 'A -- D', 'tie A -- D added'],
            ['tie-removed', 'B -- C', 'tie B -- C removed'],
            ['goal-achieved', 'G', 'goal G achieved on 2026-02-20'],
            ['goal-added', 'H', 'goal H added: Second goal']
        ]);
        // Every event carries its version.
        expect(new Set(historyEvents(COMMIT, before, after).map(e => `${e.commit} ${e.date} ${e.author}`))).toEqual(new Set([`${'a'.repeat(40)} 2026-03-01 Ana`]));
    });

    test('the HTML escapes what a commit brings, and has charts only of figures there are', async () => {
        const { report, network } = await build(BEFORE);
        const hostile: HistoryCommit = { commit: 'b'.repeat(40), date: '2026-03-02', author: '<img src=x onerror=alert(1)>', subject: '"><script>alert(1)</script>' };
        const history: NetworkHistory = {
            key: 'file:///ws/net', name: 'N', folder: 'net', events: [],
            rows: [historyRow(COMMIT, report, network, { errors: 0, warnings: 0, infos: 0 }), historyRow(hostile, report, network, { errors: 1, warnings: 0, infos: 0 })]
        };
        const html = renderHistoryHtml([history]);
        expect(html).not.toMatch(/<script|<img/i);
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
        expect(historySectionHtml(history)).toContain('<p>No partner joined or left, no tie changed, no goal was achieved.</p>');
        expect(historySectionHtml({ ...history, rows: [] })).toBe('<p>No version of this network in the history.</p>');
        // Without `us` there is no load chart.
        const noUs = { ...history, rows: history.rows.map(row => ({ ...row, us: null, usLoad: null, budget: null })) };
        expect(historySectionHtml(noUs)).not.toContain('us load vs budget');
        expect(historySectionHtml(history)).toContain('aria-label="Chart of us load vs budget (h/month) over time"');
    });
});
