/**
 * Which network a file validated on its own belongs to (as a pre-commit hook validates the files it
 * is given): the nearest folder upwards with a file that declares a `network`, as the parser reads it.
 * A `network X` line inside a block comment declares nothing; a declaration after a block comment on
 * its line, or with a comment between `network` and its name, does.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, writeUnder } from './cli-run.js';

let dir: string | undefined;
afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
});

function workspace(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-root-'));
    writeUnder(dir, '.git/HEAD', 'ref: refs/heads/main\n');
    for (const [file, text] of Object.entries(files)) writeUnder(dir, file, text);
    return dir;
}

const PARENT = 'network N {\n    us A\n}\n\npartner A { sector nonprofit }\n';
const TIE = 'partner B { sector nonprofit }\n\ntie A -- B {\n    A gives funding\n    B gives data\n}\n';

describe('the network of a file validated alone', () => {
    it.each([
        ['a comment line starting with `network` in the subfolder', `/*\nnetwork Draft is what we called it\n*/\n${TIE}`],
        ['the word in a line comment', `// network Draft\n${TIE}`],
        ['the word in a string', `partner C "network Draft" { sector media }\n\n${TIE}`]
    ])('%s does not make the subfolder a network: the parent\'s partners resolve', (_what, sub) => {
        const cwd = workspace({ 'n/network.partnership': PARENT, 'n/sub/ties.partnership': sub });
        const run = runCli(['validate', 'n/sub/ties.partnership', '--today', '2026-11-01'], cwd);
        expect(run.stdout).not.toMatch(/unresolved-reference/);
        expect(run.status, run.stdout + run.stderr).toBe(0);
    });

    it.each([
        ['after a block comment on its line', '/* the 2026 map */ network Sub {\n    us B\n}\n'],
        ['with a comment between `network` and its name', 'network /* renamed in May */ Sub {\n    us B\n}\n'],
        ['after a `}` on its line', 'partner C { sector media } network Sub {\n    us B\n}\n']
    ])('a declaration %s makes its folder a network of its own', (_what, declaration) => {
        const cwd = workspace({ 'n/network.partnership': PARENT, 'n/sub/network.partnership': declaration, 'n/sub/ties.partnership': TIE });
        const run = runCli(['validate', 'n/sub/ties.partnership', '--today', '2026-11-01', '--format', 'json'], cwd);
        // A belongs to the parent network, not to Sub: the tie's A is unknown there.
        expect(run.stdout).toMatch(/unresolved-reference/);
        expect(run.stdout).toMatch(/Unknown partner 'A'/);
    });
});

/** The findings of a run's JSON output, by file: `file line:col code`, sorted. */
function findingsOf(stdout: string, cwd: string): string[] {
    const doc = JSON.parse(stdout) as { findings: Array<{ file: string; code: string; range: { start: { line: number; column: number } } }> };
    return doc.findings.map(f => `${path.resolve(cwd, f.file)} ${f.range.start.line}:${f.range.start.column} ${f.code}`).sort();
}

/** Validates a file alone and with its folder and the workspace; the file's findings must be the same. */
function sameAloneAndInFolder(cwd: string, file: string): string[] {
    const json = (target: string) => {
        const run = runCli(['validate', '--today', '2026-11-01', '--format', 'json', '--', target], cwd);
        expect(run.stderr).toBe('');
        return findingsOf(run.stdout, cwd).filter(line => line.startsWith(`${path.resolve(cwd, file)} `));
    };
    const alone = json(file);
    expect(json(path.dirname(file))).toEqual(alone);
    return alone;
}

