/** `partnership metrics`: the table, JSON and CSV a user gets for a network, its partners and its goals. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './cli-run.js';

// A star: Hub tied to four leaves, one of which (D) also ties to E.
const STAR = `network Star "A star with a tail" {
    us Hub
    budget 20 hours/month
}
partner Hub { sector nonprofit  capacity 30 hours/month }
partner A { sector government }
partner B { sector business }
partner C { sector faith }
partner D { sector nonprofit  capacity 1 hour/month }
partner E { sector media }
tie Hub -- A { effort 2 hours/month  trust 4 }
tie Hub -- B { effort 2 hours/month  trust 2 }
tie Hub -- C { effort 1 hour/month }
tie Hub -- D { effort 1 hour/month }
tie D -- E { effort 1 hour/month }
`;

// Goals judged on 2026-06-01: off track, on track, achieved, past due (its own `due` passed) and one
// without a measure.
const AIMS = `network Aims {
    us Bank
}
goal FreshProduce "Fresh produce, within a mile" {
    needs funding, data, lived-experience
    measure "households within a mile of fresh produce"
    baseline 1200 on 2025-01-01
    target 1440 by 2027-12-31
    progress 1290 on 2026-03-31
    progress 1310 on 2026-09-30
}
goal Meals {
    measure "meals a week"
    baseline 100 on 2025-01-01
    target 200 by 2026-12-31
    progress 180 on 2025-12-31
}
goal Garden {
    measure "gardens"
    baseline 0 on 2025-01-01
    target 1 by 2026-12-31
    progress 1 on 2026-03-01
    achieved 2026-03-01
}
goal Rooms {
    measure "rooms"
    due 2026-05-01
    baseline 0 on 2025-01-01
    target 10 by 2026-12-31
    progress 4 on 2025-10-01
}
goal Someday { needs data }
role Distributor { provides data  serves FreshProduce, Someday }
role Funder { serves FreshProduce }
partner Bank { plays Distributor  sector nonprofit }
partner Way { plays Funder  sector philanthropy }
partner Union { sector community-group }
tie Bank -- Way { Way gives funding }
tie Bank -- Union { Union gives lived-experience }
`;

let dir: string;
beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-metrics-'));
    mkdirSync(path.join(dir, 'star'));
    writeFileSync(path.join(dir, 'star/network.partnership'), STAR);
    mkdirSync(path.join(dir, 'aims'));
    writeFileSync(path.join(dir, 'aims/network.partnership'), AIMS);
});

describe('partnership metrics', () => {
    test('prints a table per network, partners by betweenness, brokers and cut vertices marked', () => {
        const run = runCli(['metrics', 'star'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        const lines = run.stdout.split('\n');
        expect(lines[0]).toBe('Network Star — A star with a tail');
        expect(run.stdout).toContain('6 partners · 5 ties · density 0.333');
        expect(run.stdout).toContain('cut vertices: Hub, D · bridges: 5');
        expect(run.stdout).toContain('Hub (us): 6 h/month of a 20 h/month budget');
        const rows = lines.filter(line => /^ {2}\S+( [◆✂])* +(nonprofit|government|business|faith|media)/.test(line)).map(line => line.trim().split(/\s{2,}/));
        expect(rows.map(r => r[0])).toEqual(['Hub ◆ ✂', 'D ◆ ✂', 'A', 'B', 'C', 'E']);
        // Hub: 4 ties, 6 h/month effort, betweenness 0.9 (9 of 10 pairs of others), average trust 3;
        // as `us`, its load is held against the budget, not its capacity.
        expect(rows[0]).toEqual(['Hub ◆ ✂', 'nonprofit', '4', '6', '0.9', '0.833', expect.any(String), expect.any(String), expect.any(String), expect.any(String), '3', '6 / 20 budget']);
        expect(rows[1][rows[1].length - 1]).toBe('2 / 1 !');
    });

    test('--format json gives every metric per partner and the network figures', () => {
        const run = runCli(['metrics', 'star', '--format', 'json'], dir);
        const report = JSON.parse(run.stdout);
        expect(report.version).toBe(1);
        const [network] = report.networks;
        expect(network).toMatchObject({ name: 'Star', folder: 'star', files: ['star/network.partnership'], us: 'Hub', budget: 20, betweenness: { estimated: false } });
        expect(network.network).toMatchObject({ partners: 6, ties: 5, components: 1, cutVertices: ['Hub', 'D'], bridges: expect.any(Array) });
        const hub = network.partners[0];
        expect(hub).toMatchObject({ id: 'Hub', degree: 4, weightedDegree: 6, betweenness: 0.9, averageTrust: 3, load: 6, capacity: 30, broker: true, cutVertex: true });
        expect(hub.closeness).toBeCloseTo(5 / 6, 12);
        expect(hub.constraint).toBeCloseTo(0.25, 12);
        const e = network.partners.find((p: { id: string }) => p.id === 'E');
        expect(e).toMatchObject({ degree: 1, betweenness: 0, averageTrust: null, capacity: null, broker: false });
    });

    test('--format csv has a header and one row per partner', () => {
        const run = runCli(['metrics', 'star', '--format', 'csv'], dir);
        const rows = run.stdout.trimEnd().split('\r\n').map(line => line.split(','));
        expect(rows[0].slice(0, 6)).toEqual(['network', 'partner', 'sector', 'degree', 'weighted_degree', 'betweenness']);
        expect(rows).toHaveLength(7);
        expect(rows[1].slice(0, 6)).toEqual(['Star', 'Hub', 'nonprofit', '4', '6', '0.9']);
    });

    test('structural errors in the files are noted on stderr; the metrics cover what parsed', () => {
        mkdirSync(path.join(dir, 'broken'), { recursive: true });
        writeFileSync(path.join(dir, 'broken/network.partnership'), 'network Broken\npartner A\npartner B\ntie A -- B\ntie A -- Ghost\n');
        const run = runCli(['metrics', 'broken'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('partnership: note: broken has 1 error; the metrics count only what parsed and linked (run partnership validate)\n');
        expect(run.stdout).toContain('2 partners · 1 tie · density 1');
    });

    test('goals: after the partners, one row each with status, latest reading / target, projection and due date', () => {
        const run = runCli(['metrics', 'aims', '--today', '2026-06-01'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        const lines = run.stdout.split('\n');
        const start = lines.findIndex(line => line.startsWith('  goal '));
        expect(lines.slice(start)).toEqual([
            '  goal          status               latest / target  projected  due',
            '  FreshProduce  off track              1,310 / 1,440    1,388.9  2027-12-31 (in 578 days)',
            '  Meals         on track                   180 / 200      260.2  2026-12-31 (in 213 days)',
            '  Garden        achieved 2026-03-01            1 / 1          –  2026-12-31',
            '  Rooms         past due                      4 / 10       10.7  2026-05-01 (31 days past due)',
            '  Someday       not measured                       –          –  –',
            ''
        ]);
        // The partners' table comes first, and a network without goals has no goals table.
        expect(lines.findIndex(line => line.startsWith('  partner '))).toBeLessThan(start);
        expect(runCli(['metrics', 'star'], dir).stdout).not.toMatch(/^ {2}goal /m);
    });

    test('goals in JSON: the figures unrounded, who serves each goal and which needs are met', () => {
        const run = runCli(['metrics', 'aims', '--today', '2026-06-01', '--format', 'json'], dir);
        expect(run.status).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(report.today).toBe('2026-06-01');
        const [network] = report.networks;
        expect(network.goals.map((g: { name: string; status: string }) => [g.name, g.status])).toEqual([
            ['FreshProduce', 'off-track'], ['Meals', 'on-track'], ['Garden', 'achieved'], ['Rooms', 'past-due'], ['Someday', 'unmeasured']
        ]);
        const [fresh] = network.goals;
        expect(fresh).toEqual({
            name: 'FreshProduce',
            title: 'Fresh produce, within a mile',
            measure: 'households within a mile of fresh produce',
            status: 'off-track',
            baseline: { value: 1200, date: '2025-01-01' },
            target: { value: 1440, date: '2027-12-31' },
            latest: { value: 1310, date: '2026-09-30' },
            progress: [{ value: 1290, date: '2026-03-31' }, { value: 1310, date: '2026-09-30' }],
            projected: expect.any(Number),
            share: expect.any(Number),
            dueDate: '2027-12-31',
            daysToDue: 578,
            due: null,
            achieved: null,
            roles: [{ role: 'Distributor', partners: ['Bank'] }, { role: 'Funder', partners: ['Way'] }],
            needs: [
                { value: 'funding', met: true, providers: [{ partner: 'Way', role: null, tie: 'Bank -- Way', active: true }] },
                { value: 'data', met: true, providers: [{ partner: 'Bank', role: 'Distributor', tie: null, active: true }] },
                { value: 'lived-experience', met: false, providers: [] }
            ]
        });
        // 1200 + (1310 − 1200) / 637 days × 1094 days
        expect(fresh.projected).toBeCloseTo(1200 + 110 / 637 * 1094, 9);
        expect(fresh.share).toBeCloseTo(110 / 240, 12);
        const someday = network.goals[4];
        expect(someday).toMatchObject({ measure: null, baseline: null, target: null, latest: null, progress: [], projected: null, dueDate: null, daysToDue: null });
        expect(network.goals[3]).toMatchObject({ due: '2026-05-01', dueDate: '2026-12-31', daysToDue: 213 });
    });

    test('--rows goals: the goals as CSV, one row per goal; the partners stay the default', () => {
        const run = runCli(['metrics', 'aims', '--today', '2026-06-01', '--format', 'csv', '--rows', 'goals'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout.endsWith('\r\n')).toBe(true);
        const lines = run.stdout.trimEnd().split('\r\n');
        expect(lines[0]).toBe('network,goal,title,measure,status,baseline,baseline_date,latest,latest_date,target,target_date,projected,share,'
            + 'due_date,days_to_due,achieved,roles,partners,needs_met,needs_unmet');
        expect(lines).toHaveLength(6);
        expect(lines[1]).toMatch(/^Aims,FreshProduce,"Fresh produce, within a mile",households within a mile of fresh produce,off-track,1200,2025-01-01,1310,2026-09-30,1440,2027-12-31,1388\.9\d*,0\.458\d*,2027-12-31,578,,Distributor Funder,Bank Way,funding data,lived-experience$/);
        expect(lines[3]).toMatch(/^Aims,Garden,,gardens,achieved,0,2025-01-01,1,2026-03-01,1,2026-12-31,[\d.]+,1,2026-12-31,213,2026-03-01,,,,$/);
        expect(lines[5]).toBe('Aims,Someday,,,unmeasured,,,,,,,,,,,,Distributor,Bank,data,');
        const partners = runCli(['metrics', 'aims', '--format', 'csv'], dir).stdout.split('\r\n');
        expect(partners[0]).toMatch(/^network,partner,/);
        expect(runCli(['metrics', 'aims', '--format', 'csv', '--rows', 'partners'], dir).stdout).toBe(partners.join('\r\n'));
    });

    test('--rows outside CSV and a bad --today are usage errors', () => {
        const rows = runCli(['metrics', 'aims', '--rows', 'goals'], dir);
        expect(rows.status).toBe(2);
        expect(rows.stdout).toBe('');
        expect(rows.stderr).toBe('partnership: --rows is for --format csv (the table output holds both partners and goals)\n');
        expect(runCli(['metrics', 'aims', '--format', 'csv', '--rows', 'ties'], dir).status).toBe(2);
        expect(runCli(['metrics', 'aims', '--today', 'soon'], dir).status).toBe(2);
    });

    test('bad input is a usage error, as for validate', () => {
        const run = runCli(['metrics', 'nowhere'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('partnership: no such file or folder: nowhere\n');
    });
});

describe('partnership metrics --format json: trust and value', () => {
    test("each partner's trust from the others, its value score and its quadrant (examples/county-emergency's survey)", () => {
        const run = runCli(['metrics', 'examples/county-emergency', '--format', 'json', '--today', '2026-11-01']);
        expect(run.status).toBe(0);
        const partners = (JSON.parse(run.stdout) as { networks: Array<{ partners: Array<Record<string, unknown>> }> }).networks[0].partners;
        const round = (n: unknown) => (typeof n === 'number' ? Math.round(n * 100) / 100 : n);
        expect(partners.map(p => [p.id, round(p.averageTrust), round(p.trustScore), round(p.valueScore), p.quadrant])).toEqual([
            // averageTrust: the mean of the ties' trust, whoever gave it; trustScore: what the other side of each tie says.
            ['CountyOEM', 3.73, 3.83, 4.67, 'rely-on'],
            ['RedCross', 3.72, 4.17, 4.33, 'rely-on'],
            // Rated by nobody for value: its trust, no value score, no quadrant.
            ['AmateurRadio', 4.33, 4.33, null, null],
            ['CommunityFoundation', 2.67, 2.67, 3.67, 'invest-in'],
            ['FaithCouncil', 4, 4, 3, 'rely-on'],
            ['HarborGeneral', 2.67, 2.67, 2, 'reconsider'],
            ['SchoolDistrict', 3.17, 4, 2.33, 're-engage']
        ]);
        // The fields sit after averageTrust, in every partner.
        expect(Object.keys(partners[0]).slice(Object.keys(partners[0]).indexOf('averageTrust'), Object.keys(partners[0]).indexOf('load')))
            .toEqual(['averageTrust', 'trustScore', 'valueScore', 'quadrant']);
    });
});
