/**
 * `partnership import` from spreadsheets, as a coordinator would run it: a sixty-partner coalition
 * kept in two CSV files (test/fixtures/import/riverside: headers as people write them, extra
 * columns, blank rows, a partner entered twice, sectors and values in the coalition's own words,
 * a trust of 6, dates as 10/01/2026, a tie to a partner that is not listed, a self-tie), the same
 * data as an XLSX workbook, and bad input. The written files and the summary are pinned in
 * test/fixtures/import/riverside/expected/.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS, TEMPLATE } from 'partnership-views/import';
import { ROOT, runCli } from './cli-run.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/import/riverside');
const EXPECTED = path.join(FIXTURE, 'expected');
const FLAGS = ['--us', 'Lakeview Youth Center', '--budget', '30 hours/month', '--name', 'Riverside', '--title', 'Riverside Family Coalition'];
let scratch: string;

beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'partnership-import-'));
    for (const file of ['partners.csv', 'ties.csv']) copyFileSync(path.join(FIXTURE, file), path.join(scratch, file));
    // The same two tables as sheets of one workbook, with a sheet of instructions beside them.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Read me').addRows([['Fill in one row per organisation.'], ['Ask Ana for help.']]);
    for (const [sheet, file] of [['Partners', 'partners.csv'], ['Ties', 'ties.csv']]) {
        const rows = parse(readFileSync(path.join(FIXTURE, file), 'utf8'), { skip_empty_lines: false, relax_column_count: true }) as string[][];
        workbook.addWorksheet(sheet).addRows(rows);
    }
    await workbook.xlsx.writeFile(path.join(scratch, 'riverside.xlsx'));
});

afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const read = (folder: string, file: string) => readFileSync(path.join(scratch, folder, file), 'utf8');

describe('import of a sixty-partner coalition from CSV', () => {
    let run: ReturnType<typeof runCli>;
    beforeAll(() => {
        run = runCli(['import', 'partners.csv', 'ties.csv', '-o', 'csv-out', ...FLAGS], scratch);
    });

    it('writes the three files, formatted, and a summary with a line per change or skip', async () => {
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toBe('');
        expect(readdirSync(path.join(scratch, 'csv-out')).sort()).toEqual(['network.partnership', 'partners.partnership', 'ties.partnership']);
        for (const file of ['network.partnership', 'partners.partnership', 'ties.partnership']) {
            await expect(read('csv-out', file)).toMatchFileSnapshot(path.join(EXPECTED, file));
        }
        await expect(run.stdout).toMatchFileSnapshot(path.join(EXPECTED, 'summary.txt'));
        expect(runCli(['format', '--check', 'csv-out'], scratch).stdout).toBe('3 files already formatted\n');
    });

    it('says where each problem is and what became of it', () => {
        const lines = run.stdout.split('\n');
        expect(lines[0]).toBe('Read partners.csv (61 rows), ties.csv (80 rows).');
        expect(lines[1]).toBe('Wrote csv-out/network.partnership, csv-out/partners.partnership, csv-out/ties.partnership: 60 partners, 78 ties, 6 roles, 0 goals, 0 meetings.');
        expect(lines).toContain('partners.csv:1:8 skipped: column "Website" is not one the import knows for partners: left out (docs/import.md lists the columns).');
        expect(lines).toContain('partners.csv:34 skipped: partner "Cedar Park Community College" is listed again (first on row 33): this row is left out.');
        expect(lines).toContain('partners.csv:3:2 changed: sector "Goverment" is written government. (and 4 more like it)');
        expect(lines.some(line => /^partners\.csv:\d+:2 skipped: sector "Broadcaster" is not one the language knows \(nonprofit, .*\): left out\. \(and 4 more like it\)$/.test(line))).toBe(true);
        expect(lines).toContain('ties.csv:9:5 skipped: trust 6 is not a score from 1 to 5: left out. (and 14 more like it)');
        expect(lines).toContain('ties.csv:9:8 skipped: last check-in "10/01/2026" is not a date as YYYY-MM-DD: left out. (and 4 more like it)');
        expect(lines).toContain('ties.csv:80:2 skipped: tie: no partner "Riverside Library": left out.');
        expect(lines).toContain('ties.csv:81 skipped: a tie of CedarParkFoodPantry with itself: left out.');
        expect(lines.at(-2)).toMatch(/^\d+ changes, \d+ left out, 6 notes\. Next: partnership validate csv-out$/);
    });

    it('gives a network the language reads as written: every partner, tie and value where the source had it', () => {
        const validate = runCli(['validate', 'csv-out', '--format', 'json', '--today', '2026-11-01'], scratch);
        const findings = (JSON.parse(validate.stdout) as { findings: Array<{ code: string; severity: string }> }).findings;
        // Rules' findings only: nothing the grammar, the references or the vocabularies reject.
        const structural = ['syntax-error', 'unresolved-reference', 'unknown-value', 'unknown-sector', 'duplicate-name', 'invalid-amount', 'invalid-date'];
        expect(findings.filter(f => structural.includes(f.code))).toEqual([]);
        const partners = read('csv-out', 'partners.partnership');
        expect((partners.match(/^partner /gm) ?? []).length).toBe(60);
        expect((read('csv-out', 'ties.partnership').match(/^tie /gm) ?? []).length).toBe(78);
        // Row 2: "Lakeview Youth Center, NGO, Convening, 2 h/week, paused, Sam O'Neil, yes".
        expect(partners).toContain('partner LakeviewYouthCenter "Lakeview Youth Center" {\n    sector nonprofit\n    plays Convening\n    capacity 2 hours/week\n    gatekeeper\n    stage dormant\n    contact "Sam O\'Neil"\n}');
        // A name with accents keeps them (names are letters of any script): José Martí → JoséMartí, the title as written.
        expect(partners).toMatch(/^partner JoséMartí\p{L}+ "José Martí [^"]+" \{$/mu);
        expect(read('csv-out', 'network.partnership')).toContain('network Riverside "Riverside Family Coalition" {\n    us LakeviewYouthCenter\n    budget 30 hours/month\n}');
    });
});

describe('import from XLSX', () => {
    it('reads the sheets by their names, leaves the instructions out, and writes what the CSV import writes', () => {
        const run = runCli(['import', 'riverside.xlsx', '-o', 'xlsx-out', ...FLAGS], scratch);
        expect(run.status, run.stderr).toBe(0);
        const lines = run.stdout.split('\n');
        expect(lines[0]).toBe('Read riverside.xlsx (3 sheets: Read me (1 row), Partners (61 rows), Ties (80 rows)).');
        expect(lines).toContain('Read me!1 skipped: sheet "Read me" has no "name" column for its partners: left out.');
        expect(lines).toContain('Partners!H1 skipped: column "Website" is not one the import knows for partners: left out (docs/import.md lists the columns).');
        expect(lines).toContain('Ties!E9 skipped: trust 6 is not a score from 1 to 5: left out. (and 14 more like it)');
        for (const file of ['partners.partnership', 'ties.partnership']) expect(read('xlsx-out', file)).toBe(read('csv-out', file));
        expect(read('xlsx-out', 'network.partnership')).toBe(read('csv-out', 'network.partnership').replace('from partners.csv, ties.csv', 'from riverside.xlsx'));
    });

    it('reads one sheet with book.xlsx#Sheet, and says which sheets there are when it is not there', () => {
        const one = runCli(['import', 'riverside.xlsx#partners', '--dry-run'], scratch);
        expect(one.status, one.stderr).toBe(0);
        expect(one.stderr.split('\n')[0]).toBe('Read riverside.xlsx#partners (1 sheet: Partners (61 rows)).');
        const missing = runCli(['import', 'riverside.xlsx#Members'], scratch);
        expect(missing).toMatchObject({ status: 2, stdout: '', stderr: 'partnership: riverside.xlsx has no sheet "Members" (its sheets: Read me, Partners, Ties).\n' });
    });
});

describe("import of Kumu's spreadsheet layout", () => {
    it('reads Elements (Label, Type, Description, Tags) and Connections (From, To, Type, Strength), saying what it leaves out', async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('Elements').addRows([
            ['Label', 'Type', 'Description', 'Tags'],
            ['Eastside Food Bank', 'Nonprofit', 'The backbone', 'Distribution'],
            ['County Health', 'Government', '', 'Evidence; Outreach'],
            ['Tenants Union', 'Community group', '', '']
        ]);
        workbook.addWorksheet('Connections').addRows([
            ['From', 'To', 'Type', 'Strength'],
            ['Eastside Food Bank', 'County Health', 'Partnership', 3],
            ['Tenants Union', 'Eastside Food Bank', 'Partnership', 1]
        ]);
        await workbook.xlsx.writeFile(path.join(scratch, 'kumu.xlsx'));
        const run = runCli(['import', 'kumu.xlsx', '-o', 'kumu-out'], scratch);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout.split('\n')).toEqual([
            'Read kumu.xlsx (2 sheets: Elements (3 rows), Connections (2 rows)).',
            'Wrote kumu-out/network.partnership, kumu-out/partners.partnership, kumu-out/ties.partnership: 3 partners, 2 ties, 3 roles, 0 goals, 0 meetings.',
            'Connections!C1 skipped: column "Type" is not one the import knows for ties: left out (docs/import.md lists the columns).',
            'Connections!D2 changed: strength "3" is written strong.',
            'Connections!D3 changed: strength "1" is written weak.',
            'Elements!C1 skipped: column "Description" is not one the import knows for partners: left out (docs/import.md lists the columns).',
            'Elements!D2 note: role Distribution is declared for what partners play (no roles table names it).',
            'Elements!D3 note: role Evidence is declared for what partners play (no roles table names it).',
            'Elements!D3 note: role Outreach is declared for what partners play (no roles table names it).',
            '2 changes, 2 left out, 3 notes. Next: partnership validate kumu-out',
            ''
        ]);
        expect(read('kumu-out', 'partners.partnership')).toBe('partner EastsideFoodBank "Eastside Food Bank" {\n    sector nonprofit\n    plays Distribution\n}\n\n'
            + 'partner CountyHealth "County Health" {\n    sector government\n    plays Evidence, Outreach\n}\n\n'
            + 'partner TenantsUnion "Tenants Union" {\n    sector community-group\n}\n');
        expect(read('kumu-out', 'ties.partnership')).toBe('tie EastsideFoodBank -- CountyHealth {\n    strength strong\n}\n\ntie TenantsUnion -- EastsideFoodBank {\n    strength weak\n}\n');
    });
});

describe('import: writing', () => {
    it('--dry-run prints the files and puts the summary on stderr, writing nothing', () => {
        const run = runCli(['import', 'partners.csv', '--dry-run', '-o', 'dry'], scratch);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout.startsWith('// network.partnership\n// Imported by partnership import from partners.csv.\n')).toBe(true);
        expect(run.stdout).toContain('\n// partners.partnership\npartner LakeviewYouthCenter "Lakeview Youth Center" {\n');
        expect(run.stderr).toMatch(/^Read partners\.csv \(61 rows\)\.\nWould write dry\/network\.partnership, dry\/partners\.partnership: 60 partners, 0 ties, 6 roles/);
        expect(existsSync(path.join(scratch, 'dry'))).toBe(false);
    });

    it('never overwrites without --force, and overwrites with it', () => {
        mkdirSync(path.join(scratch, 'kept'));
        writeFileSync(path.join(scratch, 'kept', 'partners.partnership'), '// mine\n');
        const refused = runCli(['import', 'partners.csv', '-o', 'kept'], scratch);
        expect(refused).toMatchObject({ status: 2, stdout: '', stderr: 'partnership: kept/partners.partnership already exists; import writes nothing over an existing file without --force.\n' });
        expect(readdirSync(path.join(scratch, 'kept'))).toEqual(['partners.partnership']);
        expect(runCli(['import', 'partners.csv', '-o', 'kept', '--force'], scratch).status).toBe(0);
        expect(read('kept', 'partners.partnership')).toContain('partner LakeviewYouthCenter');
    });
});

describe('import: bad input is one line and exit 2', () => {
    const write = (file: string, content: string | Buffer) => writeFileSync(path.join(scratch, file), content);

    it.each([
        ['a file that is not there', ['nowhere.csv'], () => undefined, 'partnership: cannot read nowhere.csv: no such file.\n'],
        ['text that is not UTF-8', ['latin1.csv'], () => write('latin1.csv', Buffer.from('Name,Sector\nJos\xe9 Mart\xed Center,nonprofit\n', 'latin1')),
            'partnership: latin1.csv is not UTF-8 text: save it as "CSV UTF-8" (Excel) or with UTF-8 encoding, and import it again.\n'],
        ['a ragged row', ['ragged.csv'], () => write('ragged.csv', 'Name,Sector\nBank,nonprofit\nCity,government,extra\n'),
            'partnership: ragged.csv:3: this row has a different number of columns from the header (expect 2, got 3); quote values that hold the delimiter, or fix the row.\n'],
        ['a text file named .xlsx', ['fake.xlsx'], () => write('fake.xlsx', 'Name\nBank\n'),
            'partnership: fake.xlsx is not an Excel workbook (.xlsx) that can be read; save it again from the spreadsheet program as .xlsx, or as CSV UTF-8.\n'],
        ['a kind of file it does not read', ['notes.docx'], () => write('notes.docx', 'x'),
            'partnership: notes.docx: import reads .csv, .tsv, .txt (tab- or comma-separated) and .xlsx files, Kumu\'s .json export, .gexf, .graphml and graphology .json files.\n'],
        ['a JSON file that is neither Kumu\'s nor graphology\'s', ['other.json'], () => write('other.json', '{"people": []}'),
            'partnership: other.json is neither Kumu\'s JSON (elements and connections) nor a graphology graph (nodes and edges).\n'],
        ['a table with no partners or ties', ['empty.csv'], () => write('empty.csv', 'Name,Sector\n'),
            'partnership: import: found no partners or ties in empty.csv; docs/import.md says which columns the import reads.\n']
    ])('%s', (_what, args, setup, stderr) => {
        setup();
        const run = runCli(['import', ...args, '-o', 'bad-out'], scratch);
        expect(run).toMatchObject({ status: 2, stdout: '', stderr });
        expect(existsSync(path.join(scratch, 'bad-out'))).toBe(false);
    });

    it('reads UTF-16 text with its byte-order mark, as Excel saves "Unicode text" (tab-separated)', () => {
        write('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tType\nJosé Martí Center\tNGO\n', 'utf16le')]));
        const run = runCli(['import', 'unicode.txt', '--dry-run'], scratch);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toContain('partner JoséMartíCenter "José Martí Center" {\n    sector nonprofit\n}');
    });
});

describe('docs/import.md', () => {
    const docs = readFileSync(path.join(ROOT, 'docs/import.md'), 'utf8');

    it('lists every column name the import reads, for every kind of table', () => {
        const missing = Object.entries(COLUMNS).flatMap(([kind, fields]) => Object.entries(fields as Record<string, readonly string[]>)
            .flatMap(([field, aliases]) => aliases.filter(alias => !new RegExp(`\\b${alias}\\b`, 'i').test(docs)).map(alias => `${kind}.${field}: ${alias}`)));
        expect(missing).toEqual([]);
    });

    it('names each column of the template', () => {
        const missing = Object.values(TEMPLATE).flatMap(({ headers }) => headers.filter(header => !docs.includes(`| ${header} |`) && !docs.includes(`| ${header},`)));
        expect(missing).toEqual([]);
    });
});

describe('round trip: partnership graph, then partnership import', () => {
    interface Change { kind: string; name: string; change: string; fields?: Array<{ field: string; text: string }> }
    const examples = ['food-access', 'county-emergency', 'clean-network'];
    const formats: Array<[string, string]> = [['gexf', 'net.gexf'], ['graphml', 'net.graphml'], ['json', 'net.json'], ['kumu', 'kumu.json']];

    const partnershipText = (folder: string) => readdirSync(folder).filter(f => f.endsWith('.partnership')).sort()
        .map(f => readFileSync(path.join(folder, f), 'utf8')).join('\n');
    /** Each partner's and tie's value, trust and rating lines, by the partner or tie. */
    const surveyLines = (text: string) => {
        const lines = new Map<string, string[]>();
        let block = '';
        for (const line of text.split('\n')) {
            const head = /^(partner \S+|tie \S+ -- \S+)/.exec(line);
            if (head) block = head[1];
            const survey = /^\s+((?:value|trust|rating by) .*)$/.exec(line);
            if (survey) lines.set(block, [...(lines.get(block) ?? []), survey[1]]);
        }
        return lines;
    };

    it.each(examples.flatMap(example => formats.map(([format, file]) => [example, format, file] as const)))(
        '%s as %s: every partner and tie comes back as it was (partnership diff finds none changed)', (example, format, file) => {
            const folder = `rt-${example}-${format}`;
            mkdirSync(path.join(scratch, folder));
            const source = path.join(ROOT, 'examples', example);
            expect(runCli(['graph', source, '--format', format, '-o', path.join(folder, file)], scratch).status).toBe(0);
            // Kumu's blueprint has no place for the network's name: given, so that diff pairs the two networks.
            const networkName = /^network (\w+)/m.exec(partnershipText(source))![1];
            const named = format === 'kumu' ? ['--name', networkName] : [];
            const imported = runCli(['import', path.join(folder, file), '-o', path.join(folder, 'net'), ...named], scratch);
            expect(imported.status, imported.stderr).toBe(0);
            expect(imported.stdout).toContain('Everything was read as written.');
            // The survey answers line for line, in the order written (diff compares the ratings as a set).
            expect(surveyLines(partnershipText(path.join(scratch, folder, 'net')))).toEqual(surveyLines(partnershipText(source)));
            const diff = runCli(['diff', source, path.join(folder, 'net'), '--format', 'json', '--today', '2026-11-01'], scratch);
            const changes = (JSON.parse(diff.stdout) as { changes: Change[] }).changes
                .filter(c => c.kind === 'partner' || c.kind === 'tie')
                // A comment (@allow) is not in a graph file; nor is an ended partner, which is in no graph.
                .filter(c => !(c.change === 'changed' && (c.fields ?? []).every(f => f.field === '@allow')));
            expect(changes).toEqual([]);
        });
});
