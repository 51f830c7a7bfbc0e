// Builds the extension: type-checks it, copies the TextMate grammar, and bundles with esbuild
//   out/extension.cjs      desktop client (main)          out/server.cjs      desktop language server
//   out/web/extension.js   web client (browser)           out/web/server.js   language server, Web Worker
//   out/webview/graph.js   the graph view's page script   out/test/...        the VS Code test suites
// Everything the extension runs is in these bundles: the .vsix carries no node_modules.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const from = (...parts) => path.join(root, ...parts);

const tsc = spawnSync(process.execPath, [from('../../node_modules/typescript/bin/tsc'), '-p', from('tsconfig.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

mkdirSync(from('syntaxes'), { recursive: true });
copyFileSync(from('../../syntaxes/partnership.tmLanguage.json'), from('syntaxes/partnership.tmLanguage.json'));
rmSync(from('out'), { recursive: true, force: true });

const common = { bundle: true, minify: true, sourcemap: true, logLevel: 'warning', legalComments: 'none', target: 'es2022' };
const node = { ...common, platform: 'node', format: 'cjs', external: ['vscode'] };
const browser = { ...common, platform: 'browser', mainFields: ['browser', 'module', 'main'], conditions: ['browser'] };

await Promise.all([
    esbuild.build({ ...node, entryPoints: [from('src/client/node.ts')], outfile: from('out/extension.cjs') }),
    esbuild.build({ ...node, entryPoints: [from('src/server/node.ts')], outfile: from('out/server.cjs') }),
    esbuild.build({ ...browser, format: 'cjs', external: ['vscode'], entryPoints: [from('src/client/browser.ts')], outfile: from('out/web/extension.js') }),
    esbuild.build({ ...browser, format: 'iife', entryPoints: [from('src/server/browser.ts')], outfile: from('out/web/server.js') }),
    esbuild.build({ ...browser, format: 'iife', entryPoints: [from('src/webview/graph.ts')], outfile: from('out/webview/graph.js') }),
    esbuild.build({ ...browser, format: 'cjs', external: ['vscode'], minify: false, entryPoints: [from('test/web/index.ts')], outfile: from('out/test/web/index.js') }),
    esbuild.build({ ...browser, format: 'cjs', external: ['vscode'], minify: false, entryPoints: [from('test/web/screenshots.ts')], outfile: from('out/test/web/screenshots.js') }),
    esbuild.build({ ...node, minify: false, external: ['vscode', 'mocha'], entryPoints: [from('test/desktop/index.ts')], outfile: from('out/test/desktop/index.cjs') })
]);
