/**
 * Which network a file validated on its own belongs to (as a pre-commit hook validates the files it
 * is given): the nearest folder upwards with a file that declares a `network`, as the parser reads it.
 * A `network X` line inside a block comment declares nothing; a declaration after a block comment on
 * its line, or with a comment between `network` and its name, does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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
