/**
 * The Neovim set-up of docs/editors.md, run for real: Debian's `nvim` (0.7) starts headless with
 * test/fixtures/neovim/init.lua — the Lua that docs/editors.md shows for Neovim 0.7, word for word —
 * against the language server installed from its tarball with `npm install --global` into a scratch
 * prefix outside the workspace, opens partners.partnership of a copy of examples/food-access in a
 * git folder, and test/fixtures/neovim/check.lua records what the editor got: the diagnostics (the
 * same findings, codes, positions and messages as `partnership validate --format json`), a hover on
 * a partner, quick fixes, completion, a rename, and the `<leader>f` and `gd` key maps of the set-up
 * at work.
 *
 * Skipped when `nvim` is not installed (.ci/run installs Debian's `neovim`). Needs the build output
 * (`npm run build`) and npm; installs nothing from the registry (the package has no dependencies).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './cli-run.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/neovim');
const NVIM_TIMEOUT = 45_000;

function nvimVersion(): string | undefined {
    const run = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10_000 });
    return run.status === 0 ? run.stdout.split('\n')[0] : undefined;
}
const VERSION = nvimVersion();

interface Seen {
    errors: string[];
    filetype?: string;
    attached?: boolean;
    client?: string;
    root?: string;
    omnifunc?: string;
    diagnostics?: Array<{ line: number; column: number; severity: string; code: string; message: string; docs: string | null }>;
    hover?: string | null;
    code_actions?: string[];
    completion?: string[];
    rename?: Record<string, number>;
    formatted?: boolean;
    definition?: { file: string; line: number; text: string };
}

/** Pids of the processes whose command line mentions `needle` (the scratch folder: ours only). */
function processesMentioning(needle: string): number[] {
    return readdirSync('/proc').filter(entry => /^\d+$/.test(entry)).flatMap(pid => {
        try {
            return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle) ? [Number(pid)] : [];
        } catch {
            return [];
        }
    });
}

