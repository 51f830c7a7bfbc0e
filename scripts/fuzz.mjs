// `npm run fuzz`: runs the property tests (packages/language/test/property) with many more cases
// than the test suite and a random seed, then prints how many cases ran and how long they took.
//
//   npm run fuzz                       100,000 cases in total, a random seed
//   FUZZ_RUNS=5000 npm run fuzz        fewer cases
//   FUZZ_SEED=123 npm run fuzz         a given seed (to replay a run)
//   FUZZ_SEED=123 FUZZ_PATH=... npm run fuzz   replay one failure (seed and path as printed)
//
// It is the same test file as in the suite, so the properties cannot drift apart; the suite runs it
// once with its own small, fixed count.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 0x7fffffff));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    console.error('fuzz: FUZZ_RUNS must be a positive whole number and FUZZ_SEED a whole number');
    process.exit(2);
}
const temp = mkdtempSync(path.join(os.tmpdir(), 'partnership-fuzz-'));
const summary = path.join(temp, 'summary.jsonl');

console.log(`fuzz: ${runs} cases, seed ${seed}`);
const started = performance.now();
const run = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'packages/language/test/property/'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_SUMMARY: summary }
});
const seconds = (performance.now() - started) / 1000;

let lines = [];
try {
    lines = readFileSync(summary, 'utf8').trim().split('\n').filter(Boolean).map(line => JSON.parse(line));
} catch {
    // No property finished.
}
rmSync(temp, { recursive: true, force: true });
for (const { name, runs: done, seconds: took } of lines) {
    console.log(`fuzz: ${name}: ${done} cases in ${took.toFixed(1)} s`);
}
const total = lines.reduce((sum, line) => sum + line.runs, 0);
console.log(`fuzz: ${total} cases passed in ${seconds.toFixed(1)} s (seed ${seed})${run.status === 0 ? '' : '; a property FAILED, see above'}`);
process.exit(run.status ?? 1);
