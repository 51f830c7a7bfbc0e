/** `partnership diff`: what a reviewer sees for a change to examples/food-access. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runCli, writeUnder } from './cli-run.js';

const EXAMPLE = path.join(ROOT, 'examples/food-access');
const TODAY = '2026-11-01';

/** base/ and head/ copies of the example in a temp folder; `edit` changes head/. */
function copies(edit: (head: string) => void, editBase?: (base: string) => void): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'partnership-diff-'));
    cpSync(EXAMPLE, path.join(dir, 'base'), { recursive: true });
    cpSync(EXAMPLE, path.join(dir, 'head'), { recursive: true });
    editBase?.(path.join(dir, 'base'));
    editBase?.(path.join(dir, 'head'));
    edit(path.join(dir, 'head'));
    return dir;
}

function change(file: string, from: string | RegExp, to: string): void {
    const text = readFileSync(file, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`no ${String(from)} in ${file}`);
    writeFileSync(file, next);
}

/**
 * A git repository with the example committed in net/ (and what `add` writes before the commit),
 * then one partner's sector changed in the working tree.
 */
function repository(add?: (dir: string) => void): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'partnership-diff-git-'));
    cpSync(EXAMPLE, path.join(dir, 'net'), { recursive: true });
    add?.(dir);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'example');
    change(path.join(dir, 'net/partners.partnership'), 'sector faith', 'sector nonprofit');
    return dir;
}

const diff = (dir: string, ...args: string[]) => runCli(['diff', 'base', 'head', '--today', TODAY, ...args], dir);
const json = (dir: string) => JSON.parse(diff(dir, '--format', 'json').stdout);

