/**
 * The survey answers in the graph files (graph-export.ts, kumu.ts) and back (import/fields.ts,
 * normalize.ts): a partner's value parts, a tie's ratings as one `rater: aspects on date; …` text,
 * the trust line's as-of, and on a rated tie the trust line as written beside the ratings' mean.
 * Then hand-made files whose survey attributes are wrong or hostile: each bad part is noted where it
 * is and left out, nothing of it reaches the written text.
 */
import { EmptyFileSystem, URI } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { createPartnershipServices } from 'partnership-language';
import { exportGraph, networkReport, ratingsText, renderGraphs, type ExportGraph, type ViewContext } from '../src/index.js';
import { normalize, readGraphFile, readKumuJson, type ImportNote } from '../src/import/index.js';
import { ratingsOf } from '../src/import/fields.js';

const NETWORK = `network Survey { us Zoë }

partner Zoë "Zoë's <Pantry> & \\"Co\\"" { sector nonprofit  value influence 4 involvement 3 resources 5 }
partner B { value involvement 2 }
partner C { }

tie Zoë -- B {
    trust reliability 4 mission 5 as-of 2026-03-01
    rating by B reliability 2 mission 3 openness 2 on 2026-06-01
    rating by Zoë reliability 5 on 2026-06-02
    rating by B reliability 3 on 2026-07-01
}
tie B -- C { trust 4 as-of 2026-05-01 }
tie Zoë -- C { rating by C mission 4 on 2026-06-01 }
`;

let graph: ExportGraph;

