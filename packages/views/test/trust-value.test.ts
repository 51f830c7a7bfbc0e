/**
 * Trust and value (trust-value.ts, trust-value-chart.ts) on small networks built through the public
 * API: each partner's trust from what the others said of it, its quadrant, where its point is drawn,
 * the partners left off the chart, the ties with the largest trust gaps, and display names that try
 * to break out of the SVG. The SVG is read back with saxes (a strict XML parser).
 */
import { EmptyFileSystem, URI } from 'langium';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { createPartnershipServices, type NetworkModel } from 'partnership-language';
import {
    chartX, chartY, hasTrustValue, QUADRANTS, quadrantOf, trustValueChartSvg, trustValueSectionHtml, trustValueView, type TrustValueView
} from '../src/index.js';

async function networkOf(text: string): Promise<NetworkModel> {
    const services = createPartnershipServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///ws/net/network.partnership'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return services.Partnership.network.Analyzer.resultFor(services.shared.network.Groups.groupOf(document.uri)).network;
}

interface Element { name: string; attributes: Record<string, string>; text: string; children: Element[] }

/** The SVG as a tree (saxes throws on anything not well-formed). */
function parseSvg(svg: string): Element {
    const parser = new SaxesParser();
    const stack: Element[] = [{ name: '#root', attributes: {}, text: '', children: [] }];
    parser.on('error', error => { throw error; });
    parser.on('opentag', tag => {
        const element: Element = { name: tag.name, attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])), text: '', children: [] };
        stack[stack.length - 1].children.push(element);
        stack.push(element);
    });
    parser.on('text', text => { stack[stack.length - 1].text += text; });
    parser.on('closetag', () => { stack.pop(); });
    parser.write(svg).close();
    return stack[0].children[0];
}

const all = (element: Element, name: string): Element[] => element.children.flatMap(child => [...(child.name === name ? [child] : []), ...all(child, name)]);
const titleOf = (element: Element) => element.children.find(child => child.name === 'title')?.text ?? '';
const ownText = (element: Element) => element.text;

const NETWORK = `network Ring {
    us Hub
}

partner Hub "Hub Centre" { sector nonprofit  value influence 5 involvement 4 resources 3 }
partner Farm { sector business  value influence 2 involvement 2 resources 2 }
partner School { sector education  value influence 4 involvement 5 resources 3 }
partner Radio { sector media  value involvement 2 }
partner Library { sector government }
partner Shop { sector business  value influence 4 }

tie Hub -- Farm {
    rating by Hub reliability 2 mission 2 openness 2 on 2026-05-01
    rating by Hub reliability 2 mission 3 openness 2 on 2026-06-01
    rating by Farm reliability 5 mission 5 openness 4 on 2026-06-03
}
tie Hub -- School {
    rating by School reliability 4 mission 4 openness 4 on 2026-06-02
}
tie School -- Radio { trust 4 }
tie Hub -- Radio { trust reliability 4 mission 5 openness 5 }
tie Farm -- Library { trust 2 }
`;

