// Start-up cost of the command line, side by side with a bare Node in the same run: CPU time
// (user + system, from bash's `times` for the child) of `partnership --version` and of
// `partnership validate examples/food-access`, the median of several runs each, for the workspace's
// CLI and for the bundle that scripts/pack-packages.mjs builds (when dist/ holds it). The bundle
// runs through V8's code cache (packages/cli/src/code-cache.ts), here in a scratch folder: its
// first run, which compiles and writes the cache, is shown apart; the median is of the runs after.
//
//   node bench/startup.mjs [--runs 7]
// Targets: --version ≤ 2× bare Node; validate of the example ≤ 4× bare Node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** CPU seconds of one run of a command (its children included), measured by bash. */
function cpuSeconds(command, env = process.env) {
    const run = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1; times', '_', ...command], { cwd: root, encoding: 'utf8', env });
    // `times` prints the shell's own times, then its children's: "0m0.210s 0m0.030s".
    const children = run.stdout.trim().split('\n').pop() ?? '';
    return children.split(/\s+/).map(t => /(\d+)m([\d.]+)s/.exec(t)).filter(Boolean)
        .reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function measureStartup(runs = 7) {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'partnership-bench-cache-'));
    const env = { ...process.env, PARTNERSHIP_CODE_CACHE: cache };
    const measure = command => median(Array.from({ length: runs }, () => cpuSeconds(command, env)));
    try {
        const bare = measure([process.execPath, '-e', '0']);
        const clis = [['workspace', path.join(root, 'packages/cli/bin/partnership.js')]];
        const bundle = path.join(root, 'dist/partnership-cli/bin/partnership.js');
        if (existsSync(bundle)) clis.push(['bundle', bundle]);
        const validate = bin => [process.execPath, bin, 'validate', 'examples/food-access', '--today', '2026-11-01'];
        const rows = clis.map(([name, bin]) => {
            const first = name === 'bundle' ? cpuSeconds(validate(bin), env) : undefined;
            return { name, first, version: measure([process.execPath, bin, '--version']), validate: measure(validate(bin)) };
        });
        return { bare, rows, runs, bundled: existsSync(bundle) };
    } finally {
        rmSync(cache, { recursive: true, force: true });
    }
}

export function formatStartup({ bare, rows, runs, bundled }) {
    // The targets are for the CLI a user installs (the bundle); the workspace's build is for development.
    const ratio = (value, target, row) => row.name === 'bundle'
        ? `${(value / bare).toFixed(1)}× bare Node (target ≤ ${target}×) ${value / bare <= target ? 'ok' : 'MISSED'}`
        : `${(value / bare).toFixed(1)}× bare Node (development build, no target)`;
    return [
        `start-up, CPU time (median of ${runs}): bare node -e 0 ${bare.toFixed(3)} s${bundled ? '' : ' (no bundle in dist/: npm run pack:packages to include it)'}`,
        ...rows.flatMap(row => [
            `  ${row.name.padEnd(9)} partnership --version              ${row.version.toFixed(3)} s   ${ratio(row.version, 2, row)}`,
            `  ${row.name.padEnd(9)} partnership validate food-access   ${row.validate.toFixed(3)} s   ${ratio(row.validate, 4, row)}`,
            ...row.first === undefined ? [] : [`  ${row.name.padEnd(9)}   its first run (writes the code cache) ${row.first.toFixed(3)} s   ${(row.first / bare).toFixed(1)}× bare Node`]
        ])
    ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const runs = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : 7;
    console.log(formatStartup(measureStartup(runs)));
}
