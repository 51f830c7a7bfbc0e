/**
 * Trust and value surveys (survey.ts, survey-form.ts) on networks built in memory: who is asked
 * about whom, the answers file's columns and cells (formula injection defused, quotes and line
 * breaks quoted), the HTML form's escaping and CSP hashes, reading filled-in files back, and what
 * the answers add (ratings, value means) or skip and why.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { createPartnershipServices, type NetworkModel } from 'partnership-language';
import { ImportError } from '../src/import/errors.js';
import {
    MAX_COMMENT, SURVEY_COLUMNS, SURVEY_QUESTIONS, commentLine, csvCell, csvValue, planSurveyImport, readSurveyAnswers, surveyCsv, surveyFileBases, surveyRequests, type SurveyAnswer
} from '../src/survey.js';
import { SURVEY_SCRIPT, SURVEY_STYLE, surveyHtml } from '../src/survey-form.js';

async function networkOf(text: string): Promise<NetworkModel> {
    const services = createPartnershipServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///ws/net/network.partnership'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.code}: ${d.message}`);
    expect(errors).toEqual([]);
    return services.Partnership.network.Analyzer.resultFor(services.shared.network.Groups.groupOf(document.uri)).network;
}

const FORMULA = `=cmd|' /C calc'!A0`;
const SCRIPT = '</script><img src=x onerror=alert(1)>';

const NETWORK = `network Net "Corner Network" {
    us Pantry
}
partner Pantry "Corner Pantry" { sector nonprofit  contact "Ana, ana@example.org" }
partner Clinic "${FORMULA.replace(/"/g, '\\"')}" { sector healthcare }
partner Union "${SCRIPT}" { sector community-group  value influence 2 involvement 4 }
partner Old "Old Friends" { sector faith  stage ended }
partner Alone { sector media }
tie Pantry -- Clinic { trust 4 }
tie Union -- Pantry {
    rating by Union reliability 3 on 2026-05-01
}
tie Clinic -- Union
tie Old -- Pantry
`;

describe('who is asked about whom', () => {
    test('every partner with a tie to a partner that has not ended, us included; ended partners and the untied left out', async () => {
        const requests = surveyRequests(await networkOf(NETWORK), '2026-11-01')!;
        expect(requests.map(r => [r.respondent.name, r.others.map(o => o.name)])).toEqual([
            ['Clinic', ['Pantry', 'Union']],
            ['Pantry', ['Clinic', 'Union']],
            ['Union', ['Clinic', 'Pantry']]
        ]);
        expect(requests[1]).toMatchObject({ network: 'Net', networkTitle: 'Corner Network', date: '2026-11-01', respondent: { name: 'Pantry', title: 'Corner Pantry', contact: 'Ana, ana@example.org' } });
        expect(requests[0].others[1]).toEqual({ name: 'Union', title: SCRIPT });
    });

    test('file names stay apart where the file system ignores case', () => {
        const request = (respondent: string) => ({ network: 'Net', respondent: { name: respondent }, others: [], date: '2026-11-01' });
        expect(surveyFileBases([request('Bank'), request('bank'), request('BANK'), request('Clinic')])).toEqual(['Net-Bank', 'Net-bank-2', 'Net-BANK-3', 'Net-Clinic']);
    });
});

describe('the questions', () => {
    test('docs/surveys.md words them as the forms do, with what 1 and 5 mean', () => {
        const page = readFileSync(new URL('../../../docs/surveys.md', import.meta.url), 'utf8');
        for (const q of SURVEY_QUESTIONS) {
            expect(page).toContain(`| \`${q.aspect}\` | ${q.question.replace('{partner}', 'P')} | ${q.hint} | ${q.low} | ${q.high} |`);
        }
        expect(SURVEY_QUESTIONS.map(q => q.aspect)).toEqual(['reliability', 'mission', 'openness', 'influence', 'involvement', 'resources']);
    });
});

describe('the answers file', () => {
    test('a header of the columns, then one row per tie with the scores blank: UTF-8 with a BOM, CRLF', async () => {
        const requests = surveyRequests(await networkOf(NETWORK), '2026-11-01')!;
        const csv = surveyCsv(requests[1]);
        expect(csv.startsWith('\ufeff')).toBe(true);
        expect(csv.slice(1).split('\r\n')).toEqual([
            'network,respondent,partner,partner_title,reliability,mission,openness,influence,involvement,resources,comment',
            `Net,Pantry,Clinic,'${FORMULA},,,,,,,`,
            `Net,Pantry,Union,${SCRIPT},,,,,,,`,
            ''
        ]);
        expect(SURVEY_COLUMNS).toHaveLength(11);
    });

    test('cells a spreadsheet would run as a formula get an apostrophe first; quotes, commas and line breaks are quoted', () => {
        expect(csvCell(FORMULA)).toBe(`'${FORMULA}`);
        for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
        expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
        expect(csvCell('a, b')).toBe('"a, b"');
        expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
        expect(csvCell(' padded')).toBe('" padded"');
        expect(csvCell('plain')).toBe('plain');
        // A CSV reader gets the text back, and csvValue takes the apostrophe off again.
        const [[a, b, c]] = parse(`${csvCell(FORMULA)},${csvCell('=HYPERLINK("http://x","y")')},${csvCell('a, "b"\nc')}\r\n`) as string[][];
        expect([csvValue(a), csvValue(b), csvValue(c)]).toEqual([FORMULA, '=HYPERLINK("http://x","y")', 'a, "b"\nc']);
        expect(csvValue("'plain")).toBe("'plain");
    });
});

describe('the HTML form', () => {
    test('hostile titles are text, the CSP allows only the page\'s own script and style by hash, nothing loads', async () => {
        const requests = surveyRequests(await networkOf(NETWORK), '2026-11-01')!;
        const html = await surveyHtml(requests[1], { csvFile: 'Net-Pantry.csv', coordinator: 'Corner Pantry' });
        expect(html).not.toContain('<img');
        expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
        expect(html).toContain(`data-title="&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"`);
        expect(html).toContain('=cmd|&#39; /C calc&#39;!A0');
        expect(html.match(/<script\b/g)).toHaveLength(1);
        expect(html.match(/<\/script>/g)).toHaveLength(1);
        const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
        expect(csp).toBe(`default-src 'none'; script-src ${sha(SURVEY_SCRIPT)}; style-src ${sha(SURVEY_STYLE)}; img-src 'none'; form-action 'none'; base-uri 'none'`);
        expect(html).toContain(`<script>${SURVEY_SCRIPT}</script>`);
        expect(html).toContain(`<style>${SURVEY_STYLE}</style>`);
        expect(html).not.toMatch(/\b(?:src|href)="(?!#)/);
        expect(html).not.toMatch(/style="/);
        expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    });

    test('each question a fieldset with its legend and a radio group; each comment box labelled', async () => {
        const requests = surveyRequests(await networkOf(NETWORK), '2026-11-01')!;
        const html = await surveyHtml(requests[1]);
        expect(html.match(/<section class="tie"/g)).toHaveLength(2);
        expect(html.match(/<fieldset class="question"><legend>/g)).toHaveLength(12);
        expect(html).toContain('<legend>How reliable is =cmd|&#39; /C calc&#39;!A0? <span class="hint">');
        expect(html.match(/<input type="radio" name="t1-reliability"/g)).toHaveLength(6);
        expect(html).toContain('<label class="comment" for="t2-comment">');
        expect(html).toContain('<textarea id="t2-comment"');
        expect(html).toContain('<form id="survey" data-network="Net" data-respondent="Pantry" novalidate>');
    });
});

describe('reading answers back', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const HEADER = SURVEY_COLUMNS.join(',');

    test('rows with scores are answers; bad scores, blank rows and rows without names are skipped with the reason', async () => {
        const csv = `\ufeff${HEADER}\r\n`
            + `Net,Pantry,Clinic,x,4,5,3,2,,,"'=1+1, fine"\r\n`
            + `Net,Pantry,Union,x,7,5,3,,,,\r\n`
            + `Net,Pantry,Union,x,four,,,,,,\r\n`
            + `Net,Union,Pantry,x,,,,,,,\r\n`
            + `Net,Union,Clinic,x,,,,,,,just a note\r\n`
            + `Net,,Clinic,x,3,,,,,,\r\n`
            + `,Clinic,Pantry,x,3.0,,,5,5,5,\r\n`;
        const read = await readSurveyAnswers('a.csv', bytes(csv));
        expect(read.rows).toBe(7);
        expect(read.answers).toEqual([
            { file: 'a.csv', row: 2, network: 'Net', respondent: 'Pantry', partner: 'Clinic', trust: { reliability: 4, mission: 5, openness: 3 }, value: { influence: 2 }, comment: '=1+1, fine' },
            { file: 'a.csv', row: 8, respondent: 'Clinic', partner: 'Pantry', trust: { reliability: 3 }, value: { influence: 5, involvement: 5, resources: 5 } }
        ]);
        expect(read.skipped).toEqual([
            { file: 'a.csv', row: 3, reason: 'reliability: 7 is out of range (scores are whole numbers from 1 to 5, or blank)' },
            { file: 'a.csv', row: 4, reason: 'reliability: "four" is not a score (scores are whole numbers from 1 to 5, or blank)' },
            { file: 'a.csv', row: 5, blank: true, reason: 'left blank' },
            { file: 'a.csv', row: 6, blank: true, reason: 'no score given (its comment is not recorded without one)' },
            { file: 'a.csv', row: 7, reason: 'no respondent named' }
        ]);
    });

    test('an XLSX workbook saved from a spreadsheet program: its sheet named, its rows as the program numbers them', async () => {
        const { default: ExcelJS } = await import('exceljs');
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Answers');
        sheet.addRow(['Network', 'Respondent', 'Partner', 'Partner Title', 'Reliability', 'Mission', 'Openness', 'Influence', 'Involvement', 'Resources', 'Comment']);
        sheet.addRow(['Net', 'Pantry', 'Clinic', FORMULA, 4, 5, 3, 2, 2, 2, '']);
        sheet.addRow(['Net', 'Pantry', 'Union', SCRIPT, 6, '', '', '', '', '', '']);
        const read = await readSurveyAnswers('answers.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
        expect(read.answers).toEqual([
            { file: 'answers.xlsx#Answers', row: 2, network: 'Net', respondent: 'Pantry', partner: 'Clinic', trust: { reliability: 4, mission: 5, openness: 3 }, value: { influence: 2, involvement: 2, resources: 2 } }
        ]);
        expect(read.skipped).toEqual([{ file: 'answers.xlsx#Answers', row: 3, reason: 'reliability: 6 is out of range (scores are whole numbers from 1 to 5, or blank)' }]);
    });

    test('a comment goes into the file as one line: no line break, control character or bidirectional override, at most MAX_COMMENT characters', () => {
        expect(commentLine('A', '2026-11-02', 'one\r\ntwo\u2028three\u0085four\u001b[31mred\u202eevil\u2066x')).toBe('// survey comment by A (2026-11-02): one two three four [31mred evil x');
        const long = commentLine('A', '2026-11-02', 'x'.repeat(MAX_COMMENT - 1) + '😀😀');
        expect(long.endsWith(`${'x'.repeat(MAX_COMMENT - 1)}…`)).toBe(true);
    });

    test('a file without the respondent or partner column is not an answers file', async () => {
        await expect(readSurveyAnswers('b.csv', bytes('name,score\r\nA,3\r\n'))).rejects.toThrow(ImportError);
        await expect(readSurveyAnswers('b.csv', bytes('name,score\r\nA,3\r\n'))).rejects.toThrow('b.csv is not a survey answers file: it has no respondent or partner column');
    });
});

describe('what the answers add', () => {
    const answer = (row: number, respondent: string, partner: string, trust: SurveyAnswer['trust'], value: SurveyAnswer['value'] = {}, extra: Partial<SurveyAnswer> = {}): SurveyAnswer =>
        ({ file: 'a.csv', row, network: 'Net', respondent, partner, trust, value, ...extra });

    test('a rating per answer, a value per partner rated from the rounded means; unknown names, missing ties and second answers skipped', async () => {
        const network = await networkOf(NETWORK);
        const plan = planSurveyImport([network], [
            answer(2, 'Pantry', 'Union', { reliability: 4, mission: 5, openness: 3 }, { influence: 3, resources: 2 }, { comment: 'good\nyear' }),
            answer(3, 'Clinic', 'Union', { mission: 2 }, { influence: 4 }),
            answer(4, 'Union', 'Pantry', {}, { involvement: 5 }),
            answer(5, 'Pantry', 'Nobody', { reliability: 3 }),
            answer(6, 'Ghost', 'Pantry', { reliability: 3 }),
            answer(7, 'Union', 'Alone', { reliability: 3 }),
            answer(8, 'Pantry', 'Old', { reliability: 3 }),
            answer(9, 'Pantry', 'Union', { reliability: 1 }, {}, { file: 'b.csv' }),
            answer(10, 'Pantry', 'Union', { reliability: 1 }, {}, { network: 'Other' }),
            answer(11, 'Union', 'Pantry', { reliability: 3 }, {}, { network: undefined })
        ], () => '2026-11-02');
        expect(plan.ratings.map(r => [r.tie.name, r.line, r.comment])).toEqual([
            ['Union -- Pantry', 'rating by Pantry reliability 4 mission 5 openness 3 on 2026-11-02', '// survey comment by Pantry (2026-11-02): good year'],
            ['Clinic -- Union', 'rating by Clinic mission 2 on 2026-11-02', undefined],
            ['Union -- Pantry', undefined, undefined]
        ]);
        // Union: influence mean of 3 and 4 rounds up to 4, resources 2, involvement kept from the file (4).
        expect(plan.values.map(v => [v.partner.name, v.aspects, v.answers])).toEqual([
            ['Pantry', 'involvement 5', { involvement: 1 }],
            ['Union', 'influence 4 involvement 4 resources 2', { influence: 2, resources: 1 }]
        ]);
        expect(plan.skipped).toEqual([
            { file: 'a.csv', row: 5, reason: 'unknown partner Nobody: no partner of that name in Net' },
            { file: 'a.csv', row: 6, reason: 'unknown respondent Ghost: no partner of that name in Net' },
            { file: 'a.csv', row: 7, reason: 'Union and Alone have no tie in Net' },
            { file: 'a.csv', row: 8, reason: 'Old has ended (stage ended): its ties are not surveyed' },
            { file: 'b.csv', row: 9, reason: 'a second answer of Pantry about Union: the one at a.csv:2 is kept' },
            { file: 'a.csv', row: 10, reason: 'unknown network Other (the files hold Net)' },
            { file: 'a.csv', row: 11, reason: 'a second answer of Union about Pantry: the one at a.csv:4 is kept' }
        ]);
    });

    test('a rating already in the files (same rater, date and scores) is not added twice', async () => {
        const network = await networkOf(NETWORK);
        const plan = planSurveyImport([network], [answer(2, 'Union', 'Pantry', { reliability: 3 })], () => '2026-05-01');
        expect(plan.ratings).toEqual([]);
        expect(plan.skipped).toEqual([{ file: 'a.csv', row: 2, reason: 'already in the files: Union\'s rating of 2026-05-01 with the same scores' }]);
    });
});
