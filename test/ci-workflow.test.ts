/**
 * examples/ci/github-workflow.yml is valid YAML with the jobs the docs describe, and every
 * `npx partnership ...` line in it is a command line the CLI accepts (run here on an example, with
 * the folder `networks` pointing at it).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from './cli-run.js';

interface Step { run?: string; uses?: string; name?: string }
interface Workflow { jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }> }

const workflow = parse(readFileSync(path.join(ROOT, 'examples/ci/github-workflow.yml'), 'utf8')) as Workflow;

test('has a validate job uploading SARIF and a diff job that comments on pull requests', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['validate', 'diff']);
    expect(workflow.jobs.validate.permissions).toMatchObject({ 'security-events': 'write' });
    expect(workflow.jobs.validate.steps.map(s => s.uses ?? '')).toContain('github/codeql-action/upload-sarif@v3');
    expect(workflow.jobs.diff.permissions).toMatchObject({ 'pull-requests': 'write' });
    expect(workflow.jobs.diff.steps.at(-1)?.run).toContain('gh pr comment');
});

test('every partnership command line in it is accepted by the CLI', () => {
    const lines = Object.values(workflow.jobs).flatMap(job => job.steps.map(step => step.run ?? ''))
        .filter(run => run.startsWith('npx partnership '))
        .map(run => run.replace(/ [|>].*$/, '').replace(/^npx partnership /, ''))
        .filter(line => !line.includes('--base')); // needs a git history: tested in diff-cli.test.ts
    expect(lines).toHaveLength(3);
    for (const line of lines) {
        const args = line.split(' ').map(arg => (arg === 'networks' ? 'examples/clean-network' : arg));
        const run = runCli(args);
        expect(run.status, `partnership ${line}: ${run.stderr}`).toBe(0);
    }
});
