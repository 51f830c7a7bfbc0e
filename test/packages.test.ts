/**
 * The publishable packages as a coalition's repository gets them: `scripts/pack-packages.mjs` packs
 * the CLI and the language server, each is installed alone from its tarball into a fresh folder
 * outside the workspace (nothing of the workspace's node_modules can be reached from there), and
 * then used: every command of the installed CLI prints what the workspace's CLI prints, with the same
 * exit code; a global install into a scratch prefix runs; the installed server answers an editor.
 *
 * Needs the build output (`npm run build`) and npm; installs nothing from the registry (the packages
 * have no dependencies).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from './cli-run.js';
import { LspClient } from './lsp-client.js';

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;
let scratch: string;
let dist: string;
const tarball = (name: string) => path.join(dist, `${name}-${VERSION}.tgz`);

function npm(args: string[], cwd: string): { stdout: string; stderr: string; status: number | null; ms: number } {
    const started = performance.now();
    const run = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--offline'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    return { stdout: run.stdout, stderr: run.stderr, status: run.status, ms: performance.now() - started };
}

/** Today as YYYY-MM-DD in local time, as the CLI takes it. */
function localToday(): string {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map(n => String(n).padStart(2, '0')).join('-');
}

/** `text` with every date moved by the days from `from` to `to`: judged on `to`, it reads as it did on `from`. */
function movedDates(text: string, from: string, to: string): string {
    const shift = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
    return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, date => new Date(Date.parse(`${date}T00:00:00Z`) + shift).toISOString().slice(0, 10));
}

/** A fresh folder with a package.json, outside the workspace. */
function project(name: string): string {
    const folder = path.join(scratch, name);
    cpSync(path.join(ROOT, 'examples'), path.join(folder, 'examples'), { recursive: true });
    writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }));
    return folder;
}

beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'partnership-packages-'));
    dist = path.join(scratch, 'dist');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/pack-packages.mjs'), '--out', dist], { cwd: ROOT, encoding: 'utf8' });
}, 120_000);

afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the CLI package', () => {
    it('holds its bin, its one bundle, README, LICENSE and a manifest without dependencies', () => {
        const listing = execFileSync('tar', ['-tzf', tarball('partnership-cli')], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
        expect(listing).toEqual(['package/LICENSE', 'package/README.md', 'package/bin/partnership.js', 'package/lib/exceljs.cjs', 'package/lib/partnership.cjs', 'package/package.json', 'package/pre-commit']);
        const manifest = JSON.parse(execFileSync('tar', ['-xOzf', tarball('partnership-cli'), 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
        expect(manifest).toMatchObject({ name: 'partnership-cli', version: VERSION, license: 'MIT', bin: { partnership: 'bin/partnership.js' }, engines: { node: '>=20.0.0' } });
        expect(manifest.repository).toBeDefined();
        expect(manifest.dependencies).toBeUndefined();
    });

    it('installs alone, quickly, adding one package and no engine warning', () => {
        const folder = project('alone');
        const install = npm(['install', '--save-dev', tarball('partnership-cli')], folder);
        expect(install.status, install.stderr).toBe(0);
        expect(install.stderr).not.toMatch(/EBADENGINE/);
        expect(readdirSync(path.join(folder, 'node_modules')).filter(entry => !entry.startsWith('.'))).toEqual(['partnership-cli']);
        expect(install.ms).toBeLessThan(15_000);
    });

    const installed = () => path.join(scratch, 'alone', 'node_modules', '.bin', 'partnership');
    // The user's cache folder (the code cache), in the scratch folder.
    const userEnv = (cacheHome = path.join(scratch, 'cache-home')): NodeJS.ProcessEnv => {
        const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome };
        delete env.PARTNERSHIP_CODE_CACHE;
        return env;
    };
    const inAlone = (args: string[], env = userEnv()) => {
        // As runCli runs the workspace's CLI: without colour, whatever the terminal or CI says.
        const run = spawnSync(installed(), args, { cwd: path.join(scratch, 'alone'), encoding: 'utf8', env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' } });
        return { stdout: run.stdout, stderr: run.stderr, status: run.status };
    };

    it.each([
        [['--version']],
        [['validate', 'examples/food-access', '--today', '2026-11-01']],
        [['validate', 'examples/food-access', '--today', '2026-11-01', '--format', 'json']],
        [['validate', 'examples/food-access', '--today', '2026-11-01', '--format', 'sarif']],
        [['validate', 'examples/food-access', '--today', '2026-11-01', '--format', 'github']],
        [['validate', 'examples/clean-network', '--today', '2026-11-01']],
        [['validate', 'examples/nowhere']],
        [['metrics', 'examples/county-emergency']],
        [['metrics', 'examples/food-access', '--format', 'csv']],
        [['graph', 'examples/food-access', '--format', 'svg']],
        [['graph', 'examples/food-access', '--format', 'mermaid']],
        [['calendar', 'examples/food-access', '--today', '2027-03-01']],
        [['survey', 'examples/food-access', '-o', 'surveys', '--today', '2026-11-01']],
        [['format', '--check', 'examples']],
        [['explain', 'over-budget']],
        [['explain', 'unknown-rule']],
        [['explain', '--list']],
        [['explain', 'over-budgt']]
    ])('partnership %j prints what the workspace\'s CLI prints, with its exit code', args => {
        const folder = path.join(scratch, 'alone');
        const ours = inAlone(args);
        const workspace = runCli(args, folder);
        expect(ours.status, ours.stderr).toBe(workspace.status);
        expect(ours.stdout).toBe(workspace.stdout);
        expect(ours.stderr).toBe(workspace.stderr);
    });

    it('explains a code from the pages built into its bundle, with no docs folder anywhere near', () => {
        expect(existsSync(path.join(scratch, 'alone', 'docs'))).toBe(false);
        const run = inAlone(['explain', 'over-budget']);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout.startsWith('over-budget\n===========\n\nDefault severity: error')).toBe(true);
        expect(run.stdout).toContain('\n    network.partnership:3:12 error FoodBank spends 13.9 h/month');
        expect(run.stdout).toContain('https://github.com/partnership-lang/partnership-lang/blob/main/docs/language.md#time-accounting');
        expect(run.stdout.endsWith('Online: https://github.com/partnership-lang/partnership-lang/blob/main/docs/rules/over-budget.md\n')).toBe(true);
    });

    it('compiles once: the code cache in the user\'s cache folder changes nothing but the speed', () => {
        const cacheHome = path.join(scratch, 'fresh-cache-home');
        const args = ['validate', 'examples/food-access', '--today', '2026-11-01'];
        const expected = runCli(args, path.join(scratch, 'alone'));
        const first = inAlone(args, userEnv(cacheHome));
        const folder = path.join(cacheHome, 'partnership-cli');
        const [cacheFile] = readdirSync(folder);
        expect(cacheFile).toMatch(/^partnership\.cjs-[0-9a-f]{16}\.v8cache$/);
        const written = readFileSync(path.join(folder, cacheFile));
        const second = inAlone(args, userEnv(cacheHome));
        expect(readFileSync(path.join(folder, cacheFile)).equals(written)).toBe(true);
        writeFileSync(path.join(folder, cacheFile), 'garbage');
        const corrupt = inAlone(args, userEnv(cacheHome));
        for (const run of [first, second, corrupt]) {
            expect(run.status, run.stderr).toBe(expected.status);
            expect(run.stdout).toBe(expected.stdout);
            expect(run.stderr).toBe(expected.stderr);
        }
        expect(readFileSync(path.join(folder, cacheFile), 'utf8')).not.toBe('garbage');
        const off = inAlone(args, { ...userEnv(path.join(scratch, 'no-cache-home')), PARTNERSHIP_CODE_CACHE: 'off' });
        expect(off.stdout).toBe(expected.stdout);
        expect(existsSync(path.join(scratch, 'no-cache-home'))).toBe(false);
    });

    it('imports a spreadsheet (CSV, and XLSX through the separate lib/exceljs.cjs) as the workspace\'s CLI does', async () => {
        const folder = path.join(scratch, 'alone');
        const { default: ExcelJS } = await import('exceljs');
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('Partners').addRows([['Organization', 'Type', 'Hours per month'], ["St. Mark's Church Pantry", 'Church', 8], ['Eastside Food Bank', 'NGO', 60]]);
        workbook.addWorksheet('Ties').addRows([['From', 'To', 'Effort'], ['Eastside Food Bank', "St. Mark's Church Pantry", '2 h/week']]);
        await workbook.xlsx.writeFile(path.join(folder, 'coalition.xlsx'));
        cpSync(path.join(ROOT, 'test/fixtures/import/riverside/partners.csv'), path.join(folder, 'partners.csv'));
        for (const args of [['import', 'coalition.xlsx', '--dry-run'], ['import', 'partners.csv', '--dry-run']]) {
            const ours = inAlone(args);
            const workspace = runCli(args, folder);
            expect(ours.status, ours.stderr).toBe(0);
            expect(ours.stdout).toBe(workspace.stdout);
            expect(ours.stderr).toBe(workspace.stderr);
        }
        expect(inAlone(['import', 'coalition.xlsx', '--dry-run']).stdout).toContain('tie EastsideFoodBank -- StMarksChurchPantry {\n    effort 2 hours/week\n}');
    });

    it('writes the same report, and diffs against a git ref', () => {
        const folder = path.join(scratch, 'alone');
        expect(inAlone(['report', 'examples/food-access', '--today', '2026-11-01', '-o', 'ours.html']).status).toBe(0);
        expect(runCli(['report', 'examples/food-access', '--today', '2026-11-01', '-o', 'theirs.html'], folder).status).toBe(0);
        expect(readFileSync(path.join(folder, 'ours.html'), 'utf8')).toBe(readFileSync(path.join(folder, 'theirs.html'), 'utf8'));

        const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, encoding: 'utf8' });
        git('init', '-q');
        git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', 'examples');
        git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'base');
        const ties = path.join(folder, 'examples/food-access/ties.partnership');
        writeFileSync(ties, readFileSync(ties, 'utf8').replace('effort 3 hours/month', 'effort 5 hours/month'));
        const ours = inAlone(['diff', 'examples/food-access', '--base', 'HEAD', '--today', '2026-11-01']);
        const workspace = runCli(['diff', 'examples/food-access', '--base', 'HEAD', '--today', '2026-11-01'], folder);
        expect(ours.status, ours.stderr).toBe(workspace.status);
        expect(ours.stdout).toBe(workspace.stdout);
        expect(ours.stdout).toMatch(/effort 3 → 5 h\/month/);
    });

    it('installs globally into a prefix and runs from its bin folder', () => {
        const prefix = path.join(scratch, 'prefix');
        const install = npm(['install', '--global', '--prefix', prefix, tarball('partnership-cli')], scratch);
        expect(install.status, install.stderr).toBe(0);
        const run = spawnSync(path.join(prefix, 'bin', 'partnership'), ['validate', path.join(ROOT, 'examples/clean-network'), '--today', '2026-11-01'], { cwd: scratch, encoding: 'utf8', env: userEnv() });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toMatch(/no problems in 1 file/);
    });
});