describe('trustValueView: each partner from what the others said of it', () => {
    test('trust is the mean of the other side of each tie: its latest rating, or the stated trust of a tie nobody rated', async () => {
        const view = trustValueView(await networkOf(NETWORK));
        const byId = new Map(view.points.map(p => [p.id, p]));
        // Hub: Farm rated it 4.67 (its latest), School 4, Radio's tie states 4.67.
        expect(byId.get('Hub')).toMatchObject({ label: 'Hub Centre', value: 4, rated: 2, stated: 1, quadrant: 'rely-on' });
        expect(byId.get('Hub')!.trust).toBeCloseTo((14 / 3 + 4 + 14 / 3) / 3, 10);
        // Farm: only Hub's latest rating of their tie (2.33; the older 2 is replaced) and Library's stated 2.
        expect(byId.get('Farm')!.trust).toBeCloseTo((7 / 3 + 2) / 2, 10);
        expect(byId.get('Farm')).toMatchObject({ value: 2, rated: 1, stated: 1, quadrant: 'reconsider' });
        // School rated Hub, but Hub did not rate School: only Radio's stated 4 speaks of it.
        expect(byId.get('School')).toMatchObject({ trust: 4, value: 4, rated: 0, stated: 1, quadrant: 'rely-on' });
        expect(byId.get('Radio')).toMatchObject({ value: 2, quadrant: 're-engage' });
        expect(byId.get('Radio')!.trust).toBeCloseTo((4 + 14 / 3) / 2, 10);
        expect(view.off).toEqual([
            // Each with the one score it has: Library's trust from Farm's stated 2, Shop's value.
            { id: 'Library', label: 'Library', reason: 'no value score', trust: 2 },
            { id: 'Shop', label: 'Shop', reason: 'no trust said of it', value: 4 }
        ]);
        expect(view.points.map(p => p.id)).toEqual(['Hub', 'Farm', 'School', 'Radio']);
    });

    test('the quadrants split at 3, a score of 3 counting as high', () => {
        expect(quadrantOf(3, 3)).toBe('rely-on');
        expect(quadrantOf(2.99, 3)).toBe('invest-in');
        expect(quadrantOf(3, 2.99)).toBe('re-engage');
        expect(quadrantOf(1, 1)).toBe('reconsider');
        expect(Object.values(QUADRANTS).map(q => q.label)).toEqual(['rely on', 'invest in', 're-engage', 'reconsider']);
    });

    test('the gaps: ties rated by both sides, each side\'s latest rating, largest gap first, at most 10', async () => {
        const ties = Array.from({ length: 12 }, (_, i) => `partner P${i} { }\ntie Hub -- P${i} {\n    rating by Hub reliability 3 mission 3 openness 3 on 2026-01-01\n    rating by P${i} reliability ${1 + (i % 5)} mission ${1 + (i % 5)} openness ${1 + (i % 5)} on 2026-02-0${1 + (i % 9)}\n}`).join('\n');
        const view = trustValueView(await networkOf(`network N { }\npartner Hub { value influence 3 }\n${ties}\n${NETWORK.split('\n').slice(3).join('\n').replace(/partner Hub[^\n]*\n/, '')}`));
        expect(view.ratedByBoth).toBe(13);
        expect(view.gaps).toHaveLength(10);
        const gaps = view.gaps.map(row => Math.round(row.gap * 100) / 100);
        expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
        // Hub -- Farm: Hub's latest (2.33 on 2026-06-01, not the 2 of May) against Farm's 4.67.
        const farm = view.gaps.find(row => row.tie === 'Hub -- Farm')!;
        expect(farm.left).toEqual({ rater: 'Hub', average: 7 / 3, date: '2026-06-01' });
        expect(farm.right).toEqual({ rater: 'Farm', average: 14 / 3, date: '2026-06-03' });
        expect(farm.gap).toBeCloseTo(7 / 3, 10);
        expect(farm.flagged).toBe(true);
        expect(view.gaps[0].tie).toBe('Hub -- Farm');
        // Equal gaps in the order of the ties' names: P0 and P5 both rate 1 against Hub's 3.
        expect(view.gaps.slice(1, 3).map(row => row.tie)).toEqual(['Hub -- P0', 'Hub -- P10']);
        // Gaps of 2 flagged, of 1 not; the two ties of no gap (P2, P7) and one of 1 are past the tenth.
        expect(view.gaps.map(row => row.flagged)).toEqual([true, true, true, true, true, true, false, false, false, false]);
        expect(view.gaps.slice(6).map(row => row.tie)).toEqual(['Hub -- P1', 'Hub -- P11', 'Hub -- P3', 'Hub -- P6']);
    });

    test('a network with neither values nor ratings has no Trust and value section', async () => {
        expect(hasTrustValue(await networkOf('network N { }\npartner A { }\npartner B { }\ntie A -- B { trust 4 }\n'))).toBe(false);
        expect(hasTrustValue(await networkOf('network N { }\npartner A { value resources 2 }\n'))).toBe(true);
        expect(hasTrustValue(await networkOf(NETWORK))).toBe(true);
    });

    test('an ended partner is listed as ended, not charted; a value out of range is not a score', async () => {
        const view = trustValueView(await networkOf(`network N { }
partner A { value influence 4 }
partner B { value influence 9 }
partner C { stage ended since 2026-01-01  value influence 4 }
tie A -- B { trust 4 }
tie A -- C { trust 4 }
`));
        // A's one tie with a partner not ended states trust 4; the tie with C is history.
        expect(view.points.map(p => [p.id, p.trust, p.stated])).toEqual([['A', 4, 1]]);
        expect(view.off).toEqual([
            { id: 'B', label: 'B', reason: 'value score out of range', trust: 4 },
            { id: 'C', label: 'C', reason: 'ended' }
        ]);
    });
});