describe('partnership diff', () => {
    test('a tie that breaks the budget: tie added, load before → after, over-budget introduced', () => {
        const dir = copies(head => {
            writeFileSync(path.join(head, 'more.partnership'),
                'tie EastsideFoodBank -- EastsideRadio {\n    effort 8 hours/month\n    trust 4\n    EastsideFoodBank gives funding\n    EastsideRadio gives visibility\n}\n');
        }, side => change(path.join(side, 'network.partnership'), 'budget 40 hours/month', 'budget 45 hours/month'));
        const run = diff(dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toContain('| added | tie `EastsideFoodBank -- EastsideRadio` | effort 8 h/month; trust 4; EastsideFoodBank gives funding; EastsideRadio gives visibility |');
        expect(run.stdout).toContain('| `EastsideFoodBank` (us) | 41.6 / 45 budget | 49.6 / 45 budget ⚠ over |');
        expect(run.stdout).toMatch(/\| introduced \| error \| `over-budget` \| network EastsideFood \| EastsideFoodBank spends 49\.6 h\/month/);
        expect(run.stdout).toContain('```mermaid\ngraph LR\n');
    });

    test('a broker removed with its ties: partner and ties removed, brokers and cut vertices before → after', () => {
        const dir = copies(head => {
            change(path.join(head, 'partners.partnership'), /partner EastsideFoodBank [^}]*\}\n/, '');
            change(path.join(head, 'ties.partnership'), /tie [^{]*EastsideFoodBank[^{]*\{[^}]*\}\n/g, '');
            change(path.join(head, 'network.partnership'), /    us EastsideFoodBank\n    budget 40 hours\/month\n    backbone EastsideFoodBank\n/, '');
            change(path.join(head, 'network.partnership'), /cocreated-by EastsideFoodBank, /g, 'cocreated-by ');
            change(path.join(head, 'network.partnership'), 'invites EastsideFoodBank, ', 'invites ');
        });
        const run = diff(dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('| removed | partner `EastsideFoodBank` |');
        expect(run.stdout).toContain('| removed | tie `EastsideFoodBank -- CountyHealth` |');
        expect(run.stdout).toContain('| removed | tie `EastsideHigh -- EastsideFoodBank` |');
        expect(run.stdout).toContain('| brokers | EastsideFoodBank | none |');
        expect(run.stdout).toContain('| cut vertices | EastsideFoodBank | none |');
        expect(run.stdout).toMatch(/\| resolved \| error \| `over-budget` /);
        expect(run.stdout).toMatch(/\| resolved \| warning \| `single-point-of-failure` \| partner EastsideFoodBank /);
        expect(run.stdout).toMatch(/\| introduced \| warning \| `isolated-partner` \| partner CountyHealth /);
        expect(run.stdout).toContain('["EastsideFoodBank"]:::removed');
        const doc = json(dir);
        expect(doc.networks[0].metrics).toContainEqual({ metric: 'cut vertices', before: ['EastsideFoodBank'], after: [] });
    });

    test("a tie's trust lowered: trust 4 → 2 and low-trust-tie introduced", () => {
        const dir = copies(head => change(path.join(head, 'ties.partnership'), /(StMarksPantry -- TenantsUnion \{[^}]*?)trust 4/, '$1trust 2'));
        const run = diff(dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('| changed | tie `StMarksPantry -- TenantsUnion` | trust 4 → 2 |');
        expect(run.stdout).toMatch(/\| introduced \| \w+ \| `low-trust-tie` \| tie StMarksPantry -- TenantsUnion \|/);
        expect(run.stdout).toContain('`base` → `head`: 1 tie changed · 1 finding introduced');
        expect(run.stdout).toContain('---|"trust 4 → 2"|');
    });

    test('no change (comments and layout aside): one line', () => {
        const dir = copies(head => change(path.join(head, 'ties.partnership'), 'tie EastsideFoodBank -- CountyHealth {', '// a comment\ntie CountyHealth   --   EastsideFoodBank {'));
        expect(diff(dir)).toEqual({ status: 0, stdout: 'No change to the network.\n', stderr: '' });
        const run = diff(dir, '--format', 'json');
        expect(run.stdout.split('\n')).toHaveLength(2);
        expect(JSON.parse(run.stdout)).toEqual({ version: 1, base: 'base', head: 'head', changes: [], networks: [] });
    });

    test('--base <ref>: the working tree against a commit', () => {
        const dir = repository();
        const run = runCli(['diff', '--base', 'HEAD', 'net', '--today', TODAY], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('`HEAD:net` → `net`: 1 partner changed');
        expect(run.stdout).toContain('| changed | partner `StMarksPantry` | sector faith → nonprofit |');
        expect(run.stdout).toMatch(/\| sector diversity \(Blau\) \| 0\.875 \| 0\.844 \|/);
        const subfolder = runCli(['diff', '--base', 'HEAD', '--today', TODAY], path.join(dir, 'net'));
        expect(subfolder.stdout).toContain('sector faith → nonprofit');
        const bad = runCli(['diff', '--base', 'no-such-ref', 'net'], dir);
        expect(bad).toEqual({ status: 2, stdout: '', stderr: 'partnership: unknown git ref: no-such-ref\n' });
    });

    test('--base <ref> leaves no temporary folder behind, whether the run succeeds or fails', () => {
        const dir = repository(dir => {
            cpSync(EXAMPLE, path.join(dir, 'binary-at-head'), { recursive: true });
            writeFileSync(path.join(dir, 'binary-at-head/stray.partnership'), Buffer.from([0x6e, 0x00, 0x01]));
        });
        // The child's os.tmpdir() is a fresh folder, so every entry it leaves there is counted.
        const temp = mkdtempSync(path.join(tmpdir(), 'partnership-test-tmpdir-'));
        const left = () => readdirSync(temp).filter(name => name.startsWith('partnership-diff-'));
        const diffBase = (folder: string, ref = 'HEAD') => runCli(['diff', '--base', ref, folder, '--today', TODAY], dir, { TMPDIR: temp });
        expect(left()).toEqual([]);

        const ok = diffBase('net');
        expect(ok.status).toBe(0);
        expect(ok.stdout).toContain('| changed | partner `StMarksPantry` | sector faith → nonprofit |');
        expect(left()).toEqual([]);

        // A binary file in the working tree only: the commit's copy is written and analysed, then the head fails.
        writeFileSync(path.join(dir, 'net/stray.partnership'), Buffer.from([0x6e, 0x00, 0x01]));
        const headFails = diffBase('net');
        expect(headFails).toEqual({ status: 2, stdout: '', stderr: 'partnership: cannot read net/stray.partnership: binary file, not .partnership text\n' });
        expect(left()).toEqual([]);

        // The committed binary file is in the temporary copy: the base side fails while it is analysed.
        const baseFails = diffBase('binary-at-head');
        expect(baseFails).toEqual({ status: 2, stdout: '', stderr: 'partnership: cannot read HEAD:binary-at-head/stray.partnership: binary file, not .partnership text\n' });
        expect(left()).toEqual([]);

        expect(diffBase('net', 'no-such-ref')).toMatchObject({ status: 2, stderr: 'partnership: unknown git ref: no-such-ref\n' });
        expect(left()).toEqual([]);
    });

    test('two networks of one name in sibling folders are each compared with their own base', () => {
        const network = 'network N\npartner A { sector nonprofit }\npartner B { sector media }\ntie A -- B {\n    A gives data\n    B gives funding\n}\n';
        const dir = mkdtempSync(path.join(tmpdir(), 'partnership-diff-'));
        for (const side of ['base', 'head']) for (const folder of ['a', 'b']) writeUnder(dir, `${side}/${folder}/n.partnership`, network);
        change(path.join(dir, 'head/a/n.partnership'), 'sector media', 'sector faith');
        const run = diff(dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('`base` → `head`: 1 partner changed\n\n### Network N in `a/`\n');
        expect(run.stdout).toContain('| changed | partner `B` | sector media → faith |');
        expect(run.stdout).not.toContain('in `b/`');
        expect(json(dir).networks.map((n: { name: string; folder: string }) => `${n.name} ${n.folder}`)).toEqual(['N a']);
    });

    test('formatting the base, or a comment line added at the top, is no change (a message naming file:line:col included)', () => {
        // A second StMarksPantry: its duplicate-name message names the first one's file:line:col.
        const messy = (side: string) => {
            const file = path.join(side, 'partners.partnership');
            writeFileSync(file, '\n\n\n' + readFileSync(file, 'utf8').replace(/^ {4}/gm, '\t  ').replace(/^partner /gm, 'partner   ') + 'partner StMarksPantry {sector media}\n');
        };
        const declaredAt = (dir: string, side: string) => /already declared as a partner \((partners\.partnership:\d+:\d+)\)/.exec(runCli(['validate', side, '--today', TODAY], dir).stdout)?.[1];
        const formatted = copies(head => {
            expect(runCli(['format', head], head).status).toBe(0);
        }, messy);
        expect(readFileSync(path.join(formatted, 'head/partners.partnership'), 'utf8')).not.toBe(readFileSync(path.join(formatted, 'base/partners.partnership'), 'utf8'));
        // The place the message names moved.
        expect(declaredAt(formatted, 'base')).toMatch(/^partners\.partnership:\d+:11$/);
        expect(declaredAt(formatted, 'head')).toMatch(/^partners\.partnership:\d+:9$/);
        expect(diff(formatted)).toEqual({ status: 0, stdout: 'No change to the network.\n', stderr: '' });

        const commented = copies(head => {
            for (const file of ['network.partnership', 'partners.partnership', 'ties.partnership']) {
                writeFileSync(path.join(head, file), `// Reviewed at the May meeting\n${readFileSync(path.join(head, file), 'utf8')}`);
            }
        }, messy);
        expect(diff(commented)).toEqual({ status: 0, stdout: 'No change to the network.\n', stderr: '' });
        expect(diff(commented, '--format', 'json').stdout).toBe('{"version":1,"base":"base","head":"head","changes":[],"networks":[]}\n');
    });

    test('JSON: version 1, changes and networks', () => {
        const dir = copies(head => {
            change(path.join(head, 'ties.partnership'), /(StMarksPantry -- TenantsUnion \{[^}]*?)effort 3 hours\/month/, '$1effort 5 hours/month');
            change(path.join(head, 'partners.partnership'), '    stage exploring since 2026-10-01', '    plays Outreach\n    stage exploring since 2026-10-01');
        });
        const run = diff(dir, '--format', 'json');
        expect(run.status).toBe(0);
        const doc = JSON.parse(run.stdout);
        expect(Object.keys(doc)).toEqual(['version', 'base', 'head', 'changes', 'networks']);
        expect(doc.version).toBe(1);
        expect(doc.changes).toEqual([
            { network: 'EastsideFood', kind: 'partner', name: 'EastsideRadio', change: 'changed',
              fields: [{ field: 'plays', before: null, after: 'Outreach', text: 'plays + Outreach' }] },
            { network: 'EastsideFood', kind: 'tie', name: 'StMarksPantry -- TenantsUnion', change: 'changed',
              fields: [{ field: 'effort', before: '3 h/month', after: '5 h/month', text: 'effort 3 → 5 h/month' }] }
        ]);
        const [network] = doc.networks;
        expect(Object.keys(network)).toEqual(['name', 'folder', 'title', 'change', 'loads', 'metrics', 'findings', 'mermaid']);
        expect(network.folder).toBe('.');
        expect(network.loads).toContainEqual({ partner: 'TenantsUnion', us: false, before: 18.25, after: 20.25, limitBefore: 20, limitAfter: 20, overBefore: false, overAfter: true });
        expect(network.findings.map((f: { change: string; code: string }) => `${f.change} ${f.code}`)).toContain('introduced partner-over-capacity');
        expect(network.findings.find((f: { code: string; change: string }) => f.code === 'partner-over-capacity' && f.change === 'changed')?.element).toBe('partner StMarksPantry');
    });

    test('the same input gives byte-identical output', () => {
        const dir = copies(head => change(path.join(head, 'ties.partnership'), 'trust 5', 'trust 3'));
        const first = diff(dir);
        expect(first.stdout).toBe(diff(dir).stdout);
        expect(diff(dir, '--format', 'json').stdout).toBe(diff(dir, '--format', 'json').stdout);
    });

    test('a missing folder or a bad ref: exit 2, one line', () => {
        const dir = copies(() => undefined);
        expect(runCli(['diff', 'base', 'nope'], dir)).toEqual({ status: 2, stdout: '', stderr: 'partnership: no such file or folder: nope\n' });
        expect(runCli(['diff'], dir)).toMatchObject({ status: 2, stdout: '' });
        const noRepo = runCli(['diff', '--base', 'HEAD', 'base'], dir);
        expect(noRepo.status).toBe(2);
        expect(noRepo.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
});
