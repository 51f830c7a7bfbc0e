/**
 * The views of a small network built through the public API: the metrics table's rows and cells,
 * the headings, the summary, the HTML rows, the graph's legend, and where the goals stand.
 */
import { EmptyFileSystem, URI } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { createPartnershipServices, type NetworkModel } from 'partnership-language';
import {
    CELLS, dueText, exportGraph, GOAL_COLUMNS, goalChartSvg, goalRowHtml, goalRows, goalViews, latestText, legendParts, METRICS_COLUMNS,
    metricsHeaderHtml, metricsLegend, metricsRowHtml, metricsRows, needsMetText, needsUnmetText, networkHeading, networkLabel, networkReport,
    num, readingText, sectorLegend, serversText, statusLabel, statusSentence, summaryRows, summaryTableHtml, tieDescription, usLoad,
    type GoalView, type NetworkReport, type ViewContext
} from '../src/index.js';

const NETWORK = `network Corner "Corner Pantry Network" {
    us Pantry
    budget 3 hours/month
}

partner Pantry "Corner Pantry" { sector nonprofit }
partner Church { sector faith  capacity 2 hours/month }
partner Clinic { }

tie Pantry -- Church { strength strong  effort 3 hours/month  trust 4 }
tie Church -- Clinic { strength weak  effort 1 hour/month  trust 2 }
`;

