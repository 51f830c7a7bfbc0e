// Runs test/suite in desktop VS Code with @vscode/test-electron: the Node entry (out/extension.cjs)
// and the Node language server (out/server.cjs), on a scratch copy of examples/food-access.
// test-electron downloads VS Code; where that is impossible (these build machines reach only the npm
// registry and Debian's apt) the script says so and exits 0 — the web suite (test-web.mjs) is the
// proof here. Run it on a laptop or in GitHub Actions: `npm run build && npm run test:desktop`.
import { existsSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { scratchWorkspace } from './test-web.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tests = path.join(root, 'out/test/desktop/index.cjs');
if (!existsSync(tests) || !existsSync(path.join(root, 'out/extension.cjs'))) {
    console.error('test-desktop: the extension is not built: run `npm run build` in packages/extension first.');
    process.exit(1);
}

let vscodeExecutablePath;
try {
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('no answer in 60 s')), 60_000).unref());
    vscodeExecutablePath = await Promise.race([downloadAndUnzipVSCode({ version: 'stable', cachePath: path.join(root, '.vscode-test') }), timeout]);
} catch (error) {
    console.log(`test-desktop: SKIPPED: desktop VS Code cannot be downloaded on this machine (${error instanceof Error ? error.message : String(error)}).`);
    console.log('test-desktop: the same suite runs in VS Code for the web: npm run test:web');
    process.exit(0);
}

const folder = scratchWorkspace('food-access', { 'partnership.today': '2026-11-01' });
try {
    await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: root,
        extensionTestsPath: tests,
        launchArgs: [folder, '--disable-extensions', '--skip-welcome', '--skip-release-notes']
    });
    console.log('test-desktop: the suite passed in desktop VS Code');
} catch (error) {
    console.error(`test-desktop: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
} finally {
    rmSync(folder, { recursive: true, force: true });
}