describe('the network of a file validated alone, as the parser reads it', () => {
    it('a declaration after a partner without a body on its line is found', () => {
        const cwd = workspace({ 'n/network.partnership': PARENT, 'n/sub/network.partnership': 'partner C network Sub {\n    us B\n}\n', 'n/sub/ties.partnership': TIE });
        const run = runCli(['validate', 'n/sub/ties.partnership', '--today', '2026-11-01'], cwd);
        expect(run.stdout).toMatch(/Unknown partner 'A'/);
    });

    it('a symbolic link to the network file makes its folder the network folder', () => {
        const cwd = workspace({ 'shared/network.partnership': PARENT, 'n/ties.partnership': TIE });
        symlinkSync('../shared/network.partnership', path.join(cwd, 'n/network.partnership'));
        const run = runCli(['validate', 'n/ties.partnership', '--today', '2026-11-01'], cwd);
        expect(run.stdout).not.toMatch(/unresolved-reference/);
        expect(run.status, run.stdout + run.stderr).toBe(0);
        expect(sameAloneAndInFolder(cwd, 'n/ties.partnership').filter(line => /unresolved-reference/.test(line))).toEqual([]);
    });

    it('a link loop in the network folder is walked once', () => {
        const cwd = workspace({ 'n/network.partnership': PARENT, 'n/sub/ties.partnership': TIE });
        symlinkSync('..', path.join(cwd, 'n/sub/up'));
        const run = runCli(['validate', 'n/sub/ties.partnership', '--today', '2026-11-01'], cwd);
        expect(run.stdout).not.toMatch(/unresolved-reference|duplicate/);
        expect(run.status, run.stdout + run.stderr).toBe(0);
    });

    it('a hidden file declaring a network does not make a folder a network folder (the editor does not read it)', () => {
        const cwd = workspace({ 'n/network.partnership': PARENT, 'n/sub/.draft.partnership': 'network Draft\n', 'n/sub/ties.partnership': TIE });
        const run = runCli(['validate', 'n/sub/ties.partnership', '--today', '2026-11-01'], cwd);
        expect(run.stdout).not.toMatch(/unresolved-reference/);
    });

    it.each([
        ['..x'], ['a\\b'], [' spaced name '], ['-lead'], ['é☃ 東京'], ['a[1]*?'], ['..'.concat('..y')],
        ...(process.platform === 'win32' ? [] : [['line\nbreak']])
    ])('a network folder named %j: the same findings for a file alone and in its folder, shown relative', name => {
        const cwd = workspace({
            [`${name}/network.partnership`]: PARENT,
            [`${name}/sub/ties.partnership`]: `${TIE}\npartner A { sector media }\n`,
            [`${name}/sub/more.partnership`]: 'partner B { sector media }\n'
        });
        const file = path.join(name, 'sub/ties.partnership');
        // A is the parent's (a duplicate here), B is declared twice in sub/.
        expect(sameAloneAndInFolder(cwd, file).map(line => line.slice(path.resolve(cwd, file).length + 1))).toEqual(['1:9 duplicate-name', '8:9 duplicate-name']);
        const text = runCli(['validate', '--today', '2026-11-01', '--', file], cwd);
        // Named relative to the working folder, never as outside it (an absolute path).
        expect(text.stdout).not.toContain(cwd);
        expect(text.stdout).toContain('ties.partnership:8:9 error');
    });

    it('a file in a hidden folder of a network has its folder read with it, as when the folder is given', () => {
        const cwd = workspace({ 'n/network.partnership': PARENT, 'n/.drafts/ties.partnership': TIE, 'n/.drafts/b.partnership': 'partner B { sector media }\n' });
        expect(sameAloneAndInFolder(cwd, 'n/.drafts/ties.partnership')).toEqual([`${path.join(cwd, 'n/.drafts/ties.partnership')} 1:9 duplicate-name`]);
    });

    it('a loose file alone is checked with the loose files of its folder, as in the editor', () => {
        const cwd = workspace({ 'notes/a.partnership': 'partner A { sector media }\n', 'notes/b.partnership': 'partner A { sector media }\ntie A -- B\n', 'notes/c.partnership': 'partner B { sector media }\n' });
        expect(sameAloneAndInFolder(cwd, 'notes/b.partnership').map(line => line.replace(`${cwd}${path.sep}`, ''))).toEqual(['notes/b.partnership 1:9 duplicate-name']);
    });

    it('an @allow inside a block comment silences nothing and is not reported as malformed', () => {
        const cwd = workspace({ 'n/a.partnership': '/* old notes\n// @allow isolated-partner -- was kept apart\n// @allow typo here */\npartner A { sector media }\n' });
        const run = runCli(['validate', 'n/a.partnership', '--today', '2026-11-01'], cwd);
        expect(run.stdout).toContain('n/a.partnership:4:9 warning A has no tie to any partner');
        expect(run.stdout).not.toMatch(/invalid-allow/);
    });
});