beforeAll(async () => {
    const services = createPartnershipServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(NETWORK, URI.parse('file:///ws/net.partnership'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const context: ViewContext = { services, displayPath: uri => uri.path.substring('/ws/'.length) || '.' };
    graph = exportGraph(networkReport(context, services.shared.network.Groups.groupOf(document.uri)), context);
});

describe('the survey answers as graph attributes', () => {
    test("a partner's value parts are numbers, each only when stated", () => {
        expect(graph.getNodeAttributes('Zoë')).toMatchObject({ influence: 4, involvement: 3, resources: 5 });
        expect(graph.getNodeAttributes('B')).toMatchObject({ involvement: 2 });
        expect(graph.getNodeAttributes('B')).not.toHaveProperty('influence');
        expect(Object.keys(graph.getNodeAttributes('C')).filter(key => ['influence', 'involvement', 'resources'].includes(key))).toEqual([]);
    });

    test('a rated tie: trust and the aspects are the ratings\' mean, the trust line as written beside them, the ratings in the order written', () => {
        const rated = graph.getEdgeAttributes('Zoë', 'B');
        // Latest per rater: B's of 2026-07-01 (reliability 3) and Zoë's (reliability 5).
        expect(rated).toMatchObject({ trust: 4, reliability: 4, trustAsOf: '2026-03-01', statedReliability: 4, statedMission: 5 });
        expect(rated).not.toHaveProperty('statedTrust');
        expect(rated).not.toHaveProperty('statedOpenness');
        expect(rated.ratings).toBe('B: reliability 2 mission 3 openness 2 on 2026-06-01; Zoë: reliability 5 on 2026-06-02; B: reliability 3 on 2026-07-01');
    });

    test('a tie without ratings keeps its trust as before, with the as-of; a tie with ratings only has no stated trust', () => {
        const stated = graph.getEdgeAttributes('B', 'C');
        expect(stated).toMatchObject({ trust: 4, trustAsOf: '2026-05-01' });
        expect(Object.keys(stated).filter(key => key.startsWith('stated') || key === 'ratings')).toEqual([]);
        const ratedOnly = graph.getEdgeAttributes('Zoë', 'C');
        expect(ratedOnly).toMatchObject({ trust: 4, mission: 4, ratings: 'C: mission 4 on 2026-06-01' });
        expect(Object.keys(ratedOnly).filter(key => key.startsWith('stated') || key === 'trustAsOf')).toEqual([]);
    });

    test('ratingsText writes no rating for none, and each rating\'s aspects in the language\'s order', () => {
        expect(ratingsText([])).toBeUndefined();
        expect(ratingsText([{ rater: 'A', openness: 1, reliability: 2, date: '2026-01-31' }])).toBe('A: reliability 2 openness 1 on 2026-01-31');
    });
});

describe('each graph format reads back to the same value, trust and rating lines', () => {
    const read = (format: 'gexf' | 'graphml' | 'json' | 'kumu') => {
        const text = renderGraphs([graph], format);
        return format === 'kumu' ? readKumuJson(text, 'net.json') : readGraphFile(text, `net.${format}`, format);
    };

    test.each(['gexf', 'graphml', 'json', 'kumu'] as const)('%s', format => {
        const { files, notes } = normalize(read(format), { fallbackName: 'Survey', name: 'Survey' });
        expect(notes.filter(n => n.kind !== 'note')).toEqual([]);
        expect(files['partners.partnership']).toContain('partner Zoë "Zoë\'s <Pantry> & \\"Co\\"" {\n    sector nonprofit\n    value influence 4 involvement 3 resources 5\n}');
        expect(files['partners.partnership']).toContain('partner B {\n    value involvement 2\n}');
        expect(files['ties.partnership']).toBe([
            'tie Zoë -- B {\n    trust reliability 4 mission 5 as-of 2026-03-01\n    rating by B reliability 2 mission 3 openness 2 on 2026-06-01\n'
            + '    rating by Zoë reliability 5 on 2026-06-02\n    rating by B reliability 3 on 2026-07-01\n}\n',
            'tie B -- C {\n    trust 4 as-of 2026-05-01\n}\n',
            'tie Zoë -- C {\n    rating by C mission 4 on 2026-06-01\n}\n'
        ].join('\n'));
    });
});

describe('bad and hostile survey attributes in an imported file', () => {
    const notesOf = (notes: ImportNote[]) => notes.filter(n => n.kind !== 'note').map(n => `${n.source.file} ${n.kind}: ${n.message}`);

    test('ratingsOf leaves out each part not written "rater: aspect N … on date", and reads the rest', () => {
        const notes: ImportNote[] = [];
        const parts = [
            'A: reliability 4 on 2026-01-01',
            'A reliability 4 on 2026-01-01',
            ': reliability 4 on 2026-01-01',
            'A: trust 4 on 2026-01-01',
            'A: reliability 4 reliability 5 on 2026-01-01',
            'A: reliability four on 2026-01-01',
            'A: reliability 4',
            'A: on 2026-01-01',
            'A: reliability 4 on 2026-01-01 on 2026-02-01',
            'B: Mission 2 OPENNESS 3 on not-a-date'
        ];
        const ratings = ratingsOf(parts.join('; '), { file: 'x.graphml' }, 'tie A -- B', notes);
        expect(ratings.map(r => [r.rater.value, r.reliability?.value, r.mission?.value, r.openness?.value, r.date.value])).toEqual([
            ['A', 4, undefined, undefined, '2026-01-01'],
            ['B', undefined, 2, 3, 'not-a-date']
        ]);
        expect(notes.map(n => n.message)).toEqual(parts.slice(1, -1).map(part =>
            `tie A -- B: rating "${part}" is not written "partner: reliability N mission N openness N on YYYY-MM-DD": left out.`));
        // A list (graphology JSON may hold one) reads as the joined text does.
        expect(ratingsOf(['A: reliability 4 on 2026-01-01', 'B: mission 2 on 2026-01-02'], { file: 'x.json' }, 'tie A -- B', []).map(r => r.rater.value)).toEqual(['A', 'B']);
    });

    test('a GraphML file with markup, unknown raters, scores out of range and bad dates: each noted by file and tie, none written', () => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="i" for="node" attr.name="influence" attr.type="string"/>
  <key id="r" for="node" attr.name="resources" attr.type="string"/>
  <key id="ra" for="edge" attr.name="ratings" attr.type="string"/>
  <key id="as" for="edge" attr.name="trustAsOf" attr.type="string"/>
  <key id="t" for="edge" attr.name="trust" attr.type="string"/>
  <key id="st" for="edge" attr.name="statedTrust" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="A"><data key="i">&lt;script&gt;alert(1)&lt;/script&gt;</data><data key="r">9</data></node>
    <node id="B"/>
    <node id="C"/>
    <edge source="A" target="B"><data key="ra">&lt;i&gt;: reliability 4 on 2026-01-01; C: reliability 4 on 2026-01-01; B: reliability 7 mission 4 on 2026-01-01; A: reliability 6 on 2026-01-01; A: mission 4 on 2026-13-40; A &amp; B: reliability 3 on 2026-01-01</data><data key="t">4.5</data></edge>
    <edge source="B" target="C"><data key="as">last spring</data><data key="st">3</data></edge>
    <edge source="A" target="C"><data key="as">2026-01-01</data></edge>
  </graph>
</graphml>`;
        const records = readGraphFile(xml, 'bad.graphml', 'graphml');
        const { files, notes } = normalize(records, { fallbackName: 'Bad' });
        expect(notesOf(notes)).toEqual([
            'bad.graphml skipped: partner A: influence "<script>alert(1)</script>" is not a number: left out.',
            'bad.graphml skipped: partner A: resources 9 is not a score from 1 to 5: left out.',
            'bad.graphml skipped: tie A -- B, rating by: no partner "<i>": left out.',
            'bad.graphml skipped: tie A -- B: C is not one of its partners, so it can\'t rate it: left out.',
            'bad.graphml skipped: tie A -- B: rating by B, reliability 7 is not a score from 1 to 5: left out.',
            'bad.graphml skipped: tie A -- B: rating by A, reliability 6 is not a score from 1 to 5: left out.',
            'bad.graphml skipped: tie A -- B: the rating by A has no score from 1 to 5 left: left out.',
            'bad.graphml skipped: tie A -- B: the rating by A is dated "2026-13-40", not a date as YYYY-MM-DD: left out.',
            // Names are looked up as the import looks up every name; "A & B" is none.
            'bad.graphml skipped: tie A -- B, rating by: no partner "A & B" (did you mean A?): left out.',
            'bad.graphml skipped: tie B -- C: trust as-of "last spring" is not a date as YYYY-MM-DD: left out.',
            'bad.graphml skipped: tie A -- C: a trust as-of date "2026-01-01" without a trust: left out.'
        ]);
        // The rated tie's `trust` is the ratings' mean, not a line of its own: no trust line is written.
        expect(files['ties.partnership']).toBe('tie A -- B {\n    rating by B mission 4 on 2026-01-01\n}\n\ntie B -- C {\n    trust 3\n}\n\ntie A -- C\n');
        expect(files['partners.partnership']).toBe('partner A\n\npartner B\n\npartner C\n');
    });
});
