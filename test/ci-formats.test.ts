/**
 * `partnership validate --format sarif` and `--format github`: output for CI. The SARIF log is
 * checked against the SARIF 2.1.0 schema shipped in the @microsoft/jest-sarif package (the
 * 2.1.0-rtm.5 schema, a draft-04 JSON schema), so no network is needed.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as AjvDraft04 from 'ajv-draft-04';
import type * as AjvFormats from 'ajv-formats';
import { beforeAll, describe, expect, test } from 'vitest';
import { RULES, STRUCTURAL_CODES } from '../packages/language/src/rules/index.js';
import { escapeData, escapeProperty, githubCommand } from '../packages/cli/src/github.js';
import { ROOT, runCli } from './cli-run.js';
import { networkText } from './networks.js';

const require = createRequire(import.meta.url);
// Both are CommonJS modules whose module.exports is the class or plugin itself.
const Ajv: typeof AjvDraft04.default.default = require('ajv-draft-04');
const addFormats: typeof AjvFormats.default.default = require('ajv-formats');
const SCHEMA_FILE = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
const FOOD_ACCESS = ['validate', 'examples/food-access', '--today', '2026-11-01'];
const DOCS = 'https://github.com/partnership-lang/partnership-lang/blob/main/docs/rules/';

type Json = any;

function validateSarif(log: unknown): string[] {
    // unicodeRegExp: false because one pattern of the schema (for `language`) is valid only without the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
    return validate(log) ? [] : (validate.errors ?? []).map((error: { instancePath: string; message?: string }) => `${error.instancePath} ${error.message}`);
}

let dir: string;

function write(relative: string, content: string): void {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
}

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-ci-'));
    write('broken/network.partnership', networkText('broken', 'network.partnership'));
    write('nested/deep/one.partnership', networkText('loose-partner', 'one.partnership'));
});

describe('--format sarif', () => {
    const run = runCli([...FOOD_ACCESS, '--format', 'sarif']);
    const log: Json = JSON.parse(run.stdout);
    const results: Json[] = log.runs[0].results;
    const rules: Json[] = log.runs[0].tool.driver.rules;

    test('is a valid SARIF 2.1.0 log and keeps the exit code', () => {
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('');
        expect(validateSarif(log)).toEqual([]);
        expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
        expect(log.version).toBe('2.1.0');
        expect(log.runs).toHaveLength(1);
        expect(log.runs[0].tool.driver).toMatchObject({ name: 'partnership', version: expect.stringMatching(/^\d+\.\d+\.\d+$/), informationUri: expect.stringMatching(/^https:\/\//) });
        expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(ROOT + path.sep).href);
    });

    test('the schema check is real: a broken log fails it', () => {
        const broken = structuredClone(log);
        broken.runs[0].results[0].level = 'fatal';
        delete broken.runs[0].tool.driver.name;
        expect(validateSarif(broken).length).toBeGreaterThan(0);
    });

    test('lists every rule of the catalog and every structural code, sorted, with docs', () => {
        const ids = rules.map(rule => rule.id);
        expect(ids).toEqual([...ids].sort());
        expect(new Set(ids)).toEqual(new Set([...RULES.map(rule => rule.meta.code), ...Object.keys(STRUCTURAL_CODES)]));
        expect(rules.find(rule => rule.id === 'over-budget')).toEqual({
            id: 'over-budget',
            shortDescription: { text: RULES.find(rule => rule.meta.code === 'over-budget')!.meta.summary },
            helpUri: `${DOCS}over-budget.md`,
            defaultConfiguration: { level: 'error' }
        });
        expect(rules.find(rule => rule.id === 'unused-role')?.defaultConfiguration.level).toBe('note');
        expect(rules.find(rule => rule.id === 'self-tie')).toMatchObject({ helpUri: `${DOCS}structural.md#self-tie`, defaultConfiguration: { level: 'error' } });
        for (const result of results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
    });

    test('has the findings with levels, relative locations and regions', () => {
        expect(results.map(result => [result.ruleId, result.level])).toEqual([
            ['backbone-overloaded', 'warning'],
            ['over-budget', 'error'],
            ['goal-off-track', 'warning'],
            ['unused-role', 'note'],
            ['disengaged-broker', 'warning'],
            ['single-point-of-failure', 'warning'],
            ['rushed-commitment', 'warning'],
            ['partner-over-capacity', 'warning'],
            ['partner-without-role', 'warning'],
            ['never-checked-in', 'note'],
            ['one-sided-tie', 'warning'],
            ['unanswered-ask', 'note']
        ]);
        const overBudget = results[1];
        expect(overBudget.message.text).toMatch(/^EastsideFoodBank spends 41\.6 h\/month/);
        expect(overBudget.locations).toEqual([{
            physicalLocation: {
                artifactLocation: { uri: 'examples/food-access/network.partnership', uriBaseId: '%SRCROOT%' },
                region: { startLine: 7, startColumn: 12, endLine: 7, endColumn: 26 }
            }
        }]);
        expect(overBudget.relatedLocations[0]).toEqual({
            id: 1,
            physicalLocation: {
                artifactLocation: { uri: 'examples/food-access/ties.partnership', uriBaseId: '%SRCROOT%' },
                region: { startLine: 5, startColumn: 12, endLine: 5, endColumn: 25 }
            },
            message: { text: 'tie EastsideFoodBank -- TenantsUnion: 8 h/month' }
        });
        expect(overBudget.relatedLocations.map((related: Json) => related.id)).toEqual(overBudget.relatedLocations.map((_: Json, i: number) => i + 1));
        const oneSided = results[10];
        expect(oneSided.locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: 'examples/food-access/ties.partnership', uriBaseId: '%SRCROOT%' },
            region: { startLine: 23, startColumn: 1, endLine: 23, endColumn: 38 }
        });
        expect(oneSided.relatedLocations).toHaveLength(1);
        expect(results[3].relatedLocations).toBeUndefined();
    });

    test('is byte-identical across runs', () => {
        expect(runCli([...FOOD_ACCESS, '--format', 'sarif']).stdout).toBe(run.stdout);
    });

    test('structural errors and clean runs are valid logs too; exit codes as usual', () => {
        const broken = runCli(['validate', 'broken', '--format', 'sarif'], dir);
        expect(broken.status).toBe(1);
        const brokenLog = JSON.parse(broken.stdout);
        expect(validateSarif(brokenLog)).toEqual([]);
        expect(brokenLog.runs[0].results.map((r: Json) => r.ruleId)).toEqual(expect.arrayContaining(['unresolved-reference', 'self-tie']));
        const warnings = runCli(['validate', 'nested', '--format', 'sarif'], dir);
        expect(warnings.status).toBe(0);
        expect(JSON.parse(warnings.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('nested/deep/one.partnership');
        expect(runCli(['validate', 'nested', '--format', 'sarif', '--max-warnings', '1'], dir).status).toBe(1);
    });
});

describe('--format github', () => {
    test('one workflow command per finding, then the summary', () => {
        const run = runCli([...FOOD_ACCESS, '--format', 'github']);
        expect(run.status).toBe(1);
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(13);
        expect(lines[1]).toBe('::error file=examples/food-access/network.partnership,line=7,col=12,endLine=7,endColumn=26,title=over-budget::'
            + 'EastsideFoodBank spends 41.6 h/month on ties, meetings and role commitments; budget is 40 h/month (1.6 h/month over).');
        expect(lines[3]).toBe('::notice file=examples/food-access/network.partnership,line=76,col=6,endLine=76,endColumn=17,title=unused-role::'
            + 'No partner plays the role PolicyVoice; assign it (plays PolicyVoice) or remove it.');
        expect(lines[10]).toBe('::warning file=examples/food-access/ties.partnership,line=23,col=1,endLine=23,endColumn=38,title=one-sided-tie::'
            + 'Only UnitedWayEast gives anything in the tie EastsideFoodBank -- UnitedWayEast; say what EastsideFoodBank gives back (EastsideFoodBank gives ...).');
        expect(lines[12]).toBe('✖ 12 problems (1 error, 8 warnings, 3 info) in 3 files');
    });

    test('the example in docs/cli.md is what the CLI prints', () => {
        const docs = readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8');
        const command = '$ partnership validate examples/food-access --format github --today 2026-11-01\n';
        const start = docs.indexOf(command);
        expect(start).toBeGreaterThan(0);
        const printed = docs.slice(start + command.length, docs.indexOf('```', start));
        expect(printed).toBe(runCli([...FOOD_ACCESS, '--format', 'github']).stdout);
    });

    test('exit codes and --max-warnings as in text format', () => {
        const clean = runCli(['validate', 'nested', '--format', 'github'], dir);
        expect(clean.status).toBe(0);
        expect(clean.stdout.split('\n').filter(line => line.startsWith('::warning '))).toHaveLength(2);
        const capped = runCli(['validate', 'nested', '--format', 'github', '--max-warnings', '1'], dir);
        expect(capped.status).toBe(1);
        expect(capped.stdout).toContain('2 warnings exceed the limit of --max-warnings 1');
        expect(runCli(['validate', 'broken', '--format', 'github'], dir).stdout).toMatch(/^::error file=broken\/network\.partnership,line=5,col=10,.*title=self-tie::/m);
        const bad = runCli(['validate', 'nested', '--format', 'xml'], dir);
        expect(bad.status).toBe(2);
    });

    test('escapes data and property values as GitHub requires', () => {
        expect(escapeData('50% done,\r\nnext: a, b')).toBe('50%25 done,%0D%0Anext: a, b');
        expect(escapeProperty('50% done,\r\nnext: a, b')).toBe('50%25 done%2C%0D%0Anext%3A a%2C b');
        expect(escapeData('%0A')).toBe('%250A');
        const command = githubCommand({
            file: path.join(ROOT, 'odd:dir', 'a,b.partnership'),
            code: 'one-sided-tie',
            severity: 'info',
            message: 'first line\nsecond: 100%, done',
            range: { start: { line: 0, character: 0 }, end: { line: 1, character: 4 } },
            related: []
        }, ROOT);
        expect(command).toBe('::notice file=odd%3Adir/a%2Cb.partnership,line=1,col=1,endLine=2,endColumn=5,title=one-sided-tie::first line%0Asecond: 100%25, done');
    });
});
