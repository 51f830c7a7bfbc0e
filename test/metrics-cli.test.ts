/** `partnership metrics`: the table, JSON and CSV a user gets for a network. */
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

let dir: string;
beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-metrics-'));
    mkdirSync(path.join(dir, 'star'));
    writeFileSync(path.join(dir, 'star/network.partnership'), STAR);
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

    test('bad input is a usage error, as for validate', () => {
        const run = runCli(['metrics', 'nowhere'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('partnership: no such file or folder: nowhere\n');
    });
});
