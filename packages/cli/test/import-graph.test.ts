/**
 * The graph exports read back: every example network (and one of edge cases) written as GEXF,
 * GraphML and graphology JSON by partnership graph and read by readGraphFile gives the same
 * partners (name, title, sector, roles, capacity, stage, since, contact, gatekeeper) and ties (ends,
 * effort, strength, trust or its aspects, gives, asks, introducer, check-ins) as the model; files
 * of other tools by the same attribute names; bad input as one line naming the file.
 */
import { describe, expect, test } from 'vitest';
import { ImportError } from 'partnership-views/import';
import { jsonKind, readGraphFile, type GraphFileFormat } from 'partnership-views/import';
import { build, EDGE_CASES, EXAMPLES, exampleFiles, plainModel, plainRecords, reimported, sidesJoined, type Built } from './round-trip.js';

const FORMATS: GraphFileFormat[] = ['gexf', 'graphml', 'json'];
const built = new Map<string, Promise<Built>>();
const network = (name: string) => {
    if (!built.has(name)) built.set(name, build(name === 'edge-cases' ? { 'edge/network.partnership': EDGE_CASES } : exampleFiles(name)));
    return built.get(name)!;
};

describe('graph exports read back to the same partners and ties', () => {
    test.each(EXAMPLES.flatMap(example => FORMATS.map(format => [example, format] as const)))('%s as %s', async (example, format) => {
        const { network: model, render } = await network(example);
        const records = readGraphFile(render(format), `${example}.${format}`, format);
        expect(plainRecords(records)).toEqual(plainModel(model));
        expect(records.notes).toEqual([]);
        // Every record says which file it came from, and no more: a graph file has no rows.
        for (const record of [...records.partners, ...records.ties]) expect(record.source).toEqual({ file: `${example}.${format}` });
    });

    test.each(FORMATS)('edge cases as %s: roles, per-week and per-year rates, one trust aspect, markup and separators in texts', async format => {
        const { network: model, render } = await network('edge-cases');
        const plain = plainModel(model);
        // What the examples have not: an ended partner (and its tie) is left out, as in the metrics.
        expect(plain.partners.map(p => p.name)).toEqual(['Hub', 'Plain', 'Sleepy']);
        expect(plain.ties).toHaveLength(2);
        expect(plain.partners[0]).toMatchObject({ plays: ['Convener', 'Funder'], capacityHours: 10, gatekeeper: true });
        expect(plain.ties[0]).toMatchObject({ mission: 2, checkin: 'every 2 weeks', effortHours: 52 / 12 });
        const records = readGraphFile(render(format), `edge.${format}`, format);
        expect(plainRecords(records)).toEqual(plain);
        expect(records.roles.map(role => role.name.value)).toEqual(['Convener', 'Funder']);
    });

    test('hours a month that were a rate per week or year come back as that rate', async () => {
        const { render } = await network('edge-cases');
        const records = readGraphFile(render('graphml'), 'edge.graphml', 'graphml');
        expect(records.network.budget?.value).toBe('2 hours/week');
        expect(records.ties[0].effort?.value).toBe('1 hour/week');
        // 120 hours/year is 10 hours/month: a number that needs no rate.
        expect(records.partners[0].capacity?.value).toBe('10');
    });

    test('the example networks\' roles are declared once each, in the order first played', async () => {
        const { network: model, render } = await network('food-access');
        const records = readGraphFile(render('graphml'), 'food.graphml', 'graphml');
        const played = [...new Set([...model.partners.values()].flatMap(p => p.roles))];
        expect(records.roles.map(role => role.name.value)).toEqual(played);
    });

    test('the output is the same on every run', async () => {
        const first = await build(exampleFiles('county-emergency'));
        const second = await build(exampleFiles('county-emergency'));
        for (const format of [...FORMATS, 'kumu'] as const) expect(second.render(format)).toBe(first.render(format));
    });

    test('GEXF and GraphML declare every attribute with its own type', async () => {
        const { render } = await network('food-access');
        const gexf = render('gexf');
        for (const [name, type] of [['plays', 'liststring'], ['capacity', 'double'], ['gatekeeper', 'boolean'], ['betweenness', 'double'],
            ['degree', 'integer'], ['trust', 'double'], ['reliability', 'double'], ['gives', 'string'], ['lastCheckin', 'string']]) {
            expect(gexf).toContain(`<attribute id="${name}" title="${name}" type="${type}"/>`);
        }
        const graphml = render('graphml');
        for (const [id, type] of [['g_budget', 'double'], ['n_plays', 'string'], ['n_capacity', 'double'], ['n_gatekeeper', 'boolean'],
            ['e_introducedBy', 'string'], ['e_mission', 'double']]) {
            expect(graphml).toMatch(new RegExp(`<key id="${id}" for="(graph|node|edge)" attr.name="\\w+" attr.type="${type}"/>`));
        }
        expect(graphml).toContain('<data key="n_plays">Distribution</data>');
        expect(graphml).toContain('<data key="e_gives">EastsideFoodBank: funding, space; TenantsUnion: lived-experience, volunteers</data>');
    });

    test('jsonKind tells a graphology graph from a Kumu map', async () => {
        const { render } = await network('clean-network');
        expect(jsonKind(render('json'))).toBe('json');
        expect(jsonKind(render('kumu'))).toBe('kumu');
        expect(jsonKind('[' + render('json') + ']')).toBe('json');
        expect(jsonKind('{"maps": []}')).toBe('kumu');
        expect(jsonKind('not json')).toBeUndefined();
        expect(jsonKind('{"a": 1}')).toBeUndefined();
    });
});

