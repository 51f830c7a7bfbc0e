/**
 * The GitHub Action (action.yml) run the way the Actions runner runs it: `node <main>` of the
 * committed bundle, in a checked-out workspace, with every input as an `INPUT_<NAME>` variable (the
 * `with:` values over action.yml's defaults), the `GITHUB_*` variables, an event payload file, and
 * the output and job-summary files. The workspace is a scratch git repository with a base and a head
 * commit; the GitHub API is a local server that records what the action sends.
 *
 * Checked: the annotations it prints (those of `partnership validate --format github`), the step's
 * exit code, its outputs, the SARIF file and its upload, the pull-request comment (posted once,
 * updated after), the job summary, and clear failures for bad inputs.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, type ActionRun, type ApiRequest, type FakeApi, fakeGitHubApi, runAction as runActionIn, TOKEN } from './action-runner.js';
import { ROOT, runCli } from './cli-run.js';

const TODAY = '2026-11-01';

let api: FakeApi;
/** The requests the fake API got in this test. */
let requests: ApiRequest[] = [];
let scratch: string;
let repo: string;
let baseSha = '';
let headSha = '';

function defaultAnswer(request: ApiRequest): { status: number; body: unknown } {
    if (request.method === 'GET' && /\/issues\/7\/comments/.test(request.url)) return { status: 200, body: [] };
    if (request.method === 'POST' && request.url.endsWith('/issues/7/comments')) return { status: 201, body: { id: 1001, html_url: 'https://github.com/coalition/networks/pull/7#issuecomment-1001' } };
    if (request.method === 'PATCH') return { status: 200, body: { id: 1001, html_url: 'https://github.com/coalition/networks/pull/7#issuecomment-1001' } };
    if (request.method === 'POST' && request.url.endsWith('/code-scanning/sarifs')) return { status: 202, body: { id: 'sarif-1', url: 'x' } };
    return { status: 404, body: { message: 'Not Found' } };
}

function git(args: string[]): string {
    return spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } }).stdout.trim();
}

beforeAll(async () => {
    api = await fakeGitHubApi(defaultAnswer);

    // The coalition's repository: the clean example as the base commit; the pull request adds a
    // partner with no role and no tie (two warnings) and raises the budget.
    scratch = mkdtempSync(path.join(tmpdir(), 'partnership-action-'));
    repo = path.join(scratch, 'repo');
    cpSync(path.join(ROOT, 'examples/clean-network'), path.join(repo, 'networks'), { recursive: true });
    git(['init', '-q', '-b', 'main']);
    git(['add', '.']);
    git(['commit', '-qm', 'base']);
    baseSha = git(['rev-parse', 'HEAD']);
    const network = path.join(repo, 'networks/network.partnership');
    writeFileSync(network, readFileSync(network, 'utf8').replace('budget 20 hours/month', 'budget 25 hours/month'));
    appendFileSync(network, '\npartner CornerBookstore "Corner Bookstore" {\n    sector business\n    capacity 4 hours/month\n}\n');
    git(['commit', '-qam', 'head']);
    headSha = git(['rev-parse', 'HEAD']);
});

afterAll(async () => {
    await api?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
});

beforeEach(() => {
    api.requests = requests = [];
    api.answer = defaultAnswer;
});

function answer(how: (request: ApiRequest) => { status: number; body: unknown }): void {
    api.answer = how;
}

/** The action on pull request #7 (base → head) or on a push of the head commit. */
function runAction(inputs: Record<string, string>, event: 'pull_request' | 'push' = 'pull_request'): Promise<ActionRun> {
    return runActionIn(inputs, {
        workspace: repo,
        temp: scratch,
        api: api.url,
        sha: headSha,
        ref: event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
        event: event === 'pull_request'
            ? { name: event, payload: { action: 'synchronize', number: 7, pull_request: { number: 7, base: { ref: 'main', sha: baseSha }, head: { ref: 'more-partners', sha: headSha } }, repository: { full_name: 'coalition/networks' } } }
            : { name: event, payload: { ref: 'refs/heads/main', after: headSha, repository: { full_name: 'coalition/networks' } } }
    });
}

/** What the workspace's CLI prints for the same check, in the same workspace. */
function cli(args: string[]): string {
    return runCli(args, repo).stdout;
}

