// How fast the language server answers requests while the user keeps editing.
//
//   node bench/lsp-requests-under-edits.mjs [--partners 1000] [--edits 200] [--seed 7] [--json] [--node-args "--cpu-prof"]
//
// Spawns the built server (packages/language/bin/server.js --stdio) on a generated workspace
// (bench/generate-network.mjs: N partners, 20 files, 5 ties per partner), opens every file and waits
// for the initial diagnostics. Then it types: --edits random one-character edits (an insertion or a
// deletion in a random partner/ties file, the way a user types and mistypes), 0–200 ms apart, and
// after most edits one request at a random place in a random file: a code action (with the
// diagnostics there, as VS Code sends them), a hover, a completion or a go to definition. Requests
// are not awaited before the next edit. At the end, with no more edits, one more of each.
//
// Each request is answered with a result, or cancelled: ContentModified (-32801) once a newer edit
// came (docs/editor.md, "Speed"), RequestCancelled (-32800). Printed: the answers by kind, the time
// from the first newer edit to the answer (target: ≤ 1 s, each), and for requests that no newer edit
// overtook, the time from sending to the answer. Before the request gate (packages/language/src/lsp/
// request-gate.ts) a request waited for a build that every edit restarted: a code action sent while
// the user typed was answered only once the typing stopped (over a minute in the report).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateNetwork, mulberry32 } from './generate-network.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER = path.join(here, '..', 'packages', 'language', 'bin', 'server.js');
const BUILT = path.join(here, '..', 'packages', 'language', 'out', 'main.js');
export const TARGET_AFTER_NEWER_EDIT_MS = 1000;
const WAIT_MS = 180_000;
const METHODS = ['textDocument/codeAction', 'textDocument/hover', 'textDocument/completion', 'textDocument/definition'];

const log = message => process.stderr.write(`${message}\n`);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export async function measureRequestsUnderEdits({ partners = 1000, edits = 200, seed = 7, serverNodeArgs = [] } = {}) {
    if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing; run \`npm run build\` first.`);
    const folder = path.join(os.tmpdir(), `partnership-lsp-requests-${partners}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const generated = generateNetwork(folder, partners, 20, 5);
    const files = readdirSync(folder).filter(name => name.endsWith('.partnership')).sort();
    const parts = files.filter(name => name !== 'network.partnership');
    const uriOf = name => pathToFileURL(path.join(folder, name)).href;
    const texts = new Map(files.map(name => [name, readFileSync(path.join(folder, name), 'utf8')]));

    const child = spawn(process.execPath, [...serverNodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr = [];
    child.stderr.setEncoding('utf8').on('data', chunk => stderr.push(chunk));
    const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve({ code, signal })));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const diagnostics = new Map();
    connection.onNotification('textDocument/publishDiagnostics', params => diagnostics.set(params.uri, params.diagnostics));
    connection.onNotification('window/logMessage', () => {});
    connection.onRequest(() => null);
    connection.listen();

    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(folder).href,
        workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
        capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true, dataSupport: true } }, workspace: { workspaceFolders: true } },
        initializationOptions: { today: '2026-11-01' }
    });
    await connection.sendNotification('initialized', {});
    for (const name of files) {
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'partnership', version: 1, text: texts.get(name) } });
    }
    const started = performance.now();
    while (!files.every(name => diagnostics.has(uriOf(name)))) {
        if (performance.now() - started > WAIT_MS) throw new Error(`no initial diagnostics within ${WAIT_MS} ms\n${stderr.join('').slice(-2000)}`);
        await sleep(50);
    }
    await sleep(1000);

    const random = mulberry32(seed);
    const pick = list => list[Math.floor(random() * list.length)];
    const versions = new Map(files.map(name => [name, 1]));
    const editTimes = [];
    const requests = [];
    const edit = async () => {
        const name = pick(parts);
        const text = texts.get(name);
        const at = Math.floor(random() * text.length);
        const next = random() < 0.5 ? `${text.slice(0, at)}${pick([' ', 'x', '\n', '}', '1'])}${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1);
        texts.set(name, next);
        versions.set(name, versions.get(name) + 1);
        editTimes.push(performance.now());
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(name), version: versions.get(name) }, contentChanges: [{ text: next }] });
    };
    const request = () => {
        const name = pick(files);
        const uri = uriOf(name);
        const lines = texts.get(name).split('\n');
        const line = Math.floor(random() * lines.length);
        const position = { line, character: Math.floor(random() * (lines[line].length + 1)) };
        const method = pick(METHODS);
        const params = method === 'textDocument/codeAction'
            ? { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: (diagnostics.get(uri) ?? []).filter(d => d.range.start.line <= line && d.range.end.line >= line) } }
            : { textDocument: { uri }, position };
        const entry = { method, sent: performance.now(), editsBefore: editTimes.length };
        entry.answer = connection.sendRequest(method, params).then(
            () => ({ outcome: 'result', at: performance.now() }),
            error => ({ outcome: typeof error?.code === 'number' ? String(error.code) : `failed: ${error?.message}`, at: performance.now() }));
        requests.push(entry);
    };

    for (let i = 0; i < edits; i++) {
        await edit();
        if (random() < 0.7) request();
        await sleep(random() * 200);
        if ((i + 1) % 50 === 0) log(`  requests under edits: ${i + 1}/${edits} edits`);
    }
    for (let i = 0; i < METHODS.length; i++) request();
    const answers = await Promise.race([
        Promise.all(requests.map(r => r.answer)),
        sleep(WAIT_MS).then(() => { throw new Error(`requests unanswered after ${WAIT_MS} ms`); })
    ]);

    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    const exit = await Promise.race([exited, sleep(10_000).then(() => undefined)]);
    if (!exit) child.kill();
    connection.dispose();

    const outcomes = {};
    const afterNewer = [];
    const undisturbed = [];
    requests.forEach((entry, i) => {
        const { outcome, at } = answers[i];
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        const newer = editTimes[entry.editsBefore];
        if (newer !== undefined && newer < at) afterNewer.push({ ms: at - newer, method: entry.method, outcome });
        else undisturbed.push({ ms: at - entry.sent, method: entry.method, outcome });
    });
    const stats = values => {
        const sorted = values.map(v => v.ms).sort((a, b) => a - b);
        return sorted.length ? { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] } : { count: 0 };
    };
    return {
        partners: generated.partners,
        ties: generated.ties,
        files: files.length,
        edits,
        requests: requests.length,
        outcomes,
        afterNewerEdit: stats(afterNewer),
        slowestAfterNewerEdit: afterNewer.sort((a, b) => b.ms - a.ms).slice(0, 3),
        undisturbed: stats(undisturbed),
        load: os.loadavg()[0]
    };
}

