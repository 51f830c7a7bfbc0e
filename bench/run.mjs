// `npm run bench`: how fast partnership-lang parses, validates and analyses large networks, side by
// side with NetworkX and igraph (Debian's python3-networkx, python3-igraph) on the same graphs.
//
//   node bench/run.mjs [--sizes 1000,10000] [--runs 3] [--no-reference] [--no-lsp] [--no-history] [--huge]
//
// Each measurement runs in a fresh Node process (bench/measure.mjs); the table shows medians.
// Targets: validate ≤ 1.5× parse+link; metrics ≥ 10× faster than NetworkX and ≤ 3× igraph's
// time; ≤ 1 GiB peak RSS at 10,000 partners.
// --huge (opt-in: minutes, and up to ~10 GB of memory): `partnership validate` of a 100,000-partner,
// 500,000-tie network over 20 files, as the command runs it (its code, the heap it restarts itself
// with), against the same at 10,000 partners: ≤ 12× that time and ≤ 6 GiB peak RSS.
// First, the command line's start-up (bench/startup.mjs): --version ≤ 2×, validate of an example ≤ 4× a bare Node.
// Then `partnership history` of a 500-commit repository of the examples (bench/history.mjs): ≤ 15 s,
// against building every version from scratch.
// Last, the language server's latency after an edit (bench/lsp-latency.mjs) at 200 and 1,000 partners, with its targets;
// and its memory after a 20,000-partner unsaved document is opened and closed 5 times
// (bench/lsp-abuse.mjs): the heap back within 50 MB of the baseline once settled; and requests among
// random edits (bench/lsp-requests-under-edits.mjs): each answered or cancelled ≤ 1 s after a newer edit.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateNetwork } from './generate-network.mjs';
import { formatLatency, measureLspTargets, targetLines } from './lsp-latency.mjs';
import { formatAbuse, measureLspAbuse } from './lsp-abuse.mjs';
import { formatRequestsUnderEdits, measureRequestsUnderEdits } from './lsp-requests-under-edits.mjs';
import { formatStartup, measureStartup } from './startup.mjs';
import { formatHistory, measureHistory } from './history.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
};
const sizes = option('--sizes', '1000,10000').split(',').map(Number);
const runs = Number(option('--runs', '3'));
const withReference = !args.includes('--no-reference');
const PYTHON = '/usr/bin/python3';

const log = message => process.stderr.write(`${message}\n`);
const median = values => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const seconds = ms => `${(ms / 1000).toFixed(2)} s`;

function measure(task, folder, extra = []) {
    const run = spawnSync(process.execPath, [path.join(here, 'measure.mjs'), task, folder, ...extra], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${task} failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop());
}

function available(module) {
    return spawnSync(PYTHON, ['-c', `import ${module}`], { encoding: 'utf8' }).status === 0;
}

