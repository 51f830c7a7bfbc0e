/**
 * Kumu: `partnership graph --format kumu` writes a blueprint that readKumuJson reads back to the
 * same partners and ties for every example network; Kumu's own shapes (the documented blueprint,
 * a project export with `_id`s and `attributes`, elements in `maps`) are read; bad input is one
 * line naming the file; and the CLI prints the blueprint.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { kumuBlueprint } from 'partnership-views';
import { ImportError } from 'partnership-views/import';
import { readKumuJson } from 'partnership-views/import';
import { build, EDGE_CASES, EXAMPLES, exampleFiles, plainModel, plainRecords, reimported, ROOT, sidesJoined } from './round-trip.js';

describe('the Kumu blueprint reads back to the same partners and ties', () => {
    test.each([...EXAMPLES, 'edge-cases'])('%s', async example => {
        const { network, render } = await build(example === 'edge-cases' ? { 'edge/network.partnership': EDGE_CASES } : exampleFiles(example));
        const records = readKumuJson(render('kumu'), `${example}.json`);
        const { partners, ties } = plainModel(network);
        // A blueprint has no place for the network itself: its name, title, us and budget stay behind.
        expect(plainRecords(records)).toEqual({ network: {}, partners, ties });
        expect(records.notes).toEqual([]);
        expect(records.roles.map(role => role.name.value)).toEqual([...new Set(partners.flatMap(p => p.plays))]);
        for (const record of [...records.partners, ...records.ties]) expect(record.source).toEqual({ file: `${example}.json` });
    });

    test.each([...EXAMPLES, 'edge-cases'])('%s: imported, it is the same network again (through normalize.ts)', async example => {
        const { network, render } = await build(example === 'edge-cases' ? { 'edge/network.partnership': EDGE_CASES } : exampleFiles(example));
        const back = await reimported(readKumuJson(render('kumu'), `${example}.json`), 'back');
        expect(back.notes).toEqual([]);
        const { partners, ties } = sidesJoined(plainModel(network));
        expect({ partners: plainModel(back.network).partners, ties: plainModel(back.network).ties }).toEqual({ partners, ties });
    });

    test("Kumu's fields: label, type, description, tags and custom fields; undirected connections of type tie by label", async () => {
        const { graph } = await build(exampleFiles('food-access'));
        const blueprint = kumuBlueprint(graph);
        expect(blueprint.elements).toHaveLength(8);
        expect(blueprint.elements[0]).toEqual({
            label: 'Eastside Food Bank', type: 'nonprofit', description: 'Contact: Maria Lopez, programs director', tags: ['Distribution', 'active'],
            Name: 'EastsideFoodBank', Roles: ['Distribution'], Capacity: 60, Stage: 'active', Since: '2019-04-01',
            Contact: 'Maria Lopez, programs director', Gatekeeper: false, Betweenness: 0.666667, Degree: 6, Broker: true, 'Cut Vertex': true
        });
        expect(blueprint.connections).toHaveLength(7);
        expect(blueprint.connections[1]).toEqual({
            from: 'Eastside Food Bank', to: 'County Public Health Department', direction: 'undirected', type: 'tie', strength: 'moderate',
            description: 'moderate tie · 8 h/month · trust 4', Effort: 8, Trust: 4,
            Gives: 'EastsideFoodBank: data; CountyHealth: data, expertise', Asks: 'CountyHealth: data',
            'Introduced By': 'UnitedWayEast', 'Last Check-in': '2026-10-02'
        });
        const labels = new Set(blueprint.elements.map(e => e.label));
        for (const c of blueprint.connections) expect(labels.has(c.from) && labels.has(c.to)).toBe(true);
    });

    test('two partners with one title: every element gets an id, connections join by id, and the names come back', async () => {
        const files = { 'twins/network.partnership': 'network Twins\npartner A "Food Bank"\npartner B "Food Bank" { sector faith }\npartner C\ntie A -- B\ntie B -- C { strength strong }\n' };
        const { network, graph, render } = await build(files);
        const blueprint = kumuBlueprint(graph);
        expect(blueprint.elements.map(e => [e.id, e.label])).toEqual([['A', 'Food Bank'], ['B', 'Food Bank'], ['C', 'C']]);
        expect(blueprint.connections.map(c => [c.from, c.to])).toEqual([['A', 'B'], ['B', 'C']]);
        const { partners, ties } = plainModel(network);
        expect(plainRecords(readKumuJson(render('kumu'), 'twins.json'))).toEqual({ network: {}, partners, ties });
    });
});

describe("Kumu's own files", () => {
    test('the blueprint of Kumu\'s documentation: label, type, description, tags, a custom field', () => {
        const text = JSON.stringify({
            elements: [
                { label: 'A', type: 'Letter', description: 'This is A', tags: ['one', 'two'] },
                { label: 'B', type: 'Letter', 'Favorite Dessert': 'shave ice' }
            ],
            connections: [{ from: 'A', to: 'B', type: 'likes', direction: 'mutual' }]
        });
        const records = readKumuJson(text, 'doc.json');
        expect(plainRecords(records)).toEqual({
            network: {},
            partners: [
                { name: 'A', sector: 'Letter', plays: ['one', 'two'], gatekeeper: false },
                { name: 'B', sector: 'Letter', plays: [], gatekeeper: false }
            ],
            ties: [{ ends: ['A', 'B'], gives: [], asks: [] }]
        });
        expect(records.notes).toEqual([{ source: { file: 'doc.json' }, kind: 'note', message: 'the elements have no Roles field: their tags (other than a stage) are read as the roles they play.' }]);
    });

    test('a project export: fields in attributes, element type, connections by _id, a stage among the tags', () => {
        const text = JSON.stringify({
            name: 'Harbor',
            elements: [
                { _id: 'elem-1', attributes: { label: 'Red Cross', 'element type': 'Nonprofit', tags: ['Sheltering', 'Active'], Capacity: '30 h/month', gatekeeper: 'yes' } },
                { _id: 'elem-2', attributes: { label: 'County OEM', 'element type': 'Government', Roles: 'Coordination | Warning', Since: '2018-01-01', Stage: 'active' } },
                { _id: 'elem-3', attributes: { description: 'an element nobody named' } }
            ],
            connections: [
                { _id: 'conn-1', direction: 'directed', delayed: false, reversed: false, from: 'elem-1', to: 'elem-2',
                    attributes: { 'connection type': 'mutual aid', strength: 3, effort: '2 hours/week', trust: 4, 'last check-in': '2026-08-20', 'Introduced by': 'Faith Council' } },
                { _id: 'conn-2', from: 'elem-2', to: 'Somewhere Else', attributes: { Reliability: 5, Openness: '4', Trust: 4.5 } },
                { _id: 'conn-3', from: 'elem-1', attributes: {} }
            ],
            loops: [],
            maps: [{ _id: 'map-1', name: 'Main', elements: [{ element: 'elem-1' }], connections: [] }]
        });
        const records = readKumuJson(text, 'backup.json');
        expect(plainRecords(records)).toEqual({
            network: {},
            partners: [
                { name: 'Red Cross', sector: 'Nonprofit', plays: ['Sheltering'], capacityHours: NaN, stage: 'Active', gatekeeper: true },
                { name: 'County OEM', sector: 'Government', plays: ['Coordination', 'Warning'], stage: 'active', since: '2018-01-01', gatekeeper: false }
            ],
            ties: [
                { ends: ['Red Cross', 'County OEM'], strength: '3', effortHours: 2 * 52 / 12, trust: 4, lastCheckin: '2026-08-20', introducedBy: 'Faith Council', gives: [], asks: [] },
                // An end that is no element is passed on as written: the import reports it, with a did-you-mean.
                { ends: ['County OEM', 'Somewhere Else'], reliability: 5, openness: 4, gives: [], asks: [] }
            ]
        });
        // Hours stay as written, for the import to read.
        expect(records.partners[0].capacity?.value).toBe('30 h/month');
        expect(records.ties[0].effort?.value).toBe('2 hours/week');
        expect(records.notes.map(n => `${n.kind}: ${n.message}`)).toEqual([
            'skipped: element 3 (elem-3) has no label: left out.',
            'note: the elements have no Roles field: their tags (other than a stage) are read as the roles they play.',
            'skipped: connection 3 has no "to": left out.'
        ]);
    });

    test('elements kept in maps are read map by map', () => {
        const text = JSON.stringify({ maps: [
            { name: 'One', elements: [{ label: 'A' }, { label: 'B' }], connections: [{ from: 'A', to: 'B', strength: 'strong' }] },
            { name: 'Two', elements: [{ label: 'C' }], connections: [{ from: 'C', to: 'A' }] },
            { name: 'Empty' }
        ] });
        const records = readKumuJson(text, 'maps.json');
        expect(records.partners.map(p => p.name.value)).toEqual(['A', 'B', 'C']);
        expect(records.ties.map(t => [t.from.value, t.to.value, t.strength?.value])).toEqual([['A', 'B', 'strong'], ['C', 'A', undefined]]);
    });
});

describe('bad input is one line naming the file', () => {
    test.each([
        ['not JSON', '{ "elements": [', /^map\.json is not JSON \(.+\): a Kumu map was expected$/],
        ['a list', '[{"label": "A"}]', /^map\.json is not a Kumu map: it holds a list, not \{ "elements": \[\.\.\.\], "connections": \[\.\.\.\] \}$/],
        ['a number', '42', /^map\.json is not a Kumu map: it holds number/],
        ['no elements or connections', '{"name": "x"}', /^map\.json is not a Kumu map: it has no "elements" or "connections" list$/],
        ['a graphology graph', '{"nodes": [], "edges": []}', /^map\.json is not a Kumu map: .* \(it looks like a graphology graph\)$/],
        ['elements that are no list', '{"elements": {"label": "A"}}', /^map\.json: "elements" is not a list$/]
    ])('%s', (_, text, message) => {
        let error: unknown;
        try {
            readKumuJson(text, 'map.json');
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(ImportError);
        expect((error as Error).message).toMatch(message);
        expect((error as Error).message).not.toContain('\n');
    });
});

describe('partnership graph --format kumu (needs the build: npx tsc -b)', () => {
    const BIN = path.join(ROOT, 'packages/cli/bin/partnership.js');
    const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

    test('prints the blueprint of food-access: 8 elements, 7 connections, joined by label', () => {
        const result = run(['graph', 'examples/food-access', '--format', 'kumu']);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const blueprint = JSON.parse(result.stdout) as { elements: Array<{ label: string; Name: string }>; connections: Array<{ from: string; to: string; type: string }> };
        expect(Object.keys(blueprint)).toEqual(['elements', 'connections']);
        expect(blueprint.elements.map(e => e.Name)).toEqual(['EastsideFoodBank', 'TenantsUnion', 'CountyHealth', 'UnitedWayEast', 'UrbanFarmsCoop', 'StMarksPantry', 'EastsideHigh', 'EastsideRadio']);
        expect(blueprint.connections).toHaveLength(7);
        const labels = new Set(blueprint.elements.map(e => e.label));
        for (const c of blueprint.connections) expect([labels.has(c.from), labels.has(c.to), c.type]).toEqual([true, true, 'tie']);
        expect(run(['graph', 'examples/food-access', '-f', 'kumu']).stdout).toBe(result.stdout);
    });

    test('one network per blueprint: the files of two networks exit 2', () => {
        const result = run(['graph', 'examples/food-access', 'examples/clean-network', '-f', 'kumu']);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain('belong to 2 networks');
    });
});
