/**
 * `partnership survey` and `partnership import --survey`, end to end on a copy of
 * examples/food-access: the surveys written (who gets which files, the answers files' rows), filled
 * in by script (with a bad score, an unknown partner, a duplicate answer across files, a blank row,
 * a comment with a line break and a formula), imported (--dry-run first), then validated: the rating
 * and value lines in the files, the comments kept, trust-gap where the two sides differ and
 * low-trust-tie where the ratings pull the trust down; importing the same answers again changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli, textFindings, writeUnder } from './cli-run.js';

const FOOD = path.join(ROOT, 'examples/food-access');
const FILES = ['network.partnership', 'partners.partnership', 'ties.partnership'];

let dir: string;
const net = () => path.join(dir, 'food-access');
const read = (file: string) => readFileSync(path.join(net(), file), 'utf8');
const snapshot = () => Object.fromEntries(FILES.map(file => [file, read(file)]));

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-survey-'));
    cpSync(FOOD, net(), { recursive: true });
});

type Scores = [string, string, string, string, string, string, string];

/** The answers file `partnership survey` wrote for a partner, filled in: per other side, its scores and comment. */
function fillIn(file: string, answers: Record<string, Scores>, extra: string[][] = []): void {
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = parse(text.slice(1)) as string[][];
    const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const filled = rows.map(row => {
        const scores = answers[row[2]];
        return scores ? [...row.slice(0, 4), ...scores] : row;
    });
    writeFileSync(file, `\ufeff${[header, ...filled, ...extra].map(row => row.map(quote).join(',')).join('\r\n')}\r\n`);
}

