// The one esbuild set-up of the bundles that leave this repository: the packages' bins
// (scripts/pack-packages.mjs) and the GitHub Action (scripts/build-action.mjs).
import * as esbuild from 'esbuild';

// The bundles are ES modules; the CommonJS libraries inside them (vscode-languageserver, commander,
// @actions/core) call `require` for Node's own modules, which an ES module has not: give them one.
const BANNER = "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";

/**
 * Bundles `entry` into `outdir/<name>.js`. What it imports when a command runs (import()) goes
 * into chunks beside it (outdir/chunks/), loaded only then: `partnership --version` reads none of
 * the language.
 */
export async function bundle({ entry, outdir, name }) {
    await esbuild.build({
        entryPoints: [{ in: entry, out: name }],
        outdir,
        splitting: true,
        chunkNames: 'chunks/[name]-[hash]',
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        minify: true,
        legalComments: 'none',
        banner: { js: BANNER },
        logLevel: 'warning'
    });
}
