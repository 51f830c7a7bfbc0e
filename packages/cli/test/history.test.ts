/**
 * `partnership history` keeps the documents of unchanged blobs from one version to the next and
 * reparses only what changed. Its rows and events must equal those of building every version from
 * nothing: on the coalition's story (test/history-repo.ts) and on random sequences of commits over
 * the food-access example (trust changes, partners joining and leaving, declarations moved to other
 * files, files renamed, a syntax error made and mended, a second network appearing in a subfolder).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { collectHistory } from '../src/history.js';
import { makeHistoryRepo } from '../../../test/history-repo.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../examples/food-access');
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach(clean => clean()));

function git(cwd: string, args: string[], date?: string): void {
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd, GIT_AUTHOR_NAME: 'Tester', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Tester', GIT_COMMITTER_EMAIL: 't@example.org', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
    execFileSync('git', args, { cwd, env, stdio: 'ignore' });
}

/** Both ways of building, in the working folder `cwd` (the folders the rows name are relative to it). */
async function bothWays(folder: string) {
    const cwd = process.cwd();
    process.chdir(folder);
    try {
        return { incremental: await collectHistory('.'), fresh: await collectHistory('.', { fresh: true }) };
    } finally {
        process.chdir(cwd);
    }
}

describe('history: keeping unchanged documents gives what building each version afresh gives', () => {
    it('on the coalition\'s story', async () => {
        const repo = makeHistoryRepo();
        cleanups.push(repo.remove);
        const { incremental, fresh } = await bothWays(path.join(repo.dir, 'coalition'));
        expect(incremental[0].rows).toHaveLength(6);
        expect(incremental[0].events.length).toBeGreaterThan(0);
        expect(incremental).toEqual(fresh);
    });

    type Edit = { kind: 'trust' | 'join' | 'leave' | 'move' | 'rename' | 'break' | 'mend' | 'subnetwork' | 'stage'; pick: number };
    const edit: fc.Arbitrary<Edit> = fc.record({
        kind: fc.constantFrom('trust', 'join', 'leave', 'move', 'rename', 'break', 'mend', 'subnetwork', 'stage'),
        pick: fc.nat(1000)
    });

    /** The files of the network folder, by path relative to it. */
    function filesOf(dir: string): string[] {
        return (readdirSync(dir, { recursive: true }) as string[]).map(f => f.split(path.sep).join('/')).filter(f => f.endsWith('.partnership')).sort();
    }

    /** Applies one edit to the working tree; returns false when it has nothing to work on. */
    function apply(dir: string, { kind, pick }: Edit, step: number): boolean {
        const files = filesOf(dir);
        const file = (pattern: RegExp) => {
            const matching = files.filter(f => pattern.test(readFileSync(path.join(dir, f), 'utf8')));
            return matching.length === 0 ? undefined : matching[pick % matching.length];
        };
        const edit = (f: string, change: (text: string) => string) => {
            const target = path.join(dir, f);
            writeFileSync(target, change(readFileSync(target, 'utf8')));
        };
        switch (kind) {
            case 'trust': {
                const f = file(/trust \d/);
                if (!f) return false;
                edit(f, text => text.replace(/trust \d/, `trust ${1 + (pick % 5)}`));
                return true;
            }
            case 'stage': {
                const f = file(/stage \w+/);
                if (!f) return false;
                edit(f, text => text.replace(/stage \w+/, `stage ${['prospect', 'exploring', 'active', 'dormant'][pick % 4]}`));
                return true;
            }
            case 'join': {
                const f = files[pick % files.length];
                edit(f, text => `${text}\npartner Newcomer${step} "Newcomer ${step}" {\n    sector faith\n}\n\ntie Newcomer${step} -- EastsideFoodBank {\n    effort 1 hour/month\n    trust ${1 + (pick % 5)}\n}\n`);
                return true;
            }
            case 'leave': {
                const f = file(/^partner \w+/m);
                if (!f) return false;
                edit(f, text => text.replace(/^partner \w+[^{]*\{[^}]*\}\n?/m, ''));
                return true;
            }
            case 'move': {
                const f = file(/^partner \w+/m);
                if (!f) return false;
                const text = readFileSync(path.join(dir, f), 'utf8');
                const declaration = /^partner \w+[^{]*\{[^}]*\}\n?/m.exec(text)![0];
                writeFileSync(path.join(dir, f), text.replace(declaration, ''));
                writeFileSync(path.join(dir, `moved-${step}.partnership`), declaration);
                return true;
            }
            case 'rename': {
                const f = files[pick % files.length];
                renameSync(path.join(dir, f), path.join(dir, path.dirname(f), `renamed-${step}.partnership`));
                return true;
            }
            case 'break': {
                const f = files[pick % files.length];
                edit(f, text => `${text}\ntie EastsideFoodBank -- {\n`);
                return true;
            }
            case 'mend': {
                const f = file(/tie EastsideFoodBank -- \{\n$/);
                if (!f) return false;
                edit(f, text => text.replace(/\ntie EastsideFoodBank -- \{\n$/, '\n'));
                return true;
            }
            case 'subnetwork': {
                const sub = path.join(dir, `branch-${step}`);
                mkdirSync(sub, { recursive: true });
                writeFileSync(path.join(sub, 'network.partnership'), `network Branch${step} {\n    us Hub${step}\n}\n\npartner Hub${step} {\n    sector nonprofit\n}\n\npartner Spoke${step} {\n    sector education\n}\n\ntie Hub${step} -- Spoke${step} {\n    trust ${1 + (pick % 5)}\n}\n`);
                return true;
            }
        }
    }

    it('on random sequences of commits over the food-access example', async () => {
        await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 2, maxLength: 10 }), async edits => {
            const dir = mkdtempSync(path.join(tmpdir(), 'partnership-history-random-'));
            try {
                git(dir, ['init', '-q']);
                for (const name of readdirSync(EXAMPLE).filter(f => f.endsWith('.partnership'))) {
                    writeFileSync(path.join(dir, name), readFileSync(path.join(EXAMPLE, name)));
                }
                git(dir, ['add', '-A']);
                git(dir, ['commit', '-q', '-m', 'start'], '2026-01-01T12:00:00+00:00');
                let day = 1;
                for (const [i, change] of edits.entries()) {
                    if (!apply(dir, change, i)) continue;
                    git(dir, ['add', '-A']);
                    day += 1 + (change.pick % 20);
                    git(dir, ['commit', '-q', '--allow-empty', '-m', `${change.kind} ${i}`], new Date(Date.UTC(2026, 0, day, 12)).toISOString());
                }
                const { incremental, fresh } = await bothWays(dir);
                expect(incremental).toEqual(fresh);
            } finally {
                rmSync(dir, { recursive: true, force: true });
            }
        }), { numRuns: 12, seed: 17 });
    }, 240_000);
});
