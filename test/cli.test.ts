/**
 * `partnership validate` as a user meets it: which files it reads, exit codes 0/1/2, and one-line
 * messages (never a stack trace) for bad input and bad options.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli, textFindings, writeUnder } from './cli-run.js';
import { networkText } from './networks.js';

const CLEAN_NETWORK = `network Tiny {
    us A
    budget 20 hours/month
    purpose joint-action
}
goal Shared {
    cocreated-by A, B
    measure "things shared"
    target 10 by 2099-12-31
}
role Helper {
    serves Shared
    commitment 1 hour/month
}
partner A { plays Helper }
partner B { plays Helper }
tie A -- B {
    effort 2 hours/month
    A gives funding
    B gives data
}
`;

let dir: string;

const write = (relative: string, content: string | Buffer): string => writeUnder(dir, relative, content);

/** A single line on stderr, no stack frames. */
function expectOneLineError(stderr: string, pattern: RegExp): void {
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(pattern);
    expect(stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-cli-'));
    write('clean/network.partnership', CLEAN_NETWORK);
    write('broken/network.partnership', networkText('broken', 'network.partnership'));
    write('nested/deep/er/one.partnership', networkText('loose-partner', 'one.partnership'));
    write('nested/notes.txt', 'not a partnership file');
    write('binary.partnership', Buffer.from([0x70, 0x61, 0x00, 0x01, 0x02, 0xff]));
    write('latin1.partnership', Buffer.from('partner Caf\xe9\n', 'latin1'));
    mkdirSync(path.join(dir, 'empty'), { recursive: true });
});

