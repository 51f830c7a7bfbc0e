/**
 * Paths are data (issue 19, item 2): folder and file names with two leading dots, a backslash,
 * spaces, a leading `-`, non-ASCII letters, glob characters or a line break are ordinary names for
 * every command that takes paths (validate, metrics, graph, report, format, diff, calendar,
 * history): the network is found, the files are named relative to the working folder (never as
 * outside it), and a file validated alone gives the findings it gives with its folder.
 * packages/cli/test/paths-property.test.ts draws such names at random, in process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, writeUnder } from './cli-run.js';

const TODAY = '2026-11-01';
const NAMES = ['..x', 'a\\b c', '-lead [1]', ...(process.platform === 'win32' ? ['é☃'] : ['é☃\nnext'])];
const NETWORK = 'network N {\n    us A\n}\n\npartner A {\n    sector nonprofit\n}\n\nmeeting Weekly {\n    every week\n    duration 1 hour\n    invites A, B\n}\n';
const TIES = 'partner B {\n    sector media\n}\n\ntie A -- B {\n    A gives funding\n    B gives data\n}\n';

const dir = mkdtempSync(path.join(tmpdir(), 'partnership-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const name of NAMES) {
    writeUnder(dir, path.join(name, 'network.partnership'), NETWORK);
    writeUnder(dir, path.join(name, 'sub', 'ties.partnership'), TIES);
}
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
git('init', '-q');
git('add', '.');
git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'networks', '--date', '2026-10-01T12:00:00Z');

const run = (...args: string[]) => runCli(args, dir);

describe.each(NAMES)('a network in a folder named %j', name => {
    const file = path.join(name, 'sub', 'ties.partnership');
    const shown = file.split(path.sep).join('/');

    it('validate: found, named relative, and the same findings alone and with its folder', () => {
        const alone = run('validate', '--today', TODAY, '--format', 'json', '--', file);
        const folder = run('validate', '--today', TODAY, '--format', 'json', '--', path.join(name, 'sub'));
        expect(alone.stderr).toBe('');
        const findings = (stdout: string) => (JSON.parse(stdout) as { findings: Array<{ file: string; code: string }> }).findings.map(f => `${f.file} ${f.code}`);
        expect(findings(alone.stdout)).toEqual(findings(folder.stdout));
        expect(findings(alone.stdout)).not.toContainEqual(expect.stringMatching(/unresolved-reference/));
        expect(JSON.parse(alone.stdout).files).toEqual([shown]);
    });

    it('metrics: the network, its folder and files named relative', () => {
        const result = run('metrics', '--today', TODAY, '--format', 'json', '--', file);
        expect(result.stderr).toBe('');
        const [network] = JSON.parse(result.stdout).networks;
        expect([network.name, network.folder, network.files]).toEqual(['N', name.split(path.sep).join('/'), [`${name}/network.partnership`, shown]]);
    });

    it('graph: both partners and their tie', () => {
        const result = run('graph', '--format', 'json', '--', file);
        expect(result.stderr).toBe('');
        const graph = JSON.parse(result.stdout);
        expect(JSON.stringify(graph)).toMatch(/"A"[\s\S]*"B"/);
        expect(result.status).toBe(0);
    });

    it('report -o, calendar -o: written', () => {
        const out = path.join(name, 'out');
        expect(run('report', '--today', TODAY, '-o', `${out}.html`, '--', file)).toMatchObject({ status: 0, stderr: '' });
        expect(readFileSync(path.join(dir, `${out}.html`), 'utf8')).toContain('<!DOCTYPE html>');
        expect(run('calendar', '--today', TODAY, '-o', `${out}.ics`, '--', name)).toMatchObject({ status: 0, stderr: '' });
        expect(readFileSync(path.join(dir, `${out}.ics`), 'utf8')).toContain('SUMMARY:Weekly');
    });

    it('format --check: the files are found (both laid out already)', () => {
        expect(run('format', '--check', '--', name)).toEqual({ status: 0, stdout: '2 files already formatted\n', stderr: '' });
        expect(run('format', '--check', '--', file)).toEqual({ status: 0, stdout: '1 file already formatted\n', stderr: '' });
    });

    it('diff: the folder against itself is no change', () => {
        expect(run('diff', '--today', TODAY, '--', name, name)).toEqual({ status: 0, stdout: 'No change to the network.\n', stderr: '' });
    });

    it('history: the folder\'s one version', () => {
        const result = run('history', '--format', 'json', '--', name);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(JSON.stringify(JSON.parse(result.stdout))).toContain('"N"');
    });
});
