// `npm run package`: builds the extension and packs it into partnership-vscode-<version>.vsix with
// @vscode/vsce, offline. The bundles hold every dependency, so the package has no node_modules
// (--no-dependencies); .vscodeignore lists what goes in. Prints the files and the size.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const run = (args, what) => {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
        console.error(`package: ${what} failed`);
        process.exit(result.status ?? 1);
    }
};

run([path.join(root, 'scripts/build.mjs')], 'the build');
const { version, name } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${name}-${version}.vsix`);
const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
run([vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], 'vsce package');
run([vsce, 'ls', '--no-dependencies'], 'vsce ls');
console.log(`package: ${path.relative(process.cwd(), vsix)} (${(statSync(vsix).size / 1024).toFixed(0)} KiB)`);
