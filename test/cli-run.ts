/** Runs the built `partnership` CLI as a user would and captures what they would see. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'packages/cli/bin/partnership.js');

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** `env` adds to (or overrides) the environment the CLI gets. */
export function runCli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
    // Room for big outputs (spawnSync keeps 1 MB by default and kills the child past it).
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export interface TextFinding {
    file: string;
    line: number;
    column: number;
    severity: string;
    message: string;
    code: string;
}

const FINDING = /^(\S+):(\d+):(\d+) (error|warning|info) (.*) \[([\w-]+)\]$/;

/** The finding lines of text output (related-location lines are indented and skipped). */
export function textFindings(stdout: string): TextFinding[] {
    return stdout.split('\n').flatMap(line => {
        const match = FINDING.exec(line);
        return match ? [{
            file: match[1], line: Number(match[2]), column: Number(match[3]), severity: match[4], message: match[5], code: match[6]
        }] : [];
    });
}

/** Writes `content` to `relative` under `folder` (creating folders) and returns the file's path. */
export function writeUnder(folder: string, relative: string, content: string | Buffer): string {
    const file = path.join(folder, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
}
