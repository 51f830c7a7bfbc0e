/**
 * Property-based tests of the parser, validator, formatter and editor features (properties.ts).
 *
 * In the test suite the runs are few and the seed is fixed, so a failure is reproducible in CI.
 * `npm run fuzz` (scripts/fuzz.mjs) runs this same file with FUZZ_RUNS (the total over all
 * properties, split by weight) and a random FUZZ_SEED; FUZZ_SUMMARY names a file the counts and
 * times are written to. A failure prints the seed, the path and the shrunk counterexample;
 * FUZZ_SEED=<seed> FUZZ_PATH=<path> replays it.
 */
import { appendFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { check, PROPERTIES, runsPerProperty, type PropertyName } from './properties.js';

const FUZZING = process.env.FUZZ_RUNS !== undefined;
const TOTAL = FUZZING ? Number(process.env.FUZZ_RUNS) : 3250;
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20261101;
const PATH = process.env.FUZZ_PATH;
const RUNS = runsPerProperty(TOTAL);

describe(`properties (seed ${SEED}, ${TOTAL} cases)`, () => {
    for (const name of Object.keys(PROPERTIES) as PropertyName[]) {
        test(name, async () => {
            const started = performance.now();
            const details = await check(name, { numRuns: RUNS[name], seed: SEED, path: PATH });
            const seconds = (performance.now() - started) / 1000;
            if (process.env.FUZZ_SUMMARY) {
                appendFileSync(process.env.FUZZ_SUMMARY, JSON.stringify({ name, runs: details.numRuns, skipped: details.numSkips, seconds }) + '\n');
            }
            expect(details.numRuns).toBe(PATH ? details.numRuns : RUNS[name]);
        }, FUZZING ? 24 * 3600_000 : 180_000);
    }
});
