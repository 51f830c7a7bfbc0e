/** examples/ci/pre-commit, run as Git would run it in a repository of .partnership files. */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './cli-run.js';

const HOOK = path.join(ROOT, 'examples/ci/pre-commit');

function repository(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'partnership-hook-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir });
    git('init', '-q');
    mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
    symlinkSync(path.join(ROOT, 'packages/cli/bin/partnership.js'), path.join(dir, 'node_modules/.bin/partnership'));
    copyFileSync(path.join(ROOT, 'examples/clean-network/network.partnership'), path.join(dir, 'network.partnership'));
    git('add', 'network.partnership');
    return dir;
}

const runHook = (dir: string) => spawnSync('sh', [HOOK], { cwd: dir, encoding: 'utf8' });

test('lets a clean, canonical network through', () => {
    expect(runHook(repository()).status).toBe(0);
});

test('refuses a staged file that is not in canonical layout, and one with errors', () => {
    const unformatted = repository();
    appendFileSync(path.join(unformatted, 'network.partnership'), '\npartner   Extra {sector nonprofit}\n');
    execFileSync('git', ['add', 'network.partnership'], { cwd: unformatted });
    const refused = runHook(unformatted);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('would format network.partnership');

    const broken = repository();
    appendFileSync(path.join(broken, 'network.partnership'), '\ntie RiversideLibrary -- Nobody\n');
    execFileSync('git', ['add', 'network.partnership'], { cwd: broken });
    const failed = runHook(broken);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('[unresolved-reference]');
});
