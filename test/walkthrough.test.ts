/**
 * The README's "Use it in your coalition's repository", followed literally: its `sh` blocks run in
 * order in one shell in a scratch folder, and each file block (its first line a comment naming the
 * file) is written where it says, at its place in the sequence. The one substitution is the one the
 * README itself gives: the packed CLI tarball's path instead of the registry's `partnership-cli`.
 * Then the pull request check is what the workflow written by the README runs: the Action, as the
 * runner runs it, on that repository's commit.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fakeGitHubApi, runAction, withInputs } from './action-runner.js';
import { ROOT } from './cli-run.js';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const SECTION = /\n## Use it in your coalition's repository\n([^]*?)\n## /.exec(README)?.[1] ?? '';
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;

interface Block { language: string; text: string }
const blocks: Block[] = [...SECTION.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(match => ({ language: match[1], text: match[2] }));

/** A file block's path: its first line is `// path` or `# path`. */
function fileOf(block: Block): string | undefined {
    return /^(?:\/\/|#) ([\w./-]+)\n/.exec(block.text)?.[1];
}

let scratch: string;
let tarball: string;

beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'partnership-walkthrough-'));
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/pack-packages.mjs'), '--out', path.join(scratch, 'dist')], { cwd: ROOT, encoding: 'utf8' });
    tarball = path.join(scratch, 'dist', `partnership-cli-${VERSION}.tgz`);
}, 120_000);

afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the README walkthrough', () => {
    it('has the steps: install, the network, the check, the hook, the workflow, the editor, the commit', () => {
        expect(blocks.map(block => (fileOf(block) ? `${block.language}:${fileOf(block)}` : block.language))).toEqual([
            'sh', 'partnership:networks/network.partnership', 'sh', 'sh', 'yaml:.github/workflows/partnership.yml', 'jsonc:.vscode/extensions.json', 'sh'
        ]);
        expect(SECTION).toContain(`npm install --save-dev ~/Downloads/partnership-cli-${VERSION}.tgz`);
    });

    it('the workflow it gives is examples/ci/github-workflow.yml\'s, and the editor recommendation names the extension', () => {
        const workflow = blocks.find(block => fileOf(block) === '.github/workflows/partnership.yml')!;
        const example = readFileSync(path.join(ROOT, 'examples/ci/github-workflow.yml'), 'utf8');
        expect(parse(workflow.text)).toEqual(parse(example));
        const extensions = blocks.find(block => fileOf(block) === '.vscode/extensions.json')!;
        const manifest = JSON.parse(readFileSync(path.join(ROOT, 'packages/extension/package.json'), 'utf8')) as { publisher: string; name: string };
        expect(JSON.parse(extensions.text.replace(/^\/\/.*\n/, ''))).toEqual({ recommendations: [`${manifest.publisher}.${manifest.name}`] });
    });

    it('from an empty folder to a commit the hook let through and a green check', async () => {
        const script = ['set -e', ...blocks.map(block => {
            const file = fileOf(block);
            if (!file) return block.text.replace(/^npm install --save-dev partnership-cli$/m, `npm install --save-dev ${tarball}`);
            return `mkdir -p "$(dirname '${file}')"\ncat > '${file}' <<'WALKTHROUGH_EOF'\n${block.text}WALKTHROUGH_EOF`;
        })].join('\n');
        const env = {
            ...process.env,
            GIT_AUTHOR_NAME: 'Coordinator', GIT_AUTHOR_EMAIL: 'coordinator@example.org', GIT_COMMITTER_NAME: 'Coordinator', GIT_COMMITTER_EMAIL: 'coordinator@example.org',
            // Nothing from the registry: the CLI comes from its tarball.
            npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false',
            NO_COLOR: '1'
        };
        const run = spawnSync('sh', ['-c', script], { cwd: scratch, encoding: 'utf8', env, timeout: 60_000 });
        expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
        const repo = path.join(scratch, 'coalition');
        // `npx partnership validate networks` in step 2, then the hook's validate at the commit (Git
        // sends a hook's output to stderr).
        expect(run.stdout.match(/✔ no problems in 1 file/g)).toHaveLength(1);
        expect(run.stderr).toContain('1 file already formatted');
        expect(run.stderr.match(/✔ no problems in 1 file/g)).toHaveLength(1);
        const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env });
        expect(git('log', '--format=%s')).toBe('Our partnership network\n');
        expect(git('ls-files').split('\n').filter(Boolean)).toEqual(['.github/workflows/partnership.yml', '.gitignore', '.vscode/extensions.json', 'networks/network.partnership', 'package-lock.json', 'package.json']);
        expect(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'))).toMatchObject({ devDependencies: { 'partnership-cli': expect.any(String) } });
        expect(existsSync(path.join(repo, 'node_modules/.bin/partnership'))).toBe(true);

        // The hook is in place: a commit with an error is refused.
        const broken = spawnSync('sh', ['-c', "printf '\\ntie RiversideLibrary -- Nobody\\n' >> networks/network.partnership && git commit -qam broken"], { cwd: repo, encoding: 'utf8', env });
        expect(broken.status).not.toBe(0);
        expect(broken.stderr).toContain('[unresolved-reference]');
        git('checkout', '-q', '--', 'networks');

        // The check of a push: the workflow's Action step with its `with:`.
        const workflow = parse(readFileSync(path.join(repo, '.github/workflows/partnership.yml'), 'utf8')) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
        const step = Object.values(workflow.jobs)[0].steps.find(candidate => candidate.uses?.startsWith('partnership-lang/partnership-lang@'))!;
        const api = await fakeGitHubApi(request => request.url.endsWith('/code-scanning/sarifs') ? { status: 202, body: { id: 'sarif-1' } } : { status: 404, body: { message: 'Not Found' } });
        try {
            const sha = git('rev-parse', 'HEAD').trim();
            const check = await runAction(withInputs(step.with), {
                workspace: repo, temp: scratch, api: api.url, sha, ref: 'refs/heads/main',
                event: { name: 'push', payload: { ref: 'refs/heads/main', after: sha } }
            });
            expect(check.status, check.stdout + check.stderr).toBe(0);
            expect(check.commands).toEqual([]);
            expect(check.outputs).toMatchObject({ errors: '0', warnings: '0' });
            expect(api.requests.map(request => `${request.method} ${request.url}`)).toEqual(['POST /repos/coalition/networks/code-scanning/sarifs']);
        } finally {
            await api.close();
        }
    }, 90_000);
});
