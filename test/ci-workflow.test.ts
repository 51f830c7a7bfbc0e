/**
 * The CI examples a coalition copies (examples/ci/):
 * - github-workflow.yml uses this repository's Action with inputs action.yml declares, and grants
 *   the permissions the inputs it turns on need (test/action.test.ts runs the Action itself);
 * - gitlab-ci.yml's `npx --package partnership-cli@0.1 partnership ...` lines are command lines the
 *   CLI accepts (run here with the workspace's CLI on an example; test/packages.test.ts runs the
 *   whole script with npx and the packed tarball).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from './cli-run.js';

interface Step { run?: string; uses?: string; with?: Record<string, unknown> }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }> }

const workflow = parse(readFileSync(path.join(ROOT, 'examples/ci/github-workflow.yml'), 'utf8')) as Workflow;
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const gitlab = parse(readFileSync(path.join(ROOT, 'examples/ci/gitlab-ci.yml'), 'utf8')) as { partnership: { script: string[] } };

test('the GitHub workflow runs the Action on pushes and pull requests, with its declared inputs and the permissions they need', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    const [job] = Object.values(workflow.jobs);
    const steps = job.steps.filter(step => step.uses?.startsWith('partnership-lang/partnership-lang@'));
    expect(steps).toHaveLength(1);
    const [step] = steps;
    expect(step.uses).toBe('partnership-lang/partnership-lang@v1');
    expect(Object.keys(step.with ?? {}).filter(input => !(input in action.inputs))).toEqual([]);
    expect(step.with).toMatchObject({ paths: 'networks', sarif: true, 'format-check': true, 'max-warnings': 0 });
    // sarif: true uploads to code scanning; comment-diff (on by default) comments on pull requests.
    expect(job.permissions).toMatchObject({ contents: 'read', 'security-events': 'write', 'pull-requests': 'write' });
    // No Node set-up and no install: the Action brings its CLI.
    expect(job.steps.map(s => s.uses ?? s.run)).toEqual(['actions/checkout@v5', 'partnership-lang/partnership-lang@v1']);
});

test('every partnership command line of the GitLab example is accepted by the CLI', () => {
    const npx = 'npx --yes --package partnership-cli@0.1 partnership ';
    const lines = gitlab.partnership.script.flatMap(entry => entry.split('\n'))
        .map(line => line.trim())
        .filter(line => line.startsWith(npx))
        .map(line => line.slice(npx.length).replace(/ [|>].*$/, ''))
        .filter(line => !line.includes('--base')); // needs a git history: test/packages.test.ts runs it
    expect(lines).toEqual(['validate networks --format sarif', 'format --check networks', 'validate networks --max-warnings 0']);
    for (const line of lines) {
        const args = line.split(' ').map(arg => (arg === 'networks' ? 'examples/clean-network' : arg));
        // The clean network is clean as of the date its README is written for: later, its check-ins
        // and its review fall due (overdue-checkin and overdue-review are warnings).
        if (args[0] === 'validate') args.push('--today', '2026-11-01');
        const run = runCli(args);
        expect(run.status, `partnership ${line}: ${run.stderr}`).toBe(0);
    }
});