describe('export, import, and the same network again (through normalize.ts)', () => {
    test.each([...EXAMPLES, 'edge-cases'].flatMap(example => FORMATS.map(format => [example, format] as const)))('%s as %s', async (example, format) => {
        const { network: model, render } = await network(example);
        const back = await reimported(readGraphFile(render(format), `${example}.${format}`, format), 'back');
        expect(back.notes).toEqual([]);
        expect(plainModel(back.network)).toEqual(sidesJoined(plainModel(model)));
    });
});

describe("other tools' files", () => {
    test("Gephi's GEXF: numeric ids give the labels as names; attributes by title, any case", () => {
        const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="Sector" type="string"/>
      <attribute id="1" title="Roles" type="string"/>
      <attribute id="2" title="Gatekeeper" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="Trust" type="integer"/>
      <attribute id="1" title="Last Check-in" type="string"/>
    </attributes>
    <nodes>
      <node id="0" label="Food Bank"><attvalues><attvalue for="0" value="NGO"/><attvalue for="1" value="Distribution|Outreach"/><attvalue for="2" value="yes"/></attvalues></node>
      <node id="1" label="City Hall"/>
      <node id="n2" label="Library"/>
    </nodes>
    <edges>
      <edge id="0" source="0" target="1"><attvalues><attvalue for="0" value="4"/><attvalue for="1" value="2026-01-15"/></attvalues></edge>
      <edge id="1" source="1" target="n2" weight="3"/>
    </edges>
  </graph>
</gexf>`;
        const records = readGraphFile(gexf, 'gephi.gexf', 'gexf');
        expect(plainRecords(records).partners).toEqual([
            { name: 'Food Bank', sector: 'NGO', plays: ['Distribution', 'Outreach'], gatekeeper: true },
            { name: 'City Hall', plays: [], gatekeeper: false },
            { name: 'n2', title: 'Library', plays: [], gatekeeper: false }
        ]);
        expect(plainRecords(records).ties).toEqual([
            { ends: ['Food Bank', 'City Hall'], trust: 4, lastCheckin: '2026-01-15', gives: [], asks: [] },
            { ends: ['City Hall', 'n2'], gives: [], asks: [] }
        ]);
    });

    test("NetworkX's GraphML: keys by attr.name; a trust that is not a number is left out with a note", () => {
        const graphml = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="sector" attr.type="string"/>
  <key id="d1" for="edge" attr.name="trust" attr.type="string"/>
  <key id="d2" for="edge" attr.name="effort" attr.type="double"/>
  <graph edgedefault="undirected">
    <node id="FoodBank"><data key="d0">nonprofit</data></node>
    <node id="Clinic"/>
    <edge source="FoodBank" target="Clinic"><data key="d1">high</data><data key="d2">2.5</data></edge>
  </graph>
</graphml>`;
        const records = readGraphFile(graphml, 'nx.graphml', 'graphml');
        expect(plainRecords(records).ties).toEqual([{ ends: ['FoodBank', 'Clinic'], effortHours: 2.5, gives: [], asks: [] }]);
        expect(records.notes).toEqual([{ source: { file: 'nx.graphml' }, kind: 'skipped', message: 'tie FoodBank -- Clinic: trust "high" is not a number: left out.' }]);
    });

    test('a gives text without "partner:" is noted, the rest read', () => {
        const json = JSON.stringify({
            attributes: {}, nodes: [{ key: 'A' }, { key: 'B' }],
            edges: [{ source: 'A', target: 'B', attributes: { gives: 'A: funding; space', asks: ['B: data', 'A: space, in-kind'] } }]
        });
        const records = readGraphFile(json, 'hand.json', 'json');
        expect(plainRecords(records).ties[0]).toMatchObject({
            gives: [{ giver: 'A', values: ['funding'] }], asks: [{ giver: 'B', values: ['data'] }, { giver: 'A', values: ['space', 'in-kind'] }]
        });
        expect(records.notes.map(n => n.message)).toEqual(['tie A -- B: gives "space" is not written "partner: value, value": left out.']);
    });
});

