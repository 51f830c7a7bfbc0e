// Validates each bundled example with the CLI and checks that it ends the way its README says:
// food-access has an error on purpose (exit 1), the others pass (exit 0). Exits non-zero if any
// example does not behave as documented. The READMEs show the output as of TODAY (overdue-checkin
// compares each tie's last-checkin with it), so the run uses the same date.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'packages/cli/bin/partnership.js');
const TODAY = '2026-11-01';
const EXPECTED = [
    { folder: 'examples/food-access', exit: 1 },
    { folder: 'examples/county-emergency', exit: 0 },
    { folder: 'examples/clean-network', exit: 0 }
];

let failures = 0;
for (const { folder, exit } of EXPECTED) {
    console.log(`\n$ partnership validate ${folder} --today ${TODAY}`);
    const run = spawnSync(process.execPath, [cli, 'validate', folder, '--today', TODAY], { cwd: root, stdio: 'inherit' });
    const ok = run.status === exit;
    if (!ok) failures++;
    console.log(ok ? `(exit ${run.status}, as documented)` : `UNEXPECTED: exit ${run.status}, documented ${exit}`);
}
process.exitCode = failures === 0 ? 0 : 1;