describe('the chart', () => {
    test('each partner is a point at its trust across and its value up, coloured and described by its quadrant', async () => {
        const view = trustValueView(await networkOf(NETWORK));
        const svg = parseSvg(trustValueChartSvg(view)!);
        expect(svg.attributes).toMatchObject({ role: 'img', class: 'trust-value-chart' });
        expect(svg.attributes['aria-label']).toBe('Trust and value of 4 partners: trust across, value up, quadrants rely on, invest in, re-engage and reconsider');
        const circles = all(svg, 'circle');
        expect(circles).toHaveLength(4);
        const hub = circles.find(c => titleOf(c).startsWith('Hub Centre (Hub)'))!;
        expect(titleOf(hub)).toBe('Hub Centre (Hub): trust 4.44 (from 2 ratings by partners, 1 stated trust), value 4 (influence 5, involvement 4, resources 3): rely on');
        // The plot runs from 1 to 5 across x 50–464 and up y 336–16.
        expect([chartX(1), chartX(5), chartY(1), chartY(5), chartX(3), chartY(3)]).toEqual([50, 464, 336, 16, 257, 176]);
        expect(Number(hub.attributes.cx)).toBeCloseTo(50 + (view.points[0].trust - 1) / 4 * 414, 1);
        expect(Number(hub.attributes.cy)).toBe(96);
        const farm = circles.find(c => titleOf(c).startsWith('Farm:'))!;
        expect(Number(farm.attributes.cy)).toBe(256);
        expect(farm.attributes.class).toBe('point reconsider');
        expect(circles.find(c => titleOf(c).startsWith('Radio:'))!.attributes.class).toBe('point re-engage');
        // The four corners are named in plain words, each with what it means.
        const labels = all(svg, 'text').filter(t => t.attributes.class?.startsWith('quadrant-label'));
        expect(labels.map(t => ownText(t))).toEqual(['invest in', 'rely on', 'reconsider', 're-engage']);
        expect(titleOf(labels[0])).toBe(QUADRANTS['invest-in'].meaning);
        // Every point is labelled with its display name, and nothing is scripted.
        expect(all(svg, 'text').filter(t => t.attributes.class === 'point-label').map(ownText).sort()).toEqual(['Farm', 'Hub Centre', 'Radio', 'School']);
        expect(all(svg, 'script')).toEqual([]);
        expect(JSON.stringify(svg)).not.toMatch(/"style"|"on[a-z]+"/);
    });

    test('points at one place share a label; labels never overlap; one with no free place is left to the table', () => {
        const point = (id: string, trust: number, value: number) => ({ id, label: id, trust, value, rated: 1, stated: 0, quadrant: quadrantOf(trust, value) });
        const crowd: TrustValueView = {
            points: [point('Alpha', 4, 4), point('Beta', 4, 4), point('Gamma', 4, 4),
                ...Array.from({ length: 30 }, (_, i) => point(`Crowd${i}`, 2 + (i % 3) * 0.02, 2 + Math.floor(i / 3) * 0.05))],
            off: [], gaps: [], ratedByBoth: 0, maxGap: 1.5
        };
        const svg = parseSvg(trustValueChartSvg(crowd)!);
        expect(all(svg, 'circle')).toHaveLength(33);
        const labels = all(svg, 'text').filter(t => t.attributes.class === 'point-label');
        const shared = labels.find(t => ownText(t).startsWith('Alpha'))!;
        expect(ownText(shared)).toBe('Alpha, Beta, Gamma');
        expect(titleOf(shared)).toBe('Alpha, Beta, Gamma');
        // Label boxes, as the chart estimates them (5.8 px a character, 12 px a line), do not overlap.
        const boxes = labels.map(t => {
            const width = [...ownText(t)].length * 5.8;
            const x = Number(t.attributes.x);
            const x1 = t.attributes['text-anchor'] === 'start' ? x : t.attributes['text-anchor'] === 'end' ? x - width : x - width / 2;
            return { x1, x2: x1 + width, y1: Number(t.attributes.y) - 9, y2: Number(t.attributes.y) + 3 };
        });
        for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
        }
        expect(labels.length).toBeLessThan(31);
        expect(labels.length).toBeGreaterThan(5);
        // The table under the chart lists every point, labelled or not.
        const section = trustValueSectionHtml(crowd);
        for (const p of crowd.points) expect(section).toContain(`<td>${p.id}</td>`);
    });

    test('a hostile display name is text in the SVG and in the tables, never markup', async () => {
        const hostile = "Evil</title></svg><script>alert(1)</script><img src=x onerror=alert(2)>&amp;'\u202e";
        const network = await networkOf(`network N { }
partner A "${hostile}" { value influence 4 }
partner B { value influence 2 }
partner C "${hostile}2" { }
tie A -- B {
    rating by A reliability 4 mission 4 openness 4 on 2026-01-01
    rating by B reliability 1 mission 2 openness 1 on 2026-01-02
}
tie A -- C { trust 4 }
`);
        const view = trustValueView(network);
        const section = trustValueSectionHtml(view);
        expect(section).not.toMatch(/<script|<img|<\/svg></i);
        expect(section).not.toContain('\u202e');
        const svg = parseSvg(trustValueChartSvg(view)!);
        const a = all(svg, 'circle').find(c => titleOf(c).startsWith('Evil'))!;
        expect(titleOf(a)).toBe("Evil</title></svg><script>alert(1)</script><img src=x onerror=alert(2)>&amp;' (A): trust 2.67 (from 1 rating by partners, 1 stated trust), value 4 (influence 4): invest in");
        expect(all(svg, 'script')).toEqual([]);
        expect(section).toContain('Not on the chart: Evil&lt;/title&gt;&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;&#39;2 (C): no value score.');
    });
});

