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
        // No tie is overdue as of 2026-11-01: every tie with a last-checkin was seen in September or October.
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        expect(textFindings(run.stdout).map(f => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code}`)).toEqual([
            'examples/food-access/network.partnership:7:12 warning backbone-overloaded',
            'examples/food-access/network.partnership:7:12 error over-budget',
            'examples/food-access/network.partnership:29:12 warning goal-off-track',
            'examples/food-access/network.partnership:76:6 info unused-role',
            'examples/food-access/partners.partnership:3:9 warning disengaged-broker',
            'examples/food-access/partners.partnership:3:9 warning single-point-of-failure',
            'examples/food-access/partners.partnership:34:11 warning rushed-commitment',
            'examples/food-access/partners.partnership:40:14 warning partner-over-capacity',
            'examples/food-access/partners.partnership:44:9 warning partner-without-role',
            'examples/food-access/ties.partnership:23:1 info never-checked-in',
            'examples/food-access/ties.partnership:23:1 warning one-sided-tie',
            'examples/food-access/ties.partnership:44:5 info unanswered-ask'
        ]);
        expect(run.stdout).toContain('✖ 12 problems (1 error, 8 warnings, 3 info) in 3 files');
    });

    test('the second wave: a goal off track, a cooperative rushed into commitments, an unanswered ask', () => {
        const message = (code: string) => textFindings(run.stdout).find(f => f.code === code)?.message;
        expect(message('goal-off-track')).toBe('At the current pace (2,400 on 2025-01-15 → 2,050 on 2026-09-30), the measure of the goal NoFamilyHungry stands at 1,793.3 by 2027-12-31, above its target of 600. Talk with its partners about what would speed it up, or agree a target you can reach.');
        expect(message('rushed-commitment')).toMatch(/^UrbanFarmsCoop is still exploring \(since 2026-07-01\) but already has the commitment of the role Sourcing \(2 h\/month\), an invitation to the meeting CoalitionTable \(through the role Sourcing\) and 4\.3 h\/month of effort on its tie with EastsideFoodBank\./);
        expect(message('unanswered-ask')).toMatch(/^StMarksPantry asks EastsideFoodBank for staff-time in the tie EastsideFoodBank -- StMarksPantry, but EastsideFoodBank gives only in-kind and facilitation here\./);
        // The county's ask is answered (the food bank gives data), and the county tie records its introducer.
        expect(run.stdout).not.toContain('[cold-outreach]');
        expect(run.stdout).not.toMatch(/CountyHealth asks/);
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
            '    examples/food-access/ties.partnership:25:12 tie EastsideFoodBank -- UnitedWayEast: 4 h/month',
            '    examples/food-access/ties.partnership:32:12 tie EastsideFoodBank -- UrbanFarmsCoop: 4.3 h/month',
            '    examples/food-access/ties.partnership:40:12 tie EastsideFoodBank -- StMarksPantry: 6 h/month',
            '    examples/food-access/ties.partnership:59:12 tie EastsideHigh -- EastsideFoodBank: 2 h/month',
            '    examples/food-access/network.partnership:82:9 meeting CoalitionTable: 2 h/month',
            '    examples/food-access/network.partnership:88:9 meeting Steering: 3.3 h/month',
            '    examples/food-access/network.partnership:46:16 role Distribution: 4 h/month'
        ]);
    });

    test('the @allow comment keeps the radio station, still exploring, from being reported as isolated', () => {
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
            'examples/food-access/ties.partnership never-checked-in',
            'examples/food-access/ties.partnership one-sided-tie',
            'examples/food-access/ties.partnership unanswered-ask'
        ]);
        expect(single.stdout).toContain('in 1 file');
    });

    test('--format json carries file, range, severity, code, message, docs and related per finding', () => {
        const json = runCli(['validate', 'examples/food-access', '--format', 'json', ...TODAY]);
        expect(json.status).toBe(1);
        const report = JSON.parse(json.stdout);
        expect(report.version).toBe(1);
        expect(report.today).toBe('2026-11-01');
        expect(report.summary).toEqual({ files: 3, errors: 1, warnings: 8, infos: 3 });
        expect(report.findings).toHaveLength(12);
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
    test('passes with eight warnings and five info findings', () => {
        const run = runCli(['validate', 'examples/county-emergency', ...TODAY]);
        expect(run.status).toBe(0);
        expect(textFindings(run.stdout).map(f => `${f.line}:${f.column} ${f.severity} ${f.code}`)).toEqual([
            '16:17 warning overdue-review',
            '21:30 warning unmet-need',
            '33:12 warning goal-past-due',
            '38:6 info goal-not-cocreated',
            '38:6 warning goal-without-partner',
            '65:6 info unused-role',
            '71:9 warning single-point-of-failure',
            '109:9 warning partner-without-role',
            '117:11 info stale-prospect',
            '149:5 warning trust-gap',
            '156:1 warning one-sided-tie',
            '176:5 info low-trust-tie',
            '194:5 info low-trust-tie'
        ]);
        const message = (code: string) => textFindings(run.stdout).find(f => f.code === code)?.message;
        expect(message('goal-without-partner')).toBe("No role serves the goal RecoveryFund; add 'serves RecoveryFund' to a role that partners play.");
        expect(message('goal-not-cocreated')).toBe('The goal RecoveryFund names no co-creators; write down which partners shaped it (cocreated-by ...).');
        expect(message('unmet-need')).toMatch(/^The goal ShelterEveryone needs staff-time, but none of the partners serving it \(RedCross, FaithCouncil, SchoolDistrict, CountyOEM\) provides it\./);
        expect(message('goal-past-due')).toMatch(/^The goal ReachEveryHousehold was to reach its target of 40,000 by 2026-09-30, 32 days ago, and is not marked achieved\. The latest reading is 36,200 on 2026-09-15\./);
        expect(message('overdue-review')).toMatch(/^The last review of the network HarborCountyResponse was 2025-06-10; the next was due by 2026-06-10 \(every 12 months\), 144 days ago\./);
        expect(message('stale-prospect')).toMatch(/^HarborGeneral has been exploring since 2025-10-20, more than 6 months: that time ran out on 2026-04-20\./);
        // The partners' survey: the school district rates its tie with the county far lower than the county does.
        expect(message('trust-gap')).toMatch(/^CountyOEM and SchoolDistrict see their tie differently: CountyOEM rates it 4 \(on 2026-09-02\), SchoolDistrict 2\.33 \(on 2026-09-02\), a gap of 1\.67/);
        // The ratings replace the stated trust 3 of the foundation's and the hospital's ties: both fall below min-trust.
        expect(textFindings(run.stdout).filter(f => f.code === 'low-trust-tie').map(f => f.message)).toEqual([
            'Trust in the tie CommunityFoundation -- CountyOEM averages 2.7 (reliability 2, mission 3, openness 3); the network\'s minimum is 3.',
            'Trust in the tie RedCross -- HarborGeneral averages 2.7 (reliability 3, mission 3, openness 2); the network\'s minimum is 3.'
        ]);
        expect(run.stdout).toContain('✖ 13 problems (0 errors, 8 warnings, 5 info) in 1 file');
    });

    test('fails when warnings are capped', () => {
        expect(runCli(['validate', 'examples/county-emergency', '--max-warnings', '8', ...TODAY]).status).toBe(0);
        const capped = runCli(['validate', 'examples/county-emergency', '--max-warnings', '0', ...TODAY]);
        expect(capped.status).toBe(1);
        expect(capped.stdout).toContain('8 warnings exceed the limit of --max-warnings 0');
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

describe("each example's README shows what the CLI prints", () => {
    // The README's block that starts with `$ partnership validate ...`: every finding line and the
    // summary as printed; related locations as printed, or summed up in one line in parentheses.
    test.each(['food-access', 'county-emergency', 'clean-network'])('%s', name => {
        const readme = readFileSync(path.join(ROOT, 'examples', name, 'README.md'), 'utf8');
        const block = [...readme.matchAll(/^```\n(\$ partnership validate [^\n]*)\n([\s\S]*?)^```$/gm)];
        expect(block).toHaveLength(1);
        const [, command, shown] = block[0];
        expect(command).toBe(`$ partnership validate examples/${name} --today 2026-11-01`);
        const printed = runCli(['validate', `examples/${name}`, ...TODAY]).stdout.trimEnd().split('\n');
        const lines = shown.trimEnd().split('\n');
        expect(lines.filter(line => !line.startsWith('    '))).toEqual(printed.filter(line => !line.startsWith('    ')));
        for (const line of lines.filter(line => line.startsWith('    ') && !line.startsWith('    ('))) {
            expect(printed).toContain(line);
        }
    });
});