describe.skipIf(!VERSION)(`Neovim (${VERSION ?? 'nvim not found: skipped'}) with the installed language server`, () => {
    let scratch: string;
    let work: string;
    let seen: Seen;
    let report: string;

    beforeAll(() => {
        scratch = mkdtempSync(path.join(tmpdir(), 'partnership-neovim-'));
        const dist = path.join(scratch, 'dist');
        execFileSync(process.execPath, [path.join(ROOT, 'scripts/pack-packages.mjs'), '--out', dist], { cwd: ROOT, encoding: 'utf8' });
        const tarball = readdirSync(dist).find(file => /^partnership-language-server-.*\.tgz$/.test(file));
        if (!tarball) throw new Error(`no language server tarball in ${dist}`);

        // As docs/editors.md says: npm install --global <the tarball>, here into a scratch prefix.
        const prefix = path.join(scratch, 'prefix');
        const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, path.join(dist, tarball), '--no-audit', '--no-fund', '--offline'], {
            cwd: scratch, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' }
        });
        if (install.status !== 0) throw new Error(`npm install --global failed:\n${install.stderr}`);
        const bin = path.join(prefix, 'bin');
        if (!existsSync(path.join(bin, 'partnership-language-server'))) throw new Error(`no partnership-language-server in ${bin}`);

        // A git folder (the set-up takes the repository as the server's workspace) with the network.
        work = path.join(scratch, 'work');
        mkdirSync(path.join(work, '.git'), { recursive: true });
        cpSync(path.join(ROOT, 'examples/food-access'), path.join(work, 'food-access'), { recursive: true });

        const resultFile = path.join(scratch, 'result.json');
        const xdg = path.join(scratch, 'xdg');
        const started = performance.now();
        const run = spawnSync('nvim', [
            '--headless', '--clean', '-u', path.join(FIXTURES, 'init.lua'),
            '-c', `luafile ${path.join(FIXTURES, 'check.lua')}`,
            'partners.partnership'
        ], {
            cwd: path.join(work, 'food-access'),
            encoding: 'utf8',
            timeout: NVIM_TIMEOUT,
            killSignal: 'SIGKILL',
            env: {
                ...process.env,
                // The installed server is found on PATH, as after a real global install.
                PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
                PARTNERSHIP_NVIM_RESULT: resultFile,
                XDG_CONFIG_HOME: path.join(xdg, 'config'),
                XDG_DATA_HOME: path.join(xdg, 'data'),
                XDG_STATE_HOME: path.join(xdg, 'state'),
                XDG_CACHE_HOME: path.join(xdg, 'cache')
            }
        });
        const ms = Math.round(performance.now() - started);
        // Neovim 0.7 writes lsp.log to the cache folder, later versions to the state folder.
        const logs = ['cache', 'state'].map(kind => path.join(xdg, kind, 'nvim', 'lsp.log')).filter(existsSync);
        report = [
            `nvim exited with ${run.status ?? run.signal}${run.error ? ` (${run.error.message})` : ''} after ${ms} ms`,
            `stderr:\n${run.stderr}`,
            ...logs.map(log => `${log}:\n${readFileSync(log, 'utf8')}`)
        ].join('\n');
        seen = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) as Seen : { errors: [`no result file\n${report}`] };
    }, 90_000);

    afterAll(() => {
        if (!scratch) return;
        // The server must go with nvim; stop whatever of ours is left so that nothing outlives the run.
        for (const pid of processesMentioning(scratch)) {
            try { process.kill(pid, 'SIGKILL'); } catch { /* gone already */ }
        }
        rmSync(scratch, { recursive: true, force: true });
    });

    it('runs the set-up without errors and attaches the server to the buffer', () => {
        expect(seen.errors, report).toEqual([]);
        expect(seen).toMatchObject({ filetype: 'partnership', attached: true, client: 'partnership', root: work, omnifunc: 'v:lua.vim.lsp.omnifunc' });
    });

    it('shows the findings partnership validate reports for the file: codes, lines, columns, messages', () => {
        const cli = runCli(['validate', 'food-access', '--format', 'json'], work);
        expect(cli.stderr).toBe('');
        const findings = (JSON.parse(cli.stdout) as { findings: Array<{ file: string; range: { start: { line: number; column: number } }; severity: string; code: string; message: string; docs: string | null }> })
            .findings.filter(finding => finding.file === 'food-access/partners.partnership')
            .map(finding => ({ line: finding.range.start.line, column: finding.range.start.column, severity: finding.severity, code: finding.code, message: finding.message, docs: finding.docs }));
        // Network findings, that need the other two files of the network: the server read them too.
        // The editor and the CLI judge by the real date here. From 2027-01-02 the farm cooperative, exploring
        // since 2026-07-01, has been so for more than six months: stale-prospect joins in (in both).
        expect(findings.map(finding => finding.code).filter(code => code !== 'stale-prospect')).toEqual([
            'disengaged-broker', 'single-point-of-failure', 'rushed-commitment', 'partner-over-capacity', 'partner-without-role'
        ]);
        const byPosition = <T extends { line: number; column: number; code: string }>(list: T[]) =>
            [...list].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
        expect(byPosition(seen.diagnostics ?? []), report).toEqual(byPosition(findings));
        expect(seen.diagnostics?.every(d => d.docs?.endsWith(`/docs/rules/${d.code}.md`))).toBe(true);
    });

    it('hovers on a partner with its name and load', () => {
        expect(seen.hover, report).toMatch(/Eastside Food Bank\*\* — partner `EastsideFoodBank`/);
        expect(seen.hover).toMatch(/41\.6 of 40 h\/month budget/);
    });

    it('offers the quick fixes of a finding and completes role names from another file', () => {
        expect(seen.code_actions, report).toContain('Assign role Distribution to EastsideHigh');
        expect(seen.code_actions).toContain('Allow partner-without-role here');
        expect([...(seen.completion ?? [])].sort()).toEqual(['Distribution', 'Evidence', 'Funder', 'Outreach', 'PolicyVoice', 'Sourcing']);
    });

    it('renames a partner in every file of the network', () => {
        expect(seen.rename, report).toEqual({ 'partners.partnership': 1, 'ties.partnership': 2 });
    });

    it('formats with <leader>f and goes to a definition in another file with gd', () => {
        expect(seen.formatted, report).toBe(true);
        expect(seen.definition, report).toEqual({ file: 'network.partnership', line: 42, text: 'role Distribution "Runs pantry distribution" {' });
    });

    it('leaves no server running once nvim has quit', async () => {
        const deadline = Date.now() + 5_000;
        while (processesMentioning(scratch).length > 0 && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 100));
        expect(processesMentioning(scratch)).toEqual([]);
    });

    it('uses the Lua that docs/editors.md shows for Neovim 0.7', () => {
        const doc = readFileSync(path.join(ROOT, 'docs/editors.md'), 'utf8');
        const blocks = [...doc.matchAll(/```lua\n([\s\S]*?)```/g)].map(match => match[1]);
        expect(blocks).toContain(readFileSync(path.join(FIXTURES, 'init.lua'), 'utf8'));
    });
});