describe('the section', () => {
    test('the points by quadrant, the partners off the chart and the gaps, largest first, flagged from max-trust-gap', async () => {
        const section = trustValueSectionHtml(trustValueView(await networkOf(NETWORK)));
        const rows = [...section.matchAll(/<tr><td>([^<]*)<\/td><td class="n">([^<]*)<\/td><td class="n">([^<]*)<\/td><td class="quadrant [a-z-]+">([^<]*)<\/td><\/tr>/g)].map(m => m.slice(1).join(' | '));
        expect(rows).toEqual(['Hub Centre (Hub) | 4.44 | 4 | rely on', 'School | 4 | 4 | rely on', 'Radio | 4.33 | 2 | re-engage', 'Farm | 2.17 | 2 | reconsider']);
        expect(section).toContain('<p class="off-chart">Not on the chart: Library: no value score; Shop: no trust said of it.</p>');
        expect(section).toContain('<h4>Ties with the largest trust gaps</h4>');
        expect(section).toContain('<tr><td>Hub -- Farm</td><td>Hub: 2.33</td><td>2026-06-01</td><td>Farm: 4.67</td><td>2026-06-03</td><td class="n over">2.33 !</td></tr>');
        expect(section).toContain('a gap of at least max-trust-gap (1.5): a trust-gap finding.');
    });

    test('with nothing to chart and no tie rated by both sides, it says so', () => {
        const section = trustValueSectionHtml({ points: [], off: [{ id: 'A', label: 'A', reason: 'no trust said of it' }], gaps: [], ratedByBoth: 0, maxGap: 1.5 });
        expect(section).toBe([
            '<p>No partner has both a value score and trust: nothing to chart yet.</p>',
            '<p class="off-chart">Not on the chart: A: no trust said of it.</p>',
            '<h4>Ties with the largest trust gaps</h4>',
            '<p>No tie is rated by both of its sides yet.</p>'
        ].join('\n'));
    });
});
