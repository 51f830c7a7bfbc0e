/**
 * `partnership` on a network too big for its heap (packages/cli/src/memory.ts): one line naming the
 * network, its size and what to try, exit 2, never V8's FATAL ERROR and native stack; and a run that
 * restarts itself with a bigger heap behaves as one that does not (output, exit status, signals).
 * The heap is made small (NODE_OPTIONS=--max-old-space-size=64, kept by the restarted child, or
 * PARTNERSHIP_HEAP_MB=64, given to it) so that a network of 2,000 partners does not fit.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, writeUnder } from './cli-run.js';

const dir = mkdtempSync(path.join(tmpdir(), 'partnership-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A network of `partners` partners and 5 ties each, over `files` files (one declares the network). */
function writeNetwork(folder: string, partners: number, files: number): void {
    const chunks: string[][] = Array.from({ length: files }, () => []);
    chunks[0].push('network Big "Big" {', '    us P0', '}', '', 'role R { provides data }', '');
    for (let p = 0; p < partners; p++) chunks[p % files].push(`partner P${p} "Partner ${p}" {`, '    sector nonprofit', '    plays R', '}', '');
    for (let t = 0; t < partners * 5; t++) {
        const a = t % partners;
        const b = (a + 1 + ((t * 7919) % (partners - 1))) % partners;
        chunks[t % files].push(`tie P${a} -- P${b} {`, '    effort 1 hour/month', `    trust reliability ${1 + (t % 5)} mission 4 openness 3`, '}', '');
    }
    chunks.forEach((lines, i) => writeUnder(folder, `part-${i}.partnership`, lines.join('\n')));
}

writeNetwork(path.join(dir, 'big'), 2000, 20);
writeNetwork(path.join(dir, 'one-file'), 2000, 1);
const relative = (folder: string) => path.relative(ROOT, path.join(dir, folder));

function expectOneLine(stderr: string, name: string, files: string): void {
    expect(stderr).not.toMatch(/FATAL ERROR|Native stack|Last few GCs|JS stacktrace|at \S+ \(/);
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^partnership: out of memory: the network of ${name.replace(/[.]/g, '\\.')} \\(${files}, [\\d.]+ MB\\) does not fit in a heap of 64 MB; split it into smaller networks, give Node more \\(NODE_OPTIONS=--max-old-space-size=1024\\), or run it on a machine with more memory\\.$`));
}

describe('a network too big for the heap', () => {
    it('with the heap set in NODE_OPTIONS: one line naming the network and its size, exit 2', () => {
        const run = runCli(['validate', relative('big')], ROOT, { NODE_OPTIONS: '--max-old-space-size=64' });
        expect(run.status).toBe(2);
        expectOneLine(run.stderr, relative('big'), '20 files');
        expect(run.stdout).toBe('');
    }, 120_000);

    it('in the restarted child (PARTNERSHIP_HEAP_MB), a single file named with its network: the same line', () => {
        const file = path.join(relative('one-file'), 'part-0.partnership');
        const run = runCli(['validate', '--format', 'json', file], ROOT, { PARTNERSHIP_HEAP_MB: '64' });
        expect(run.status).toBe(2);
        expectOneLine(run.stderr, file, '1 file');
        expect(run.stdout).toBe('');
    }, 120_000);
});

describe('a restarted run', () => {
    it('prints what a run in place prints, with the same exit status', () => {
        const args = ['validate', 'examples/food-access', '--today', '2026-11-01'];
        const inPlace = runCli(args, ROOT, { PARTNERSHIP_HEAP_MB: 'off' });
        const restarted = runCli(args, ROOT, { PARTNERSHIP_HEAP_MB: '1024' });
        expect(inPlace.status).toBe(1);
        expect(inPlace.stdout).toContain('[');
        expect(restarted).toEqual(inPlace);
        const json = runCli([...args, '--format', 'json', '--max-warnings', '1000'], ROOT, { PARTNERSHIP_HEAP_MB: '1024' });
        expect(json.status).toBe(1);
        expect(JSON.parse(json.stdout)).toEqual(JSON.parse(runCli([...args, '--format', 'json', '--max-warnings', '1000'], ROOT, { PARTNERSHIP_HEAP_MB: 'off' }).stdout));
        // The child's stderr passes through: a bad path's one line, exit 2.
        const missing = runCli(['validate', 'no-such-folder'], ROOT, { PARTNERSHIP_HEAP_MB: '1024' });
        expect(missing).toEqual(runCli(['validate', 'no-such-folder'], ROOT, { PARTNERSHIP_HEAP_MB: 'off' }));
        expect(missing.status).toBe(2);
        expect(missing.stderr).toMatch(/^partnership: .*no-such-folder.*\n$/);
    }, 60_000);

    it('ended by SIGTERM ends by SIGTERM, as a run in place does', async () => {
        const child = spawn(process.execPath, [path.join(ROOT, 'packages/cli/bin/partnership.js'), 'validate', relative('big')],
            { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', PARTNERSHIP_HEAP_MB: '1024' }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', chunk => { stderr += String(chunk); });
        setTimeout(() => child.kill('SIGTERM'), 1500);
        const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(resolve => child.on('close', (c, s) => resolve([c, s])));
        expect({ code, signal, stderr }).toEqual({ code: null, signal: 'SIGTERM', stderr: '' });
    }, 60_000);
});