describe('bad input is one line naming the file', () => {
    const GRAPHML_NO_ID = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">\n<node id="a"/>\n<node/>\n</graph></graphml>';
    const cases: Array<[string, string, GraphFileFormat, RegExp]> = [
        ['not XML at all', 'hello, world', 'gexf', /^net\.gexf is not XML: a GEXF file was expected$/],
        ['an empty file', '', 'graphml', /^net\.graphml is not XML/],
        ['XML cut short', '<?xml version="1.0"?>\n<gexf><graph><nodes><node id="a"', 'gexf', /^net\.gexf is not well-formed XML \(line 2, column \d+\): a GEXF file was expected$/],
        ['an attribute without quotes', '<gexf><graph><nodes><node id=a/></nodes></graph></gexf>', 'gexf', /^net\.gexf is not well-formed XML \(line 1, column \d+\)/],
        ['GraphML read as GEXF', GRAPHML_NO_ID, 'gexf', /^net\.gexf is not a GEXF file: its root element is <graphml>, not <gexf>$/],
        ['an SVG read as GraphML', '<svg xmlns="http://www.w3.org/2000/svg"/>', 'graphml', /^net\.graphml is not a GraphML file: its root element is <svg>/],
        ['no graph element', '<gexf version="1.3"/>', 'gexf', /^net\.gexf has no <graph> element$/],
        ['a node without an id', GRAPHML_NO_ID, 'graphml', /^net\.graphml: node 2 \(line 3\) has no id$/],
        ['an edge without a target', '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a"/></edges></graph></gexf>', 'gexf', /^net\.gexf: edge 1 \(line 1\) has no source or no target$/],
        ['an edge to a node that is not there', '<gexf><graph><nodes><node id="a"/></nodes><edges>\n<edge source="a" target="b"/></edges></graph></gexf>', 'gexf',
            /^net\.gexf: edge 1 \(line 2\) joins node "b", which the file does not have$/],
        ['not JSON', '{ nodes: [', 'json', /^net\.json is not JSON \(.+\): a graphology graph was expected$/],
        ['JSON without nodes', '{"elements": []}', 'json', /^net\.json is not a graphology graph: it has no "nodes" list \(it looks like a Kumu map\)$/],
        ['a node without a key', '{"nodes": [{"key": "a"}, {"attributes": {}}]}', 'json', /^net\.json: node 2 has no key$/],
        ['an edge without a source', '{"nodes": [{"key": "a"}], "edges": [{"target": "a"}]}', 'json', /^net\.json: edge 1 has no source or no target$/],
        ['an edge to a node that is not there', '{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "b"}]}', 'json', /^net\.json: edge 1 joins node "b", which the file does not have$/],
        ['graphology rejects it', '{"nodes": [{"key": "a"}, {"key": "a"}]}', 'json', /^net\.json is not a graphology graph the import can read: .+$/],
        ['several graphs', '[{"nodes": []}, {"nodes": []}]', 'json', /^net\.json holds 2 graphs: import one network at a time/]
    ];
    test.each(cases)('%s', (_, text, format, message) => {
        let error: unknown;
        try {
            readGraphFile(text, `net.${format}`, format);
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(ImportError);
        expect((error as Error).message).toMatch(message);
        expect((error as Error).message).not.toContain('\n');
    });
});
