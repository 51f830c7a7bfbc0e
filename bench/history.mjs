// `partnership history` on a long history: a scratch repository of the three example networks with
// N commits (default 500) of the edits a coalition makes (trust changed, a partner joining with a
// tie, a newcomer leaving, a partner's declaration moved to its own file, a goal's reading added),
// written with `git fast-import`. Times, each in a fresh Node process:
//   - the history as the command builds it (documents of unchanged blobs kept, only changed files reparsed);
//   - every version built from nothing (what rebuilding each checkout would cost);
// and checks that both give the same rows and events.
//
//   node bench/history.mjs [--commits 500]
// Target: the 500 commits take seconds, not minutes (here: ≤ 15 s), and clearly less than from scratch.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const EXAMPLES = path.join(root, 'examples');

/** A small deterministic generator (mulberry32), so every run writes the same repository. */
function random(seed) {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function exampleFiles() {
    const files = new Map();
    for (const folder of readdirSync(EXAMPLES)) {
        const dir = path.join(EXAMPLES, folder);
        if (!statSync(dir).isDirectory()) continue;
        for (const name of readdirSync(dir).filter(f => f.endsWith('.partnership'))) files.set(`${folder}/${name}`, readFileSync(path.join(dir, name), 'utf8'));
    }
    return files;
}

/** Writes the repository; returns its folder. */
export function makeLongHistory(commits) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'partnership-bench-history-'));
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
    const next = random(500);
    const files = exampleFiles();
    const folders = [...new Set([...files.keys()].map(f => f.split('/')[0]))];
    const newcomers = [];
    const chunks = [];
    const data = text => `data ${Buffer.byteLength(text)}\n${text}\n`;
    let when = Date.UTC(2024, 0, 1) / 1000;
    for (let i = 0; i < commits; i++) {
        const changed = new Set();
        const folder = folders[Math.floor(next() * folders.length)];
        const own = [...files.keys()].filter(f => f.startsWith(`${folder}/`));
        const pick = list => list[Math.floor(next() * list.length)];
        const roll = next();
        let message;
        if (i === 0) {
            own.length = 0;
            files.forEach((_, f) => changed.add(f));
            message = 'The coalitions\' networks';
        } else if (roll < 0.45) {
            const file = pick(own.filter(f => /trust \d/.test(files.get(f))));
            if (file) {
                files.set(file, files.get(file).replace(/trust \d/, `trust ${1 + Math.floor(next() * 5)}`));
                changed.add(file);
            }
            message = 'Trust after the check-in';
        } else if (roll < 0.7) {
            const file = pick(own);
            const name = `Newcomer${i}`;
            const anchor = /^partner (\w+)/m.exec(files.get(pick(own.filter(f => /^partner \w+/m.test(files.get(f))))) ?? '')?.[1];
            files.set(file, `${files.get(file)}\npartner ${name} "Newcomer ${i}" {\n    sector faith\n    stage exploring\n}\n${anchor ? `\ntie ${name} -- ${anchor} {\n    effort 1 hour/month\n    trust 3\n}\n` : ''}`);
            newcomers.push({ name, file });
            changed.add(file);
            message = `${name} joins`;
        } else if (roll < 0.85 && newcomers.length > 0) {
            const { name, file } = newcomers.splice(Math.floor(next() * newcomers.length), 1)[0];
            if (files.has(file)) {
                files.set(file, files.get(file).replace(new RegExp(`\\npartner ${name} [^{]*\\{[^}]*\\}\\n(\\ntie ${name} -- \\w+ \\{[^}]*\\}\\n)?`), ''));
                changed.add(file);
            }
            message = `${name} leaves`;
        } else if (roll < 0.92) {
            const file = pick(own.filter(f => /^partner \w+[^{]*\{[^}]*\}\n/m.test(files.get(f))));
            if (file) {
                const declaration = /^partner \w+[^{]*\{[^}]*\}\n/m.exec(files.get(file))[0];
                files.set(file, files.get(file).replace(declaration, ''));
                const moved = `${folder}/moved-${i}.partnership`;
                files.set(moved, declaration);
                changed.add(file).add(moved);
            }
            message = 'A partner in its own file';
        } else {
            const file = pick(own.filter(f => /^\s*target /m.test(files.get(f))));
            if (file) {
                const date = new Date((when + 86400) * 1000).toISOString().slice(0, 10);
                files.set(file, files.get(file).replace(/^(\s*)target (.*)$/m, `$1target $2\n$1progress ${Math.floor(next() * 100)} on ${date}`));
                changed.add(file);
            }
            message = 'A new reading';
        }
        when += 3600 * (6 + Math.floor(next() * 60));
        chunks.push(`commit refs/heads/main\nauthor Bench <bench@example.org> ${when} +0000\ncommitter Bench <bench@example.org> ${when} +0000\n${data(`${message} (${i + 1})`)}`);
        for (const file of changed) chunks.push(`M 100644 inline ${file}\n${data(files.get(file))}`);
        chunks.push('\n');
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: chunks.join('') });
    execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
    return dir;
}

/** One history in a fresh Node process: its time, peak RSS and a digest of what it gave. */
function timed(dir, fresh) {
    const module = pathToFileURL(path.join(root, 'packages/cli/out/history.js')).href;
    const script = `
        const { collectHistory } = await import(${JSON.stringify(module)});
        const { createHash } = await import('node:crypto');
        const start = performance.now();
        const histories = await collectHistory('.', { fresh: ${fresh} });
        const ms = performance.now() - start;
        const rows = histories.reduce((n, h) => n + h.rows.length, 0);
        const events = histories.reduce((n, h) => n + h.events.length, 0);
        const digest = createHash('sha256').update(JSON.stringify(histories)).digest('hex');
        console.log(JSON.stringify({ ms, rows, events, networks: histories.length, digest, maxRssMB: process.resourceUsage().maxRSS / 1024 }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`history failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop());
}

export function measureHistory({ commits = 500 } = {}) {
    const dir = makeLongHistory(commits);
    try {
        const versions = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: dir, encoding: 'utf8' }));
        return { commits: versions, incremental: timed(dir, false), fresh: timed(dir, true) };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

export function formatHistory({ commits, incremental, fresh }) {
    const s = ms => `${(ms / 1000).toFixed(2)} s`;
    const ok = incremental.ms <= 15_000 && incremental.ms < fresh.ms;
    return [
        `history of a ${commits}-commit repository of the examples (${incremental.networks} networks, ${incremental.rows.toLocaleString('en')} rows, ${incremental.events.toLocaleString('en')} events)`,
        `  unchanged blobs kept      ${s(incremental.ms).padStart(9)}   peak RSS ${String(Math.round(incremental.maxRssMB)).padStart(5)} MB   ${(fresh.ms / incremental.ms).toFixed(1)}× faster than from scratch (target ≤ 15 s) ${ok ? 'ok' : 'MISSED'}`,
        `  each version from scratch ${s(fresh.ms).padStart(9)}   peak RSS ${String(Math.round(fresh.maxRssMB)).padStart(5)} MB`,
        `  same rows and events: ${incremental.digest === fresh.digest ? 'yes' : 'NO (a defect: see packages/cli/test/history.test.ts)'}`
    ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const i = process.argv.indexOf('--commits');
    for (const line of formatHistory(measureHistory({ commits: i > 0 ? Number(process.argv[i + 1]) : 500 }))) console.log(line);
}
