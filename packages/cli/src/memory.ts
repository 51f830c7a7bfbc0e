/**
 * The heap `partnership` runs with, and what it says when a network does not fit in it.
 *
 * V8 gives a Node process an old generation of about 2–4 GB whatever the machine has; a network of
 * 100,000 partners needs more. The flag that raises it (--max-old-space-size) must be given when
 * Node starts (v8.setFlagsFromString after start does not move the limit of the running heap), so a
 * run on input big enough to need it restarts itself once with the flag: 3/4 of the machine's memory
 * (or of the container's, when it is limited), at most 16 GB. The restarted child shares stdin and
 * stdout (so colours, hyperlinks and `| head` behave as before); its stderr passes through the parent,
 * which forwards it as it comes and recognises V8's own out-of-memory crash in it. Small input for the
 * heap (every coalition's network) runs in place: one start, as before. A heap the user set
 * (--max-old-space-size in NODE_OPTIONS or on node's command line) is kept: big input for it restarts
 * without the flag, only to be watched.
 *
 * When memory still runs out, the parent says so in one line naming the network, its size and what to
 * try, with exit status 2, instead of V8's "FATAL ERROR" and native stack. (A watchdog in the process
 * itself cannot do it: the build runs parse, link and validation without giving the event loop a
 * turn, so no check between its steps would run; the parent is what sees the crash.) A run in place
 * is one whose input is small for the heap it has.
 *
 * PARTNERSHIP_HEAP_MB=<n> sets the heap of the restarted process (and makes it restart whatever the
 * input's size); PARTNERSHIP_HEAP_MB=off runs in place. Only Node's built-in modules here: the
 * launcher loads this file before the commands.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;
/** The cap of the heap given by default, in MB. */
const MAX_HEAP_MB = 16 * 1024;
/** Heap needed per byte of input, about: 10,000 partners (8 MB of text) peak at ~800 MB. */
const HEAP_PER_INPUT_BYTE = 100;
/** Marks the child's stderr gets when the parent's was a terminal (the progress bar shows then). */
const STDERR_TTY = 'PARTNERSHIP_STDERR_TTY';
/** Commands that read no network: never worth a restart. */
const LIGHT = new Set(['init', 'explain', 'help']);
/** What V8 prints before it aborts for want of heap (Node 20: "<--- Last few GCs --->", then FATAL ERROR). */
const V8_CRASH = ['\n<--- Last few GCs --->', '\nFATAL ERROR:'];

/** Above this many findings (a network of thousands of partners) validate collects its garbage before writing the report. */
export const BIG_REPORT_FINDINGS = 10_000;

/**
 * Collects the garbage now, with a full collection. After a big network is validated its syntax
 * trees, model and analysis (most of the heap) are garbage, but V8 gives that memory back only at
 * its next full collection, and with a big heap it lets the report's allocations pile on top first:
 * at 20,000 partners writing the report added 190 MB to the peak RSS (1.70 → 1.88 GB), none when
 * collected first. V8's `gc` is reached through --expose-gc, set here when node was not started with it.
 */
export function collectGarbage(): void {
    let gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) {
        v8.setFlagsFromString('--expose-gc');
        gc = runInNewContext('gc') as () => void;
    }
    gc();
}

/** The heap to give a restarted run, in MB: 3/4 of the memory the process may use, at most 16 GB. */
export function heapTargetMB(env: NodeJS.ProcessEnv = process.env): number | undefined {
    const setting = env.PARTNERSHIP_HEAP_MB?.trim();
    if (setting && /^(off|0|false|no)$/i.test(setting)) return undefined;
    if (setting && /^\d+$/.test(setting)) return Number(setting);
    const constrained = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory?.() ?? 0;
    const total = constrained > 0 && constrained < os.totalmem() ? constrained : os.totalmem();
    return Math.min(MAX_HEAP_MB, Math.floor((total * 0.75) / MB));
}

/** The heap's size in MB when the user set it: on node's command line or in NODE_OPTIONS. */
function userHeapMB(execArgv: readonly string[], env: NodeJS.ProcessEnv): number | undefined {
    const value = [...(env.NODE_OPTIONS ?? '').split(/\s+/), ...execArgv]
        .map(arg => /^--max[-_]old[-_]space[-_]size=(\d+)$/.exec(arg)?.[1]).filter(Boolean).pop();
    return value === undefined ? undefined : Number(value);
}

/** The command's arguments that name existing files or folders (the values of options rarely do). */
function pathsIn(args: readonly string[], cwd: string): string[] {
    const paths = args.filter(arg => !arg.startsWith('-')).slice(1).filter(arg => {
        try {
            statSync(path.resolve(cwd, arg));
            return true;
        } catch {
            return false;
        }
    });
    return paths.length > 0 ? paths : ['.'];
}