describe('partnership survey', () => {
    test('a form and an answers file per partner with a tie, and README.md saying which go to whom', () => {
        const run = runCli(['survey', 'food-access', '-o', 'surveys', '--today', '2026-11-01'], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const partners = ['CountyHealth', 'EastsideFoodBank', 'EastsideHigh', 'StMarksPantry', 'TenantsUnion', 'UnitedWayEast', 'UrbanFarmsCoop'];
        expect(readdirSync(path.join(dir, 'surveys')).sort()).toEqual([...partners.flatMap(p => [`EastsideFood-${p}.csv`, `EastsideFood-${p}.html`]), 'README.md'].sort());
        expect(run.stdout).toContain('TenantsUnion: surveys/EastsideFood-TenantsUnion.html and .csv (2 ties)\n');
        expect(run.stdout).toContain('wrote 7 surveys (14 files) and surveys/README.md, which says which files go to whom.\n');
        expect(run.stdout).toContain('Next: send each partner its .html form (or .csv file); when the answers are back: partnership import --survey surveys/*.csv food-access\n');
        // EastsideRadio has no tie: no survey.
        expect(run.stdout).not.toContain('EastsideRadio');
        const readme = readFileSync(path.join(dir, 'surveys/README.md'), 'utf8');
        expect(readme).toContain('| Eastside Food Bank (EastsideFoodBank) | Maria Lopez, programs director | 6 | [EastsideFood-EastsideFoodBank.html](EastsideFood-EastsideFoodBank.html) | [EastsideFood-EastsideFoodBank.csv](EastsideFood-EastsideFoodBank.csv) |');
        const csv = readFileSync(path.join(dir, 'surveys/EastsideFood-TenantsUnion.csv'), 'utf8');
        expect(csv).toBe('\ufeffnetwork,respondent,partner,partner_title,reliability,mission,openness,influence,involvement,resources,comment\r\n'
            + 'EastsideFood,TenantsUnion,EastsideFoodBank,Eastside Food Bank,,,,,,,\r\n'
            + 'EastsideFood,TenantsUnion,StMarksPantry,St. Mark\'s Church Pantry,,,,,,,\r\n');
        const html = readFileSync(path.join(dir, 'surveys/EastsideFood-TenantsUnion.html'), 'utf8');
        expect(html).toContain('<h1>Eastside Food Access Coalition: how Eastside Tenants Union sees its partners</h1>');
        expect(html).toContain('send it back to Eastside Food Bank.');
        expect(html).toContain('download="EastsideFood-TenantsUnion.csv"');
    });

    test('-o is required; a folder with no network is exit 2 with one line', () => {
        const missing = runCli(['survey', 'food-access'], dir);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain("error: required option '-o, --output <folder>' not specified");
        const loose = writeUnder(dir, 'loose/a.partnership', 'partner A\npartner B\ntie A -- B\n');
        const none = runCli(['survey', path.dirname(loose), '-o', 'out-loose'], dir);
        expect(none.status).toBe(2);
        expect(none.stdout).toBe('');
        expect(none.stderr).toContain('partnership: no surveys to write: no network with ties between partners was found in the paths given.\n');
    });
});

describe('partnership import --survey', () => {
    let before: Record<string, string>;
    let answers: string[];

    beforeAll(() => {
        const s = (file: string) => path.join(dir, 'surveys', `EastsideFood-${file}.csv`);
        // TenantsUnion trusts the food bank little; the food bank trusts it: a gap, and a tie whose trust drops below 3.
        fillIn(s('TenantsUnion'), {
            EastsideFoodBank: ['1', '1', '2', '4', '5', '4', '=HYPERLINK("http://evil.example","x")\nThey decide without us.'],
            StMarksPantry: ['4', '4', '4', '', '3', '', '']
        });
        fillIn(s('EastsideFoodBank'), {
            TenantsUnion: ['4', '4', '4', '3', '5', '2', ''],
            CountyHealth: ['5', '5', '5', '4', '3', '4', '']
        }, [['EastsideFood', 'EastsideFoodBank', 'Nobody', 'x', '3', '3', '3', '', '', '', '']]);
        fillIn(s('CountyHealth'), { EastsideFoodBank: ['2', '2', '2', '', '', '', ''] });
        fillIn(s('StMarksPantry'), { TenantsUnion: ['4', '4', '4', '', '', '', ''] },
            [['EastsideFood', 'TenantsUnion', 'EastsideFoodBank', 'x', '5', '5', '5', '', '', '', '']]);
        fillIn(s('UnitedWayEast'), { EastsideFoodBank: ['7', '4', '4', '', '', '', ''] });
        answers = ['TenantsUnion', 'EastsideFoodBank', 'CountyHealth', 'StMarksPantry', 'UnitedWayEast'].map(p => `surveys/EastsideFood-${p}.csv`);
        before = snapshot();
    });

    test('before: no trust-gap, no low-trust-tie', () => {
        const run = runCli(['validate', 'food-access', '--today', '2026-11-03'], dir);
        const codes = textFindings(run.stdout).map(f => f.code);
        expect(codes).not.toContain('trust-gap');
        expect(codes).not.toContain('low-trust-tie');
    });

    test('--dry-run says what would change and writes nothing', () => {
        const run = runCli(['import', '--survey', ...answers, 'food-access', '--date', '2026-11-02', '--dry-run'], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('would add: food-access/ties.partnership:3 tie EastsideFoodBank -- TenantsUnion: + rating by TenantsUnion reliability 1 mission 1 openness 2 on 2026-11-02, with a comment (from surveys/EastsideFood-TenantsUnion.csv:2)\n');
        expect(run.stdout).toContain('would add 6 ratings to 3 ties and set the value of 4 partners in food-access/partners.partnership, food-access/ties.partnership; skipped 3 rows, 5 rows left blank\n');
        expect(run.stdout).toMatch(/nothing written \(--dry-run\)\n$/);
        expect(snapshot()).toEqual(before);
    });

    test('the answers become rating and value lines; skipped rows are reported by file:row with the reason', () => {
        const run = runCli(['import', '--survey', ...answers, 'food-access', '--date', '2026-11-02'], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines[0]).toBe('read surveys/EastsideFood-TenantsUnion.csv (2 rows), surveys/EastsideFood-EastsideFoodBank.csv (7 rows), surveys/EastsideFood-CountyHealth.csv (1 row), surveys/EastsideFood-StMarksPantry.csv (3 rows), surveys/EastsideFood-UnitedWayEast.csv (1 row)');
        expect(lines.filter(line => line.startsWith('skipped ') || line.startsWith('left out '))).toEqual([
            'skipped surveys/EastsideFood-EastsideFoodBank.csv:8: unknown partner Nobody: no partner of that name in EastsideFood',
            'skipped surveys/EastsideFood-StMarksPantry.csv:4: a second answer of TenantsUnion about EastsideFoodBank: the one at surveys/EastsideFood-TenantsUnion.csv:2 is kept',
            'skipped surveys/EastsideFood-UnitedWayEast.csv:2: reliability: 7 is out of range (scores are whole numbers from 1 to 5, or blank)',
            'left out surveys/EastsideFood-EastsideFoodBank.csv:3: left blank',
            'left out surveys/EastsideFood-EastsideFoodBank.csv:4: left blank',
            'left out surveys/EastsideFood-EastsideFoodBank.csv:6: left blank',
            'left out surveys/EastsideFood-EastsideFoodBank.csv:7: left blank',
            'left out surveys/EastsideFood-StMarksPantry.csv:2: left blank'
        ]);
        expect(lines).toContain('food-access/partners.partnership:3 partner EastsideFoodBank: value influence 4 involvement 5 resources 4 (the mean of 1 answer; before: none)');
        expect(lines.at(-2)).toBe('added 6 ratings to 3 ties and set the value of 4 partners in food-access/partners.partnership, food-access/ties.partnership; skipped 3 rows, 5 rows left blank');
        expect(lines.at(-1)).toBe('Next: partnership validate food-access');

        const ties = read('ties.partnership');
        expect(ties).toContain([
            'tie EastsideFoodBank -- TenantsUnion {',
            '    strength strong',
            '    effort 8 hours/month',
            '    trust reliability 4 mission 5 openness 4',
            '    EastsideFoodBank gives funding, space',
            '    TenantsUnion gives lived-experience, volunteers',
            '    last-checkin 2026-09-15',
            '    // survey comment by TenantsUnion (2026-11-02): =HYPERLINK("http://evil.example","x") They decide without us.',
            '    rating by TenantsUnion reliability 1 mission 1 openness 2 on 2026-11-02',
            '    rating by EastsideFoodBank reliability 4 mission 4 openness 4 on 2026-11-02',
            '}'
        ].join('\n'));
        expect(ties).toContain('    rating by EastsideFoodBank reliability 5 mission 5 openness 5 on 2026-11-02\n    rating by CountyHealth reliability 2 mission 2 openness 2 on 2026-11-02\n}');
        expect(ties).toContain('    rating by TenantsUnion reliability 4 mission 4 openness 4 on 2026-11-02\n    rating by StMarksPantry reliability 4 mission 4 openness 4 on 2026-11-02\n}');
        // The rejected rows added nothing.
        expect(ties).not.toMatch(/rating by UnitedWayEast|reliability 5 mission 5 openness 5 on 2026-11-02\n    rating by TenantsUnion|Nobody/);
        const partners = read('partners.partnership');
        expect(partners).toContain('    contact "Maria Lopez, programs director"\n    value influence 4 involvement 5 resources 4\n}');
        // TenantsUnion: influence 3, involvement 5, resources 2 from the food bank; CountyHealth 4 3 4; StMarksPantry only involvement 3.
        expect(partners).toContain('    stage active since 2021-09-01\n    value influence 3 involvement 5 resources 2\n}');
        expect(partners).toContain('    stage active since 2023-03-01\n    value influence 4 involvement 3 resources 4\n}');
        expect(partners).toContain('    stage active since 2022-05-01\n    value involvement 3\n}');
        // Everything else is as it was: the comments, the @allow, the other declarations.
        for (const file of FILES) {
            const added = /^\s*(rating by|value|\/\/ survey comment by) /;
            expect(read(file).split('\n').filter(line => !added.test(line))).toEqual(before[file].split('\n'));
        }
        expect(partners).toContain('// @allow isolated-partner -- first conversation with the station is set for January\npartner EastsideRadio');
    });

    test('validate: the ratings are read; trust-gap where the sides differ, low-trust-tie where they pull the trust below 3', () => {
        const run = runCli(['validate', 'food-access', '--today', '2026-11-03'], dir);
        const findings = textFindings(run.stdout);
        const gaps = findings.filter(f => f.code === 'trust-gap');
        expect(gaps.map(f => f.message.split(':')[0])).toEqual([
            'EastsideFoodBank and TenantsUnion see their tie differently',
            'EastsideFoodBank and CountyHealth see their tie differently'
        ]);
        expect(gaps[0]).toMatchObject({ file: 'food-access/ties.partnership', line: 11, severity: 'warning' });
        expect(gaps[0].message).toContain('EastsideFoodBank rates it 4 (on 2026-11-02), TenantsUnion 1.33 (on 2026-11-02), a gap of 2.67');
        const low = findings.filter(f => f.code === 'low-trust-tie');
        expect(low).toHaveLength(1);
        expect(low[0].message).toContain('EastsideFoodBank -- TenantsUnion');
        // No structural error came in with the answers.
        expect(findings.filter(f => f.severity === 'error').map(f => f.code)).toEqual(['over-budget']);
    });

    test('importing the same answers again adds nothing', () => {
        const after = snapshot();
        const run = runCli(['import', '--survey', ...answers, 'food-access', '--date', '2026-11-02'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain("skipped surveys/EastsideFood-CountyHealth.csv:2: already in the files: CountyHealth's rating of 2026-11-02 with the same scores\n");
        expect(run.stdout).toContain('added 0 ratings to 0 ties and set the value of 0 partners; skipped 9 rows, 5 rows left blank\nnothing to write\n');
        expect(snapshot()).toEqual(after);
    });

    test('without --date, a rating is dated by its file\'s modification day', () => {
        const file = writeUnder(dir, 'late/answers.csv', 'respondent,partner,reliability,mission,openness\r\nUrbanFarmsCoop,EastsideFoodBank,3,3,2\r\n');
        const noon = new Date(2026, 10, 20, 12, 0, 0);
        utimesSync(file, noon, noon);
        const run = runCli(['import', '--survey', 'late/answers.csv', 'food-access'], dir);
        expect(run.stderr).toBe('');
        expect(run.stdout).toContain('read late/answers.csv (1 row, dated 2026-11-20)\n');
        expect(read('ties.partnership')).toContain('    rating by UrbanFarmsCoop reliability 3 mission 3 openness 2 on 2026-11-20\n}');
    });

    test('partnership survey writes nothing over answers that came back, or over a README.md of its own', () => {
        const surveys = readdirSync(path.join(dir, 'surveys')).map(file => [file, readFileSync(path.join(dir, 'surveys', file), 'utf8')]);
        const again = runCli(['survey', 'food-access', '-o', 'surveys', '--today', '2026-11-01'], dir);
        expect(again.status).toBe(2);
        expect(again.stdout).toBe('');
        expect(again.stderr).toBe('partnership: surveys/EastsideFood-CountyHealth.csv already holds answers; partnership survey writes nothing over it (move it away, or choose another folder with -o); nothing written.\n');
        expect(readdirSync(path.join(dir, 'surveys')).map(file => [file, readFileSync(path.join(dir, 'surveys', file), 'utf8')])).toEqual(surveys);
        const into = runCli(['survey', 'food-access', '-o', 'food-access', '--today', '2026-11-01'], dir);
        expect(into.status).toBe(2);
        expect(into.stderr).toBe('partnership: food-access/README.md is there and is no survey index; partnership survey writes nothing over it (move it away, or choose another folder with -o); nothing written.\n');
        expect(readdirSync(net()).sort()).toEqual(['README.md', ...FILES].sort());
    });

    test('a device or a FIFO among the output\'s files is refused without reading it (/dev/zero would be read without end)', () => {
        const out = path.join(dir, 'odd-out');
        mkdirSync(out);
        symlinkSync('/dev/zero', path.join(out, 'EastsideFood-CountyHealth.csv'));
        const bin = path.join(ROOT, 'packages/cli/bin/partnership.js');
        // With a time limit: a read of /dev/zero would never end.
        const run = spawnSync(process.execPath, [bin, 'survey', 'food-access', '-o', 'odd-out', '--today', '2026-11-01'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('partnership: odd-out/EastsideFood-CountyHealth.csv is not a regular file (a device, a FIFO or a socket); partnership survey writes nothing over it (move it away, or choose another folder with -o); nothing written.\n');
        expect(readdirSync(out)).toEqual(['EastsideFood-CountyHealth.csv']);
    });

    test('bad input: one line, exit 2, nothing written', () => {
        const after = snapshot();
        writeUnder(dir, 'bad/other.csv', 'name,score\r\nA,3\r\n');
        const notAnswers = runCli(['import', '--survey', 'bad/other.csv', 'food-access'], dir);
        expect(notAnswers.status).toBe(2);
        expect(notAnswers.stdout).toBe('');
        expect(notAnswers.stderr).toBe('partnership: bad/other.csv is not a survey answers file: it has no respondent or partner column (partnership survey writes them with the columns network, respondent, partner, partner_title, reliability, mission, openness, influence, involvement, resources, comment).\n');
        const missing = runCli(['import', '--survey', 'bad/missing.csv', 'food-access'], dir);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toBe('partnership: cannot read bad/missing.csv: no such file.\n');
        const noAnswers = runCli(['import', '--survey', 'food-access'], dir);
        expect(noAnswers.status).toBe(2);
        expect(noAnswers.stderr).toContain('--survey needs the answers files');
        const mixed = runCli(['import', '--survey', 'bad/other.csv', '--us', 'X'], dir);
        expect(mixed.status).toBe(2);
        expect(mixed.stderr).toBe('partnership: --us does not go with --survey: the answers are added to the network\'s own files.\n');
        const badDate = runCli(['import', '--survey', 'bad/other.csv', '--date', '2026-13-01'], dir);
        expect(badDate.status).toBe(2);
        expect(snapshot()).toEqual(after);
    });
});

describe('partnership import --survey on files laid out otherwise', () => {
    test('a tie without a block gets one, a value on a one-line block is replaced, the file formatted with its CRLF, a file with syntax errors is left alone', () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'partnership-survey-layout-'));
        writeUnder(folder, 'net/network.partnership', [
            '// The network.',
            'network Net {',
            '    us A',
            '}',
            '',
            'partner A { sector nonprofit }',
            '// B was rated before.',
            'partner B { sector faith  value influence 2 involvement 4 }',
            '',
            'tie A -- B',
            ''
        ].join('\r\n'));
        writeUnder(folder, 'answers.csv', 'respondent,partner,reliability,influence,resources\nA,B,3,5,1\n');
        const run = runCli(['import', '--survey', 'answers.csv', 'net', '--date', '2026-11-02'], folder);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('net/network.partnership:8 partner B: value influence 5 involvement 4 resources 1 (the mean of 1 answer; before: influence 2 involvement 4)\n');
        expect(readFileSync(path.join(folder, 'net/network.partnership'), 'utf8')).toBe([
            '// The network.',
            'network Net {',
            '    us A',
            '}',
            '',
            // The file is laid out as partnership format lays it out.
            'partner A {',
            '    sector nonprofit',
            '}',
            '',
            '// B was rated before.',
            'partner B {',
            '    sector faith',
            '    value influence 5 involvement 4 resources 1',
            '}',
            '',
            'tie A -- B {',
            '    rating by A reliability 3 on 2026-11-02',
            '}',
            ''
        ].join('\r\n'));
        writeUnder(folder, 'net/broken.partnership', 'partner C { sector faith\ntie A -- C\n');
        writeUnder(folder, 'more.csv', 'respondent,partner,reliability\nA,C,3\n');
        const broken = runCli(['import', '--survey', 'more.csv', 'net', '--date', '2026-11-02'], folder);
        expect(broken.status).toBe(2);
        expect(broken.stdout).toBe('');
        expect(broken.stderr).toMatch(/^partnership: cannot add the answers to net\/(broken|network)\.partnership: it has syntax errors/);
    });
});
