/**
 * The extension as users install it: `npm run package` makes the .vsix, which holds what `vsce ls`
 * lists and nothing else, a readme and changelog whose links and pictures are https URLs (as the
 * marketplace and Open VSX render them), and the size the docs state; and the .vsix, unpacked,
 * passes packages/extension/test/suite in a real VS Code — VS Code for the web (Code - OSS 1.137
 * from npm, @vscode/test-web, Debian's headless Chromium; packages/extension/scripts/test-web.mjs).
 * Skipped, with a line saying so, where /usr/bin/chromium is missing (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
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
    'Show Metrics adds Trust and value once the network records a value score',
    'the Check-ins view lists the ties by when they are due and opens a tie when clicked',
    "the code action Record a check-in today sets the tie's last-checkin to today",
    'New Network… writes the starting network of partnership init, which has no problem, and never overwrites',
    'Import from File… writes the files partnership import writes from a spreadsheet, with its summary',
    'Export Report writes the HTML report of the network'
];

/** What the .vsix holds: each file as `vsce ls` names it (relative to packages/extension) and where vsce puts it. */
const FILES: [source: string, inVsix: string][] = [
    ['CHANGELOG.md', 'extension/changelog.md'],
    ['LICENSE', 'extension/LICENSE.txt'],
    ['README.md', 'extension/readme.md'],
    ['images/checkins.svg', 'extension/images/checkins.svg'],
    ['images/file-icon.svg', 'extension/images/file-icon.svg'],
    ['images/icon.png', 'extension/images/icon.png'],
    ['language-configuration.json', 'extension/language-configuration.json'],
    ['out/extension.cjs', 'extension/out/extension.cjs'],
    ['out/server.cjs', 'extension/out/server.cjs'],
    ['out/web/extension.js', 'extension/out/web/extension.js'],
    ['out/web/server.js', 'extension/out/web/server.js'],
    ['out/webview/graph.js', 'extension/out/webview/graph.js'],
    ['package.json', 'extension/package.json'],
    ['snippets/partnership.json', 'extension/snippets/partnership.json'],
    ['syntaxes/partnership.tmLanguage.json', 'extension/syntaxes/partnership.tmLanguage.json']
];

/** Where the docs state the .vsix's size, as "about N KiB". */
const SIZE_STATEMENTS: [file: string, statement: RegExp][] = [
    ['README.md', /\n## The VS Code extension\n(?:(?!\n## )[^])*?\(about ([\d,]+) KiB\)/],
    ['docs/editor.md', /`npm run package`: about ([\d,]+) KiB/]
];

const unzip = (vsix: string, ...args: string[]) => {
    const run = spawnSync('/usr/bin/python3', ['-c', `
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
if len(sys.argv) > 2: sys.stdout.write(z.read(sys.argv[2]).decode('utf-8'))
else: print("\\n".join(sorted(z.namelist())))`, vsix, ...args], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout;
};

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

    test('npm run package makes a .vsix with the bundles and contributions only, under 1.5 MiB', () => {
        expect(unzip(vsix).trim().split('\n')).toEqual(
            ['[Content_Types].xml', 'extension.vsixmanifest', ...FILES.map(([, inVsix]) => inVsix)].sort());
        const manifest = unzip(vsix, 'extension.vsixmanifest');
        for (const asset of ['Content.Details" Path="extension/readme.md', 'Content.Changelog" Path="extension/changelog.md', 'Content.License" Path="extension/LICENSE.txt', 'Icons.Default" Path="extension/images/icon.png']) {
            expect(manifest).toContain(`<Asset Type="Microsoft.VisualStudio.Services.${asset}"`);
        }
        // 1.5 MiB since the editor imports XLSX files: exceljs, in the desktop and the web server, is half of it.
        expect(statSync(vsix).size).toBeLessThan(1.5 * 1024 * 1024);
    });

    test('vsce ls lists exactly the files the .vsix holds', () => {
        const vsce = path.join(path.dirname(createRequire(path.join(EXTENSION, 'package.json')).resolve('@vscode/vsce/package.json')), 'vsce');
        const ls = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: EXTENSION, encoding: 'utf8' });
        expect(ls.status, ls.stderr).toBe(0);
        expect(ls.stdout.trim().split('\n').sort()).toEqual(FILES.map(([source]) => source).sort());
    });

    test("the .vsix's readme and changelog link and show pictures by https URLs only, to files the repository has", () => {
        const { repository } = JSON.parse(readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
        const project = /github\.com\/([^/]+\/[^/]+?)(\.git)?$/.exec(repository.url)![1];
        const inRepository = new RegExp(`^https://(?:github\\.com/${project}/(?:blob|raw|tree)|raw\\.githubusercontent\\.com/${project})/(?:HEAD|main)/([^#?]*)`);
        for (const file of ['extension/readme.md', 'extension/changelog.md']) {
            const text = unzip(vsix, file);
            const targets = [
                ...[...text.matchAll(/!?\[(?:[^\][]|!\[[^\][]*\]\([^)]+\))*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(m => m[1]),
                ...[...text.matchAll(/<(?:img|video|source)\b[^>]*\bsrc=["']([^"']+)["']/gi)].map(m => m[1]),
                ...[...text.matchAll(/<a\b[^>]*\bhref=["']([^"']+)["']/gi)].map(m => m[1]),
                ...[...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*(\S+)/gm)].map(m => m[1])
            ];
            expect(targets.length, file).toBeGreaterThan(0);
            for (const target of targets) {
                expect(target, `${file}: ${target}`).toMatch(/^https:\/\//);
                const own = inRepository.exec(target);
                if (own) expect(existsSync(path.join(ROOT, decodeURIComponent(new URL(`https://x/${own[1]}`).pathname))), `${file}: ${target} is in the repository`).toBe(true);
            }
        }
        expect(unzip(vsix, 'extension/readme.md')).toMatch(/!\[[^\]]*\]\(https:\/\/[^)]+\.png\)/);
    });

    test('the size of the .vsix the docs state is within 15 % of the real one', () => {
        const kib = statSync(vsix).size / 1024;
        for (const [file, statement] of SIZE_STATEMENTS) {
            const match = statement.exec(readFileSync(path.join(ROOT, file), 'utf8'));
            expect(match, `${file} states the .vsix's size`).not.toBeNull();
            const stated = Number(match![1].replace(/,/g, ''));
            expect(Math.abs(stated - kib) / kib, `${file} says about ${stated} KiB, the .vsix has ${kib.toFixed(0)} KiB`).toBeLessThanOrEqual(0.15);
        }
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