async function reportOf(files: Record<string, string>): Promise<{ report: NetworkReport; context: ViewContext; network: NetworkModel }> {
    const services = createPartnershipServices(EmptyFileSystem);
    const documents = Object.entries(files).map(([name, text]) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///ws/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const context: ViewContext = { services, displayPath: uri => uri.path.substring('/ws/'.length) || '.' };
    const key = services.shared.network.Groups.groupOf(documents[0].uri);
    return { report: networkReport(context, key), context, network: services.Partnership.network.Analyzer.resultFor(key).network };
}

describe('the views of a three-partner network', () => {
    let report: NetworkReport;
    let context: ViewContext;
    let network: NetworkModel;
    beforeAll(async () => {
        ({ report, context, network } = await reportOf({ 'corner/network.partnership': NETWORK }));
    });

    test('the report holds the name and the title apart; the headings join them', () => {
        expect(report.name).toBe('Corner');
        expect(report.title).toBe('Corner Pantry Network');
        expect(report.files).toEqual(['corner/network.partnership']);
        expect(networkLabel(report)).toBe('Corner — Corner Pantry Network');
        expect(networkHeading(report, 'loose')).toBe('Network Corner — Corner Pantry Network');
        expect(networkLabel({ name: 'Corner' })).toBe('Corner');
        expect(networkHeading({}, 'Loose files')).toBe('Loose files');
    });

    test('metrics rows: ranked by betweenness, one display string per column', () => {
        const rows = metricsRows(report, network);
        expect(METRICS_COLUMNS.map(c => c.header)).toEqual(['partner', 'title', 'sector', 'ties', 'effort', 'betweenness', 'closeness',
            'eigenvector', 'constraint', 'trust', 'load / capacity', 'flags']);
        expect(rows.map(r => r.id)).toEqual(['Church', 'Clinic', 'Pantry']);
        expect(rows[0]).toEqual({
            id: 'Church', broker: true, over: true,
            cells: ['Church ◆ ✂', '', 'faith', '2', '4', '1', '1', '0.707', '0.5', '3', '4 / 2 !', 'broker, cut vertex']
        });
        // Pantry is us: its load (3) is held against the budget (3), and is not over it.
        expect(rows[2]).toEqual({
            id: 'Pantry', broker: false, over: false,
            cells: ['Pantry', 'Corner Pantry', 'nonprofit', '1', '3', '0', '0.667', '0.5', '1', '4', '3 / 3 budget', '']
        });
        expect(rows[1].cells.slice(2)).toEqual(['–', '1', '1', '0', '0.667', '0.5', '1', '2', '1', '']);
    });

    test('the shared cells give the text table the same figures', () => {
        const church = report.analysis.byId.get('Church')!;
        expect(CELLS.partner(church, report)).toBe('Church ◆ ✂');
        expect(CELLS.effectiveSize(church, report)).toBe('2');
        expect(CELLS.efficiency(church, report)).toBe('1');
        expect(CELLS.load(church, report)).toBe('4 / 2 !');
        expect(legendParts(report)).toHaveLength(4);
        expect(metricsLegend(report)).toBe(legendParts(report).join(' · '));
        expect(metricsLegend(report)).toMatch(/^◆ broker \(betweenness ≥ 0\.2, or a cut vertex\) · ✂ cut vertex · /);
    });

    test('summary rows, with the load of us against the budget', () => {
        expect(usLoad(report)).toEqual({ text: '3 h/month of a 3 h/month budget', over: false });
        const rows = new Map(summaryRows(report));
        expect(rows.get('name')).toBe('Corner');
        expect(rows.get('title')).toBe('Corner Pantry Network');
        expect(rows.get('density')).toBe('0.667');
        expect(rows.get('cut vertices')).toBe('Church');
        expect(rows.get('us load vs budget')).toBe('Pantry: 3 h/month of a 3 h/month budget');
    });

    test('HTML rows: escaped, numbers right-aligned, a load over its limit marked', () => {
        const [church] = metricsRows(report, network);
        expect(metricsHeaderHtml(METRICS_COLUMNS.slice(0, 2))).toBe('<tr><th>partner</th><th>title</th></tr>');
        expect(metricsRowHtml(church, METRICS_COLUMNS)).toBe('<tr class="broker"><td>Church ◆ ✂</td><td></td><td>faith</td>'
            + '<td class="n">2</td><td class="n">4</td><td class="n">1</td><td class="n">1</td><td class="n">0.707</td><td class="n">0.5</td>'
            + '<td class="n">3</td><td class="n over">4 / 2 !</td><td>broker, cut vertex</td></tr>');
        expect(summaryTableHtml([['a <b>', "it's"]])).toBe('<table class="summary">\n<tr><th>a &lt;b&gt;</th><td>it&#39;s</td></tr>\n</table>');
    });

    test('the graph: its sectors for the legend and its ties described', () => {
        const graph = exportGraph(report, context);
        expect(sectorLegend(graph)).toEqual([
            { sector: 'no sector', color: '#999999' }, { sector: 'faith', color: '#8c564b' }, { sector: 'nonprofit', color: '#1f77b4' }
        ]);
        expect(graph.mapEdges((_key, a) => tieDescription(a))).toEqual(['strong · 3 h/month · trust 4', 'weak · 1 h/month · trust 2']);
    });
});

describe('loose files and the over-budget mark', () => {
    test('loose files have no label; us over the budget is marked', async () => {
        const { report: loose } = await reportOf({ 'loose/a.partnership': 'partner A { }\npartner B { }\ntie A -- B { }\n' });
        expect(loose.name).toBeUndefined();
        expect(networkLabel(loose)).toBeUndefined();
        expect(networkHeading(loose, `Loose files in ${loose.folder}`)).toBe('Loose files in loose');
        expect(usLoad(loose)).toBeUndefined();
        const { report: over, network } = await reportOf({ 'n/network.partnership': NETWORK.replace('budget 3 hours/month', 'budget 2.9 hours/month') });
        expect(usLoad(over)).toEqual({ text: '3 h/month of a 2.9 h/month budget', over: true });
        expect(new Map(summaryRows(over)).get('us load vs budget')).toBe('Pantry: 3 h/month of a 2.9 h/month budget (over budget)');
        expect(metricsRows(over, network).find(r => r.id === 'Pantry')).toMatchObject({ over: true, cells: expect.arrayContaining(['3 / 2.9 budget !']) });
    });
});

describe('num', () => {
    test('at most the digits asked for, no trailing zeros, a dash for no value', () => {
        expect(num(0.70710678)).toBe('0.707');
        expect(num(0.5)).toBe('0.5');
        expect(num(1)).toBe('1');
        expect(num(100)).toBe('100');
        expect(num(0)).toBe('0');
        expect(num(2.345, 2)).toBe('2.35');
        expect(num(3.04, 1)).toBe('3');
        expect(num(undefined)).toBe('–');
        expect(num(Number.NaN)).toBe('–');
    });

    test('with no decimals, zeros of the integer part stay (100, not 1)', () => {
        expect(num(100, 0)).toBe('100');
        expect(num(0, 0)).toBe('0');
        expect(num(12.6, 0)).toBe('13');
    });
});

// Four goals: off track (with needs met through a role and through a tie, one unmet, one met only by a
// dormant partner), on track, achieved, and one with no measure at all.
const GOALS = `network Goals {
    us Bank
}
goal FreshProduce "20% more households within a mile of fresh produce" {
    needs funding, data, lived-experience, space, funding
    measure "households within a mile of fresh produce"
    baseline 1200 on 2025-01-01
    target 1440 by 2027-12-31
    progress 1310 on 2026-09-30
    progress 1290 on 2026-03-31
}
goal Meals {
    measure "meals a week"
    baseline 100 on 2025-01-01
    target 200 by 2026-12-31
    progress 180 on 2025-12-31
}
goal Garden "A garden" {
    baseline 0 on 2025-01-01
    target 1 by 2026-12-31
    progress 1 on 2026-03-01
    achieved 2026-03-01
}
goal Vague "Something good" { due 2026-05-01 }
role Distributor { provides data  serves FreshProduce }
role Funder { serves FreshProduce }
role Host { provides space  serves FreshProduce }
role Idle { serves FreshProduce }
partner Bank { plays Distributor }
partner Way { plays Funder }
partner Church { plays Host  stage dormant }
partner Union { sector community-group }
tie Bank -- Way { Way gives funding  Bank gives data }
tie Bank -- Union { Union gives lived-experience }
`;

describe('the goals of a network', () => {
    let goals: GoalView[];
    beforeAll(async () => {
        const { network } = await reportOf({ 'goals/network.partnership': GOALS });
        goals = goalViews(network, '2026-06-01');
    });
    const goal = (name: string) => goals.find(g => g.name === name)!;

    test('in declaration order, with the status of model/goals.ts and the readings oldest first', () => {
        expect(goals.map(g => [g.name, g.progress.status])).toEqual([
            ['FreshProduce', 'off-track'], ['Meals', 'on-track'], ['Garden', 'achieved'], ['Vague', 'past-due']
        ]);
        const fresh = goal('FreshProduce');
        expect(fresh.readings).toEqual([{ value: 1290, date: '2026-03-31' }, { value: 1310, date: '2026-09-30' }]);
        expect(fresh.progress.latest).toMatchObject({ value: 1310, date: '2026-09-30' });
        expect(fresh.progress.daysToDue).toBe(578);
        expect(fresh.missing).toEqual([]);
        expect(goal('Garden').missing).toEqual(['measure']);
        expect(goal('Vague').missing).toEqual(['measure', 'baseline', 'target']);
    });

    test('the roles that serve a goal and the partners that play them', () => {
        expect(goal('FreshProduce').servers).toEqual([
            { role: 'Distributor', partners: ['Bank'] }, { role: 'Funder', partners: ['Way'] },
            { role: 'Host', partners: ['Church'] }, { role: 'Idle', partners: [] }
        ]);
        expect(goal('Meals').servers).toEqual([]);
        expect(serversText(goal('FreshProduce'))).toBe('Distributor: Bank; Funder: Way; Host: Church; Idle: nobody plays it');
        expect(serversText(goal('Meals'))).toBe('no role serves it');
    });

    test("needs: met through a serving role's provides or a server's gives; a dormant partner's do not count; Union serves nothing", () => {
        const needs = goal('FreshProduce').needs;
        // `funding` is written twice: one need.
        expect(needs.map(n => [n.value, n.met])).toEqual([['funding', true], ['data', true], ['lived-experience', false], ['space', false]]);
        expect(needs[0].providers).toEqual([{ partner: 'Way', tie: 'Bank -- Way', away: false }]);
        // Through the role first, even though Bank also gives data in a tie.
        expect(needs[1].providers).toEqual([{ partner: 'Bank', role: 'Distributor', away: false }]);
        // Union gives lived-experience but plays no role that serves the goal.
        expect(needs[2].providers).toEqual([]);
        expect(needs[3].providers).toEqual([{ partner: 'Church', role: 'Host', stage: 'dormant', away: true }]);
        expect(needsMetText(goal('FreshProduce'))).toBe('funding (Way gives it in Bank -- Way), data (Bank as Distributor)');
        expect(needsUnmetText(goal('FreshProduce'))).toBe('lived-experience, space (only Church, dormant)');
        expect(needsMetText(goal('Meals'))).toBe('none');
        expect(needsUnmetText(goal('Meals'))).toBe('none');
    });

    test('the words: status, sentence, due, latest', () => {
        expect(goals.map(g => statusLabel(g.progress.status))).toEqual(['off track', 'on track', 'achieved', 'past due']);
        expect(goals.map(statusSentence)).toEqual([
            'Off track: at the current pace 1,388.9 of 1,440 by 2027-12-31',
            'On track: at the current pace 260.2 of 200 by 2026-12-31',
            'Achieved on 2026-03-01',
            'Past due: due 2026-05-01, 31 days ago, and not achieved'
        ]);
        expect(goals.map(dueText)).toEqual(['2027-12-31, in 578 days', '2026-12-31, in 213 days', '2026-12-31, achieved 305 days early', '2026-05-01, 31 days past due']);
        expect(latestText(goal('FreshProduce'))).toBe('1,310 on 2026-09-30 (46% of the way from 1,200 to 1,440)');
        expect(latestText(goal('Vague'))).toBe('no reading yet');
        expect(readingText(goal('FreshProduce').target!, 'by')).toBe('1,440 by 2027-12-31');
    });

    test('a goal without a measure says what it lacks', async () => {
        const { network } = await reportOf({ 'g/network.partnership': 'network G\ngoal Soon { due 2030-01-01 }\ngoal Flat { baseline 5 on 2025-01-01  target 5 by 2027-01-01  progress 5 on 2026-01-01 }\n' });
        const [soon, flat] = goalViews(network, '2026-06-01');
        expect(soon.progress.status).toBe('unmeasured');
        expect(statusSentence(soon)).toBe('Not measured yet: no measure, no baseline, no target');
        expect(statusSentence(flat)).toBe('Not measured yet: no measure, the target is the baseline');
        expect(goalChartSvg(soon)).toBeUndefined();
    });

    test('a measure that should fall: the pace reads down to its projection', async () => {
        const { network } = await reportOf({ 'f/network.partnership': 'network F\ngoal Hunger { measure "households short of food"  baseline 2400 on 2025-01-15  target 600 by 2027-12-31  progress 2050 on 2026-09-30 }\n' });
        const [hunger] = goalViews(network, '2026-06-01');
        expect(hunger.progress.status).toBe('off-track');
        expect(statusSentence(hunger)).toBe('Off track: at the current pace down to 1,793.3 by 2027-12-31, for a target of 600');
        expect(latestText(hunger)).toBe('2,050 on 2026-09-30 (19% of the way from 2,400 to 600)');
    });

    test("the goals table's cells and HTML rows", () => {
        expect(GOAL_COLUMNS.map(c => c.header)).toEqual(['goal', 'title', 'status', 'latest / target', 'projected', 'due']);
        expect(goalRows(goals)).toEqual([
            { id: 'FreshProduce', status: 'off-track', cells: ['FreshProduce', '20% more households within a mile of fresh produce', 'off track', '1,310 / 1,440', '1,388.9', '2027-12-31 (in 578 days)'] },
            { id: 'Meals', status: 'on-track', cells: ['Meals', '', 'on track', '180 / 200', '260.2', '2026-12-31 (in 213 days)'] },
            { id: 'Garden', status: 'achieved', cells: ['Garden', 'A garden', 'achieved 2026-03-01', '1 / 1', '–', '2026-12-31'] },
            { id: 'Vague', status: 'past-due', cells: ['Vague', 'Something good', 'past due', '–', '–', '2026-05-01 (31 days past due)'] }
        ]);
        expect(goalRowHtml({ id: 'X', status: 'off-track', cells: ['<b>', 'off track', '1 / 2'] }, [GOAL_COLUMNS[0], GOAL_COLUMNS[2], GOAL_COLUMNS[3]]))
            .toBe('<tr><td>&lt;b&gt;</td><td class="status off-track">off track</td><td class="n">1 / 2</td></tr>');
    });

    test('the chart: the on-track line, the readings joined from the baseline, the pace and the target; the achieved day', () => {
        const svg = goalChartSvg(goal('FreshProduce'))!;
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="goal-chart" /);
        expect(svg.match(/<line class="on-track" /g)).toHaveLength(1);
        expect(svg.match(/<polyline class="readings" points="([\d.]+,[\d.]+ ?){3}"/g)).toHaveLength(1);
        expect(svg.match(/<circle class="reading" /g)).toHaveLength(2);
        expect(svg).toContain('<title>at the current pace 1,388.9 by 2027-12-31</title>');
        expect(svg).toContain('<title>target 1,440 by 2027-12-31</title>');
        expect(svg).not.toContain('class="achieved"');
        const garden = goalChartSvg(goal('Garden'))!;
        expect(garden).toContain('<title>achieved on 2026-03-01</title>');
        expect(garden).not.toContain('class="pace"');
        expect(goalChartSvg(goal('Vague'))).toBeUndefined();
    });
});
