/**
 * The views of a small network built through the public API: the metrics table's rows and cells,
 * the headings, the summary, the HTML rows and the graph's legend.
 */
import { EmptyFileSystem, URI } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { createPartnershipServices, type NetworkModel } from 'partnership-language';
import {
    CELLS, exportGraph, legendParts, METRICS_COLUMNS, metricsHeaderHtml, metricsLegend, metricsRowHtml, metricsRows, networkHeading,
    networkLabel, networkReport, num, sectorLegend, summaryRows, summaryTableHtml, tieDescription, usLoad, type NetworkReport, type ViewContext
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