export function formatRequestsUnderEdits(result) {
    const ms = value => (value === undefined ? '–' : `${value.toFixed(0)} ms`);
    const { afterNewerEdit: after, undisturbed } = result;
    const names = { result: 'results', '-32801': 'ContentModified', '-32800': 'RequestCancelled' };
    const outcomes = Object.entries(result.outcomes).map(([outcome, count]) => `${count} ${names[outcome] ?? outcome}`).join(', ');
    return [
        `language server: ${result.requests} requests (code action, hover, completion, definition) among ${result.edits} random edits (${result.partners.toLocaleString('en')} partners · ${result.ties.toLocaleString('en')} ties · ${result.files} files), load ${result.load.toFixed(1)}`,
        `  answers: ${outcomes}`,
        `  overtaken by a newer edit (${after.count}): answered or cancelled p50 ${ms(after.p50)}   p95 ${ms(after.p95)}   max ${ms(after.max)} after it (target ≤ ${TARGET_AFTER_NEWER_EDIT_MS} ms) ${after.count === 0 || after.max <= TARGET_AFTER_NEWER_EDIT_MS ? 'ok' : 'MISSED'}`,
        `  not overtaken (${undisturbed.count}): answered p50 ${ms(undisturbed.p50)}   p95 ${ms(undisturbed.p95)}   max ${ms(undisturbed.max)} after sending`
    ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
    const args = process.argv.slice(2);
    const option = (name, fallback) => {
        const i = args.indexOf(name);
        return i >= 0 ? args[i + 1] : fallback;
    };
    const result = await measureRequestsUnderEdits({
        partners: Number(option('--partners', '1000')),
        edits: Number(option('--edits', '200')),
        seed: Number(option('--seed', '7')),
        serverNodeArgs: option('--node-args', '').split(' ').filter(Boolean)
    });
    if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
    else for (const line of formatRequestsUnderEdits(result)) console.log(line);
}
