// The language server's memory under abuse: does it give memory back after a huge
// unsaved document is opened and closed again and again?
//
//   node bench/lsp-abuse.mjs [--partners 20000] [--rounds 10] [--json]
//
// Spawns the built server (packages/language/bin/server.js --stdio) on a small generated workspace
// (bench/generate-network.mjs: 100 partners, 5 files) and opens every file of it. Then, --rounds
// times, opens a document of --partners partners (about two ties each, random pairs, one file) at a
// URI with no file on disk (an unsaved new file in the workspace), waits for its diagnostics and
// closes it. The server's resident set size (VmRSS in /proc/<pid>/status) is read at the baseline
// (small workspace open, settled), right after the rounds, and after a settle: 2 s of quiet and two
// forced garbage collections. For the collections (and the V8 heap figures) the server runs with
// --expose-gc and a preload (a data: URL, bench only) that calls gc() and prints
// process.memoryUsage() to stderr on SIGUSR2. Last, a hover on the small workspace checks that the
// server still answers. Linux only (/proc).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
// `vscode-jsonrpc/node`, spelled with .js because the package has no exports map (Node ESM).
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { trackPublishes } from './publishes.mjs';
import { bigDocument } from './big-document.mjs';
import { generateNetwork } from './generate-network.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER = path.join(here, '..', 'packages', 'language', 'bin', 'server.js');
const BUILT = path.join(here, '..', 'packages', 'language', 'out', 'main.js');
const WAIT_MS = 300_000;
/**
 * After the settle, the V8 heap should be within this much of the baseline (the RSS is reported too,
 * but how much of it the allocator hands back to the system varies from run to run).
 */
export const TARGET_SETTLED_HEAP_OVER_BASELINE_MB = 50;

const GC_PRELOAD = `data:text/javascript,${encodeURIComponent(
    "process.on('SIGUSR2', () => { globalThis.gc(); globalThis.gc(); process.stderr.write('partnership-gc ' + JSON.stringify(process.memoryUsage()) + '\\n'); });"
)}`;

const log = message => process.stderr.write(`${message}\n`);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));


function rssMB(pid) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
    return kb / 1024;
}