describe('the language server package', () => {
    it('installs alone and answers an editor over stdio: coded diagnostics and a hover', async () => {
        const folder = project('server');
        const install = npm(['install', tarball('partnership-language-server')], folder);
        expect(install.status, install.stderr).toBe(0);
        expect(install.stderr).not.toMatch(/EBADENGINE/);
        expect(readdirSync(path.join(folder, 'node_modules')).filter(entry => !entry.startsWith('.'))).toEqual(['partnership-language-server']);
        const command = path.join(folder, 'node_modules', '.bin', 'partnership-language-server');
        expect(existsSync(command)).toBe(true);

        // Started by hand to check the install: its version, its usage, and without a transport a short message.
        expect(spawnSync(command, ['--version'], { encoding: 'utf8' }).stdout).toBe(`${VERSION}\n`);
        const help = spawnSync(command, ['--help'], { encoding: 'utf8' });
        expect(help.status).toBe(0);
        expect(help.stdout).toMatch(/^Usage: partnership-language-server --stdio\n/);
        const bare = spawnSync(command, [], { encoding: 'utf8' });
        expect(bare.status).toBe(2);
        expect(bare.stderr).toMatch(/^partnership-language-server: no connection to an editor given \(--stdio, say\)\.\n/);
        expect(bare.stderr.length).toBeLessThan(1000);

        const { client } = await LspClient.start({
            rootUri: pathToFileURL(path.join(folder, 'examples/food-access')).href,
            initializationOptions: { today: '2026-11-01' },
            command
        });
        try {
            const file = path.join(folder, 'examples/food-access/network.partnership');
            const uri = pathToFileURL(file).href;
            const text = readFileSync(file, 'utf8');
            await client.open(uri, text);
            const diagnostics = await client.waitForDiagnostics(uri, list => list.some(d => d.code === 'over-budget'), 20_000);
            expect(diagnostics.find(d => d.code === 'over-budget')?.codeDescription?.href).toMatch(/over-budget\.md$/);
            const partners = path.join(folder, 'examples/food-access/partners.partnership');
            const partnersUri = pathToFileURL(partners).href;
            await client.open(partnersUri, readFileSync(partners, 'utf8'));
            const hover = await client.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
                textDocument: { uri: partnersUri }, position: { line: 2, character: 'partner Eas'.length }
            });
            expect(hover?.contents.value).toMatch(/EastsideFoodBank/);
            expect(hover?.contents.value).toMatch(/h\/month/);
        } finally {
            expect(await client.shutdown()).toEqual({ code: 0, signal: null });
        }
    }, 60_000);
});