describe('action.yml', () => {
    it('is a JavaScript action on the runner\'s Node, with the inputs the docs name, whose committed bundle exists', () => {
        expect(ACTION.runs.using).toBe('node24');
        expect(existsSync(path.join(ROOT, ACTION.runs.main))).toBe(true);
        expect(Object.keys(ACTION.inputs)).toEqual(['paths', 'max-warnings', 'sarif', 'sarif-file', 'comment-diff', 'format-check', 'today', 'github-token']);
        expect(Object.keys(ACTION.outputs)).toEqual(['errors', 'warnings', 'sarif-file', 'comment-url']);
    });
});

describe('on a pull request', () => {
    it('annotates, fails over max-warnings, writes and uploads SARIF, comments the diff and fills the summary', async () => {
        const run = await runAction({ paths: 'networks', 'max-warnings': '0', sarif: 'true', today: TODAY });
        expect(run.status, run.stderr).toBe(1);

        // The annotations are the CLI's, for the same files, lines and columns.
        const annotations = cli(['validate', 'networks', '--today', TODAY, '--format', 'github']).split('\n').filter(line => line.startsWith('::'));
        expect(annotations).toHaveLength(2);
        expect(run.commands.slice(0, 2)).toEqual(annotations);
        expect(annotations[0]).toMatch(/^::warning file=networks\/network\.partnership,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=isolated-partner::CornerBookstore/);
        expect(run.commands.at(-1)).toBe('::error::partnership: 2 warnings, more than max-warnings (0) allows.');

        expect(run.outputs).toMatchObject({ errors: '0', warnings: '2', 'sarif-file': path.join(repo, 'partnership.sarif'), 'comment-url': 'https://github.com/coalition/networks/pull/7#issuecomment-1001' });

        // The SARIF file is the CLI's, and it went to code scanning for the checked-out commit.
        const sarif = readFileSync(path.join(repo, 'partnership.sarif'), 'utf8');
        expect(sarif).toBe(cli(['validate', 'networks', '--today', TODAY, '--format', 'sarif']));
        const upload = requests.find(request => request.url === '/repos/coalition/networks/code-scanning/sarifs');
        expect(upload?.method).toBe('POST');
        expect(upload?.authorization).toBe(`token ${TOKEN}`);
        const sent = upload?.body as { commit_sha: string; ref: string; sarif: string; tool_name: string };
        expect(sent).toMatchObject({ commit_sha: headSha, ref: 'refs/pull/7/merge', tool_name: 'partnership' });
        expect(gunzipSync(Buffer.from(sent.sarif, 'base64')).toString('utf8')).toBe(sarif);

        // One comment: the marker and `partnership diff --base <base>` of the folder.
        const diff = cli(['diff', '--base', baseSha, 'networks', '--today', TODAY]).trim();
        expect(diff).toContain('budget 20 → 25 h/month');
        expect(diff).toContain('CornerBookstore');
        const posted = requests.filter(request => request.method === 'POST' && request.url.endsWith('/comments'));
        expect(posted).toHaveLength(1);
        expect(posted[0].url).toBe('/repos/coalition/networks/issues/7/comments');
        expect((posted[0].body as { body: string }).body).toBe(`<!-- partnership-lang: network diff -->\n${diff}\n`);

        expect(run.summary).toContain('Partnership network check');
        expect(run.summary).toContain('0 errors, 2 warnings, 0 info in 1 file.');
        expect(run.summary).toContain('networks/network.partnership:');
        expect(run.summary).toContain(diff);
    });

    it('updates its own earlier comment instead of adding one on every push', async () => {
        answer(request => request.method === 'GET' && request.url.includes('/issues/7/comments')
            ? { status: 200, body: [{ id: 55, body: 'Looks good to me' }, { id: 1001, body: '<!-- partnership-lang: network diff -->\nold diff' }] }
            : defaultAnswer(request));
        const run = await runAction({ paths: 'networks', today: TODAY });
        expect(run.status, run.stderr).toBe(0);
        expect(requests.filter(request => request.method === 'POST')).toEqual([]);
        const patched = requests.filter(request => request.method === 'PATCH');
        expect(patched.map(request => request.url)).toEqual(['/repos/coalition/networks/issues/comments/1001']);
        expect((patched[0].body as { body: string }).body).toContain('budget 20 → 25 h/month');
    });

    it('warns, and still passes on the findings alone, when the token may not comment (a fork\'s pull request)', async () => {
        answer(request => request.url.includes('/comments')
            ? { status: 403, body: { message: 'Resource not accessible by integration' } }
            : defaultAnswer(request));
        const run = await runAction({ paths: 'networks', today: TODAY });
        expect(run.status, run.stderr).toBe(0);
        expect(run.commands.at(-1)).toMatch(/^::warning::The network diff could not be commented on the pull request: Resource not accessible by integration.*pull-requests: write/);
        expect(run.summary).toContain('budget 20 → 25 h/month');
    });

    it('comments nothing when the change does not touch the network', async () => {
        const run = await runAction({ paths: 'networks/README.md networks', today: TODAY, 'comment-diff': 'true' });
        // A README path is not a .partnership file: the run cannot be done, and says why.
        expect(run.status).toBe(1);
        expect(run.commands.at(-1)).toMatch(/^::error::partnership validate could not run: partnership: /);
        api.requests = requests = [];
        git(['checkout', '-q', '-b', 'docs-only', baseSha]);
        try {
            writeFileSync(path.join(repo, 'networks/README.md'), 'Only the README changes.\n');
            const quiet = await runAction({ paths: 'networks', today: TODAY });
            expect(quiet.status, quiet.stderr).toBe(0);
            expect(requests.filter(request => request.method !== 'GET')).toEqual([]);
            expect(quiet.summary).toContain('No change to the network.');
        } finally {
            git(['checkout', '-q', '.']);
            git(['checkout', '-q', 'main']);
        }
    });
});

