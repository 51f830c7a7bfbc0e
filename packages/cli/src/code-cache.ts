/**
 * Loads the packed CLI's one CommonJS bundle through V8's code cache, so that a run of `partnership`
 * does not compile the language's million characters of JavaScript again each time.
 *
 * Why by hand: Node 20 has no compile cache for modules (module.enableCompileCache is Node 22), and
 * the libraries that add one (v8-compile-cache) keep only what V8 compiles before the code runs,
 * which for a bundle is its top level. Most of the start-up is the functions compiled while the
 * command runs (the parser's construction, the rules): the cache here is taken when the process
 * exits, after they ran, and holds them too. Measured on examples/food-access: about a third of
 * the CPU time of `partnership validate` (bench/startup.mjs).
 *
 * The cache is a file per bundle content, Node version and architecture in the user's own cache
 * folder ($XDG_CACHE_HOME/partnership-cli, else ~/.cache/partnership-cli; never a shared temporary
 * folder, since another user could plant code there), created with mode 700. It is rewritten when
 * it is missing, when V8 rejects it (another V8, a corrupt file), and when it was taken by a run
 * that compiled little of the bundle (`--version`), so that a later command fills it. Any failure
 * to read or write it only costs the speed. PARTNERSHIP_CODE_CACHE=off turns it off;
 * PARTNERSHIP_CODE_CACHE=<folder> puts it there.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** What became of the cache in this run (for tests and the bench). */
export type CodeCacheState = 'off' | 'written' | 'used' | 'rejected';

export interface CachedModule {
    exports: unknown;
    /** The state at load; 'written' means it will be written when the process exits. */
    cache: CodeCacheState;
    /** The cache file, when there is one. */
    cacheFile?: string;
}

/** A cache smaller than this share of the source was taken by a run that used little of the bundle. */
const SMALL_CACHE_SHARE = 0.5;

/** The folder of the cache, or undefined when it is turned off or there is no home folder. */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
    const setting = env.PARTNERSHIP_CODE_CACHE?.trim();
    if (setting && /^(off|0|false|no)$/i.test(setting)) return undefined;
    if (setting) return path.resolve(setting);
    if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'partnership-cli');
    if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'partnership-cli', 'cache');
    let home: string;
    try {
        home = os.homedir();
    } catch {
        return undefined;
    }
    return home ? path.join(home, '.cache', 'partnership-cli') : undefined;
}

function readOrUndefined(file: string): Buffer | undefined {
    try {
        return readFileSync(file);
    } catch {
        return undefined;
    }
}

/** Writes beside, then renames: a run that reads while another writes sees the old file or the new one. */
function writeAtomically(file: string, data: Buffer): void {
    try {
        mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, data, { mode: 0o600 });
        renameSync(partial, file);
    } catch {
        // A read-only or full disk: the next run compiles again.
    }
}

/**
 * Runs the CommonJS file `file` (as `require` would, with its own `require`, `module` and
 * `__filename`) compiled from the code cache when there is a valid one, and returns its exports.
 */
export function requireWithCodeCache(file: string, env: NodeJS.ProcessEnv = process.env): CachedModule {
    const source = readFileSync(file, 'utf8');
    const folder = codeCacheFolder(env);
    const digest = createHash('sha1').update(source).update(process.version).update(process.arch).digest('hex').slice(0, 16);
    const cacheFile = folder ? path.join(folder, `${path.basename(file)}-${digest}.v8cache`) : undefined;
    const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
        filename: file,
        cachedData
    });
    let cache: CodeCacheState = 'off';
    if (cacheFile) {
        cache = cachedData === undefined ? 'written' : script.cachedDataRejected ? 'rejected' : 'used';
        const small = cachedData !== undefined && cachedData.length < source.length * SMALL_CACHE_SHARE;
        if (cache !== 'used' || small) {
            process.once('exit', () => writeAtomically(cacheFile, script.createCachedData()));
        }
    }
    const module = { exports: {} as unknown };
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
    return { exports: module.exports, cache, cacheFile };
}
