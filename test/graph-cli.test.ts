/** `partnership graph`: the network graph in dot, Mermaid, graphology JSON, GEXF, GraphML and SVG. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from './cli-run.js';

const FOOD = path.join(ROOT, 'examples/food-access');
const FOOD_PARTNERS = ['EastsideFoodBank', 'TenantsUnion', 'CountyHealth', 'UnitedWayEast', 'UrbanFarmsCoop', 'StMarksPantry', 'EastsideHigh', 'EastsideRadio'];

// Titles with quotes, markup and ampersands: every format must escape them.
const TRICKY = `network Tricky "Quotes \\"and\\" <script>alert(1)</script> & more" {
    us A
}
partner A "Say \\"hi\\" & <script>x</script>" { sector nonprofit }
partner B "Back\\\\slash #amp; [x] | y" { sector media }
partner C
tie A -- B { strength weak  effort 2 hours/month  trust 4 }
tie B -- C { strength strong }
tie A -- C
`;
const A_TITLE = 'Say "hi" & <script>x</script>';
const B_TITLE = 'Back\\slash #amp; [x] | y';

let dir: string;
beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-graph-'));
    mkdirSync(path.join(dir, 'tricky'));
    writeFileSync(path.join(dir, 'tricky/network.partnership'), TRICKY);
    mkdirSync(path.join(dir, 'other'));
    writeFileSync(path.join(dir, 'other/network.partnership'), 'network Other\npartner X\npartner Y\ntie X -- Y\n');
});

function graph(args: string[], cwd = dir) {
    const run = runCli(['graph', ...args], cwd);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return run.stdout;
}

describe('partnership graph', () => {
    test('dot (the default) has every partner and tie, sector colours, strength styles and flags', () => {
        const dot = graph(['.'], FOOD);
        expect(dot.startsWith('graph "EastsideFood" {\n')).toBe(true);
        expect(dot.trimEnd().endsWith('}')).toBe(true);
        for (const id of FOOD_PARTNERS) expect(dot).toMatch(new RegExp(`^ {2}"${id}" \\[label=`, 'm'));
        expect(dot).toContain('"EastsideFoodBank" [label="Eastside Food Bank", fillcolor="#1f77b4", width=0.5, penwidth=3, style="filled,dashed", sector="nonprofit", broker=true, cut_vertex=true');
        expect(dot).toContain('"EastsideFoodBank" -- "TenantsUnion" [penwidth=4, color="#555555", style=solid, strength=strong, label="8 h/month · trust 4.3", effort=8');
        expect(dot).toContain('"EastsideFoodBank" -- "UrbanFarmsCoop" [penwidth=1, color="#555555", style=dashed, strength=weak');
        expect(dot.match(/ -- /g)).toHaveLength(7);
    });

    test('dot escapes quotes and backslashes in names and labels', () => {
        const dot = graph(['tricky']);
        expect(dot).toContain('label="Quotes \\"and\\" <script>alert(1)</script> & more";');
        expect(dot).toContain('"A" [label="Say \\"hi\\" & <script>x</script>", fillcolor="#1f77b4"');
        expect(dot).toContain('"B" [label="Back\\\\slash #amp; [x] | y", fillcolor="#393b79"');
        expect(dot).toContain('"C" [label="C", fillcolor="#999999"');
        expect(dot).toContain('"A" -- "C" [penwidth=2, color="#aaaaaa", style=solid];');
    });

    test('mermaid: graph LR, labels escaped as entity codes, links by strength, a classDef per sector', () => {
        const food = graph(['.', '--format', 'mermaid'], FOOD);
        expect(food.split('\n')[1]).toBe('graph LR');
        expect(food).toContain('  p0["Eastside Food Bank"]');
        expect(food).toContain('  p0 ===|"8 h/month · trust 4.3"| p1');
        expect(food).toContain('  p0 -.-|"4.33 h/month · trust 3.3"| p4');
        expect(food).toContain('  classDef sector_community_group fill:#e377c2');
        expect(food).toContain('  class p0 broker');
        expect(food).toContain('  class p0 cutVertex');

        const tricky = graph(['tricky', '-f', 'mermaid']);
        expect(tricky).toContain('  p0["Say #34;hi#34; #38; #60;script#62;x#60;/script#62;"]');
        expect(tricky).toContain('  p1["Back\\slash #35;amp; #91;x#93; #124; y"]');
        expect(tricky).not.toContain('<script>');
        expect(tricky).toContain('  p1 === p2');
        expect(tricky).toContain('  p0 --- p2');
        expect(tricky).toContain('  classDef sector_none fill:#999999');
    });

    test('json is graphology\'s serialisation: it imports back with the same nodes, edges and attributes', () => {
        const data = JSON.parse(graph(['.', '-f', 'json'], FOOD));
        const imported = UndirectedGraph.from(data);
        expect(imported.type).toBe('undirected');
        expect(imported.order).toBe(8);
        expect(imported.size).toBe(7);
        expect(imported.nodes()).toEqual(FOOD_PARTNERS);
        expect(imported.getAttributes()).toEqual({ name: 'EastsideFood', title: 'Eastside Food Access Coalition', folder: '.', us: 'EastsideFoodBank', budget: 40 });
        expect(imported.getNodeAttributes('EastsideFoodBank')).toEqual({
            label: 'Eastside Food Bank', sector: 'nonprofit', color: '#1f77b4', size: 18, betweenness: 0.666667, degree: 6, broker: true, cutVertex: true,
            title: 'Eastside Food Bank', plays: ['Distribution'], capacity: 60, stage: 'active', since: '2019-04-01',
            contact: 'Maria Lopez, programs director', gatekeeper: false
        });
        expect(imported.getNodeAttributes('EastsideRadio')).toMatchObject({ degree: 0, broker: false, size: 6 });
        expect(imported.getEdgeAttributes('EastsideFoodBank', 'TenantsUnion')).toEqual({
            strength: 'strong', effort: 8, trust: 4.333, weight: 8, color: '#555555', thickness: 4,
            reliability: 4, mission: 5, openness: 4, gives: 'EastsideFoodBank: funding, space; TenantsUnion: lived-experience, volunteers',
            lastCheckin: '2026-09-15'
        });
        const again = new UndirectedGraph();
        again.import(data);
        expect(again.export()).toEqual(data);

        const tricky = UndirectedGraph.from(JSON.parse(graph(['tricky', '-f', 'json'])));
        expect(tricky.getNodeAttribute('A', 'label')).toBe(A_TITLE);
        expect(tricky.getNodeAttribute('B', 'label')).toBe(B_TITLE);
        expect(tricky.getNodeAttributes('C')).not.toHaveProperty('sector');
        expect(tricky.getEdgeAttributes('A', 'C')).toEqual({ weight: 1, color: '#aaaaaa', thickness: 2 });
    });

    test('gexf parses back with graphology-gexf to the same nodes, edges and attributes, with viz colour and size', () => {
        const gexf = graph(['.', '-f', 'gexf'], FOOD);
        expect(gexf).toContain('<viz:color hex="#1f77b4"/>');
        expect(gexf).toContain('<viz:size value="18"/>');
        const parsed = parseGexf(UndirectedGraph, gexf);
        const json = UndirectedGraph.from(JSON.parse(graph(['.', '-f', 'json'], FOOD)));
        expect(parsed.order).toBe(json.order);
        expect(parsed.size).toBe(json.size);
        expect(parsed.nodes()).toEqual(json.nodes());
        expect(parsed.getNodeAttributes('EastsideFoodBank')).toMatchObject({
            label: 'Eastside Food Bank', sector: 'nonprofit', size: 18, betweenness: 0.666667, degree: 6, broker: true, cutVertex: true
        });
        json.forEachEdge((_key, attributes, source, target) => {
            expect(parsed.hasEdge(source, target)).toBe(true);
            const back = parsed.getEdgeAttributes(parsed.edge(source, target)!);
            for (const name of ['strength', 'effort', 'trust', 'weight'] as const) expect(back[name]).toEqual(attributes[name]);
        });

        const tricky = parseGexf(UndirectedGraph, graph(['tricky', '-f', 'gexf']));
        expect(tricky.getNodeAttribute('A', 'label')).toBe(A_TITLE);
        expect(tricky.getNodeAttribute('B', 'label')).toBe(B_TITLE);
    });

    test('graphml parses back with graphology-graphml to the same nodes, edges and attributes', () => {
        const xml = graph(['tricky', '-f', 'graphml']);
        expect(xml).toContain('<data key="n_label">Say &quot;hi&quot; &amp; &lt;script&gt;x&lt;/script&gt;</data>');
        const parsed = parseGraphml(UndirectedGraph, xml);
        expect(parsed.order).toBe(3);
        expect(parsed.size).toBe(3);
        expect(parsed.getNodeAttributes('A')).toMatchObject({ label: A_TITLE, sector: 'nonprofit', color: '#1f77b4', broker: false, cutVertex: false });
        expect(parsed.getNodeAttribute('B', 'label')).toBe(B_TITLE);
        expect(parsed.getEdgeAttributes(parsed.edge('A', 'B')!)).toMatchObject({ strength: 'weak', effort: 2, trust: 4, thickness: 1 });

        const food = parseGraphml(UndirectedGraph, graph(['.', '-f', 'graphml'], FOOD));
        expect(food.nodes()).toEqual(FOOD_PARTNERS);
        expect(food.size).toBe(7);
        expect(food.getNodeAttributes('EastsideFoodBank')).toMatchObject({ size: 18, degree: 6, broker: true, cutVertex: true });
    });

    test('svg: one circle per partner, labels escaped, byte-identical on every run', () => {
        const svg = graph(['.', '-f', 'svg'], FOOD);
        expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
        expect(svg.match(/<circle /g)).toHaveLength(8);
        expect(svg.match(/<line /g)).toHaveLength(7);
        expect(svg).toContain('>St. Mark&apos;s Church Pantry</text>');
        expect(graph(['.', '-f', 'svg'], FOOD)).toBe(svg);
        // The broker and cut vertex: a thick, dashed border and the largest radius.
        expect(svg).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="18" fill="#1f77b4" stroke="#222222" stroke-width="3" stroke-dasharray="3 2">/);

        const tricky = graph(['tricky', '-f', 'svg']);
        expect(tricky).not.toContain('<script>');
        expect(tricky).toContain('<title>Quotes &quot;and&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</title>');
        expect(tricky).toContain('>Say &quot;hi&quot; &amp; &lt;script&gt;x&lt;/script&gt;</text>');
        expect(tricky.match(/<circle /g)).toHaveLength(3);
        // Well-formed as far as a regex can tell: every element opened is closed.
        const opened = tricky.match(/<(svg|g|title|text|line|circle)[ >]/g)!.length;
        const selfClosed = tricky.match(/<(rect)[^>]*\/>/g)?.length ?? 0;
        expect(opened + selfClosed).toBeGreaterThan(0);
        for (const tag of ['svg', 'g', 'title', 'text', 'line', 'circle']) {
            expect(tricky.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0).toBe(tricky.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0);
        }
    });

    test('-o writes the output to a file', () => {
        const file = path.join(dir, 'food.dot');
        const run = runCli(['graph', '.', '-o', file], FOOD);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('');
        expect(readFileSync(file, 'utf8')).toBe(graph(['.'], FOOD));
    });

    test('several networks: dot has one graph each, json an array; single-graph formats exit 2', () => {
        const dot = graph(['tricky', 'other']);
        expect(dot.match(/^graph "/gm)).toHaveLength(2);
        const json = JSON.parse(graph(['tricky', 'other', '-f', 'json']));
        expect(json.map((g: { attributes: { name: string } }) => g.attributes.name)).toEqual(['Other', 'Tricky']);
        const run = runCli(['graph', 'tricky', 'other', '-f', 'svg'], dir);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('belong to 2 networks');
    });

    test('exit code 2 for a bad path or format', () => {
        const missing = runCli(['graph', 'no-such-folder'], dir);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('no such file or folder: no-such-folder');
        const format = runCli(['graph', 'tricky', '--format', 'png'], dir);
        expect(format.status).toBe(2);
        expect(format.stderr).toContain('Allowed choices are dot, mermaid, gexf, graphml, json, svg');
    });
});

describe('partnership graph --tie-colors trust', () => {
    const COUNTY = path.join(ROOT, 'examples/county-emergency');

    test('colours each tie by its trust (viridis, grey without) in dot and SVG, with the scale in the SVG\'s legend', () => {
        const dot = runCli(['graph', COUNTY, '--format', 'dot', '--tie-colors', 'trust']);
        expect(dot.status).toBe(0);
        const colour = (from: string, to: string) => new RegExp(`"${from}" -- "${to}" \\[[^\\]]*color="(#[0-9a-f]{6})"`).exec(dot.stdout)?.[1];
        // The Red Cross tie: the mean of the two sides' ratings, 4.5; the hospital's tie with the county has no trust.
        expect(colour('CountyOEM', 'RedCross')).toBe('#aed844');
        expect(colour('CountyOEM', 'FaithCouncil')).toBe('#5ec962');
        expect(colour('CountyOEM', 'HarborGeneral')).toBe('#aaaaaa');
        // By default, ties keep their colour by strength.
        expect(runCli(['graph', COUNTY, '--format', 'dot']).stdout).toMatch(/"CountyOEM" -- "RedCross" \[[^\]]*color="#555555"/);
        const svg = runCli(['graph', COUNTY, '--format', 'svg', '--tie-colors', 'trust']).stdout;
        expect(svg).toMatch(/<line [^>]*stroke="#aed844" stroke-width="4"><title>Harbor County Office of Emergency Management — Red Cross, Harbor chapter: strong · 6 h\/month · trust 4\.5<\/title>/);
        expect(svg).toContain('<text x="0" y="');
        for (const text of ['ties by trust:', 'trust 1', 'trust 5', 'no trust']) expect(svg).toContain(`>${text}</text>`);
        expect(runCli(['graph', COUNTY, '--format', 'svg']).stdout).not.toContain('ties by trust');
    });

    test('another value is a usage error', () => {
        const run = runCli(['graph', COUNTY, '--tie-colors', 'effort']);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain("option '--tie-colors <by>' argument 'effort' is invalid. Allowed choices are strength, trust.");
    });
});