describe('exit codes', () => {
    test('0 when there are no findings', () => {
        const run = runCli(['validate', 'clean'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('✔ no problems in 1 file\n');
        expect(run.stderr).toBe('');
    });

    test('1 when there are errors, each reported with file:line:col and code', () => {
        const run = runCli(['validate', 'broken'], dir);
        expect(run.status).toBe(1);
        const findings = textFindings(run.stdout);
        expect(findings).toEqual(expect.arrayContaining([
            expect.objectContaining({ file: 'broken/network.partnership', line: 2, column: 8, severity: 'error', code: 'unresolved-reference' }),
            expect.objectContaining({ file: 'broken/network.partnership', line: 5, column: 10, severity: 'error', code: 'self-tie' })
        ]));
        expect(findings.find(f => f.code === 'unresolved-reference')?.message).toContain("'Ghost'");
    });

    test('warnings pass unless --max-warnings is exceeded', () => {
        const ok = runCli(['validate', 'nested'], dir);
        expect(ok.status).toBe(0);
        expect(textFindings(ok.stdout).map(f => f.code).sort()).toEqual(['isolated-partner', 'partner-without-role']);
        expect(runCli(['validate', 'nested', '--max-warnings', '2'], dir).status).toBe(0);
        const capped = runCli(['validate', 'nested', '--max-warnings', '1'], dir);
        expect(capped.status).toBe(1);
        expect(capped.stdout).toContain('2 warnings exceed the limit of --max-warnings 1');
    });

    test('--help and --version exit 0', () => {
        const help = runCli(['validate', '--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('--max-warnings');
        expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    });

    test("--version prints the CLI package.json's version, from any working folder", () => {
        const { version } = JSON.parse(readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
        expect(runCli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
        expect(runCli(['--version'], tmpdir()).stdout).toBe(`${version}\n`);
    });
});

describe('usage and input errors exit 2 with a one-line message', () => {
    test.each([
        [['validate', 'nope.partnership'], /^partnership: no such file or folder: nope\.partnership$/],
        [['validate', 'empty'], /^partnership: no \.partnership files in folder: empty$/],
        [['validate', 'missing/**/*.partnership'], /^partnership: no \.partnership files match: missing\/\*\*\/\*\.partnership$/],
        [['validate', 'nested/notes.txt'], /^partnership: not a \.partnership file: nested\/notes\.txt$/],
        [['validate', 'binary.partnership'], /^partnership: cannot read binary\.partnership: binary file/],
        [['validate', 'latin1.partnership'], /^partnership: cannot read latin1\.partnership:1:12: not valid UTF-8 text \(probably saved as Windows-1252 or Latin-1: save it again as UTF-8\)$/],
        [['validate', 'clean', '--today', '2026-02-30'], /--today.*2026-02-30 is not a date: there is no day 30 in February 2026, which has 28 days\./],
        [['validate', 'clean', '--today', 'yesterday'], /--today.*expected a date as YYYY-MM-DD/],
        [['validate', 'clean', '--max-warnings', '-1'], /--max-warnings.*expected a whole number/],
        [['validate', 'clean', '--format', 'xml'], /--format.*xml.*(choices|Allowed)/i],
        [['validate', 'clean', '--colour'], /unknown option '--colour'/],
        [['lint'], /unknown command 'lint'/]
    ])('partnership %j', (args, message) => {
        const run = runCli(args, dir);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expectOneLineError(run.stderr, message);
    });
});

describe('which files are read', () => {
    test('a folder is searched recursively for .partnership files only', () => {
        const run = runCli(['validate', 'nested', '--format', 'json'], dir);
        expect(JSON.parse(run.stdout).files).toEqual(['nested/deep/er/one.partnership']);
    });

    test('globs select files; several paths are merged without duplicates', () => {
        const run = runCli(['validate', '**/network.partnership', 'clean/network.partnership', '--format', 'json'], dir);
        expect(JSON.parse(run.stdout).files).toEqual(['broken/network.partnership', 'clean/network.partnership']);
        expect(run.status).toBe(1);
    });

    test('the default path is the current folder', () => {
        const run = runCli(['validate', '--format', 'json'], path.join(dir, 'clean'));
        expect(JSON.parse(run.stdout).files).toEqual(['network.partnership']);
    });

    test('a file of the same network that cannot be read is left out with a note, not a failure', () => {
        write('ctx/network.partnership', CLEAN_NETWORK);
        write('ctx/attachments/logo.partnership', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
        const run = runCli(['validate', 'ctx/network.partnership'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('✔ no problems in 1 file\n');
        expect(run.stderr).toBe('partnership: note: left out of the network: cannot read ctx/attachments/logo.partnership: binary file, not .partnership text\n');
        // Named on the command line, the same file is an input error.
        expect(runCli(['validate', 'ctx'], dir).status).toBe(2);
    });

    test('outside a repository, a file joins a network declared above it only within the working folder', () => {
        write('outer/network.partnership', 'network Outer {\n    us Hub\n}\npartner Hub { sector nonprofit }\n');
        write('outer/inner/ties.partnership', 'tie Hub -- Spoke {\n    effort 1 hour/month\n}\npartner Spoke { sector resident }\n');
        const fromOuter = runCli(['validate', 'inner/ties.partnership', '--format', 'json'], path.join(dir, 'outer'));
        expect(JSON.parse(fromOuter.stdout).findings.map((f: { code: string }) => f.code)).not.toContain('unresolved-reference');
        const fromInner = runCli(['validate', 'ties.partnership', '--format', 'json'], path.join(dir, 'outer/inner'));
        expect(JSON.parse(fromInner.stdout).findings).toContainEqual(expect.objectContaining({
            code: 'unresolved-reference', range: { start: { line: 1, column: 5 }, end: { line: 1, column: 8 } }
        }));
    });

    test('a syntax error is a finding at its position, not a crash', () => {
        write('syntax/bad.partnership', networkText('syntax-error', 'bad.partnership'));
        const run = runCli(['validate', 'syntax'], dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('');
        expect(textFindings(run.stdout).find(f => f.code === 'syntax-error')).toMatchObject({
            file: 'syntax/bad.partnership', line: 2, column: 14, severity: 'error', message: expect.stringContaining('lots')
        });
    });
});

describe('--format json', () => {
    test('has the documented shape', () => {
        const run = runCli(['validate', 'broken', '--format', 'json', '--today', '2026-11-01'], dir);
        const report = JSON.parse(run.stdout);
        expect(Object.keys(report)).toEqual(['version', 'today', 'summary', 'files', 'findings']);
        expect(report.today).toBe('2026-11-01');
        for (const finding of report.findings) {
            expect(finding).toMatchObject({
                file: expect.any(String),
                range: { start: { line: expect.any(Number), column: expect.any(Number) }, end: { line: expect.any(Number), column: expect.any(Number) } },
                severity: expect.stringMatching(/^(error|warning|info)$/),
                code: expect.any(String),
                message: expect.any(String),
                related: expect.any(Array)
            });
        }
        const selfTie = report.findings.find((f: { code: string }) => f.code === 'self-tie');
        expect(selfTie.range).toEqual({ start: { line: 5, column: 10 }, end: { line: 5, column: 11 } });
        expect(selfTie.docs).toMatch(/docs\/rules\/structural\.md#self-tie$/);
    });
});
