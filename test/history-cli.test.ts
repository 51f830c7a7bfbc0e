/**
 * `partnership history` end to end, on a scratch repository with a coalition's story
 * (test/history-repo.ts): the rows, the events, the trends, the formats, the filters, determinism
 * across runs and time zones, `report --history`, and what a user sees on bad input. Each version's
 * finding counts are checked against `partnership validate` of that version's checkout.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './cli-run.js';
import { makeHistoryRepo, STORY } from './history-repo.js';

let repo: ReturnType<typeof makeHistoryRepo>;
let folder: string;

beforeAll(() => {
    repo = makeHistoryRepo();
    folder = path.join(repo.dir, 'coalition');
});
afterAll(() => repo.remove());

interface Row { commit: string; date: string; author: string; subject: string; [figure: string]: unknown }
interface HistoryJson {
    version: number;
    networks: Array<{ name: string | null; title: string | null; folder: string; rows: Row[]; events: Array<{ commit: string; date: string; kind: string; element: string; text: string }> }>;
}

function historyJson(args: string[] = [], env: NodeJS.ProcessEnv = {}): HistoryJson {
    const run = runCli(['history', '-f', 'json', ...args], folder, env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout) as HistoryJson;
}

/** The story's commits that changed a .partnership file (all but the README's). */
const NETWORK_STEPS = STORY.map((step, i) => ({ ...step, i })).filter(step => Object.keys(step.files).some(f => f.endsWith('.partnership')));

