/**
 * The GitHub Action's entry (action.yml at the repository root runs its bundle, dist/main.js, with
 * the runner's Node). It runs the bundled CLI (dist/cli/) in the user's workspace — no `npm ci`
 * there — and turns its output into what GitHub shows:
 *
 *   validate --format github   → annotations on the changed lines; the step fails as the CLI's exit code says
 *   validate --format json     → the counts (outputs, job summary)
 *   validate --format sarif    → the SARIF file, uploaded to code scanning        (sarif: true)
 *   format --check             → an error annotation per file not in layout      (format-check: true)
 *   diff --base <base sha>     → the job summary and one pull-request comment, updated on every push
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { htmlEscape } from 'partnership-views/html';
import { withoutMentions } from 'partnership-views/markdown-text';
import { readInputs, type Inputs } from './inputs.js';

/** The CLI bundle beside this one (dist/cli/partnership.js). */
const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli', 'partnership.js');

/** The checked-out repository: where the runner runs the step, and where every path is read. */
const WORKSPACE = process.env.GITHUB_WORKSPACE || process.cwd();

/** The hidden line that marks the comment this action owns on a pull request. */
export const COMMENT_MARKER = '<!-- partnership-lang: network diff -->';

interface CliRun { stdout: string; stderr: string; status: number }

function partnership(args: string[]): CliRun {
    const run = spawnSync(process.execPath, [CLI, ...args], {
        cwd: WORKSPACE,
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
    });
    if (run.error) throw run.error;
    return { stdout: run.stdout, stderr: run.stderr, status: run.status ?? 2 };
}

/** An exit code 2 is a run that could not be done (bad path, unreadable file): its message is the failure. */
function cannotRun(what: string, run: CliRun): never {
    throw new Error(`partnership ${what} could not run: ${run.stderr.trim() || `exit code ${run.status}`}`);
}

interface Summary { files: number; errors: number; warnings: number; infos: number }
interface JsonFinding { file: string; range: { start: { line: number; column: number } }; severity: string; code: string; message: string; docs?: string }

async function run(): Promise<void> {
    const inputs = readInputs();
    const common = [...inputs.paths, ...(inputs.today ? ['--today', inputs.today] : [])];

    // Annotations: the runner reads the workflow commands on stdout.
    const checked = partnership(['validate', ...common, '--format', 'github', ...(inputs.maxWarnings === undefined ? [] : ['--max-warnings', String(inputs.maxWarnings)])]);
    // An internal error while checking a file (exit 2) still has its annotation on the file.
    process.stdout.write(checked.stdout);
    if (checked.status === 2) cannotRun('validate', checked);
    if (checked.stderr) process.stderr.write(checked.stderr);

    const json = partnership(['validate', ...common, '--format', 'json']);
    if (json.status === 2) cannotRun('validate', json);
    const report = JSON.parse(json.stdout) as { summary: Summary; findings: JsonFinding[] };
    const { summary } = report;
    core.setOutput('errors', summary.errors);
    core.setOutput('warnings', summary.warnings);
    const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.infos} info in ${plural(summary.files, 'file')}`;
    core.info(`partnership: ${counts}`);
    core.summary.addHeading('Partnership network check', 2).addRaw(`${counts}.`, true);
    if (report.findings.length > 0) findingsTable(report.findings);

    if (inputs.sarif) await sarif(inputs, common);

    let layoutFailed = false;
    if (inputs.formatCheck) layoutFailed = formatCheck(inputs);

    await networkDiff(inputs);
    await core.summary.write();

    const failures: string[] = [];
    if (checked.status !== 0) {
        failures.push(summary.errors > 0 || inputs.maxWarnings === undefined
            ? `the networks have ${counts}`
            : `${plural(summary.warnings, 'warning')}, more than max-warnings (${inputs.maxWarnings}) allows`);
    }
    if (layoutFailed) failures.push('some files are not in the canonical layout (run `npx partnership format` on them)');
    if (failures.length > 0) core.setFailed(`partnership: ${failures.join('; ')}.`);
}

function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** At most this many findings in the job summary's table (all of them are annotations and in the SARIF). */
const SUMMARY_ROWS = 100;

/** The job summary's table is HTML: every cell through the shared escaping (partnership-views/html), mentions neutralised. */
function findingsTable(findings: JsonFinding[]): void {
    const escapeHtml = (text: string) => withoutMentions(htmlEscape(text));
    const cell = (text: string) => ({ data: escapeHtml(text) });
    core.summary.addTable([
        [{ data: 'where', header: true }, { data: 'severity', header: true }, { data: 'rule', header: true }, { data: 'message', header: true }],
        ...findings.slice(0, SUMMARY_ROWS).map(finding => [
            cell(`${finding.file}:${finding.range.start.line}:${finding.range.start.column}`),
            cell(finding.severity),
            finding.docs ? { data: `<a href="${escapeHtml(finding.docs)}">${escapeHtml(finding.code)}</a>` } : cell(finding.code),
            cell(finding.message)
        ])
    ]);
    if (findings.length > SUMMARY_ROWS) core.summary.addRaw(`… and ${findings.length - SUMMARY_ROWS} more (see the annotations).`, true);
}

async function sarif(inputs: Inputs, common: string[]): Promise<void> {
    const written = partnership(['validate', ...common, '--format', 'sarif']);
    if (written.status === 2) cannotRun('validate', written);
    const file = path.resolve(WORKSPACE, inputs.sarifFile);
    writeFileSync(file, written.stdout);
    core.setOutput('sarif-file', file);
    core.info(`SARIF written to ${inputs.sarifFile}`);
    const { owner, repo } = github.context.repo;
    try {
        const octokit = github.getOctokit(inputs.token);
        const upload = await octokit.rest.codeScanning.uploadSarif({
            owner,
            repo,
            commit_sha: github.context.sha,
            ref: github.context.ref,
            sarif: gzipSync(written.stdout).toString('base64'),
            checkout_uri: pathToFileURL(WORKSPACE).href,
            tool_name: 'partnership'
        });
        core.info(`SARIF uploaded to code scanning (${upload.data.id ?? 'accepted'}).`);
    } catch (error) {
        core.warning(`The SARIF file could not be uploaded to code scanning: ${reason(error)}. The job needs \`permissions: security-events: write\`, and code scanning must be available for the repository; ${inputs.sarifFile} is written either way.`);
    }
}

