// The one esbuild set-up of the bundles that leave this repository: the packages' bins
// (scripts/pack-packages.mjs) and the GitHub Action (scripts/build-action.mjs).
import * as path from 'node:path';
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

/**
 * Bundles `entry` into the one CommonJS file `outfile`, for loading through V8's code cache
 * (packages/cli/src/code-cache.ts): a cache holds one script, so this bundle has no chunks. What
 * the commands import lazily (import()) is still initialised only when they run. `import.meta.url`
 * becomes the file's own URL.
 */
export async function bundleCommonJs({ entry, outfile, separate = [] }) {
    // A heavy library that few runs need (exceljs, for XLSX imports) goes into a file of its own
    // beside the bundle, required only when used: the bundle, and so its code cache, stays small.
    const apart = {
        name: 'separate',
        setup(build) {
            for (const name of separate) {
                build.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: `./${name}.cjs`, external: true }));
            }
        }
    };
    for (const name of separate) {
        await esbuild.build({
            stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: entry.resolveDir },
            outfile: path.join(path.dirname(outfile), `${name}.cjs`),
            bundle: true,
            platform: 'node',
            format: 'cjs',
            target: 'node20',
            minify: true,
            legalComments: 'none',
            logLevel: 'warning'
        });
    }
    await esbuild.build({
        stdin: entry,
        outfile,
        plugins: [apart],
        // import() of a file beside the bundle becomes require(): the code-cache loader runs the
        // bundle as a script, which has no module loader for import().
        supported: { 'dynamic-import': false },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        minify: true,
        legalComments: 'none',
        define: { 'import.meta.url': '__bundle_url' },
        banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
        logLevel: 'warning'
    });
}

/** Bundles the ES module `entry` ({ contents, resolveDir }) into `outfile`, with a hashbang, and nothing split off. */
export async function bundleLauncher({ entry, outfile }) {
    await esbuild.build({
        stdin: entry,
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        minify: true,
        legalComments: 'none',
        banner: { js: '#!/usr/bin/env node' },
        logLevel: 'warning'
    });
}
