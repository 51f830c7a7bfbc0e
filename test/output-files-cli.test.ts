/**
 * The files a command writes (issue 19, item 4): `-o` writes through to what is not a regular file
 * (a FIFO, /dev/null, /dev/stdout) and leaves it what it was; a write that fails says
 * `cannot write FILE: reason` (exit 2); an interrupted write leaves no temporary file, and
 * `diff --base` no temporary folder, and names the ref's files `REF:path`; a gitlink named
 * `*.partnership` in the ref is not a network file. The interruptions use a test-only hook
 * (test/fixtures/hooks/pause-at.mjs) that stops the CLI at the moment to interrupt; the signal comes
 * from this test, as a user's Ctrl-C would. Needs the build output (`npm run build`).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './cli-run.js';

const EXAMPLE = path.join(ROOT, 'examples/food-access');
const BIN = path.join(ROOT, 'packages/cli/bin/partnership.js');
const HOOK = `--import=${pathToFileURL(path.join(ROOT, 'test/fixtures/hooks/pause-at.mjs')).href}`;
const TODAY = '2026-11-01';
const HAS_MKFIFO = spawnSync('mkfifo', ['--version']).status === 0;

let dirs: string[] = [];
afterEach(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    dirs = [];
});

function scratch(prefix = 'partnership-out-'): string {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
}

/** A folder holding a copy of the example in net/. */
function workspace(): string {
    const dir = scratch();
    cpSync(EXAMPLE, path.join(dir, 'net'), { recursive: true });
    return dir;
}

/** The commands with `-o`, each with what it writes. */
const WRITERS: Array<[command: string, args: string[], looksRight: (output: string) => boolean]> = [
    ['graph', ['graph', 'net', '--format', 'svg'], output => output.startsWith('<?xml') && output.includes('</svg>')],
    ['report', ['report', 'net', '--today', TODAY], output => output.startsWith('<!DOCTYPE html>')],
    ['calendar', ['calendar', 'net', '--today', TODAY], output => output.startsWith('BEGIN:VCALENDAR\r\n')]
];

