// Start-up cost of the command line, side by side with a bare Node in the same run: CPU time
// (user + system, from bash's `times` for the child) of `partnership --version` and of
// `partnership validate examples/food-access`, the median of several runs each, for the workspace's
// CLI and for the bundle that scripts/pack-packages.mjs builds (when dist/ holds it).
//
//   node bench/startup.mjs [--runs 7]
// Targets: --version ≤ 2× bare Node; validate of the example ≤ 4× bare Node.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** CPU seconds of one run of a command (its children included), measured by bash. */
function cpuSeconds(command) {
    const run = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1; times', '_', ...command], { cwd: root, encoding: 'utf8' });
    // `times` prints the shell's own times, then its children's: "0m0.210s 0m0.030s".
    const children = run.stdout.trim().split('\n').pop() ?? '';
    return children.split(/\s+/).map(t => /(\d+)m([\d.]+)s/.exec(t)).filter(Boolean)
        .reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function measureStartup(runs = 7) {
    const measure = command => median(Array.from({ length: runs }, () => cpuSeconds(command)));
    const bare = measure([process.execPath, '-e', '0']);
    const clis = [['workspace', path.join(root, 'packages/cli/bin/partnership.js')]];
    const bundle = path.join(root, 'dist/partnership-cli/bin/partnership.js');
    if (existsSync(bundle)) clis.push(['bundle', bundle]);
    const rows = clis.map(([name, bin]) => ({
        name,
        version: measure([process.execPath, bin, '--version']),
        validate: measure([process.execPath, bin, 'validate', 'examples/food-access', '--today', '2026-11-01'])
    }));
    return { bare, rows, runs, bundled: existsSync(bundle) };
}

export function formatStartup({ bare, rows, runs, bundled }) {
    const ratio = (value, target) => `${(value / bare).toFixed(1)}× bare Node (target ≤ ${target}×) ${value / bare <= target ? 'ok' : 'MISSED'}`;
    return [
        `start-up, CPU time (median of ${runs}): bare node -e 0 ${bare.toFixed(3)} s${bundled ? '' : ' (no bundle in dist/: npm run pack:packages to include it)'}`,
        ...rows.flatMap(row => [
            `  ${row.name.padEnd(9)} partnership --version              ${row.version.toFixed(3)} s   ${ratio(row.version, 2)}`,
            `  ${row.name.padEnd(9)} partnership validate food-access   ${row.validate.toFixed(3)} s   ${ratio(row.validate, 4)}`
        ])
    ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const runs = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : 7;
    console.log(formatStartup(measureStartup(runs)));
}
