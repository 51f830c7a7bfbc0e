/**
 * Bad input to the CLI (docs/cli.md, "Bad input"): every case ends with a one-line
 * message (file:line:col where a position applies), exit 2 for input that cannot be read, never a
 * stack trace, and `partnership format` never leaves a partial or unwanted write.
 *
 * Files that vanish mid-run and failing writes are simulated deterministically with a preload
 * module (`NODE_OPTIONS=--import`) that wraps `fs.promises` in the CLI's process.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli, textFindings, type CliRun, writeUnder } from './cli-run.js';
import { networkText } from './networks.js';

let dir: string;

const write = (relative: string, content: string | Buffer): string => writeUnder(dir, relative, content);

/** Exit 2, nothing on stdout, one line on stderr matching `message`, no stack frames. */
function expectInputError(run: CliRun, message: RegExp): void {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(run.status).toBe(2);
}

function expectNoStack(run: CliRun): void {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toMatch(/internal error/);
}

/**
 * Wraps fs.promises in the CLI process. PT_VANISH=<suffix> deletes the file just before the CLI reads
 * its bytes as a source (readFile without an encoding), that is after the file was found and after
 * the network search sniffed it as text. PT_ENOSPC=1 makes every writeFile write half its data and
 * then fail as a full disk would.
 */
