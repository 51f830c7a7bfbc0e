// `npm run package`: builds the extension and packs it into partnership-vscode-<version>.vsix with
// @vscode/vsce, offline. The bundles hold every dependency, so the package has no node_modules
// (--no-dependencies); .vscodeignore lists what goes in (what `vsce ls` prints). vsce resolves
// relative links and images in README.md and CHANGELOG.md against the repository's root, ignoring
// `repository.directory`; the base URLs below point them at this folder instead. Prints the files and
// the size.
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
const { version, name, repository } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const github = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(\.git)?$/.exec(repository?.url ?? '');
if (!github) {
    console.error('package: package.json needs repository.url, https://github.com/OWNER/REPO.git (the marketplace links to it)');
    process.exit(1);
}
const folder = repository.directory ? `/${repository.directory}` : '';
const vsix = path.join(root, `${name}-${version}.vsix`);
const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
run([vsce, 'package', '--no-dependencies', '--out', vsix,
    '--baseContentUrl', `https://github.com/${github[1]}/blob/HEAD${folder}`,
    '--baseImagesUrl', `https://github.com/${github[1]}/raw/HEAD${folder}`], 'vsce package');
run([vsce, 'ls', '--no-dependencies'], 'vsce ls');
console.log(`package: ${path.relative(process.cwd(), vsix)} (${(statSync(vsix).size / 1024).toFixed(0)} KiB)`);