describe('partnership history', () => {
    it('gives one row per commit that changed a network file, oldest first, with the figures of that version', () => {
        const [network] = historyJson().networks;
        expect(network).toMatchObject({ name: 'Riverside', title: 'Riverside Food Coalition', folder: '.' });
        expect(network.rows.map(r => r.commit)).toEqual(NETWORK_STEPS.map(step => repo.commits[step.i]));
        expect(network.rows.map(r => [r.date, r.author, r.subject])).toEqual([
            // The author's own date: 23:30 in Tokyo is the 20th there, whatever the reader's zone.
            ['2026-01-10', 'Ana Ruiz', 'Start the coalition\'s network'],
            ['2026-02-14', 'Ben Okafor', 'The library joins'],
            ['2026-03-03', 'Ana Ruiz', 'Split the partners by sector'],
            ['2026-04-20', 'Chen Wei', 'Trust is up after the spring drive'],
            ['2026-06-01', 'Ben Okafor', 'The clinic steps back; all pantries open'],
            ['2026-07-07', 'Chen Wei', 'Rename the ties\' file']
        ]);
        const figures = network.rows.map(({ partners, ties, density, diversity, components, brokers, us, usLoad, budget, meanTrust, goals, goalsAchieved, goalProgress, errors }) =>
            ({ partners, ties, density, diversity, components, brokers, us, usLoad, budget, meanTrust, goals, goalsAchieved, goalProgress, errors }));
        const common = { components: 1, us: 'FoodBank', budget: 20, goals: 1, errors: 0 };
        expect(figures).toEqual([
            { ...common, partners: 3, ties: 2, density: 0.667, diversity: 0.667, brokers: 1, usLoad: 4, meanTrust: 3, goalsAchieved: 0, goalProgress: null },
            { ...common, partners: 4, ties: 3, density: 0.5, diversity: 0.75, brokers: 2, usLoad: 4, meanTrust: 3, goalsAchieved: 0, goalProgress: null },
            // The split moves two partners to another file: the network is the same.
            { ...common, partners: 4, ties: 3, density: 0.5, diversity: 0.75, brokers: 2, usLoad: 4, meanTrust: 3, goalsAchieved: 0, goalProgress: null },
            { ...common, partners: 4, ties: 3, density: 0.5, diversity: 0.75, brokers: 2, usLoad: 4, meanTrust: 4, goalsAchieved: 0, goalProgress: null },
            { ...common, partners: 3, ties: 2, density: 0.667, diversity: 0.667, brokers: 1, usLoad: 2, meanTrust: 4.5, goalsAchieved: 1, goalProgress: 1 },
            // The rename of the ties' file changes nothing either.
            { ...common, partners: 3, ties: 2, density: 0.667, diversity: 0.667, brokers: 1, usLoad: 2, meanTrust: 4.5, goalsAchieved: 1, goalProgress: 1 }
        ]);
    });

    it('counts the findings each version had on its own date, as validate of that checkout does', () => {
        const [network] = historyJson().networks;
        for (const row of network.rows) {
            const checkout = mkdtempSync(path.join(tmpdir(), 'partnership-history-checkout-'));
            try {
                execFileSync('git', ['--work-tree', checkout, 'checkout', row.commit, '--', '.'], { cwd: repo.dir, stdio: 'ignore' });
                const run = runCli(['validate', '-f', 'json', '--today', row.date, 'coalition'], checkout);
                const report = JSON.parse(run.stdout) as { summary: { errors: number; warnings: number; infos?: number; info?: number } };
                const findings = (JSON.parse(run.stdout) as { findings: Array<{ severity: string }> }).findings;
                const count = (severity: string) => findings.filter(f => f.severity === severity).length;
                expect({ date: row.date, errors: row.errors, warnings: row.warnings, infos: row.infos })
                    .toEqual({ date: row.date, errors: count('error'), warnings: count('warning'), infos: count('info') });
                expect(report.summary.errors).toBe(count('error'));
            } finally {
                execFileSync('git', ['reset', '-q'], { cwd: repo.dir });
                rmSync(checkout, { recursive: true, force: true });
            }
        }
    });

    it('lists the events between versions: joined, left, stage changed, ties added and removed, trust changed, goal achieved', () => {
        const [network] = historyJson().networks;
        const at = (step: number) => repo.commits[step];
        expect(network.events.map(e => [e.commit, e.date, e.kind, e.element, e.text])).toEqual([
            [at(1), '2026-02-14', 'partner-joined', 'Library', 'Library joined (stage exploring)'],
            [at(1), '2026-02-14', 'tie-added', 'Library -- Church', 'tie Library -- Church added'],
            [at(3), '2026-04-20', 'trust-changed', 'FoodBank -- Church', 'trust FoodBank -- Church 3 → 4'],
            [at(3), '2026-04-20', 'trust-changed', 'Library -- Church', 'trust Library -- Church 3 → 5'],
            [at(5), '2026-06-01', 'partner-left', 'Clinic', 'Clinic left'],
            [at(5), '2026-06-01', 'stage-changed', 'Library', 'Library: stage exploring → active'],
            [at(5), '2026-06-01', 'tie-removed', 'FoodBank -- Clinic', 'tie FoodBank -- Clinic removed'],
            [at(5), '2026-06-01', 'goal-achieved', 'Pantries', 'goal Pantries achieved on 2026-05-30']
        ]);
    });

    it('prints a table, a sparkline per figure and the events as text', () => {
        const run = runCli(['history'], folder);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        const short = (step: number) => repo.commits[step].slice(0, 7);
        const lines = run.stdout.split('\n');
        expect(lines.slice(0, 10)).toEqual([
            'Network Riverside — Riverside Food Coalition (.)',
            '  6 versions, 2026-01-10 to 2026-07-07',
            '',
            '  date        commit   author      partners  ties  density  diversity  components  brokers  us load  trust  goals  progress  errors  warnings  infos',
            `  2026-01-10  ${short(0)}  Ana Ruiz           3     2    0.667      0.667           1        1   4 / 20      3    0/1         –       0         5      1`,
            `  2026-02-14  ${short(1)}  Ben Okafor         4     3      0.5       0.75           1        2   4 / 20      3    0/1         –       0         6      1`,
            `  2026-03-03  ${short(2)}  Ana Ruiz           4     3      0.5       0.75           1        2   4 / 20      3    0/1         –       0         6      1`,
            `  2026-04-20  ${short(3)}  Chen Wei           4     3      0.5       0.75           1        2   4 / 20      4    0/1         –       0         7      1`,
            `  2026-06-01  ${short(5)}  Ben Okafor         3     2    0.667      0.667           1        1   2 / 20    4.5    1/1      100%       0         6      1`,
            `  2026-07-07  ${short(6)}  Chen Wei           3     2    0.667      0.667           1        1   2 / 20    4.5    1/1      100%       0         6      1`
        ]);
        expect(run.stdout).toContain([
            '  Trend, oldest to newest',
            '    partners           ▁███▁▁  3 → 3',
            '    ties               ▁███▁▁  2 → 2',
            '    density            █▁▁▁██  0.667 → 0.667',
            '    sector diversity   ▁███▁▁  0.667 → 0.667',
            '    components         ▅▅▅▅▅▅  1 → 1',
            '    brokers            ▁███▁▁  1 → 1',
            '    us load (h/month)  ████▁▁  4 → 2',
            '    mean trust         ▁▁▁▆██  3 → 4.5',
            '    goal progress          ▅▅  100% → 100%'
        ].join('\n'));
        expect(run.stdout).toContain([
            '  Events',
            `    2026-02-14  ${short(1)}  Library joined (stage exploring)`,
            `    2026-02-14  ${short(1)}  tie Library -- Church added`
        ].join('\n'));
        expect(run.stdout).toContain(`    2026-06-01  ${short(5)}  goal Pantries achieved on 2026-05-30\n`);
    });

    it('prints exactly what docs/cli.md shows for the story', () => {
        const docs = readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8');
        const section = docs.slice(docs.indexOf('# `partnership history`'));
        const shown = /## Text output \(default\)[\s\S]*?^```\n([\s\S]*?)^```$/m.exec(section)?.[1];
        expect(shown).toBeDefined();
        expect(runCli(['history'], folder).stdout).toBe(shown);
    });

    it('keeps the newest versions with --max-count and those from a date on with --since', () => {
        expect(historyJson(['--max-count', '2']).networks[0].rows.map(r => r.date)).toEqual(['2026-06-01', '2026-07-07']);
        expect(historyJson(['--since', '2026-03-03']).networks[0].rows.map(r => r.date)).toEqual(['2026-03-03', '2026-04-20', '2026-06-01', '2026-07-07']);
        expect(historyJson(['--since', '2026-03-01', '--max-count', '1']).networks[0].rows.map(r => r.date)).toEqual(['2026-07-07']);
        // The first version shown is where the events start.
        expect(historyJson(['--since', '2026-06-01']).networks[0].events.map(e => e.kind)).toEqual([]);
        const none = runCli(['history', '--since', '2027-01-01'], folder);
        expect([none.status, none.stdout]).toEqual([0, 'No commit changed a .partnership file of this folder.\n']);
    });

    it('writes CSV, one row per version', () => {
        const run = runCli(['history', '-f', 'csv'], folder);
        expect(run.status).toBe(0);
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines[0]).toBe('network,folder,date,commit,author,subject,partners,ties,density,diversity,components,brokers,us,us_load,budget,mean_trust,goals,goals_achieved,goal_progress,errors,warnings,infos');
        expect(lines).toHaveLength(7);
        expect(lines[1]).toBe(`Riverside,.,2026-01-10,${repo.commits[0]},Ana Ruiz,Start the coalition's network,3,2,0.667,0.667,1,1,FoodBank,4,20,3,1,0,,0,5,1`);
        expect(lines[5]).toBe(`Riverside,.,2026-06-01,${repo.commits[5]},Ben Okafor,The clinic steps back; all pantries open,3,2,0.667,0.667,1,1,FoodBank,2,20,4.5,1,1,1,0,6,1`);
    });

    it('writes an HTML page of line charts and the events, under the report\'s policy, with no script', () => {
        const out = path.join(repo.dir, 'history.html');
        const run = runCli(['history', '-f', 'html', '-o', out], folder);
        expect([run.status, run.stdout, run.stderr]).toEqual([0, `wrote ${out}\n`, '']);
        const html = readFileSync(out, 'utf8');
        expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">');
        expect(html).not.toMatch(/<script|\son\w+=|javascript:/i);
        expect(html).toContain('<h1>Partnership history: Riverside — Riverside Food Coalition</h1>');
        const charts = [...html.matchAll(/<svg [^>]*class="history-chart"[^>]*aria-label="Chart of ([^"]+) over time"/g)].map(m => m[1]);
        expect(charts).toEqual(['partners and ties', 'density', 'sector diversity (Blau)', 'brokers and components', 'us load vs budget (h/month)', 'mean trust', 'goal progress', 'errors and warnings']);
        // Each version is a point of the partners' line: 6 points, the trend 3 → 4 → 3.
        expect([...html.matchAll(/<title>partners (\d+) on (\d{4}-\d\d-\d\d)/g)].map(m => `${m[2]} ${m[1]}`)).toEqual([
            '2026-01-10 3', '2026-02-14 4', '2026-03-03 4', '2026-04-20 4', '2026-06-01 3', '2026-07-07 3'
        ]);
        expect(html).toContain(`<tr class="goal-achieved"><td>2026-06-01</td><td><code>${repo.commits[5].slice(0, 7)}</code></td><td>goal Pantries achieved on 2026-05-30</td></tr>`);
        expect(html.match(/<tr><td>2026-\d\d-\d\d<\/td><td><code title=/g)).toHaveLength(6);
    });

    it('gives the same bytes on every run and in every time zone', () => {
        for (const format of ['text', 'json', 'csv', 'html']) {
            const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'].map(TZ => runCli(['history', '-f', format], folder, { TZ }).stdout);
            expect(new Set(outputs).size, format).toBe(1);
        }
    });

    it('adds a History section to the report with --history', () => {
        const out = path.join(repo.dir, 'report.html');
        const run = runCli(['report', '--history', '--today', '2026-07-10', '-o', out], folder);
        expect([run.status, run.stderr]).toEqual([0, '']);
        const html = readFileSync(out, 'utf8');
        const section = html.slice(html.indexOf('<h3>History</h3>'));
        expect(section).toContain('<p>6 versions, 2026-01-10 to 2026-07-07.</p>');
        expect(section.match(/class="history-chart"/g)).toHaveLength(8);
        expect(section).toContain('Clinic left');
        expect(html).not.toMatch(/<script/i);
        // Without the flag the report has no history and reads no git.
        runCli(['report', '--today', '2026-07-10', '-o', out], folder);
        expect(readFileSync(out, 'utf8')).not.toContain('<h3>History</h3>');
    });

    it('follows the first-parent line: a merged branch is one version; symbolic links and submodule entries are not network files', () => {
        const clone = mkdtempSync(path.join(tmpdir(), 'partnership-history-merge-'));
        const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: clone, GIT_AUTHOR_NAME: 'Dee', GIT_AUTHOR_EMAIL: 'dee@example.org', GIT_COMMITTER_NAME: 'Dee', GIT_COMMITTER_EMAIL: 'dee@example.org' };
        const gitIn = (args: string[], date: string) => execFileSync('git', args, { cwd: clone, stdio: 'ignore', env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
        try {
            execFileSync('git', ['clone', '-q', repo.dir, clone], { stdio: 'ignore' });
            gitIn(['checkout', '-q', '-b', 'outreach'], '2026-08-01T10:00:00+00:00');
            const partners = path.join(clone, 'coalition/partners.partnership');
            writeFileSync(partners, readFileSync(partners, 'utf8') + '\npartner Mosque "Riverside Mosque" {\n    sector faith\n    stage prospect\n}\n');
            gitIn(['commit', '-q', '-am', 'Reach out to the mosque'], '2026-08-02T10:00:00+00:00');
            gitIn(['checkout', '-q', 'main'], '2026-08-03T10:00:00+00:00');
            // A link to a network file, and a submodule entry (gitlink) whose name ends in .partnership.
            execFileSync('ln', ['-s', 'partners.partnership', path.join(clone, 'coalition/link.partnership')]);
            gitIn(['add', 'coalition/link.partnership'], '2026-08-03T10:00:00+00:00');
            gitIn(['update-index', '--add', '--cacheinfo', `160000,${repo.commits[0]},coalition/vendored.partnership`], '2026-08-03T10:00:00+00:00');
            gitIn(['commit', '-q', '-m', 'A link and a submodule'], '2026-08-04T10:00:00+00:00');
            gitIn(['merge', '-q', '--no-ff', '-m', 'Merge the outreach branch', 'outreach'], '2026-08-05T10:00:00+00:00');
            const run = runCli(['history', '-f', 'json', '--since', '2026-07-07'], path.join(clone, 'coalition'));
            expect(run.stderr).toBe('');
            const [network] = (JSON.parse(run.stdout) as HistoryJson).networks;
            expect(network.rows.map(r => [r.date, r.subject, r.partners, r.errors])).toEqual([
                ['2026-07-07', 'Rename the ties\' file', 3, 0],
                // The link and the submodule entry are no network files: that commit is no new version.
                ['2026-08-05', 'Merge the outreach branch', 4, 0]
            ]);
            expect(network.events.map(e => [e.date, e.text])).toEqual([['2026-08-05', 'Mosque joined (stage prospect)']]);
        } finally {
            rmSync(clone, { recursive: true, force: true });
        }
    });

    it('shows control characters in a commit\'s author and a goal\'s title as escapes in text, JSON and CSV', () => {
        const clone = mkdtempSync(path.join(tmpdir(), 'partnership-history-hostile-'));
        try {
            execFileSync('git', ['clone', '-q', repo.dir, clone], { stdio: 'ignore' });
            const network = path.join(clone, 'coalition/network.partnership');
            writeFileSync(network, readFileSync(network, 'utf8') + '\ngoal Hidden "Quiet\u001b[8m goal" { }\n');
            const author = 'Eve\u001b[1A\u001b[2K';
            execFileSync('git', ['commit', '-q', '-am', 'x'], { cwd: clone, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: clone, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: 'e@example.org', GIT_COMMITTER_NAME: 'E', GIT_COMMITTER_EMAIL: 'e@example.org', GIT_AUTHOR_DATE: '2026-08-01T10:00:00+00:00', GIT_COMMITTER_DATE: '2026-08-01T10:00:00+00:00' } });
            for (const format of ['text', 'json', 'csv']) {
                const run = runCli(['history', '-f', format, '--since', '2026-08-01'], path.join(clone, 'coalition'));
                expect(run.status, format).toBe(0);
                expect(run.stdout, format).not.toMatch(/\u001b/);
            }
            const text = runCli(['history', '--since', '2026-07-07'], path.join(clone, 'coalition')).stdout;
            expect(text).toContain('Eve\\x1b[1A\\x1b[2K');
            expect(text).toContain('goal Hidden added: Quiet\\x1b[8m goal');
        } finally {
            rmSync(clone, { recursive: true, force: true });
        }
    });

    it('says in one line what is wrong with its input', () => {
        const outside = mkdtempSync(path.join(tmpdir(), 'partnership-no-git-'));
        try {
            writeFileSync(path.join(outside, 'a.partnership'), 'partner A\n');
            expect(runCli(['history'], outside)).toMatchObject({ status: 2, stdout: '', stderr: 'partnership: not inside a git repository: .\n' });
            expect(runCli(['history', 'a.partnership'], outside)).toMatchObject({ status: 2, stderr: 'partnership: not a folder: a.partnership (history reads a network\'s folder)\n' });
            expect(runCli(['history', 'missing'], outside)).toMatchObject({ status: 2, stderr: 'partnership: no such folder: missing\n' });
            execFileSync('git', ['init', '-q'], { cwd: outside });
            expect(runCli(['history'], outside)).toMatchObject({ status: 2, stderr: 'partnership: the repository has no commits yet\n' });
            expect(runCli(['history', '--since', '2026-02-30'], folder)).toMatchObject({ status: 2 });
            expect(runCli(['history', '--since', '2026-02-30'], folder).stderr).toContain('2026-02-30');
            expect(runCli(['history', '--max-count', 'ten'], folder).stderr).toContain('expected a whole number');
        } finally {
            rmSync(outside, { recursive: true, force: true });
        }
    });
});