/** Runs the CLI in the background; `started` resolves with stderr's first `paused` line. */
function runPaused(args: string[], cwd: string, pause: RegExp, env: NodeJS.ProcessEnv = {}) {
    const child = spawn(process.execPath, [BIN, ...args], {
        cwd, env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: HOOK, PARTNERSHIP_TEST_PAUSE: pause.source, ...env }
    });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', chunk => { stdout += chunk; });
    const started = new Promise<string>((resolve, reject) => {
        child.stderr.on('data', chunk => {
            stderr += chunk;
            const match = /^paused (.*)$/m.exec(stderr);
            if (match) resolve(match[1]);
        });
        child.on('exit', code => reject(new Error(`exited ${code} before pausing: ${stderr}`)));
    });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(resolve => {
        child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
    return { child, started, ended };
}

describe('-o onto what is not a regular file is written through', () => {
    it.each(WRITERS)('%s -o /dev/null: stays the character device, exit 0', (_name, args) => {
        const cwd = workspace();
        const before = statSync('/dev/null');
        const run = runCli([...args, '-o', '/dev/null'], cwd);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const after = statSync('/dev/null');
        expect(after.isCharacterDevice()).toBe(true);
        expect([after.ino, after.rdev, after.mode]).toEqual([before.ino, before.rdev, before.mode]);
        expect(readdirSync('/dev').filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    it.skipIf(!HAS_MKFIFO).each(WRITERS)('%s -o FIFO: the reader gets the output and the FIFO stays a FIFO', async (_name, args, looksRight) => {
        const cwd = workspace();
        const fifo = path.join(cwd, 'out.fifo');
        execFileSync('mkfifo', [fifo]);
        // A reader on the other end, in the background (opening a FIFO to write waits for one).
        const reader = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', fifo, path.join(cwd, 'received')]);
        const readerDone = new Promise(resolve => reader.on('close', resolve));
        const run = runCli([...args, '-o', fifo], cwd);
        await readerDone;
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(statSync(fifo).isFIFO()).toBe(true);
        expect(looksRight(readFileSync(path.join(cwd, 'received'), 'utf8'))).toBe(true);
        expect(readdirSync(cwd).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    it.each(WRITERS)('%s -o /dev/stdout: the output goes to stdout', (_name, args, looksRight) => {
        const run = runCli([...args, '-o', '/dev/stdout'], workspace());
        expect(run.status).toBe(0);
        expect(looksRight(run.stdout)).toBe(true);
    });

    it('a regular file is still replaced whole, keeping its permissions', () => {
        const cwd = workspace();
        const file = path.join(cwd, 'graph.svg');
        writeFileSync(file, 'old', { mode: 0o640 });
        expect(runCli(['graph', 'net', '--format', 'svg', '-o', 'graph.svg'], cwd).status).toBe(0);
        expect(readFileSync(file, 'utf8')).toMatch(/^<\?xml/);
        expect(statSync(file).mode & 0o777).toBe(0o640);
        expect(readdirSync(cwd).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });
});

describe('a write that fails: cannot write FILE: reason, exit 2', () => {
    const cases: Array<[what: string, target: string, reason: string]> = [
        ['into a folder that does not exist', 'no/such/folder/out', 'no such folder'],
        ['onto a folder', 'net', 'is a folder'],
        ['under a file', 'net/network.partnership/out', 'a part of the path is a file, not a folder']
    ];
    for (const [name, args] of WRITERS) {
        it.each(cases)(`${name} -o, %s`, (_what, target, reason) => {
            const cwd = workspace();
            const run = runCli([...args, '-o', target], cwd);
            expect(run).toEqual({ status: 2, stdout: '', stderr: `partnership: cannot write ${target}: ${reason}\n` });
        });
    }

    it.skipIf(process.getuid?.() === 0)('into a folder without write permission: permission denied', () => {
        const cwd = workspace();
        mkdirSync(path.join(cwd, 'locked'), { mode: 0o555 });
        const run = runCli(['graph', 'net', '-o', 'locked/graph.dot'], cwd);
        expect(run).toEqual({ status: 2, stdout: '', stderr: 'partnership: cannot write locked/graph.dot: permission denied\n' });
    });
});

describe('an interrupted write leaves nothing behind', () => {
    it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s while format writes: no .tmp file, the file unchanged, exit %i', async (signal, status) => {
        const cwd = workspace();
        const file = path.join(cwd, 'net/partners.partnership');
        const before = readFileSync(file, 'utf8').replace(/^ {4}/gm, '  ');
        writeFileSync(file, before);
        const run = runPaused(['format', 'net'], cwd, /\.partners\.partnership\.\d+-[0-9a-f]+\.tmp$/);
        const temporary = await run.started;
        // The formatted text is in the temporary file, not yet renamed over the file.
        expect(path.dirname(temporary)).toBe(path.join(cwd, 'net'));
        expect(existsSync(temporary)).toBe(true);
        run.child.kill(signal);
        const ended = await run.ended;
        expect(ended.code).toBe(status);
        expect(readdirSync(path.join(cwd, 'net')).filter(name => name.endsWith('.tmp'))).toEqual([]);
        expect(readFileSync(file, 'utf8')).toBe(before);
    });

    it('SIGINT while graph -o writes: no .tmp file, no output file, exit 130', async () => {
        const cwd = workspace();
        const run = runPaused(['graph', 'net', '-o', 'graph.dot'], cwd, /\.graph\.dot\.\d+-[0-9a-f]+\.tmp$/);
        expect(existsSync(await run.started)).toBe(true);
        run.child.kill('SIGINT');
        expect((await run.ended).code).toBe(130);
        expect(readdirSync(cwd).sort()).toEqual(['net']);
    });
});

/** A git repository with the example committed in net/ (after `add`), then a sector changed in the working tree. */
function repository(add?: (dir: string) => void): string {
    const dir = workspace();
    add?.(dir);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'example');
    const partners = path.join(dir, 'net/partners.partnership');
    writeFileSync(partners, readFileSync(partners, 'utf8').replace('sector faith', 'sector nonprofit'));
    return dir;
}

describe('diff --base', () => {
    it('SIGINT while the ref\'s copy is read: the temporary folder is removed, exit 130', async () => {
        const dir = repository();
        const temp = scratch('partnership-test-tmpdir-');
        const run = runPaused(['diff', '--base', 'HEAD', 'net', '--today', TODAY], dir, /partnership-diff-\w+[/\\]net[/\\]partners\.partnership$/, { TMPDIR: temp });
        const reading = await run.started;
        expect(reading.startsWith(temp) || reading.startsWith(path.join('/private', temp))).toBe(true);
        expect(readdirSync(temp)).toHaveLength(1);
        run.child.kill('SIGINT');
        expect((await run.ended).code).toBe(130);
        expect(readdirSync(temp)).toEqual([]);
    });

    it('names the ref\'s files REF:path, not the temporary folder, and leaves nothing in the temporary folder', () => {
        const dir = repository(dir => writeFileSync(path.join(dir, 'net/stray.partnership'), Buffer.from([0x6e, 0x00, 0x01])));
        rmSync(path.join(dir, 'net/stray.partnership'));
        const temp = scratch('partnership-test-tmpdir-');
        const run = runCli(['diff', '--base', 'HEAD', 'net', '--today', TODAY], dir, { TMPDIR: temp });
        expect(run).toEqual({ status: 2, stdout: '', stderr: 'partnership: cannot read HEAD:net/stray.partnership: binary file, not .partnership text\n' });
        expect(readdirSync(temp)).toEqual([]);
    });

    it('a gitlink (submodule entry) named *.partnership in the ref is not a network file', () => {
        const dir = repository();
        const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
        git('update-index', '--add', '--cacheinfo', `160000,${git('rev-parse', 'HEAD').trim()},net/vendor.partnership`);
        git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'submodule');
        expect(git('ls-tree', 'HEAD', 'net/vendor.partnership')).toMatch(/^160000 commit /);
        const temp = scratch('partnership-test-tmpdir-');
        const run = runCli(['diff', '--base', 'HEAD', 'net', '--today', TODAY], dir, { TMPDIR: temp });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('`HEAD:net` → `net`: 1 partner changed');
        expect(run.stdout).toContain('| changed | partner `StMarksPantry` | sector faith → nonprofit |');
        expect(readdirSync(temp)).toEqual([]);
    });
});
