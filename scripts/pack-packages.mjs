// Builds the publishable packages, each installable alone from its tarball:
//
//   dist/partnership-cli-<version>.tgz                 bin `partnership`
//   dist/partnership-language-server-<version>.tgz     bin `partnership-language-server` (any LSP client)
//
// Each is one esbuild bundle of the workspace's built output (run `npm run build` first) with a
// package.json of its own that has no dependencies: installing it adds only itself. The workspace
// packages stay as they are (they are what the extension and the tests build on).
//
//   node scripts/pack-packages.mjs [--out dist]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, bundleCommonJs, bundleLauncher } from './bundle.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const out = path.resolve(root, args.includes('--out') ? args[args.indexOf('--out') + 1] : 'dist');
const workspace = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const version = JSON.parse(readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version;
const REPOSITORY = { type: 'git', url: 'git+https://github.com/partnership-lang/partnership-lang.git' };

const PACKAGES = [
    {
        name: 'partnership-cli',
        entry: 'packages/cli/bin/partnership.js',
        bin: { partnership: 'bin/partnership.js' },
        // The commands in one CommonJS file (lib/), run by a small bin through V8's code cache.
        codeCache: 'lib/partnership.cjs',
        // Read only by `partnership import` of an .xlsx file: a file of its own in lib/.
        separate: ['exceljs'],
        // The Git hook of examples/ci, for `cp node_modules/partnership-cli/pre-commit .git/hooks/`.
        extra: { 'pre-commit': 'examples/ci/pre-commit' },
        description: 'Check community partnership networks (.partnership files) in terminals, pre-commit hooks and CI',
        keywords: ['partnership', 'coalition', 'network', 'validator', 'cli'],
        readme: `# partnership-cli

The \`partnership\` command: checks community partnership networks written in \`.partnership\` files
against partnership practice (budgets, roles, one-sided ties, trust, diversity, check-ins...) and
reports network metrics, graphs, an HTML report and pull-request diffs.

\`\`\`sh
npm install --save-dev partnership-cli
npx partnership validate .
\`\`\`

\`partnership --help\` lists the commands (\`validate\`, \`metrics\`, \`graph\`, \`report\`, \`calendar\`, \`survey\`, \`diff\`,
\`format\`, \`explain\`: \`partnership explain over-budget\` prints the page of a finding's code). Node.js 20 or later; nothing else is installed with it. The package also holds a Git hook,
\`pre-commit\`, that checks the staged \`.partnership\` files (copy it to \`.git/hooks/\`). The language, the rules and
every option: https://github.com/partnership-lang/partnership-lang
`
    },
    {
        name: 'partnership-language-server',
        entry: 'packages/language/bin/server.js',
        bin: { 'partnership-language-server': 'bin/partnership-language-server.js' },
        description: 'Language server for .partnership files (diagnostics, hover, completion, rename, formatting) for any LSP client',
        keywords: ['partnership', 'lsp', 'language-server', 'neovim', 'helix', 'emacs', 'zed'],
        readme: `# partnership-language-server

The language server of the \`.partnership\` language, for any editor that speaks the Language Server
Protocol (Neovim, Helix, Emacs, Zed...): live findings with rule codes, hover with loads and network
numbers, completion, go to definition, rename, formatting and quick fixes.

\`\`\`sh
npm install --global partnership-language-server
partnership-language-server --stdio
\`\`\`

Configure your editor to start \`partnership-language-server --stdio\` for \`*.partnership\` files.
Node.js 20 or later; nothing else is installed with it. Set-ups per editor and the language:
https://github.com/partnership-lang/partnership-lang
`
    }
];

if (!existsSync(path.join(root, 'packages/cli/out/main.js')) || !existsSync(path.join(root, 'packages/language/out/main.js'))) {
    console.error('pack-packages: the workspace is not built; run `npm run build` first.');
    process.exit(2);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

for (const spec of PACKAGES) {
    const staging = path.join(out, spec.name);
    const [binFile] = Object.values(spec.bin);
    if (spec.codeCache) {
        const resolveDir = path.join(root, path.dirname(path.dirname(spec.entry)));
        await bundleCommonJs({
            entry: { contents: "import 'partnership-language/polyfill';\nexport { main } from './out/main.js';\n", resolveDir },
            outfile: path.join(staging, spec.codeCache),
            separate: spec.separate ?? []
        });
        const target = JSON.stringify(path.relative(path.dirname(binFile), spec.codeCache).split(path.sep).join('/'));
        await bundleLauncher({
            entry: {
                contents: `import { fileURLToPath } from 'node:url';
import { requireWithCodeCache } from './out/code-cache.js';
import { launch } from './out/memory.js';
// Restarted once with a bigger heap when the input needs it (packages/cli/src/memory.ts), as bin/partnership.js.
await launch(async () => requireWithCodeCache(fileURLToPath(new URL(${target}, import.meta.url))).exports.main(process.argv));
`,
                resolveDir
            },
            outfile: path.join(staging, binFile)
        });
    } else {
        await bundle({ entry: path.join(root, spec.entry), outdir: path.join(staging, path.dirname(binFile)), name: path.basename(binFile, '.js') });
    }
    const manifest = {
        name: spec.name,
        version,
        description: spec.description,
        keywords: spec.keywords,
        license: workspace.license,
        repository: REPOSITORY,
        homepage: 'https://github.com/partnership-lang/partnership-lang#readme',
        type: 'module',
        bin: spec.bin,
        // The CLI reads its version from here (self-reference by name needs `exports`).
        exports: { './package.json': './package.json' },
        files: ['bin', ...(spec.codeCache ? [path.dirname(spec.codeCache)] : []), ...Object.keys(spec.extra ?? {}), 'README.md', 'LICENSE'],
        engines: { node: '>=20.0.0' }
    };
    writeFileSync(path.join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(path.join(staging, 'README.md'), spec.readme);
    copyFileSync(path.join(root, 'LICENSE'), path.join(staging, 'LICENSE'));
    for (const [file, source] of Object.entries(spec.extra ?? {})) copyFileSync(path.join(root, source), path.join(staging, file));
    const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: staging, encoding: 'utf8' }).trim().split('\n').pop();
    console.log(path.relative(root, path.join(out, packed)));
}
