/**
 * The NetworkX fixtures are reproducible: the script that made them, run again, writes the same
 * bytes. Needs Debian's python3-networkx (installed by .ci/run); elsewhere the test is skipped and
 * says so.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const PYTHON = '/usr/bin/python3';
const hasNetworkx = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;

test.skipIf(!hasNetworkx)('scripts/metrics-fixtures/networkx_fixtures.py --check reproduces every fixture (needs python3-networkx)', () => {
    const run = spawnSync(PYTHON, [path.join(ROOT, 'scripts/metrics-fixtures/networkx_fixtures.py'), '--check'], { encoding: 'utf8' });
    expect(run.stderr + run.stdout).not.toMatch(/differs|missing|Traceback/i);
    expect(run.status).toBe(0);
    expect(run.stderr.match(/^ok: /gm)).toHaveLength(6); // the script reports on stderr
}, 120_000);
