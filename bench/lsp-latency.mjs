// How long the language server takes to refresh network-level diagnostics after an edit.
//
//   node bench/lsp-latency.mjs [--partners 1000] [--edits 100] [--json] [--cpu-prof <dir>] [--node-args "--max-semi-space-size=32"]
//
// Spawns the built server (packages/language/bin/server.js --stdio) on a generated workspace
// (bench/generate-network.mjs: N partners, 20 files, 5 ties per partner), opens every file the way
// an editor restoring a session does, waits until the initial diagnostics have settled, then edits
// one ties file (--edits times). Each edit toggles the effort of a tie of `us` (P0) between 1 and 5,000
// hours/month, which turns `over-budget` on the network file and `partner-over-capacity` on the
// file of the tie's other partner on and off. The latency of an edit is the time from sending
// `didChange` until the server's `publishDiagnostics` for both of those files show the new state
// (timestamps taken when the notifications arrive). Between edits the script waits until the server
// has validated every file again (a code-action request on each file, which the server answers once
// that file is validated; unchanged diagnostics are not published again), so edits do not overlap.
//
// The floor of an edit is re-parsing the edited file: the same run times parsing and linking the
// edited file alone (in this process, the other files already built, no validation) and prints the
// ratio. Targets (TARGETS below): p95 at 1,000 partners ≤ 100 ms and ≤ 4× that parse; p95 at 200
// partners ≤ 30 ms; initial diagnostics of the 1,000-partner workspace ≤ 2 s. Without --partners both
// sizes run.
//
// --cpu-prof <dir> runs the server under `node --cpu-prof` and prints where its time went during the
// edits (self time per source file and per function, samples before the first edit left out).
// --node-args passes options to the server's Node (e.g. GC settings) for experiments.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
// `vscode-jsonrpc/node`, spelled with .js because the package has no exports map (Node ESM).
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { trackPublishes } from './publishes.mjs';
import { generateNetwork } from './generate-network.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER = path.join(here, '..', 'packages', 'language', 'bin', 'server.js');
const BUILT = path.join(here, '..', 'packages', 'language', 'out', 'main.js');
/** The targets of the edit latency (issue: an edit costs what it touches). */
export const TARGETS = { p95At1000Ms: 100, parseRatio: 4, p95At200Ms: 30, initialAt1000Ms: 2000 };
/** Kept for callers of the old single target. */
export const TARGET_P95_MS = TARGETS.p95At1000Ms;
const OVER_EFFORT = '5000 hours/month';
const WAIT_MS = 120_000;