export interface InputSize {
    /** How the input is named: its paths as given, relative to the working folder. */
    name: string;
    files: number;
    bytes: number;
    /** True when the count stopped early (more than `limit` bytes or a great many folders). */
    partial: boolean;
}

/**
 * The `.partnership` files the command's paths name: under a folder (hidden folders and node_modules
 * left out, as the commands do), and for a file the files beside it (its network is read with it).
 * Stops counting past `limit` bytes.
 */
export function inputSize(args: readonly string[], cwd = process.cwd(), limit = Infinity): InputSize {
    const paths = pathsIn(args, cwd);
    const seen = new Set<string>();
    let files = 0;
    let bytes = 0;
    let folders = 0;
    let partial = false;
    const count = (file: string, size: number) => {
        if (seen.has(file)) return;
        seen.add(file);
        files++;
        bytes += size;
    };
    const walk = (folder: string, deep: boolean) => {
        if (bytes > limit || ++folders > 2000) {
            partial = true;
            return;
        }
        let entries;
        try {
            entries = readdirSync(folder, { withFileTypes: true });
        } catch {
            return;
        }
        for (const entry of entries) {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) {
                if (deep && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full, deep);
            } else if (entry.name.endsWith('.partnership')) {
                try {
                    count(full, statSync(full).size);
                } catch {
                    // gone or unreadable: the command says so itself
                }
            }
        }
    };
    for (const given of paths) {
        const full = path.resolve(cwd, given);
        try {
            const stat = statSync(full);
            if (stat.isDirectory()) walk(full, true);
            else {
                count(full, stat.size);
                walk(path.dirname(full), false);
            }
        } catch {
            // not there: the command says so itself
        }
    }
    return { name: paths.join(', '), files, bytes, partial };
}

/** The one line said when a network does not fit in the heap. */
export function outOfMemoryLine(size: InputSize, heapLimitMB: number): string {
    const mb = size.bytes / MB;
    const input = size.files > 0
        ? ` (${size.partial ? 'more than ' : ''}${size.files.toLocaleString('en')} ${size.files === 1 ? 'file' : 'files'}, ${mb < 10 ? mb.toFixed(1) : Math.round(mb).toLocaleString('en')} MB)`
        : '';
    const more = Math.max(heapLimitMB * 2, 1024);
    // Control characters in a path are shown as escapes (as terminalText does), so the line stays one line.
    // eslint-disable-next-line no-control-regex
    const name = size.name.replace(/[\u0000-\u001f\u007f-\u009f]/g, char => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return `partnership: out of memory: the network of ${name}${input} does not fit in a heap of ${Math.round(heapLimitMB).toLocaleString('en')} MB; `
        + `split it into smaller networks, give Node more (NODE_OPTIONS=--max-old-space-size=${more}), or run it on a machine with more memory.\n`;
}

/**
 * The old generation's limit (what --max-old-space-size sets), in bytes: V8's heap limit less the
 * young generation's three semi-spaces (16 MB each unless --max-semi-space-size says otherwise).
 */
function oldSpaceLimit(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): number {
    const semi = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)]
        .map(arg => /^--max[-_]semi[-_]space[-_]size=(\d+)$/.exec(arg)?.[1]).filter(Boolean).pop();
    return v8.getHeapStatistics().heap_size_limit - 3 * Number(semi ?? 16) * MB;
}

export interface Restart {
    /** The --max-old-space-size to give the child, when the user set none. */
    flagMB?: number;
    /** The old generation the child gets, in MB (what the out-of-memory line says). */
    heapMB: number;
}

/**
 * Whether to run the command in a child (restarted with a bigger heap, and watched for V8's crash):
 * when its input is big for the heap it would have in place (about 100 bytes of heap per byte of
 * text), or when PARTNERSHIP_HEAP_MB is set. A heap the user set is kept.
 */
