/**
 * The bundled examples produce exactly the findings their READMEs show, with the documented exit
 * codes, in text and in JSON.
 */
import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT, runCli, textFindings } from './cli-run.js';

const TODAY = ['--today', '2026-11-01'];

describe('examples/food-access (three files, one network)', () => {
    const run = runCli(['validate', 'examples/food-access', ...TODAY]);

    test('fails with the over-budget error and its warnings', () => {
        // No tie is overdue as of 2026-11-01: the two with a last-checkin were seen in September and October.
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        expect(textFindings(run.stdout).map(f => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code}`)).toEqual([
            'examples/food-access/network.partnership:7:12 error over-budget',
            'examples/food-access/network.partnership:55:6 info unused-role',
            'examples/food-access/partners.partnership:3:9 warning single-point-of-failure',
            'examples/food-access/partners.partnership:40:14 warning partner-over-capacity',
            'examples/food-access/partners.partnership:44:9 warning partner-without-role',
            'examples/food-access/ties.partnership:21:1 warning one-sided-tie'
        ]);
        expect(run.stdout).toContain('✖ 6 problems (1 error, 4 warnings, 1 info) in 3 files');
    });

    test('over-budget names the numbers and lists every contributing tie, meeting and commitment', () => {
        const finding = textFindings(run.stdout).find(f => f.code === 'over-budget');
        expect(finding?.message).toBe('EastsideFoodBank spends 41.6 h/month on ties, meetings and role commitments; budget is 40 h/month (1.6 h/month over).');
        const block = run.stdout.split('\n');
        const start = block.findIndex(line => line.includes('[over-budget]'));
        const related = block.slice(start + 1).filter((_line, i, all) => all.slice(0, i + 1).every(l => l.startsWith('    ')));
        expect(related).toEqual([
            '    examples/food-access/ties.partnership:5:12 tie EastsideFoodBank -- TenantsUnion: 8 h/month',
            '    examples/food-access/ties.partnership:14:12 tie EastsideFoodBank -- CountyHealth: 8 h/month',
            '    examples/food-access/ties.partnership:23:12 tie EastsideFoodBank -- UnitedWayEast: 4 h/month',
            '    examples/food-access/ties.partnership:30:12 tie EastsideFoodBank -- UrbanFarmsCoop: 4.3 h/month',
            '    examples/food-access/ties.partnership:38:12 tie EastsideFoodBank -- StMarksPantry: 6 h/month',
            '    examples/food-access/ties.partnership:54:12 tie EastsideHigh -- EastsideFoodBank: 2 h/month',
            '    examples/food-access/network.partnership:60:9 meeting CoalitionTable: 2 h/month',
            '    examples/food-access/network.partnership:66:9 meeting Steering: 3.3 h/month',
            '    examples/food-access/network.partnership:29:16 role Distribution: 4 h/month'
        ]);
    });

    test('the @allow comment keeps the prospect radio station from being reported as isolated', () => {
        expect(run.stdout).not.toContain('EastsideRadio');
        const copy = mkdtempSync(path.join(tmpdir(), 'food-access-'));
        cpSync(path.join(ROOT, 'examples/food-access'), copy, { recursive: true });
        const partners = path.join(copy, 'partners.partnership');
        writeFileSync(partners, readFileSync(partners, 'utf8').replace(/^\/\/ @allow isolated-partner.*\n/m, ''));
        const withoutAllow = runCli(['validate', '.', ...TODAY], copy);
        expect(textFindings(withoutAllow.stdout).filter(f => f.code === 'isolated-partner')).toEqual([
            expect.objectContaining({ file: 'partners.partnership', line: 49, column: 9, message: expect.stringContaining('EastsideRadio has no tie') })
        ]);
    });

    test("--today moves the check-in clock: on 2027-01-01 the Tenants Union check-in (every 3 months, the network's default) is overdue", () => {
        const later = runCli(['validate', 'examples/food-access', '--today', '2027-01-01']);
        expect(textFindings(later.stdout).filter(f => f.code === 'overdue-checkin')).toEqual([expect.objectContaining({
            file: 'examples/food-access/ties.partnership', line: 9, column: 18, severity: 'warning',
            message: 'The last check-in on the tie EastsideFoodBank -- TenantsUnion was 2026-09-15; it was due again by 2026-12-15 (every 3 months), 17 days ago.'
        })]);
        expect(later.stdout).toContain("    examples/food-access/network.partnership:9:13 the network's default check-in cadence: every 3 months");
    });

    test('validating one file of the network reads the others for context but reports only that file', () => {
        const single = runCli(['validate', 'examples/food-access/ties.partnership', ...TODAY]);
        expect(single.status).toBe(0);
        expect(textFindings(single.stdout).map(f => `${f.file} ${f.code}`)).toEqual([
            'examples/food-access/ties.partnership one-sided-tie'
        ]);
        expect(single.stdout).toContain('in 1 file');
    });

    test('--format json carries file, range, severity, code, message, docs and related per finding', () => {
        const json = runCli(['validate', 'examples/food-access', '--format', 'json', ...TODAY]);
        expect(json.status).toBe(1);
        const report = JSON.parse(json.stdout);
        expect(report.version).toBe(1);
        expect(report.today).toBe('2026-11-01');
        expect(report.summary).toEqual({ files: 3, errors: 1, warnings: 4, infos: 1 });
        expect(report.findings).toHaveLength(6);
        const overBudget = report.findings.find((f: { code: string }) => f.code === 'over-budget');
        expect(overBudget).toMatchObject({
            file: 'examples/food-access/network.partnership',
            severity: 'error',
            range: { start: { line: 7, column: 12 }, end: { line: 7, column: 26 } },
            docs: expect.stringMatching(/docs\/rules\/over-budget\.md$/)
        });
        expect(overBudget.message).toContain('41.6 h/month');
        expect(overBudget.related).toHaveLength(9);
        expect(overBudget.related[0]).toMatchObject({ file: 'examples/food-access/ties.partnership', message: 'tie EastsideFoodBank -- TenantsUnion: 8 h/month' });
        for (const finding of report.findings) {
            expect(Object.keys(finding)).toEqual(expect.arrayContaining(['file', 'range', 'severity', 'code', 'message']));
        }
    });
});

describe('examples/county-emergency (advice only)', () => {
    test('passes with four warnings and two info findings', () => {
        const run = runCli(['validate', 'examples/county-emergency', ...TODAY]);
        expect(run.status).toBe(0);
        expect(textFindings(run.stdout).map(f => `${f.line}:${f.column} ${f.severity} ${f.code}`)).toEqual([
            '20:6 info goal-not-cocreated',
            '20:6 warning goal-without-partner',
            '44:6 info unused-role',
            '49:9 warning single-point-of-failure',
            '78:9 warning partner-without-role',
            '107:1 warning one-sided-tie'
        ]);
        const message = (code: string) => textFindings(run.stdout).find(f => f.code === code)?.message;
        expect(message('goal-without-partner')).toBe("No role serves the goal RecoveryFund; add 'serves RecoveryFund' to a role that partners play.");
        expect(message('goal-not-cocreated')).toBe('The goal RecoveryFund names no co-creators; write down which partners shaped it (cocreated-by ...).');
        expect(run.stdout).toContain('✖ 6 problems (0 errors, 4 warnings, 2 info) in 1 file');
    });

    test('fails when warnings are capped', () => {
        expect(runCli(['validate', 'examples/county-emergency', '--max-warnings', '4', ...TODAY]).status).toBe(0);
        const capped = runCli(['validate', 'examples/county-emergency', '--max-warnings', '0', ...TODAY]);
        expect(capped.status).toBe(1);
        expect(capped.stdout).toContain('4 warnings exceed the limit of --max-warnings 0');
    });
});

describe('examples/clean-network', () => {
    test('has no findings', () => {
        const run = runCli(['validate', 'examples/clean-network', ...TODAY]);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('✔ no problems in 1 file\n');
        const json = JSON.parse(runCli(['validate', 'examples/clean-network', '--format', 'json', ...TODAY]).stdout);
        expect(json.findings).toEqual([]);
        expect(json.summary).toEqual({ files: 1, errors: 0, warnings: 0, infos: 0 });
    });
});