const log = message => process.stderr.write(`${message}\n`);

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export async function measureLspLatency({ partners = 1000, edits = 100, cpuProfDir, serverNodeArgs = [] } = {}) {
    if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing; run \`npm run build\` first.`);
    const folder = path.join(os.tmpdir(), `partnership-lsp-latency-${partners}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const generated = generateNetwork(folder, partners, 20, 5);
    const files = readdirSync(folder).filter(name => name.endsWith('.partnership')).sort();
    const uriOf = name => pathToFileURL(path.join(folder, name)).href;
    const texts = new Map(files.map(name => [name, readFileSync(path.join(folder, name), 'utf8')]));

    // The edited tie: the first tie of P0 (`us`); the affected files are the network file (over-budget)
    // and the file declaring the tie's other partner (partner-over-capacity).
    let edited;
    for (const name of files) {
        const match = /^tie (P0 -- (P\d+)|(P\d+) -- P0) \{\n    effort 1 hour\/month$/m.exec(texts.get(name));
        if (match) {
            edited = { name, index: match.index, header: match[0], other: match[2] ?? match[3] };
            break;
        }
    }
    if (!edited) throw new Error('no tie of P0 found in the generated network');
    const otherFile = `part-${String(Number(edited.other.slice(1)) % 20).padStart(2, '0')}.partnership`;
    const baseText = texts.get(edited.name);
    const overText = baseText.slice(0, edited.index) + edited.header.replace('1 hour/month', OVER_EFFORT) + baseText.slice(edited.index + edited.header.length);
    const networkUri = uriOf('network.partnership');
    const otherUri = uriOf(otherFile);
    const editedUri = uriOf(edited.name);

    // Profiling: the young-generation flag of bin/server.js given here, so the server starts in place
    // (not re-started by bin/server.js) and the one profile written is the server's.
    // The young-generation flag bin/server.js would restart itself with is given here, so the server
    // starts in place: the one profile written and the CPU time read (/proc) are the server's.
    const semiSpace = serverNodeArgs.some(a => a.startsWith('--max-semi-space-size')) ? [] : ['--max-semi-space-size=64'];
    const profileArgs = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : [];
    const nodeArgs = [...serverNodeArgs, ...semiSpace, ...profileArgs];
    if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });
    const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr = [];
    child.stderr.setEncoding('utf8').on('data', chunk => stderr.push(chunk));
    const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve({ code, signal })));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

    // Every publish, with its arrival time and a global sequence number.
    const { publishes, listeners, until, sequence } = trackPublishes(connection, stderr, { waitMs: WAIT_MS });
    connection.onNotification('window/logMessage', () => {});
    connection.onRequest(() => null);
    connection.listen();

    /** The first publish of `uri` after `since` whose diagnostics satisfy `predicate`. */
    const publishAfter = (uri, since, predicate) => publishes.get(uri)?.find(p => p.seq > since && predicate(p.diagnostics));
    const quiet = ms => new Promise(resolve => {
        let timer;
        const reset = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                listeners.delete(reset);
                resolve();
            }, ms);
        };
        listeners.add(reset);
        reset();
    });

    /**
     * Resolves when the server has validated every file (code actions wait for it); diagnostics that
     * did not change are not published again, so publishes cannot tell.
     */
    const validated = () => Promise.all(files.map(name => connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: uriOf(name) },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] }
    })));

    const started = performance.now();
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(folder).href,
        workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
        capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true, dataSupport: true } }, workspace: { workspaceFolders: true } },
        initializationOptions: { today: '2026-11-01' }
    });
    await connection.sendNotification('initialized', {});
    const opened = sequence();
    for (const name of files) {
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'partnership', version: 1, text: texts.get(name) } });
    }
    await until(() => files.every(name => publishAfter(uriOf(name), opened, () => true)), 'the initial diagnostics of every file');
    await validated();
    const initialMs = performance.now() - started;
    await quiet(500);
    const hasCode = code => diagnostics => diagnostics.some(d => d.code === code);
    const lacksCode = code => diagnostics => !diagnostics.some(d => d.code === code);
    const initialNetwork = publishes.get(networkUri).at(-1).diagnostics;
    if (hasCode('over-budget')(initialNetwork)) throw new Error('the generated network is over budget before any edit');

    const editsFromMicros = Number(process.hrtime.bigint() / 1000n);
    const cpuBefore = cpuMsOf(child.pid);
    const latencies = [];
    const perFile = { network: [], other: [] };
    let version = 1;
    for (let i = 0; i < edits; i++) {
        const over = i % 2 === 0;
        const since = sequence();
        const sent = performance.now();
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: editedUri, version: ++version },
            contentChanges: [{ text: over ? overText : baseText }]
        });
        const [network, other] = await until(() => {
            const network = publishAfter(networkUri, since, over ? hasCode('over-budget') : lacksCode('over-budget'));
            const other = publishAfter(otherUri, since, over ? hasCode('partner-over-capacity') : lacksCode('partner-over-capacity'));
            return network && other ? [network, other] : undefined;
        }, `edit ${i + 1}: ${over ? 'over' : 'back within'} budget`);
        perFile.network.push(network.at - sent);
        perFile.other.push(other.at - sent);
        latencies.push(Math.max(network.at, other.at) - sent);
        // Let the build finish (every file validated again) before the next edit.
        await validated();
        if ((i + 1) % 20 === 0) log(`  lsp latency: ${i + 1}/${edits} edits`);
    }

    const cpuAfter = cpuMsOf(child.pid);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    const exit = await Promise.race([exited, new Promise(resolve => setTimeout(() => resolve(undefined), 10_000))]);
    if (!exit) child.kill();
    connection.dispose();

    const floor = await measureParseAndLink(folder, files, edited.name, [overText, baseText], Math.min(edits, 40));

    const stats = values => {
        const sorted = [...values].sort((a, b) => a - b);
        return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1], mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
    };
    return {
        partners: generated.partners,
        ties: generated.ties,
        files: files.length,
        edits,
        editedFile: edited.name,
        editsFromMicros,
        affected: ['network.partnership', otherFile],
        initialMs,
        latency: stats(latencies),
        network: stats(perFile.network),
        other: stats(perFile.other),
        parseAndLink: stats(floor),
        /** The server's CPU time (user + system) per edit, less sensitive to a busy machine than the latency. */
        cpuPerEditMs: cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / edits : undefined,
        samples: latencies
    };
}

/** A process's CPU time so far (user + system, ms) from /proc on Linux; undefined elsewhere. */
function cpuMsOf(pid) {
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
    } catch {
        return undefined;
    }
}

/**
 * The floor of an edit: the time to parse and link the edited file alone, in this process with the
 * built language (the other files of the workspace parsed and linked first, nothing validated),
 * `runs` times alternating between `texts`.
 */
async function measureParseAndLink(folder, files, editedName, texts, runs) {
    // node.js first: it installs the Object.groupBy polyfill Node 20 needs before langium loads.
    const language = await import(pathToFileURL(BUILT.replace(/main\.js$/, 'node.js')).href);
    const { EmptyFileSystem, URI } = await import('langium');
    const { shared } = language.createPartnershipServices(EmptyFileSystem);
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;
    const uriOf = name => URI.file(path.join(folder, name));
    const all = files.map(name => factory.fromString(readFileSync(path.join(folder, name), 'utf8'), uriOf(name)));
    for (const document of all) documents.addDocument(document);
    await shared.workspace.DocumentBuilder.build(all, { validation: false });
    const times = [];
    for (let i = 0; i < runs + 3; i++) {
        const start = performance.now();
        documents.deleteDocument(uriOf(editedName));
        const document = factory.fromString(texts[i % texts.length], uriOf(editedName));
        documents.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        if (i >= 3) times.push(performance.now() - start); // the first runs warm the code up
    }
    return times;
}

/**
 * Self time of a .cpuprofile per function and per source file, top `count` of each; only samples
 * taken from `fromMicros` on (the monotonic clock of process.hrtime, shared by processes on Linux).
 */
export function summarizeProfile(file, count = 25, fromMicros = 0) {
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    const byFunction = new Map();
    const byFile = new Map();
    const byId = new Map(profile.nodes.map(node => [node.id, node]));
    const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
    let at = profile.startTime;
    let total = 0;
    for (let i = 0; i < profile.samples.length; i++) {
        const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        at += profile.timeDeltas[i] ?? 0;
        if (at < fromMicros) continue;
        const frame = byId.get(profile.samples[i]).callFrame;
        const source = frame.url ? frame.url.replace(/^.*node_modules\//, '').replace(/^.*packages\//, '') : frame.functionName;
        add(byFunction, `${frame.functionName || '(anonymous)'}${frame.url ? ` ${source}:${frame.lineNumber + 1}` : ''}`, ms);
        add(byFile, source, ms);
        total += ms;
    }
    const top = map => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => ({ name, ms }));
    return { totalMs: total, functions: top(byFunction), files: top(byFile) };
}

export function formatLatency(result) {
    const ms = value => `${value.toFixed(0)} ms`;
    const { latency, parseAndLink } = result;
    const ratio = latency.p95 / parseAndLink.p50;
    return [
        `language server: ${result.edits} edits of ${result.editedFile} (${result.partners.toLocaleString('en')} partners · ${result.ties.toLocaleString('en')} ties · ${result.files} files), initial diagnostics after ${(result.initialMs / 1000).toFixed(1)} s`,
        `  didChange → refreshed diagnostics of ${result.affected.join(' and ')}`,
        `  p50 ${ms(latency.p50)}   p95 ${ms(latency.p95)}   max ${ms(latency.max)}`,
        `  network file alone: p50 ${ms(result.network.p50)} p95 ${ms(result.network.p95)}; ${result.affected[1]} alone: p50 ${ms(result.other.p50)} p95 ${ms(result.other.p95)}`,
        `  parse + link of ${result.editedFile} alone: p50 ${parseAndLink.p50.toFixed(1)} ms p95 ${parseAndLink.p95.toFixed(1)} ms; edit p95 / parse p50 = ${ratio.toFixed(1)}×`,
        ...(result.cpuPerEditMs !== undefined ? [`  server CPU time per edit (user + system): ${result.cpuPerEditMs.toFixed(0)} ms`] : [])
    ];
}

/** Each target a result speaks to, with its figure and whether it is met. */
export function targetLines(results) {
    const lines = [];
    const line = (what, value, target, met) => lines.push(`  target ${what}: ${value} (≤ ${target}) ${met ? 'met' : 'NOT MET'}`);
    for (const result of results) {
        const p95 = result.latency.p95;
        if (result.partners === 1000) {
            line('p95 edit → diagnostics at 1,000 partners', `${p95.toFixed(0)} ms`, `${TARGETS.p95At1000Ms} ms`, p95 <= TARGETS.p95At1000Ms);
            const ratio = p95 / result.parseAndLink.p50;
            line('p95 edit / parse + link of the edited file at 1,000 partners', `${ratio.toFixed(1)}×`, `${TARGETS.parseRatio}×`, ratio <= TARGETS.parseRatio);
            line('initial diagnostics of the 1,000-partner workspace', `${(result.initialMs / 1000).toFixed(2)} s`, `${TARGETS.initialAt1000Ms / 1000} s`, result.initialMs <= TARGETS.initialAt1000Ms);
        } else if (result.partners === 200) {
            line('p95 edit → diagnostics at 200 partners', `${p95.toFixed(0)} ms`, `${TARGETS.p95At200Ms} ms`, p95 <= TARGETS.p95At200Ms);
        }
    }
    return lines;
}

/** The sizes the targets speak of (200 and 1,000 partners), measured one after the other. */
export async function measureLspTargets({ edits = 100 } = {}) {
    const results = [];
    for (const partners of [200, 1000]) results.push(await measureLspLatency({ partners, edits }));
    return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
    const args = process.argv.slice(2);
    const option = (name, fallback) => {
        const i = args.indexOf(name);
        return i >= 0 ? args[i + 1] : fallback;
    };
    const cpuProfDir = option('--cpu-prof', undefined);
    const sizes = option('--partners', undefined) !== undefined ? [Number(option('--partners'))] : [200, 1000];
    const results = [];
    for (const partners of sizes) {
        results.push(await measureLspLatency({
            partners,
            edits: Number(option('--edits', '100')),
            cpuProfDir: cpuProfDir && path.resolve(cpuProfDir),
            serverNodeArgs: (option('--node-args', '') ?? '').split(' ').filter(Boolean)
        }));
    }
    const load = os.loadavg().map(value => value.toFixed(2)).join(' ');
    if (args.includes('--json')) {
        console.log(JSON.stringify(results.length === 1 ? { ...results[0], load } : { results, load }));
    } else {
        for (const result of results) for (const line of formatLatency(result)) console.log(line);
        for (const line of targetLines(results)) console.log(line);
        console.log(`  (load average ${load}; the targets are for a quiet machine)`);
    }
    const result = results.at(-1);
    if (cpuProfDir) {
        const profiles = readdirSync(cpuProfDir).filter(name => name.endsWith('.cpuprofile')).sort();
        const latest = profiles.at(-1);
        if (latest) {
            const summary = summarizeProfile(path.join(cpuProfDir, latest), 25, result.editsFromMicros);
            const per = ms => `${ms.toFixed(0).padStart(7)} ms ${(ms / result.edits).toFixed(1).padStart(6)} ms/edit`;
            log(`\nserver profile ${path.join(cpuProfDir, latest)}, edit phase only: ${(summary.totalMs / 1000).toFixed(1)} s sampled (${(summary.totalMs / result.edits).toFixed(0)} ms per edit)`);
            log('self time by source file:');
            for (const { name, ms } of summary.files) log(`  ${per(ms)}  ${name}`);
            log('self time by function:');
            for (const { name, ms } of summary.functions) log(`  ${per(ms)}  ${name}`);
        }
    }
}