describe('examples/ci/gitlab-ci.yml, followed literally with npx and the CLI tarball', () => {
    it('runs every script line in a merge request of a coalition repository: SARIF, the diff, the checks', () => {
        const gitlab = parse(readFileSync(path.join(ROOT, 'examples/ci/gitlab-ci.yml'), 'utf8')) as { partnership: { script: string[]; artifacts: { paths: string[] } } };
        // The coalition's repository on the "server" (a bare repository) and the runner's clone of a
        // merge request that raises an effort.
        const server = path.join(scratch, 'gitlab-origin.git');
        const clone = path.join(scratch, 'gitlab-clone');
        const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
        const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env });
        git(scratch, 'init', '-q', '--bare', '-b', 'main', server);
        git(scratch, 'clone', '-q', server, clone);
        cpSync(path.join(ROOT, 'examples/clean-network'), path.join(clone, 'networks'), { recursive: true });
        // The script validates with --max-warnings 0 on the day it runs, and the clean network is clean
        // as of 2026-11-01 (later its check-ins and review fall due): its dates are moved to today.
        const copied = path.join(clone, 'networks/network.partnership');
        writeFileSync(copied, movedDates(readFileSync(copied, 'utf8'), '2026-11-01', localToday()));
        git(clone, 'add', '.');
        git(clone, 'commit', '-qm', 'the network');
        git(clone, 'push', '-q', 'origin', 'HEAD:main');
        git(clone, 'checkout', '-q', '-b', 'more-effort');
        const network = path.join(clone, 'networks/network.partnership');
        writeFileSync(network, readFileSync(network, 'utf8').replace('effort 3 hours/month', 'effort 4 hours/month'));
        git(clone, 'commit', '-qam', 'more effort');

        for (const line of gitlab.partnership.script) {
            const script = line.replaceAll('partnership-cli@0.1', tarball('partnership-cli'));
            const run = spawnSync('sh', ['-ec', script], {
                cwd: clone,
                encoding: 'utf8',
                env: { ...env, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', npm_config_offline: 'true', npm_config_update_notifier: 'false', NO_COLOR: '1' }
            });
            expect(run.status, `${line}\n${run.stderr}`).toBe(0);
        }
        expect(gitlab.partnership.artifacts.paths).toEqual(['partnership.sarif', 'network-diff.md']);
        const sarif = JSON.parse(readFileSync(path.join(clone, 'partnership.sarif'), 'utf8')) as { version: string; runs: unknown[] };
        expect(sarif.version).toBe('2.1.0');
        expect(readFileSync(path.join(clone, 'network-diff.md'), 'utf8')).toMatch(/effort 3 → 4 h\/month/);
    }, 60_000);
});
