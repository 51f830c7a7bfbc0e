/**
 * The packed CLI's code cache (src/code-cache.ts), run as the packed bin runs it: a fresh Node
 * process per run, loading a CommonJS file through requireWithCodeCache and printing what the file
 * exported and what became of the cache. The cache is written when that process exits.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheFolder } from '../src/code-cache.js';

const MODULE = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), '../out/code-cache.js')).href;
let scratch: string;
let bundle: string;

/** A CommonJS file with a big function that runs only when asked (`BIG=1`), as a command's code does. */
function writeBundle(): void {
    const statements = Array.from({ length: 3000 }, (_, i) => `    total += (n * ${i + 1}) % 7;`).join('\n');
    writeFileSync(bundle, `'use strict';
function big(n) {
    let total = 0;
${statements}
    return total;
}
exports.answer = process.env.BIG ? big(3) : 42;
exports.dir = __dirname;
exports.file = __filename;
exports.req = typeof require('node:path').join;
`);
}

function run(env: NodeJS.ProcessEnv = {}): { answer: number; dir: string; file: string; req: string; cache: string; cacheFile?: string } {
    const script = `import { requireWithCodeCache } from ${JSON.stringify(MODULE)};
const { exports, cache, cacheFile } = requireWithCodeCache(${JSON.stringify(bundle)});
console.log(JSON.stringify({ ...exports, cache, cacheFile }));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { ...process.env, PARTNERSHIP_CODE_CACHE: path.join(scratch, 'cache'), BIG: '', ...env }
    });
    expect(child.status, child.stderr).toBe(0);
    return JSON.parse(child.stdout) as ReturnType<typeof run>;
}

beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'partnership-code-cache-'));
    bundle = path.join(scratch, 'bundle.cjs');
    writeBundle();
});

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('requireWithCodeCache', () => {
    it('runs the file as require would: its exports, __dirname, __filename and its own require', () => {
        expect(run()).toMatchObject({ answer: 42, dir: scratch, file: bundle, req: 'function' });
    });

    it('writes the cache on the first run, in a folder only the user can read, and uses it after', () => {
        const first = run({ BIG: '1' });
        expect(first.cache).toBe('written');
        expect(first.answer).toBe(big3());
        const cacheFile = first.cacheFile!;
        expect(path.dirname(cacheFile)).toBe(path.join(scratch, 'cache'));
        expect(existsSync(cacheFile)).toBe(true);
        if (process.platform !== 'win32') {
            expect(statSync(path.dirname(cacheFile)).mode & 0o777).toBe(0o700);
            expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
        }
        const second = run({ BIG: '1' });
        expect(second).toMatchObject({ cache: 'used', answer: big3(), cacheFile });
        // Written beside and renamed: no partial file is left.
        expect(readdirSync(path.dirname(cacheFile))).toEqual([path.basename(cacheFile)]);
    });

    it('rejects a corrupt cache, runs all the same, and writes a good one', () => {
        const { cacheFile } = run({ BIG: '1' });
        writeFileSync(cacheFile!, 'not a code cache at all');
        expect(run({ BIG: '1' })).toMatchObject({ cache: 'rejected', answer: big3() });
        expect(readFileSync(cacheFile!, 'utf8')).not.toBe('not a code cache at all');
        expect(run({ BIG: '1' }).cache).toBe('used');
    });

    it('takes a new cache when the file changes', () => {
        const { cacheFile } = run();
        writeFileSync(bundle, `${readFileSync(bundle, 'utf8')}exports.more = 1;\n`);
        const changed = run();
        expect(changed.cache).toBe('written');
        expect(changed.cacheFile).not.toBe(cacheFile);
    });

    it('refills a cache taken by a run that compiled little of the file', () => {
        const light = run();
        const lightSize = statSync(light.cacheFile!).size;
        expect(lightSize).toBeLessThan(statSync(bundle).size / 2);
        // The cache is good, but small: this run uses it and takes a fuller one at exit.
        expect(run({ BIG: '1' }).cache).toBe('used');
        expect(statSync(light.cacheFile!).size).toBeGreaterThan(lightSize);
    });

    it('is off with PARTNERSHIP_CODE_CACHE=off, and a folder it cannot write costs only the speed', () => {
        expect(run({ PARTNERSHIP_CODE_CACHE: 'off' })).toMatchObject({ cache: 'off', answer: 42 });
        expect(existsSync(path.join(scratch, 'cache'))).toBe(false);
        const blocker = path.join(scratch, 'a-file');
        writeFileSync(blocker, '');
        const blocked = { PARTNERSHIP_CODE_CACHE: path.join(blocker, 'cache') };
        expect(run(blocked)).toMatchObject({ cache: 'written', answer: 42 });
        expect(run(blocked)).toMatchObject({ cache: 'written', answer: 42 });
    });
});

describe('codeCacheFolder', () => {
    it('is the user\'s own cache folder, never a shared temporary one', () => {
        expect(codeCacheFolder({ XDG_CACHE_HOME: '/home/ana/.cache' })).toBe(path.join('/home/ana/.cache', 'partnership-cli'));
        expect(codeCacheFolder({ XDG_CACHE_HOME: 'relative/cache' })).not.toContain('relative');
        expect(codeCacheFolder({ PARTNERSHIP_CODE_CACHE: 'OFF', XDG_CACHE_HOME: '/x' })).toBeUndefined();
        expect(codeCacheFolder({ PARTNERSHIP_CODE_CACHE: '/srv/cache' })).toBe(path.resolve('/srv/cache'));
        const fallback = codeCacheFolder({});
        expect(fallback).toMatch(/partnership-cli/);
        expect(fallback!.startsWith(tmpdir())).toBe(false);
    });
});

/** What the big function returns for 3, computed here. */
function big3(): number {
    let total = 0;
    for (let i = 1; i <= 3000; i++) total += (3 * i) % 7;
    return total;
}