function reference(library, graphFile) {
    const run = spawnSync(PYTHON, [path.join(here, 'reference.py'), library, graphFile], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`${library} failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop());
}

const lines = [];
const print = line => {
    lines.push(line);
    console.log(line);
};

print(`partnership-lang benchmark · Node ${process.version} · ${os.cpus().length} CPUs · ${os.cpus()[0]?.model ?? ''}`.trim());
const libraries = withReference ? ['networkx', 'igraph'].filter(library => {
    if (available(library)) return true;
    print(`(${library} not found for ${PYTHON}: comparison skipped; apt-get install -y python3-${library} to include it)`);
    return false;
}) : [];
if (!withReference) print('(--no-reference: NetworkX and igraph comparison skipped)');

// The command line's start-up (bench/startup.mjs): what a pre-commit hook or a CI step pays on every run.
print('');
print(formatStartup(measureStartup()));

for (const size of sizes) {
    const folder = path.join(os.tmpdir(), `partnership-bench-${size}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const network = generateNetwork(folder, size, 20, 5);
    const graphFile = path.join(folder, 'graph.json');
    writeFileSync(graphFile, JSON.stringify({ nodes: network.nodes, edges: network.edges }));
    print('');
    print(`${size.toLocaleString('en')} partners · ${network.ties.toLocaleString('en')} ties · ${network.files} files`);

    const results = {};
    const tasks = [['parse-link', []], ['validate', []], ['metrics', []]];
    if (size > 5000) tasks.push(['validate', ['--exact']]);
    for (const [task, extra] of tasks) {
        const name = task + (extra.length ? ` ${extra.join(' ')}` : '');
        const samples = [];
        for (let i = 0; i < runs; i++) {
            log(`  ${size}: ${name} run ${i + 1}/${runs}…`);
            samples.push(measure(task, folder, extra));
        }
        results[name] = { ms: median(samples.map(s => s.ms)), rss: Math.max(...samples.map(s => s.maxRssMB)), runs: samples.map(s => s.ms) };
    }
    const row = (label, result, note = '') =>
        print(`  ${label.padEnd(24)} ${seconds(result.ms).padStart(9)}   peak RSS ${String(Math.round(result.rss)).padStart(5)} MB${note ? `   ${note}` : ''}`);
    const parseLink = results['parse-link'];
    row('parse + link', parseLink);
    const validateRatio = results.validate.ms / parseLink.ms;
    row('validate', results.validate, `${validateRatio.toFixed(2)}× parse+link (target ≤ 1.5×) ${validateRatio <= 1.5 ? 'ok' : 'MISSED'}`);
    if (results['validate --exact']) {
        row('validate --exact', results['validate --exact'], `${(results['validate --exact'].ms / parseLink.ms).toFixed(2)}× parse+link (exact betweenness)`);
    }
    row('metrics (analysis only)', results.metrics);
    const peak = Math.max(...Object.values(results).map(r => r.rss));
    if (size >= 10000) print(`  peak RSS ${Math.round(peak)} MB (target ≤ 1024 MB) ${peak <= 1024 ? 'ok' : 'MISSED'}`);

    for (const library of libraries) {
        const count = library === 'networkx' && size > 2000 ? 1 : runs;
        const samples = [];
        for (let i = 0; i < count; i++) {
            log(`  ${size}: ${library} run ${i + 1}/${count}${library === 'networkx' && size > 2000 ? ' (NetworkX takes minutes at this size)' : ''}…`);
            samples.push(reference(library, graphFile));
        }
        const ms = median(samples.map(s => s.seconds * 1000));
        const ratio = ms / results.metrics.ms;
        const verdict = library === 'networkx'
            ? `metrics ${ratio.toFixed(1)}× faster (target ≥ 10×) ${ratio >= 10 ? 'ok' : 'MISSED'}`
            : `metrics take ${(1 / ratio).toFixed(2)}× igraph's time (target ≤ 3×) ${1 / ratio <= 3 ? 'ok' : 'MISSED'}`;
        print(`  ${`${library} ${samples[0].version}`.padEnd(24)} ${seconds(ms).padStart(9)}   ${verdict}${count === 1 ? ' (1 run)' : ''}`);
        const slowest = Object.entries(samples[0].metrics).sort((a, b) => b[1] - a[1]).slice(0, 3)
            .map(([metric, s]) => `${metric} ${s.toFixed(2)} s`).join(', ');
        print(`  ${''.padEnd(24)} slowest: ${slowest}${samples[0].notes.length ? `; ${samples[0].notes.join('; ')}` : ''}`);
    }
}

if (args.includes('--huge')) {
    // The heap (and young generation) `partnership validate` restarts itself with on input this big (packages/cli/src/memory.ts).
    const { heapTargetMB, restartFlags } = await import('../packages/cli/out/memory.js');
    const heapMB = heapTargetMB();
    const flags = heapMB ? restartFlags({ flagMB: heapMB, heapMB }) : [];
    const cliValidate = folder => {
        const run = spawnSync(process.execPath, [...flags, path.join(here, 'measure.mjs'), 'cli-validate', folder], { encoding: 'utf8', maxBuffer: 1 << 26 });
        if (run.status !== 0) throw new Error(`partnership validate of ${folder} failed: ${run.stderr}`);
        return JSON.parse(run.stdout.trim().split('\n').pop());
    };
    const sized = partners => {
        const folder = path.join(os.tmpdir(), `partnership-bench-${partners}`);
        rmSync(folder, { recursive: true, force: true });
        mkdirSync(folder, { recursive: true });
        return { folder, network: generateNetwork(folder, partners, 20, 5) };
    };
    const small = sized(10000);
    const samples = [];
    for (let i = 0; i < runs; i++) {
        log(`  huge: partnership validate of 10,000 partners run ${i + 1}/${runs}…`);
        samples.push(cliValidate(small.folder));
    }
    const base = median(samples.map(s => s.ms));
    const huge = sized(100000);
    log('  huge: partnership validate of 100,000 partners (minutes, up to ~10 GB)…');
    const result = cliValidate(huge.folder);
    rmSync(huge.folder, { recursive: true, force: true });
    const ratio = result.ms / base;
    const peakGiB = result.maxRssMB / 1024;
    print('');
    print(`partnership validate, as the command runs it (${flags.length ? flags.join(' ') : 'Node\'s default heap'}, text report)`);
    const line = (network, sample, note) => print(`  ${`${network.partners.toLocaleString('en')} partners · ${network.ties.toLocaleString('en')} ties`.padEnd(34)} ${seconds(sample.ms).padStart(9)}   peak RSS ${String(Math.round(sample.maxRssMB)).padStart(5)} MB   ${sample.diagnostics.toLocaleString('en')} findings${note}`);
    line(small.network, { ms: base, maxRssMB: Math.max(...samples.map(s => s.maxRssMB)), diagnostics: samples[0].diagnostics }, runs > 1 ? ` (median of ${runs})` : '');
    line(huge.network, result, ' (1 run)');
    print(`  time ${ratio.toFixed(1)}× the ${small.network.partners.toLocaleString('en')}-partner time (target ≤ 12×) ${ratio <= 12 ? 'ok' : 'MISSED'}`);
    print(`  peak RSS ${peakGiB.toFixed(2)} GiB (target ≤ 6 GiB) ${peakGiB <= 6 ? 'ok' : 'MISSED'}`);
}

if (!args.includes('--no-history')) {
    log('  history: a 500-commit repository of the examples…');
    print('');
    for (const line of formatHistory(measureHistory({ commits: 500 }))) print(line);
}

if (!args.includes('--no-lsp')) {
    log('  language server latency: 1,000 partners, 100 edits…');
    print('');
    const latencies = await measureLspTargets({ edits: 100 });
    for (const result of latencies) for (const line of formatLatency(result)) print(line);
    for (const line of targetLines(latencies)) print(line);
    log('  language server memory: a 20,000-partner unsaved document opened and closed 5 times…');
    print('');
    for (const line of formatAbuse(await measureLspAbuse({ partners: 20000, rounds: 5 }))) print(line);
    log('  language server requests among random edits: 1,000 partners, 200 edits…');
    print('');
    for (const line of formatRequestsUnderEdits(await measureRequestsUnderEdits({ partners: 1000, edits: 200 }))) print(line);
}
