/**
 * Runs the GitHub Action (action.yml) the way the Actions runner runs it: `node <runs.main>` in the
 * workspace, every input as an `INPUT_<NAME>` variable (the `with:` values over action.yml's
 * defaults), the `GITHUB_*` variables, the event payload in a file, and the output and job-summary
 * files; and a local stand-in for the GitHub API that records what the action sends.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './cli-run.js';

export interface ActionYml {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
}
export const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
export const TOKEN = 'test-token';

export interface ApiRequest { method: string; url: string; authorization?: string; body: unknown }
export type ApiAnswer = (request: ApiRequest) => { status: number; body: unknown };

export interface FakeApi {
    url: string;
    requests: ApiRequest[];
    /** How it answers; a test may replace it. */
    answer: ApiAnswer;
    close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? JSON.parse(text) : undefined;
}

export async function fakeGitHubApi(answer: ApiAnswer): Promise<FakeApi> {
    const api: FakeApi = { url: '', requests: [], answer, close: async () => undefined };
    const server = createServer((request, response) => {
        void readBody(request).then(body => {
            const recorded: ApiRequest = { method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body };
            api.requests.push(recorded);
            const { status, body: reply } = api.answer(recorded);
            response.writeHead(status, { 'content-type': 'application/json' });
            response.end(JSON.stringify(reply));
        });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    api.close = () => new Promise(resolve => server.close(() => resolve()));
    return api;
}

export interface ActionRun {
    status: number | null;
    stdout: string;
    stderr: string;
    outputs: Record<string, string>;
    summary: string;
    /** The workflow commands printed: `::error file=...::message` and the like. */
    commands: string[];
}

export interface RunnerContext {
    /** The checked-out repository (GITHUB_WORKSPACE, the step's working directory). */
    workspace: string;
    /** Where the runner's files (event payload, outputs, summary) go. */
    temp: string;
    api: string;
    event: { name: string; payload: unknown };
    sha: string;
    ref: string;
    repository?: string;
}

let runs = 0;

export async function runAction(inputs: Record<string, string>, context: RunnerContext): Promise<ActionRun> {
    const base = path.join(context.temp, `action-run-${++runs}`);
    const files = { output: `${base}-output`, summary: `${base}-summary`, event: `${base}-event.json` };
    for (const file of [files.output, files.summary]) writeFileSync(file, '');
    writeFileSync(files.event, JSON.stringify(context.event.payload));
    const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: context.workspace,
        GITHUB_REPOSITORY: context.repository ?? 'coalition/networks',
        GITHUB_EVENT_NAME: context.event.name,
        GITHUB_EVENT_PATH: files.event,
        GITHUB_SHA: context.sha,
        GITHUB_REF: context.ref,
        GITHUB_API_URL: context.api,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_GRAPHQL_URL: `${context.api}/graphql`,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: context.temp
    };
    for (const [name, spec] of Object.entries(ACTION.inputs)) {
        const value = inputs[name] ?? (spec.default === '${{ github.token }}' ? TOKEN : spec.default ?? '');
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const child = spawn(process.execPath, [path.join(ROOT, ACTION.runs.main)], { cwd: context.workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => { stdout += chunk; });
    child.stderr.on('data', chunk => { stderr += chunk; });
    const status = await new Promise<number | null>(resolve => child.on('close', resolve));
    return {
        status,
        stdout,
        stderr,
        outputs: readOutputs(files.output),
        summary: readFileSync(files.summary, 'utf8'),
        commands: stdout.split('\n').filter(line => line.startsWith('::') && !line.startsWith('::debug'))
    };
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function readOutputs(file: string): Record<string, string> {
    const outputs: Record<string, string> = {};
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const match = /^([\w-]+)<<(.+)$/.exec(lines[i]);
        if (!match) continue;
        const end = lines.indexOf(match[2], i + 1);
        outputs[match[1]] = lines.slice(i + 1, end).join('\n');
        i = end;
    }
    return outputs;
}

/** The `with:` of a workflow step as the runner passes it: every value as a string. */
export function withInputs(values: Record<string, unknown> | undefined): Record<string, string> {
    return Object.fromEntries(Object.entries(values ?? {}).map(([key, value]) => [key, String(value)]));
}
