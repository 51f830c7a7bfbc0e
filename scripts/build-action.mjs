// Builds the GitHub Action's committed bundle (action.yml at the root runs packages/action/dist/main.js):
//
//   packages/action/dist/main.js        the action's entry (packages/action/src), @actions/* inside
//   packages/action/dist/cli/           the partnership CLI, bundled as in the partnership-cli package
//
// A workflow that `uses:` the action runs these files as they are in the repository at that tag, with
// the runner's own Node and nothing installed, so they are committed; CI rebuilds them and fails when
// the committed ones are stale. Run `npm run build` first.
//
//   node scripts/build-action.mjs
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'packages/action/dist');
const cli = JSON.parse(readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8'));

for (const built of ['packages/action/out/main.js', 'packages/cli/out/main.js']) {
    if (!existsSync(path.join(root, built))) {
        console.error(`build-action: ${built} is missing; run \`npm run build\` first.`);
        process.exit(2);
    }
}
rmSync(dist, { recursive: true, force: true });
await bundle({ entry: path.join(root, 'packages/action/out/main.js'), outdir: dist, name: 'main' });
await bundle({ entry: path.join(root, 'packages/cli/bin/partnership.js'), outdir: path.join(dist, 'cli'), name: 'partnership' });
// The CLI finds its version in its own package.json, by the package's name.
mkdirSync(path.join(dist, 'cli'), { recursive: true });
const manifest = { name: cli.name, version: cli.version, private: true, type: 'module', exports: { './package.json': './package.json' } };
writeFileSync(path.join(dist, 'cli', 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(path.relative(root, dist));
