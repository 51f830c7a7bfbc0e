/**
 * The extension as users install it: `npm run package` makes the .vsix, and the .vsix, unpacked,
 * passes packages/extension/test/suite in a real VS Code — VS Code for the web (Code - OSS 1.137
 * from npm, @vscode/test-web, Debian's headless Chromium; packages/extension/scripts/test-web.mjs).
 * Skipped, with a line saying so, where /usr/bin/chromium is missing (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from './cli-run.js';

const EXTENSION = path.join(ROOT, 'packages/extension');
const CHROMIUM = process.env.PARTNERSHIP_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`vscode-web.test: skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

const SUITE = [
    "activates on a .partnership file and reports the example's findings with codes and ranges",
    'an edit in one file updates a finding in another',
    'hover on a partner shows its name, sector, load and network numbers',
    'completion after `plays` offers the roles of the network, across files',
    'go to definition jumps from a tie to the partner declared in another file',
    'formatting gives the canonical layout',
    'a quick fix assigns a role to the partner without one',
    'Show Network Graph opens the webview and draws every partner and tie',
    'the graph view redraws when a file of the network changes',
    "Show Metrics and the status bar give the network's numbers",
    'Export Report writes the HTML report of the network'
];

describe.skipIf(!hasChromium)('the VS Code extension, packaged and run in VS Code for the web', () => {
    let vsix = '';
    let packageOutput = '';

    beforeAll(() => {
        const run = spawnSync(process.execPath, [path.join(EXTENSION, 'scripts/package.mjs')], { cwd: EXTENSION, encoding: 'utf8' });
        packageOutput = run.stdout + run.stderr;
        expect(run.status, packageOutput).toBe(0);
        const match = /package: (\S+\.vsix) \((\d+) KiB\)/.exec(packageOutput);
        expect(match, packageOutput).not.toBeNull();
        vsix = path.resolve(EXTENSION, match![1]);
    }, 300_000);

    test('npm run package makes a .vsix with the bundles and contributions only, under 1 MiB', () => {
        const list = spawnSync('/usr/bin/python3', ['-c', 'import sys, zipfile; print("\\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))', vsix], { encoding: 'utf8' });
        expect(list.status, list.stderr).toBe(0);
        expect(list.stdout.trim().split('\n').filter(name => name.startsWith('extension/'))).toEqual([
            'extension/LICENSE.txt',
            'extension/images/file-icon.svg',
            'extension/images/icon.png',
            'extension/language-configuration.json',
            'extension/out/extension.cjs',
            'extension/out/server.cjs',
            'extension/out/web/extension.js',
            'extension/out/web/server.js',
            'extension/out/webview/graph.js',
            'extension/package.json',
            'extension/readme.md',
            'extension/snippets/partnership.json',
            'extension/syntaxes/partnership.tmLanguage.json'
        ]);
        expect(statSync(vsix).size).toBeLessThan(1024 * 1024);
    });

    test('the .vsix passes the extension suite in VS Code for the web', () => {
        const run = spawnSync(process.execPath, [path.join(EXTENSION, 'scripts/test-web.mjs'), '--vsix', vsix], { cwd: EXTENSION, encoding: 'utf8', timeout: 240_000 });
        const output = run.stdout + run.stderr;
        expect(run.status, output).toBe(0);
        for (const title of SUITE) expect(output, `"${title}" passed`).toContain(`✅ ${title}`);
        expect(output).toContain(`${SUITE.length} passing`);
        expect(output).not.toMatch(/\d+ failing/);
    }, 300_000);
});