/** `format --check`: one error annotation per file whose layout would change. */
function formatCheck(inputs: Inputs): boolean {
    const checked = partnership(['format', '--check', ...inputs.paths]);
    if (checked.status === 2) cannotRun('format --check', checked);
    for (const line of checked.stdout.split('\n')) {
        const file = /^would format (.+)$/.exec(line)?.[1];
        if (file) core.error('This file is not in the canonical layout: run `npx partnership format` on it and commit the result.', { file, title: 'format' });
    }
    return checked.status !== 0;
}

interface PullRequestPayload { number: number; base: { sha: string; ref: string } }

/** On a pull request: what the change means for the network, in the job summary and one comment. */
async function networkDiff(inputs: Inputs): Promise<void> {
    const pull = github.context.payload.pull_request as PullRequestPayload | undefined;
    if (!pull) return;
    const base = pull.base.sha;
    if (!haveCommit(base)) {
        const fetched = spawnSync('git', ['fetch', '--no-tags', '--depth=1', 'origin', base], { cwd: WORKSPACE, encoding: 'utf8' });
        if (fetched.status !== 0 || !haveCommit(base)) {
            core.warning(`The base commit ${base.slice(0, 12)} of the pull request could not be fetched, so there is no network diff: ${fetched.stderr.trim()}. Check out with \`fetch-depth: 0\`.`);
            return;
        }
    }
    const folders = inputs.paths.length > 0 ? inputs.paths : ['.'];
    const parts: string[] = [];
    let changed = false;
    for (const folder of folders) {
        const args = ['diff', '--base', base, folder, ...(inputs.today ? ['--today', inputs.today] : [])];
        const json = partnership([...args, '--format', 'json']);
        if (json.status !== 0) {
            core.warning(`partnership diff could not compare ${folder} with the base branch: ${json.stderr.trim()}`);
            continue;
        }
        const result = JSON.parse(json.stdout) as { changes: unknown[]; networks: unknown[] };
        if (result.changes.length === 0 && result.networks.length === 0) continue;
        changed = true;
        parts.push(partnership([...args, '--format', 'markdown']).stdout.trim());
    }
    const body = changed ? parts.join('\n\n') : 'No change to the network.';
    core.summary.addRaw(`\n${body}\n`, true);
    if (!inputs.commentDiff) return;

    const { owner, repo } = github.context.repo;
    try {
        const octokit = github.getOctokit(inputs.token);
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: pull.number, per_page: 100 });
        const previous = comments.find(comment => comment.body?.includes(COMMENT_MARKER));
        // A pull request that does not touch the network gets no comment (a stale one is updated).
        if (!changed && !previous) return;
        const text = `${COMMENT_MARKER}\n${body}\n`;
        const written = previous
            ? await octokit.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body: text })
            : await octokit.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: text });
        core.setOutput('comment-url', written.data.html_url);
        core.info(`${previous ? 'Updated' : 'Posted'} the network diff on the pull request: ${written.data.html_url}`);
    } catch (error) {
        core.warning(`The network diff could not be commented on the pull request: ${reason(error)}. The job needs \`permissions: pull-requests: write\` (pull requests from forks get a read-only token); the diff is in the job summary.`);
    }
}

function haveCommit(sha: string): boolean {
    return spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: WORKSPACE }).status === 0;
}

function reason(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

run().catch(error => core.setFailed(reason(error)));