export function restartFor(args: readonly string[], execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Restart | undefined {
    const setting = env.PARTNERSHIP_HEAP_MB?.trim();
    const target = heapTargetMB(env);
    if (setting && target === undefined) return undefined;
    if (setting && target !== undefined) return { flagMB: target, heapMB: target };
    const command = args.find(arg => !arg.startsWith('-'));
    if (!command || LIGHT.has(command) || args.some(arg => ['--help', '-h', '--version', '-V'].includes(arg))) return undefined;
    const user = userHeapMB(execArgv, env);
    const inPlaceMB = oldSpaceLimit(execArgv, env) / MB;
    const enough = inPlaceMB * MB / 2 / HEAP_PER_INPUT_BYTE;
    const size = inputSize(args, cwd, enough);
    if (size.bytes <= enough && !size.partial) return undefined;
    if (user !== undefined || target === undefined || target < inPlaceMB) return { heapMB: user ?? inPlaceMB };
    return { flagMB: target, heapMB: target };
}

/**
 * The young generation's semi-space a restarted run gets, in MB (V8's default is 16 MB). A big
 * network's build allocates tens of gigabytes, most of it kept, and each minor collection costs
 * more the bigger the heap: with 16 MB, 3,200 of them took 45 s of a 107 s run at 100,000
 * partners; with 64 MB, 800 took 24 s (84 s in all) and the peak RSS was lower (7.47 GB, was 7.88).
 */
export const RESTART_SEMI_SPACE_MB = 64;

/**
 * Node's flags for the restarted child (before the parent's own): the heap it restarts for, and a
 * bigger young generation unless the user set one (on node's command line or in NODE_OPTIONS).
 */
export function restartFlags(restart: Restart, execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): string[] {
    const flags = restart.flagMB ? [`--max-old-space-size=${restart.flagMB}`] : [];
    const semiSet = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].some(arg => /^--(max|min)[-_]semi[-_]space[-_]size=/.test(arg));
    if (!semiSet) flags.push(`--max-semi-space-size=${RESTART_SEMI_SPACE_MB}`);
    return flags;
}

/** Forwards the child's stderr as it comes, up to V8's crash report, which it keeps back. */
function stderrFilter(write: (chunk: Buffer) => void): { push(chunk: Buffer): void; end(): void; crashed(): string | undefined } {
    let carry = Buffer.alloc(0);
    let crash: string | undefined;
    return {
        push(chunk) {
            if (crash !== undefined) {
                crash += chunk.toString('latin1');
                return;
            }
            const text = Buffer.concat([carry, chunk]);
            const s = text.toString('latin1');
            const at = Math.min(...V8_CRASH.map(mark => s.indexOf(mark)).filter(i => i >= 0));
            if (Number.isFinite(at)) {
                if (at > 0) write(text.subarray(0, at));
                crash = s.slice(at);
                carry = Buffer.alloc(0);
                return;
            }
            // Keep back an ending that may be the start of a mark split across chunks.
            let keep = 0;
            for (const mark of V8_CRASH) {
                for (let n = Math.min(mark.length - 1, s.length); n > keep; n--) {
                    if (s.endsWith(mark.slice(0, n))) {
                        keep = n;
                        break;
                    }
                }
            }
            if (text.length > keep) write(text.subarray(0, text.length - keep));
            carry = text.subarray(text.length - keep);
        },
        end() {
            if (carry.length > 0 && crash === undefined) write(carry);
            carry = Buffer.alloc(0);
        },
        crashed: () => crash
    };
}

/**
 * Runs the command (`run` returns its exit status): in place, or restarted once with a bigger heap.
 * The bin of the workspace and the packed CLI's launcher both start here.
 */
export async function launch(run: () => Promise<number>): Promise<void> {
    const args = process.argv.slice(2);
    const child = process.env[STDERR_TTY];
    if (child !== undefined) {
        // The restarted child (which never restarts again); its stderr, when '1', is the parent's pipe
        // to a terminal. Processes the command starts (git) do not get the mark.
        delete process.env[STDERR_TTY];
        if (child === '1') Object.assign(process.stderr, { isTTY: true });
    }
    const restart = child === undefined ? restartFor(args) : undefined;
    if (restart === undefined) {
        process.exitCode = await run();
        return;
    }
    const env = { ...process.env, [STDERR_TTY]: process.stderr.isTTY ? '1' : '0' };
    const started = spawn(process.execPath, [...restartFlags(restart), ...process.execArgv, process.argv[1], ...args], { stdio: ['inherit', 'inherit', 'pipe'], env });
    const filter = stderrFilter(chunk => process.stderr.write(chunk));
    started.stderr.on('data', (chunk: Buffer) => filter.push(chunk));
    const forward = (signal: NodeJS.Signals) => started.kill(signal);
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    await new Promise<void>(resolve => {
        started.on('error', error => {
            process.stderr.write(`partnership: cannot start: ${error.message}\n`);
            process.exitCode = 2;
            resolve();
        });
        started.on('close', (code, signal) => {
            filter.end();
            for (const s of signals) process.off(s, forward);
            const crash = filter.crashed();
            if (crash !== undefined && /heap out of memory|heap limit|Allocation failed/i.test(crash)) {
                process.stderr.write(outOfMemoryLine(inputSize(args), restart.heapMB));
                process.exitCode = 2;
            } else if (crash !== undefined) {
                // Another fatal error of V8's: shown as it was.
                process.stderr.write(crash);
                process.exitCode = code ?? 134;
            } else if (signal) {
                // Ended by a signal (Ctrl-C): end the same way, so the shell sees what it saw before.
                process.kill(process.pid, signal);
            } else {
                process.exitCode = code ?? 0;
            }
            resolve();
        });
    });
}