export async function measureLspAbuse({ partners = 20000, rounds = 10 } = {}) {
    if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing; run \`npm run build\` first.`);
    if (!existsSync('/proc/self/status')) throw new Error('reading the RSS needs /proc (Linux)');
    const folder = path.join(os.tmpdir(), 'partnership-lsp-abuse');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    generateNetwork(folder, 100, 5, 3);
    const files = readdirSync(folder).filter(name => name.endsWith('.partnership')).sort();
    const uriOf = name => pathToFileURL(path.join(folder, name)).href;
    // No file on disk: an unsaved document in a folder of its own (not part of the small network).
    const bigUri = pathToFileURL(path.join(folder, 'unsaved', 'big.partnership')).href;
    const bigText = bigDocument(partners);

    // The young-generation flag given here, so bin/server.js starts in place: /proc/<pid> is the server's.
    const child = spawn(process.execPath, ['--max-semi-space-size=64', '--expose-gc', `--import=${GC_PRELOAD}`, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr = [];
    const gcReports = [];
    child.stderr.setEncoding('utf8').on('data', chunk => {
        stderr.push(chunk);
        for (const match of chunk.matchAll(/^partnership-gc (.*)$/gm)) gcReports.push(JSON.parse(match[1]));
    });
    const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve({ code, signal })));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

    // Only the latest few publishes are kept: the bench's own memory stays flat.
    const { publishes, until, sequence } = trackPublishes(connection, stderr, { keep: 4, waitMs: WAIT_MS });
    connection.onNotification('window/logMessage', () => {});
    connection.onRequest(() => null);
    connection.listen();

    const publishedAfter = (uri, since, predicate = () => true) => publishes.get(uri)?.some(p => p.seq > since && predicate(p.diagnostics));
    /** Forces two collections in the server and returns its memory figures. */
    const collect = async () => {
        const before = gcReports.length;
        child.kill('SIGUSR2');
        const deadline = Date.now() + 30_000;
        while (gcReports.length === before) {
            if (Date.now() > deadline) throw new Error('the server did not report after SIGUSR2');
            await sleep(50);
        }
        await sleep(200);
        return { rss: rssMB(child.pid), heapUsed: gcReports.at(-1).heapUsed / 2 ** 20 };
    };

    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(folder).href,
        workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
        capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } }, workspace: { workspaceFolders: true } },
        initializationOptions: { today: '2026-11-01' }
    });
    await connection.sendNotification('initialized', {});
    const opened = sequence();
    for (const name of files) {
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'partnership', version: 1, text: readFileSync(path.join(folder, name), 'utf8') } });
    }
    await until(() => files.every(name => publishedAfter(uriOf(name), opened)), 'the diagnostics of the small workspace');
    await sleep(2000);
    const baseline = await collect();
    log(`  lsp abuse: baseline ${baseline.rss.toFixed(0)} MB RSS, ${baseline.heapUsed.toFixed(0)} MB heap`);

    const roundMs = [];
    let peak = baseline.rss;
    let bigDiagnostics = 0;
    for (let round = 0; round < rounds; round++) {
        const started = performance.now();
        const since = sequence();
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'partnership', version: 1, text: bigText } });
        // The loose partners all get findings (no role): wait for that state, not for an empty publish.
        await until(() => publishedAfter(bigUri, since, diagnostics => diagnostics.length > 0), `round ${round + 1}: diagnostics of the big document`);
        bigDiagnostics = publishes.get(bigUri).at(-1).diagnostics.length;
        peak = Math.max(peak, rssMB(child.pid));
        const closing = sequence();
        await connection.sendNotification('textDocument/didClose', { textDocument: { uri: bigUri } });
        // A dropped document has its diagnostics cleared; give the server a moment either way.
        await Promise.race([until(() => publishedAfter(bigUri, closing, diagnostics => diagnostics.length === 0), 'cleared diagnostics'), sleep(5000)]);
        roundMs.push(performance.now() - started);
        log(`  lsp abuse: round ${round + 1}/${rounds} ${((performance.now() - started) / 1000).toFixed(1)} s, RSS ${rssMB(child.pid).toFixed(0)} MB`);
    }
    const cleared = publishes.get(bigUri)?.at(-1)?.diagnostics.length === 0;
    const afterRounds = { rss: rssMB(child.pid) };
    await sleep(2000);
    const settled = await collect();

    // Still answering: hover over the name of `us` in the network file.
    const networkText = readFileSync(path.join(folder, 'network.partnership'), 'utf8');
    const usAt = networkText.split('\n').findIndex(line => line.trim().startsWith('us '));
    const hover = await connection.sendRequest('textDocument/hover', {
        textDocument: { uri: uriOf('network.partnership') },
        position: { line: usAt, character: networkText.split('\n')[usAt].indexOf('P0') + 1 }
    });
    const hoverText = JSON.stringify(hover?.contents ?? null);

    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    const exit = await Promise.race([exited, sleep(10_000).then(() => undefined)]);
    if (!exit) child.kill();
    connection.dispose();
    rmSync(folder, { recursive: true, force: true });
    return {
        partners,
        bigBytes: Buffer.byteLength(bigText),
        bigDiagnostics,
        rounds,
        roundMs,
        baseline,
        peakRss: peak,
        afterRounds,
        settled,
        clearedOnClose: cleared,
        hoverAnswered: hoverText.includes('P0'),
        exit
    };
}

export function formatAbuse(result) {
    const mb = value => `${value.toFixed(0)} MB`;
    const over = result.settled.rss - result.baseline.rss;
    const heapOver = result.settled.heapUsed - result.baseline.heapUsed;
    const mean = result.roundMs.reduce((a, b) => a + b, 0) / result.roundMs.length;
    return [
        `language server memory: ${result.rounds}× open and close an unsaved document of ${result.partners.toLocaleString('en')} partners (${(result.bigBytes / 2 ** 20).toFixed(1)} MB, ${result.bigDiagnostics.toLocaleString('en')} diagnostics), ${(mean / 1000).toFixed(1)} s per round`,
        `  RSS: baseline ${mb(result.baseline.rss)} · peak ${mb(result.peakRss)} · after the rounds ${mb(result.afterRounds.rss)} · settled (gc) ${mb(result.settled.rss)}`,
        `  V8 heap used: baseline ${mb(result.baseline.heapUsed)} · settled ${mb(result.settled.heapUsed)}`,
        `  settled: heap ${heapOver >= 0 ? '+' : ''}${mb(heapOver)} over baseline (target ≤ ${TARGET_SETTLED_HEAP_OVER_BASELINE_MB} MB) ${heapOver <= TARGET_SETTLED_HEAP_OVER_BASELINE_MB ? 'ok' : 'MISSED'}, RSS ${over >= 0 ? '+' : ''}${mb(over)}; diagnostics cleared on close: ${result.clearedOnClose ? 'yes' : 'NO'}; hover afterwards: ${result.hoverAnswered ? 'ok' : 'FAILED'}`
    ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
    const args = process.argv.slice(2);
    const option = (name, fallback) => {
        const i = args.indexOf(name);
        return i >= 0 ? args[i + 1] : fallback;
    };
    const result = await measureLspAbuse({ partners: Number(option('--partners', '20000')), rounds: Number(option('--rounds', '10')) });
    if (args.includes('--json')) console.log(JSON.stringify(result));
    else for (const line of formatAbuse(result)) console.log(line);
}
