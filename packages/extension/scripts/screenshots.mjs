// `npm run screenshots`: opens examples/food-access in VS Code for the web (as test-web.mjs does) and
// saves the README's pictures into docs/images/: editor-hover.png (a file with its findings, the
// Problems view and a hover) and graph-view.png (the graph webview). test/web/screenshots.ts stages
// the workbench and logs `SCREENSHOT <name>`; this side takes the picture when it sees the line.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, prepareVsCode, scratchWorkspace, useDebianChromium } from './test-web.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const images = path.join(root, '../../docs/images');
const require = createRequire(import.meta.url);

if (!existsSync(CHROMIUM) || !existsSync(path.join(root, 'out/test/web/screenshots.js'))) {
    console.error('screenshots: needs Debian\'s chromium and a built extension (npm run build).');
    process.exit(1);
}
mkdirSync(images, { recursive: true });
const profile = mkdtempSync(path.join(tmpdir(), 'partnership-chromium-'));
let context;
useDebianChromium(profile, c => { context = c; }, ['--window-size=1400,860', '--force-device-scale-factor=1']);

// test-web prints the extension host's console with console[type](...): watch every type.
const pending = [];
const log = console.log.bind(console);
for (const type of ['log', 'info', 'warn', 'debug']) {
    const original = console[type].bind(console);
    console[type] = (...args) => {
        const match = /SCREENSHOT (\S+)/.exec(args.map(String).join(' '));
        if (!match || !context) return original(...args);
        const file = path.join(images, `${match[1]}.png`);
        pending.push(context.pages()[0].screenshot({ path: file }).then(() => log(`screenshots: wrote ${path.relative(process.cwd(), file)}`)));
    };
}

const folder = scratchWorkspace('food-access', { 'partnership.today': '2026-11-01', 'workbench.startupEditor': 'none', 'window.commandCenter': false });
const { runTests } = require('@vscode/test-web');
try {
    await runTests({
        browserType: 'chromium', headless: true, quality: 'stable',
        commit: prepareVsCode(path.join(root, '.vscode-test-web')), testRunnerDataDir: path.join(root, '.vscode-test-web'),
        extensionDevelopmentPath: root, extensionTestsPath: path.join(root, 'out/test/web/screenshots.js'), folderPath: folder
    });
    await Promise.all(pending);
} catch (error) {
    console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
} finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    rmSync(folder, { recursive: true, force: true });
}
