/**
 * `partnership format [paths...] [--check]` as a user meets it, on temporary folders: what it
 * rewrites and prints, exit codes 0/1/2, and files with syntax errors left untouched.
 *
 * Needs the build output (`npm run build`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ROOT, runCli } from './cli-run.js';

const MESSY = 'partner A "Food Bank" { sector nonprofit  plays Helper capacity 20 hours / month }\n'
    + '// @allow isolated-partner -- new\npartner B {sector media}\n\n\n\ntie A--B{trust reliability 4 mission 5 A gives data B gives funding}';

const CANONICAL = `partner A "Food Bank" {
    sector nonprofit
    plays Helper
    capacity 20 hours/month
}

// @allow isolated-partner -- new
partner B {
    sector media
}

tie A -- B {
    trust reliability 4 mission 5
    A gives data
    B gives funding
}
`;

const CLEAN = 'goal Shared "Everyone eats"\n\nrole Helper {\n    serves Shared\n}\n';
const BROKEN = 'partner   C { sector }\n\n\n\ngoal    G\n';

let dir: string;

function write(relative: string, content: string): string {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
}

const read = (relative: string) => readFileSync(path.join(dir, relative), 'utf8');
const mtime = (relative: string) => statSync(path.join(dir, relative)).mtimeMs;
const lines = (stdout: string) => stdout.trimEnd().split('\n');

beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-format-'));
});

afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
});

describe('partnership format --check', () => {
    test('exit 1 and lists exactly the files that would change; writes nothing', () => {
        write('net/messy.partnership', MESSY);
        write('net/clean.partnership', CLEAN);
        write('net/sub/also-messy.partnership', 'goal   X\ngoal Y');
        const run = runCli(['format', '--check', 'net'], dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('');
        expect(lines(run.stdout)).toEqual([
            'would format net/messy.partnership',
            'would format net/sub/also-messy.partnership',
            '2 files would be formatted (run partnership format), 1 file already formatted'
        ]);
        expect(read('net/messy.partnership')).toBe(MESSY);
        expect(read('net/sub/also-messy.partnership')).toBe('goal   X\ngoal Y');
    });

    test('exit 0 when every file is canonical', () => {
        write('clean.partnership', CLEAN);
        write('other.partnership', CANONICAL);
        const run = runCli(['format', '--check', '.'], dir);
        expect(run.status).toBe(0);
        expect(lines(run.stdout)).toEqual(['2 files already formatted']);
    });

    test('the examples are canonical', () => {
        const run = runCli(['format', '--check', 'examples'], ROOT);
        expect(run.stdout).not.toContain('would format');
        expect(run.status).toBe(0);
    });

    test('a file with a syntax error is reported as validate reports it, exit 1', () => {
        write('clean.partnership', CLEAN);
        write('broken.partnership', BROKEN);
        const run = runCli(['format', '--check', '.'], dir);
        expect(run.status).toBe(1);
        expect(lines(run.stdout)).toEqual([
            "broken.partnership:1:15 error 'sector' needs a value: sector nonprofit. [syntax-error]",
            '1 file already formatted, 1 file not formatted: syntax errors'
        ]);
        expect(read('broken.partnership')).toBe(BROKEN);
        // The same line as `partnership validate` prints for it.
        expect(runCli(['validate', 'broken.partnership'], dir).stdout).toContain(lines(run.stdout)[0]);
    });
});

describe('partnership format (rewrite)', () => {
    test('rewrites the files that change, says so, and the result is then clean', () => {
        write('messy.partnership', MESSY);
        write('clean.partnership', CLEAN);
        const cleanBefore = mtime('clean.partnership');
        const run = runCli(['format'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        expect(lines(run.stdout)).toEqual(['formatted messy.partnership', 'formatted 1 file, 1 file already formatted']);
        expect(read('messy.partnership')).toBe(CANONICAL);
        expect(read('clean.partnership')).toBe(CLEAN);
        expect(mtime('clean.partnership')).toBe(cleanBefore);

        const again = runCli(['format', '--check'], dir);
        expect(again.status).toBe(0);
        expect(lines(again.stdout)).toEqual(['2 files already formatted']);
        const rewrite = runCli(['format'], dir);
        expect(lines(rewrite.stdout)).toEqual(['2 files already formatted']);
    });

    test('accepts files and globs, and formats only those', () => {
        write('a/one.partnership', 'goal   One');
        write('a/two.partnership', 'goal   Two');
        write('b/three.partnership', 'goal   Three');
        const run = runCli(['format', 'a/one.partnership', 'b/*.partnership'], dir);
        expect(run.status).toBe(0);
        expect(lines(run.stdout)).toEqual(['formatted a/one.partnership', 'formatted b/three.partnership', 'formatted 2 files']);
        expect(read('a/one.partnership')).toBe('goal One\n');
        expect(read('a/two.partnership')).toBe('goal   Two');
        expect(read('b/three.partnership')).toBe('goal Three\n');
    });

    test('leaves a file with a syntax error untouched, formats the others, exit 1', () => {
        write('messy.partnership', MESSY);
        write('broken.partnership', BROKEN);
        const brokenBefore = mtime('broken.partnership');
        const run = runCli(['format', '.'], dir);
        expect(run.status).toBe(1);
        expect(lines(run.stdout)).toEqual([
            'formatted messy.partnership',
            "broken.partnership:1:15 error 'sector' needs a value: sector nonprofit. [syntax-error]",
            'formatted 1 file, 1 file not formatted: syntax errors'
        ]);
        expect(read('broken.partnership')).toBe(BROKEN);
        expect(mtime('broken.partnership')).toBe(brokenBefore);
        expect(read('messy.partnership')).toBe(CANONICAL);
    });

    test('keeps Windows line endings and a byte-order mark', () => {
        const file = write('crlf.partnership', '\ufeffgoal A {due 2027-01-01}\r\ngoal B\r\n');
        const run = runCli(['format', 'crlf.partnership'], dir);
        expect(run.status).toBe(0);
        expect(readFileSync(file, 'utf8')).toBe('\ufeffgoal A {\r\n    due 2027-01-01\r\n}\r\n\r\ngoal B\r\n');
    });
});

describe('partnership format: a second run changes nothing (issue 19, item 6)', () => {
    test.each([
        ['ending in \\n\\r (a lone \\r after the last line break)', 'partner A "x"\n\r', 'partner A "x"\n'],
        ['ending in }\\r\\r\\n', 'partner A {\n}\r\r\n', 'partner A {}\n'],
        ['starting with two byte-order marks', '\ufeff\ufeffgoal A\n', '\ufeffgoal A\n']
    ])('a file %s comes out canonical, and --check then passes', (_name, text, expected) => {
        const file = write('end.partnership', text);
        const run = runCli(['format', 'end.partnership'], dir);
        expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: 'formatted end.partnership\nformatted 1 file\n', stderr: '' });
        expect(JSON.stringify(readFileSync(file, 'utf8'))).toBe(JSON.stringify(expected));
        const check = runCli(['format', '--check', 'end.partnership'], dir);
        expect({ status: check.status, stdout: check.stdout }).toEqual({ status: 0, stdout: '1 file already formatted\n' });
    });

    test('a file with only a lexer error prints its syntax error and nothing on stderr', () => {
        write('lex.partnership', 'tie A -- B { A gives data }\npartner A @\n');
        const run = runCli(['format', 'lex.partnership'], dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('');
        expect(lines(run.stdout)[1]).toBe('1 file not formatted: syntax errors');
    });
});

describe('partnership format: usage and input errors (exit 2)', () => {
    test.each([
        [['format', 'missing.partnership'], /^partnership: no such file or folder: missing.partnership$/],
        [['format', '--check', 'empty'], /^partnership: no .partnership files in folder: empty$/],
        [['format', 'notes.txt'], /^partnership: not a .partnership file: notes.txt$/],
        [['format', '--write'], /unknown option '--write'/]
    ])('partnership %j', (args, message) => {
        mkdirSync(path.join(dir, 'empty'));
        write('notes.txt', 'not a partnership file');
        const run = runCli(args, dir);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.trimEnd().split('\n')[0]).toMatch(message);
    });

    test('nothing is written when one of the targets cannot be read', () => {
        write('messy.partnership', MESSY);
        writeFileSync(path.join(dir, 'binary.partnership'), Buffer.from([0x70, 0x61, 0x00, 0x01]));
        const run = runCli(['format', '.'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^partnership: cannot read binary.partnership: binary file/);
        expect(read('messy.partnership')).toBe(MESSY);
    });
});