const HOOK = `import fs from 'node:fs';
const vanish = process.env.PT_VANISH;
const readFile = fs.promises.readFile;
fs.promises.readFile = async function (file, ...rest) {
    if (vanish && rest.length === 0 && String(file).endsWith(vanish) && fs.existsSync(file)) fs.unlinkSync(file);
    return readFile.call(this, file, ...rest);
};
const writeFile = fs.promises.writeFile;
fs.promises.writeFile = async function (file, data, ...rest) {
    if (process.env.PT_ENOSPC) {
        await writeFile.call(this, file, String(data).slice(0, Math.floor(String(data).length / 2)), ...rest);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
    }
    return writeFile.call(this, file, data, ...rest);
};
`;
let hook: string;
const withHook = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
    ({ ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${hook}`.trim() });

const PARTNER_WITH_BAD_CAPACITY = networkText('syntax-error', 'bad.partnership');

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-bad-input-'));
    hook = path.join(dir, 'hook.mjs');
    writeFileSync(hook, HOOK);
});

afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('paths that give nothing to read: exit 2, one line', () => {
    test('a missing path', () => {
        expectInputError(runCli(['validate', 'nope.partnership'], dir), /^partnership: no such file or folder: nope\.partnership$/);
        expectInputError(runCli(['format', 'nope'], dir), /^partnership: no such file or folder: nope$/);
    });

    test('an empty folder, and a folder with no .partnership files', () => {
        mkdirSync(path.join(dir, 'empty'), { recursive: true });
        write('texts/readme.txt', 'partner A\n');
        write('texts/sub/notes.partnership.bak', 'partner A\n');
        expectInputError(runCli(['validate', 'empty'], dir), /^partnership: no \.partnership files in folder: empty$/);
        expectInputError(runCli(['validate', 'texts'], dir), /^partnership: no \.partnership files in folder: texts$/);
        expectInputError(runCli(['format', 'texts'], dir), /^partnership: no \.partnership files in folder: texts$/);
    });

    test('a FIFO named .partnership is not read (it would block)', () => {
        const fifo = path.join(dir, 'pipe.partnership');
        const made = spawnSync('mkfifo', [fifo]);
        if (made.status !== 0) return; // no mkfifo: nothing to check
        expectInputError(runCli(['validate', 'pipe.partnership'], dir), /^partnership: not a regular file: pipe\.partnership$/);
        rmSync(fifo);
    });
});

describe('a --today that is no day: exit 2, one line that says what is wrong', () => {
    // Every command that takes --today shares one parser.
    const error = (value: string, problem: string) => `error: option '--today <date>' argument '${value}' is invalid. ${problem}`;
    test.each([
        ['2026-13-45', '2026-13-45 is not a date: there is no month 13.'],
        ['2026-00-10', '2026-00-10 is not a date: there is no month 0.'],
        ['2026-04-31', '2026-04-31 is not a date: there is no day 31 in April, which has 30 days.'],
        ['2026-02-29', '2026-02-29 is not a date: there is no day 29 in February 2026, which has 28 days.'],
        ['2026-01-00', '2026-01-00 is not a date: there is no day 0.'],
        ['1 Nov 2026', 'expected a date as YYYY-MM-DD.'],
        ['2026-1-5', 'expected a date as YYYY-MM-DD.']
    ])('--today %s', (value, problem) => {
        write('today/network.partnership', 'network Today\n');
        for (const command of [['validate', 'today'], ['metrics', 'today'], ['report', 'today', '-o', 'today/report.html'], ['calendar', 'today', '-o', 'today/calendar.ics'], ['diff', 'today', 'today'], ['init', 'today/new']]) {
            const run = runCli([...command, '--today', value], dir);
            expect(run.status, command[0]).toBe(2);
            expect(run.stdout).toBe('');
            expect(run.stderr.split('\n')[0]).toBe(error(value, problem));
            expect(run.stderr).toBe(`${error(value, problem)}\n(run partnership --help for usage)\n`);
        }
        expect(existsSync(path.join(dir, 'today/report.html'))).toBe(false);
        expect(existsSync(path.join(dir, 'today/calendar.ics'))).toBe(false);
        expect(existsSync(path.join(dir, 'today/new'))).toBe(false);
    });

    test('a leap day is a day', () => {
        write('leap/network.partnership', 'network Leap\n');
        expect(runCli(['validate', 'leap', '--today', '2028-02-29'], dir).status).toBe(0);
    });
});

describe('files that are not .partnership text: exit 2, nothing written', () => {
    test('a binary file', () => {
        write('bin/logo.partnership', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
        expectInputError(runCli(['validate', 'bin/logo.partnership'], dir), /^partnership: cannot read bin\/logo\.partnership: binary file, not \.partnership text$/);
        expectInputError(runCli(['format', 'bin'], dir), /^partnership: cannot read bin\/logo\.partnership: binary file/);
    });

    test('invalid UTF-8 (Latin-1, a lone continuation byte, a truncated sequence)', () => {
        write('enc/latin1.partnership', Buffer.from('partner Caf\xe9\n', 'latin1'));
        write('enc/lone.partnership', Buffer.from([0x70, 0x61, 0x72, 0x74, 0x80, 0x0a]));
        write('enc/truncated.partnership', Buffer.concat([Buffer.from('partner A "'), Buffer.from([0xe2, 0x82])]));
        // Where the first byte that is not UTF-8 is (line:column in characters), and what to do.
        for (const [name, at] of [['latin1', '1:12'], ['lone', '1:5'], ['truncated', '1:12']]) {
            expectInputError(runCli(['validate', `enc/${name}.partnership`], dir),
                new RegExp(`^partnership: cannot read enc/${name}\\.partnership:${at}: not valid UTF-8 text \\(probably saved as Windows-1252 or Latin-1: save it again as UTF-8\\)$`));
        }
        write('enc/second-line.partnership', Buffer.concat([Buffer.from('\ufeffnetwork W\r\npartner Hub "Jos'), Buffer.from([0xe9]), Buffer.from('"\r\n')]));
        expectInputError(runCli(['validate', 'enc/second-line.partnership'], dir), /^partnership: cannot read enc\/second-line\.partnership:2:17: not valid UTF-8 text/);
        const before = readFileSync(path.join(dir, 'enc/latin1.partnership'));
        expectInputError(runCli(['format', 'enc/latin1.partnership'], dir), /latin1\.partnership:1:12: not valid UTF-8 text/);
        expect(readFileSync(path.join(dir, 'enc/latin1.partnership'))).toEqual(before);
    });

    test('a 50 MB file is refused before it is read, quickly', () => {
        const line = (n: number) => `partner P${n} "Partner ${n}" { sector nonprofit }\n`;
        const chunks: string[] = [];
        let size = 0;
        for (let n = 0; size < 50 * 1024 * 1024; n++) {
            const text = line(n);
            chunks.push(text);
            size += text.length;
        }
        const file = write('huge/huge.partnership', chunks.join(''));
        expect(statSync(file).size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
        const started = performance.now();
        const run = runCli(['validate', 'huge/huge.partnership'], dir);
        const elapsed = performance.now() - started;
        expectInputError(run, /^partnership: cannot read huge\/huge\.partnership: 50\.0 MB is over the limit of 20\.0 MB per file$/);
        expect(elapsed).toBeLessThan(10_000);
        expectInputError(runCli(['format', 'huge'], dir), /over the limit of 20\.0 MB per file$/);
        // As another file of a network it is left out with a note, as a binary file would be.
        write('huge/network.partnership', 'network Huge {\n    us A\n}\npartner A { sector nonprofit }\n');
        const context = runCli(['validate', 'huge/network.partnership'], dir);
        expectNoStack(context);
        expect(context.stderr).toBe('partnership: note: left out of the network: cannot read huge/huge.partnership: 50.0 MB is over the limit of 20.0 MB per file\n');
        expect(context.status).toBe(0);
        rmSync(path.join(dir, 'huge'), { recursive: true });
    }, 60_000);
});

describe('positions are right with a BOM, CRLF and tabs', () => {
    // In every variant `lots` (not a number) is on line 2: column 14 after four spaces, 11 after a tab.
    test.each([
        ['plain', PARTNER_WITH_BAD_CAPACITY, 14],
        ['bom', `\ufeff${PARTNER_WITH_BAD_CAPACITY}`, 14],
        ['crlf', PARTNER_WITH_BAD_CAPACITY.replace(/\n/g, '\r\n'), 14],
        ['tabs', PARTNER_WITH_BAD_CAPACITY.replace('    ', '\t'), 11],
        ['bom-crlf-tabs', `\ufeff${PARTNER_WITH_BAD_CAPACITY.replace('    ', '\t').replace(/\n/g, '\r\n')}`, 11]
    ])('%s', (name, text, column) => {
        // One folder per variant: the loose files of one folder are one group (they would be duplicates).
        write(`pos/${name}/${name}.partnership`, text);
        const run = runCli(['validate', `pos/${name}/${name}.partnership`], dir);
        expectNoStack(run);
        expect(run.status).toBe(1);
        const findings = textFindings(run.stdout);
        expect(findings).toContainEqual(expect.objectContaining({ line: 2, column, code: 'syntax-error', message: "'capacity' needs a number of hours: capacity 10 hours/month, not 'lots'." }));
        // The partner's name on line 1 is not shifted by the BOM.
        expect(findings).toContainEqual(expect.objectContaining({ line: 1, column: 9, code: 'isolated-partner' }));
        expect(run.stdout).not.toContain('\r');
        const json = JSON.parse(runCli(['validate', `pos/${name}/${name}.partnership`, '--format', 'json'], dir).stdout);
        const syntax = json.findings.find((f: { code: string }) => f.code === 'syntax-error');
        expect(syntax.range).toEqual({ start: { line: 2, column }, end: { line: 2, column: column + 4 } });
    });

    test('a finding on a later line of a CRLF file with a BOM', () => {
        const text = '\ufeffnetwork N {\r\n\tus A\r\n}\r\npartner A { sector nonprofit }\r\n\r\ntie A -- A\r\n';
        write('pos2/network.partnership', text);
        const run = runCli(['validate', 'pos2'], dir);
        expect(textFindings(run.stdout)).toContainEqual(expect.objectContaining({ line: 6, column: 10, code: 'self-tie' }));
    });
});

describe('text that does not parse: findings at their position, exit 1', () => {
    test('an unterminated string', () => {
        write('syntax/unterminated.partnership', 'partner A "Food Bank {\n    sector nonprofit\n}\n');
        const run = runCli(['validate', 'syntax/unterminated.partnership'], dir);
        expectNoStack(run);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
        expect(textFindings(run.stdout).find(f => f.code === 'syntax-error')).toEqual({
            file: 'syntax/unterminated.partnership', line: 1, column: 11, severity: 'error', code: 'syntax-error',
            message: 'This quoted text is not closed: a text in quotes must end with " on the same line.'
        });
    });

    test('10,000 nested-looking braces', () => {
        write('syntax/braces.partnership', `${'{'.repeat(10_000)}\n`);
        write('syntax2/braces.partnership', `partner A ${'{'.repeat(10_000)}\n${'}'.repeat(10_000)}\n`);
        const started = performance.now();
        for (const folder of ['syntax/braces.partnership', 'syntax2/braces.partnership']) {
            const run = runCli(['validate', folder], dir);
            expectNoStack(run);
            expect(run.stderr).toBe('');
            expect(run.status).toBe(1);
            expect(textFindings(run.stdout).filter(f => f.code === 'syntax-error').length).toBeGreaterThan(0);
        }
        expect(textFindings(runCli(['validate', 'syntax/braces.partnership'], dir).stdout)).toEqual([expect.objectContaining({ line: 1, column: 1, code: 'syntax-error' })]);
        const format = runCli(['format', 'syntax2'], dir);
        expectNoStack(format);
        expect(format.status).toBe(1);
        expect(format.stdout).toMatch(/1 file not formatted: syntax errors\n$/);
        expect(performance.now() - started).toBeLessThan(20_000);
    });
});

describe('symbolic links and files that go away', () => {
    test('a symbolic link loop', () => {
        mkdirSync(path.join(dir, 'links'), { recursive: true });
        symlinkSync('loop-b.partnership', path.join(dir, 'links/loop-a.partnership'));
        symlinkSync('loop-a.partnership', path.join(dir, 'links/loop-b.partnership'));
        expectInputError(runCli(['validate', 'links/loop-a.partnership'], dir), /^partnership: symbolic link loop: links\/loop-a\.partnership$/);
        expectInputError(runCli(['format', 'links/loop-a.partnership'], dir), /^partnership: symbolic link loop: links\/loop-a\.partnership$/);
    });

    test('a dangling symbolic link', () => {
        symlinkSync('gone.partnership', path.join(dir, 'links/dangling.partnership'));
        expectInputError(runCli(['validate', 'links/dangling.partnership'], dir), /^partnership: broken symbolic link: links\/dangling\.partnership -> gone\.partnership$/);
    });

    test('in a folder, broken links and link loops are passed over and a file reached twice is read once', () => {
        write('links/real/one.partnership', 'partner One { sector nonprofit }\n');
        // A link to the parent folder: a loop the folder search must not follow for ever, nor read twice.
        symlinkSync('..', path.join(dir, 'links/real/up'));
        symlinkSync('real/one.partnership', path.join(dir, 'links/alias.partnership'));
        const run = runCli(['validate', 'links', '--format', 'json'], dir);
        expectNoStack(run);
        expect(run.stderr).toBe('');
        const json = JSON.parse(run.stdout);
        expect(json.files).toEqual(['links/real/one.partnership']);
        expect(json.findings.map((f: { code: string }) => f.code)).not.toContain('duplicate-name');
        // The same file given twice by different paths is checked once.
        const twice = JSON.parse(runCli(['validate', 'links/alias.partnership', 'links/real/one.partnership', '--format', 'json'], dir).stdout);
        expect(twice.files).toHaveLength(1);
        expect(twice.findings.map((f: { code: string }) => f.code)).not.toContain('duplicate-name');
    });

    test('a file deleted between finding it and reading it', () => {
        write('vanish/network.partnership', 'network V {\n    us A\n}\npartner A { sector nonprofit }\n');
        write('vanish/b.partnership', 'partner B { sector media }\n');
        // Named on the command line: an input error.
        const target = runCli(['validate', 'vanish'], dir, withHook({ PT_VANISH: 'b.partnership' }));
        expectInputError(target, /^partnership: cannot read vanish\/b\.partnership: no such file \(deleted or moved while partnership ran/);
        expect(existsSync(path.join(dir, 'vanish/b.partnership'))).toBe(false);
        // Another file of the network: left out with a note.
        write('vanish/b.partnership', 'partner B { sector media }\n');
        const context = runCli(['validate', 'vanish/network.partnership'], dir, withHook({ PT_VANISH: 'b.partnership' }));
        expectNoStack(context);
        expect(context.stderr).toMatch(/^partnership: note: left out of the network: cannot read vanish\/b\.partnership: no such file/);
        expect(context.status).toBe(0);
        // format reads every target before writing any: nothing is written.
        write('vanish/b.partnership', 'partner B { sector media }\n');
        write('vanish/messy.partnership', 'partner   M\n');
        const format = runCli(['format', 'vanish'], dir, withHook({ PT_VANISH: 'b.partnership' }));
        expectInputError(format, /^partnership: cannot read vanish\/b\.partnership: no such file/);
        expect(readFileSync(path.join(dir, 'vanish/messy.partnership'), 'utf8')).toBe('partner   M\n');
    });
});

describe('partnership format writes whole files or nothing', () => {
    const MESSY = 'partner   A {\n  sector nonprofit\n}\npartner B\n';
    const CANONICAL = 'partner A {\n    sector nonprofit\n}\n\npartner B\n';
    const tempFiles = (folder: string) => readdirSync(path.join(dir, folder)).filter(name => name.endsWith('.tmp'));

    test('replaces the file by a rename, keeping its mode, and leaves no temporary file', () => {
        const file = write('fmt/a.partnership', MESSY);
        chmodSync(file, 0o640);
        const inode = statSync(file).ino;
        const run = runCli(['format', 'fmt'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('formatted fmt/a.partnership\nformatted 1 file\n');
        expect(readFileSync(file, 'utf8')).toBe(CANONICAL);
        expect(statSync(file).mode & 0o7777).toBe(0o640);
        expect(statSync(file).ino).not.toBe(inode);
        expect(tempFiles('fmt')).toEqual([]);
    });

    test('keeps a BOM and CRLF; a file of mixed line endings gets those of its first line', () => {
        const bom = write('fmt-eol/bom-crlf.partnership', `\ufeff${MESSY.replace(/\n/g, '\r\n')}`);
        const mixedCrlf = write('fmt-eol/mixed-crlf.partnership', 'partner   A {\r\n  sector nonprofit\n}\npartner B\r\n');
        const mixedLf = write('fmt-eol/mixed-lf.partnership', 'partner   A {\n  sector nonprofit\r\n}\r\npartner B\n');
        expect(runCli(['format', 'fmt-eol'], dir).status).toBe(0);
        expect(readFileSync(bom, 'utf8')).toBe(`\ufeff${CANONICAL.replace(/\n/g, '\r\n')}`);
        expect(readFileSync(mixedCrlf, 'utf8')).toBe(CANONICAL.replace(/\n/g, '\r\n'));
        expect(readFileSync(mixedLf, 'utf8')).toBe(CANONICAL);
        // And the result is stable.
        expect(runCli(['format', '--check', 'fmt-eol'], dir).status).toBe(0);
    });

    test('never writes a file with syntax errors; reports them at file:line:col', () => {
        const text = '\ufeffpartner   A {\r\n\tcapacity lots\r\n}\r\n';
        const file = write('fmt-broken/broken.partnership', text);
        const before = statSync(file);
        const run = runCli(['format', 'fmt-broken'], dir);
        expectNoStack(run);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe("fmt-broken/broken.partnership:2:11 error 'capacity' needs a number of hours: capacity 10 hours/month, not 'lots'. [syntax-error]\n1 file not formatted: syntax errors\n");
        expect(readFileSync(file, 'utf8')).toBe(text);
        expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
        expect(statSync(file).ino).toBe(before.ino);
    });

    test('a failing write (a full disk) leaves the old file whole and no temporary file: exit 2', () => {
        const file = write('fmt-full/a.partnership', MESSY);
        const run = runCli(['format', 'fmt-full'], dir, withHook({ PT_ENOSPC: '1' }));
        expectInputError(run, /^partnership: cannot write fmt-full\/a\.partnership: no space left on the device; the file is unchanged$/);
        expect(readFileSync(file, 'utf8')).toBe(MESSY);
        expect(tempFiles('fmt-full')).toEqual([]);
    });

    test('report -o and graph -o write atomically too: a full disk leaves the old output whole', () => {
        write('out-full/net.partnership', CANONICAL);
        const report = write('out-full/report.html', 'the old report\n');
        const graph = write('out-full/graph.svg', 'the old graph\n');
        const reportRun = runCli(['report', 'out-full/net.partnership', '-o', 'out-full/report.html'], dir, withHook({ PT_ENOSPC: '1' }));
        expectInputError(reportRun, /^partnership: cannot write out-full\/report\.html: no space left on the device$/);
        const graphRun = runCli(['graph', 'out-full/net.partnership', '--format', 'svg', '-o', 'out-full/graph.svg'], dir, withHook({ PT_ENOSPC: '1' }));
        expectInputError(graphRun, /^partnership: cannot write out-full\/graph\.svg: no space left on the device$/);
        expect(readFileSync(report, 'utf8')).toBe('the old report\n');
        expect(readFileSync(graph, 'utf8')).toBe('the old graph\n');
        expect(tempFiles('out-full')).toEqual([]);
    });

    test('through a symbolic link, the file it points to is formatted and the link stays', () => {
        const target = write('fmt-link/real.txt.d/net.partnership', MESSY);
        symlinkSync('real.txt.d/net.partnership', path.join(dir, 'fmt-link/link.partnership'));
        const run = runCli(['format', 'fmt-link/link.partnership'], dir);
        expect(run.status).toBe(0);
        expect(lstatSync(path.join(dir, 'fmt-link/link.partnership')).isSymbolicLink()).toBe(true);
        expect(readFileSync(target, 'utf8')).toBe(CANONICAL);
        expect(tempFiles('fmt-link')).toEqual([]);
        expect(tempFiles('fmt-link/real.txt.d')).toEqual([]);
    });
});
