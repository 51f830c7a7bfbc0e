/**
 * The SARIF builder of `partnership validate --format sarif` (formatSarif) on a validation result
 * written out by hand: where each finding points, how paths become URIs, the rule table and levels.
 * test/ci-formats.test.ts checks the CLI's logs against the SARIF 2.1.0 schema.
 */
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES, STRUCTURAL_CODES } from 'partnership-language';
import { formatSarif, sarifLevel, SRCROOT } from '../src/sarif.js';
import type { ValidationResult } from '../src/validate.js';

const CWD = path.resolve('/work/coalition');
const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

const RESULT: ValidationResult = {
    files: [path.join(CWD, 'net/network file.partnership'), path.resolve('/elsewhere/x.partnership')],
    contextFiles: [],
    skipped: [],
    findings: [
        {
            file: path.join(CWD, 'net/network file.partnership'), code: 'over-budget', severity: 'error',
            message: 'A spends 44 h/month; budget is 40 h/month.', range: range(2, 11, 14),
            related: [{ file: path.join(CWD, 'net/ties.partnership'), range: range(0, 4, 10), message: 'tie A -- B: 40 h/month' }]
        },
        { file: path.resolve('/elsewhere/x.partnership'), code: 'low-trust-tie', severity: 'info', message: 'Trust is 2.', range: range(4, 0, 3), related: [] },
        { file: path.join(CWD, 'net/ties.partnership'), code: 'internal-error', severity: 'error', message: 'boom', range: range(0, 0, 1), related: [] }
    ]
};

const log = JSON.parse(formatSarif(RESULT, CWD, '9.8.7'));
const [run] = log.runs;
const rules: Array<{ id: string; helpUri?: string; defaultConfiguration: { level: string }; shortDescription: { text: string } }> = run.tool.driver.rules;

describe('formatSarif', () => {
    test('one run of the tool `partnership` at the version given, relative paths based on the working folder', () => {
        expect(log.version).toBe('2.1.0');
        expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
        expect(log.runs).toHaveLength(1);
        expect(run.tool.driver).toMatchObject({ name: 'partnership', version: '9.8.7', semanticVersion: '9.8.7' });
        expect(run.originalUriBaseIds).toEqual({ [SRCROOT]: { uri: 'file:///work/coalition/' } });
        expect(run.columnKind).toBe('utf16CodeUnits');
    });

    test('a finding: rule, level, message, a one-based region, and its related locations numbered from 1', () => {
        expect(run.results[0]).toEqual({
            ruleId: 'over-budget',
            ruleIndex: rules.findIndex(rule => rule.id === 'over-budget'),
            level: 'error',
            message: { text: 'A spends 44 h/month; budget is 40 h/month.' },
            locations: [{ physicalLocation: {
                artifactLocation: { uri: 'net/network%20file.partnership', uriBaseId: SRCROOT },
                region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 15 }
            } }],
            relatedLocations: [{
                id: 1,
                physicalLocation: { artifactLocation: { uri: 'net/ties.partnership', uriBaseId: SRCROOT }, region: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 11 } },
                message: { text: 'tie A -- B: 40 h/month' }
            }]
        });
    });

    test('a file outside the working folder is a file: URI; info is a note; no related locations, no key', () => {
        expect(run.results[1].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/x.partnership' });
        expect(run.results[1].level).toBe('note');
        expect(run.results[1]).not.toHaveProperty('relatedLocations');
        expect(['error', 'warning', 'info'].map(s => sarifLevel(s as 'error' | 'warning' | 'info'))).toEqual(['error', 'warning', 'note']);
    });

    test('the rule table: every rule and structural check, plus codes outside the catalog, sorted by id', () => {
        const ids = rules.map(rule => rule.id);
        expect(ids).toEqual([...ids].sort());
        expect(new Set(ids)).toEqual(new Set([...RULES.map(rule => rule.meta.code), ...Object.keys(STRUCTURAL_CODES), 'internal-error']));
        expect(rules.find(rule => rule.id === 'over-budget')).toMatchObject({ defaultConfiguration: { level: 'error' }, helpUri: expect.stringMatching(/\/over-budget\.md$/) });
        expect(rules.find(rule => rule.id === 'unresolved-reference')?.helpUri).toMatch(/\/structural\.md#unresolved-reference$/);
        expect(rules.find(rule => rule.id === 'internal-error')).toEqual({ id: 'internal-error', shortDescription: { text: 'internal-error' }, defaultConfiguration: { level: 'error' } });
        for (const result of run.results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
    });

    test('the same result gives the same bytes', () => {
        expect(formatSarif(RESULT, CWD, '9.8.7')).toBe(formatSarif(structuredClone(RESULT), CWD, '9.8.7'));
    });
});
