/**
 * `partnership validate` fails closed, as a user runs it: a document with 135,000 findings has them
 * all counted (it used to print "✔ no problems" and exit 0, even with --max-warnings 0: the
 * findings overflowed the stack and were dropped), and a file whose checking fails exits 2 with a
 * one-line message on stderr and an `internal-error` finding on the file.
 *
 * The internal errors are made by test/fixtures/hooks/internal-error.mjs, preloaded into the CLI
 * with `node --import` (no test code in the CLI itself). Needs the build output (`npm run build`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { manyFindingsDocument } from '../bench/big-document.mjs';
import { ROOT, runCli, textFindings, writeUnder } from './cli-run.js';

const dir = mkdtempSync(path.join(tmpdir(), 'partnership-fail-closed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOOK = { NODE_OPTIONS: `--import=${pathToFileURL(path.join(ROOT, 'test/fixtures/hooks/internal-error.mjs')).href}` };
const ISSUES = 'https://github.com/partnership-lang/partnership-lang/issues';

describe('a document with 135,000 findings', () => {
    writeUnder(dir, 'many/network.partnership', manyFindingsDocument(45_000));

    test('every finding is printed and counted; --max-warnings 0 fails the run', () => {
        const run = runCli(['validate', '--max-warnings', '0', 'many'], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines.slice(-2)).toEqual([
            '✖ 135000 problems (45000 errors, 90000 warnings, 0 info) in 1 file',
            '90000 warnings exceed the limit of --max-warnings 0'
        ]);
        const findings = textFindings(run.stdout);
        expect(findings).toHaveLength(135_000);
        expect(findings.at(-1)).toMatchObject({ file: 'many/network.partnership', line: 45_000, code: 'unknown-sector' });
    }, 30_000);

    test('--format json has them all', () => {
        const run = runCli(['validate', '--format', 'json', 'many'], dir);
        expect(run.status).toBe(1);
        const report = JSON.parse(run.stdout) as { summary: Record<string, number>; findings: unknown[] };
        expect(report.summary).toEqual({ files: 1, errors: 45_000, warnings: 90_000, infos: 0 });
        expect(report.findings).toHaveLength(135_000);
    }, 30_000);
});

describe('an internal error while checking a file: exit 2, a line on stderr, an error on the file', () => {
    writeUnder(dir, 'check/network.partnership', '// test: throw in a check\npartner A { sector nonprofit }\n');
    writeUnder(dir, 'whole/network.partnership', '// test: throw in validation\npartner A { sector nonprofit }\n');
    const clean = 'network N {\n    us A\n}\n\n';

    test('a check that throws', () => {
        const run = runCli(['validate', 'check'], dir, HOOK);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`partnership: internal error while checking check/network.partnership:2:1: TypeError: Cannot read properties of undefined (reading 'ref') (a bug in partnership: please report it at ${ISSUES})\n`);
        expect(textFindings(run.stdout).filter(f => f.code === 'internal-error')).toEqual([{
            file: 'check/network.partnership', line: 2, column: 1, severity: 'error', code: 'internal-error',
            message: `Internal error while checking this file, so its findings may be incomplete (TypeError: Cannot read properties of undefined (reading 'ref')). This is a bug in partnership, not in the file: please report it at ${ISSUES}`
        }]);
    });

    test('the validation of the file as a whole throws; --max-warnings and the format do not change the exit', () => {
        for (const format of ['text', 'json', 'sarif', 'github']) {
            const run = runCli(['validate', '--format', format, '--max-warnings', '100', 'whole'], dir, HOOK);
            expect([format, run.status]).toEqual([format, 2]);
            expect(run.stderr).toBe(`partnership: internal error while checking whole/network.partnership:1:1: RangeError: Maximum call stack size exceeded (a bug in partnership: please report it at ${ISSUES})\n`);
            expect(run.stdout).toContain('internal-error');
        }
    });

    test('PARTNERSHIP_DEBUG=1 prints the stack after the line', () => {
        const run = runCli(['validate', 'whole'], dir, { ...HOOK, PARTNERSHIP_DEBUG: '1' });
        expect(run.status).toBe(2);
        const [line, ...stack] = run.stderr.trimEnd().split('\n');
        expect(line).toMatch(/^partnership: internal error while checking whole\/network\.partnership:1:1: RangeError/);
        expect(stack[0]).toBe('RangeError: Maximum call stack size exceeded');
        expect(stack.some(frame => frame.includes('internal-error.mjs'))).toBe(true);
    });

    test('without the hook the same files are clean (the hook is what throws)', () => {
        writeUnder(dir, 'plain/network.partnership', clean + 'partner A { sector nonprofit }\n');
        expect(runCli(['validate', 'check', 'whole', 'plain'], dir).status).toBe(0);
        const hooked = runCli(['validate', 'plain'], dir, HOOK);
        expect({ status: hooked.status, stderr: hooked.stderr }).toEqual({ status: 0, stderr: '' });
    });
});