describe('on a push', () => {
    it('annotates and passes on warnings without max-warnings, and calls no API', async () => {
        const run = await runAction({ paths: 'networks', today: TODAY }, 'push');
        expect(run.status, run.stderr).toBe(0);
        expect(run.commands.filter(line => line.startsWith('::warning file='))).toHaveLength(2);
        expect(run.outputs).toMatchObject({ errors: '0', warnings: '2' });
        expect(run.outputs['comment-url']).toBeUndefined();
        expect(requests).toEqual([]);
    });

    it('fails on a file out of layout when format-check is on, with an annotation on that file', async () => {
        const network = path.join(repo, 'networks/network.partnership');
        const original = readFileSync(network, 'utf8');
        writeFileSync(network, original.replace('    sector business', 'sector    business'));
        try {
            const run = await runAction({ paths: 'networks', today: TODAY, 'format-check': 'true' }, 'push');
            expect(run.status).toBe(1);
            expect(run.commands).toContain('::error title=format,file=networks/network.partnership::This file is not in the canonical layout: run `npx partnership format` on it and commit the result.');
            expect(run.commands.at(-1)).toBe('::error::partnership: some files are not in the canonical layout (run `npx partnership format` on them).');
        } finally {
            writeFileSync(network, original);
        }
    });

    it('fails when the network has an error finding, whatever max-warnings says', async () => {
        const run = await runAction({ paths: path.join(ROOT, 'examples/food-access'), today: TODAY }, 'push');
        expect(run.status).toBe(1);
        expect(run.commands.some(line => line.startsWith('::error file=') && line.includes('title=over-budget'))).toBe(true);
        expect(run.commands.at(-1)).toMatch(/^::error::partnership: the networks have 1 error, \d+ warnings, \d+ info in 3 files\.$/);
    });
});

describe('bad inputs', () => {
    it.each([
        [{ 'max-warnings': 'ten' }, '::error::The input max-warnings must be a whole number of 0 or more (or empty for no limit), not "ten".'],
        [{ sarif: 'yes please' }, '::error::The input sarif must be true or false, not "yes please".'],
        [{ today: '1 Nov 2026' }, '::error::The input today must be a date written YYYY-MM-DD (or empty for the day the workflow runs), not "1 Nov 2026".'],
        [{ paths: 'no-such-folder' }, '::error::partnership validate could not run: partnership: no such file or folder: no-such-folder']
    ])('%o fails the step with one clear message', async (inputs, message) => {
        const run = await runAction({ paths: 'networks', ...inputs }, 'push');
        expect(run.status).toBe(1);
        expect(run.commands).toEqual([message]);
        expect(run.stderr).not.toMatch(/\n\s+at /);
    });
});
