/** Debian's headless Chromium for tests that render pages: the report, the extension's webviews. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const NO_CHROMIUM = HAS_CHROMIUM ? '' : ` (skipped: ${CHROMIUM} is not installed; .ci/run installs Debian's chromium)`;

/** Runs headless Chromium with a throw-away profile and returns what it printed (e.g. --dump-dom). */
export function chromium(args: string[]): string {
    const profile = mkdtempSync(path.join(tmpdir(), 'partnership-chromium-'));
    try {
        const run = spawnSync(CHROMIUM, ['--headless=new', '--no-sandbox', '--disable-gpu', `--user-data-dir=${profile}`, ...args],
            { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
        expect(run.error, run.stderr).toBeUndefined();
        expect(run.status, run.stderr).toBe(0);
        return run.stdout;
    } finally {
        rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    }
}

/** The text of a serialised DOM: tags dropped, entities decoded. */
export function textOf(dom: string): string {
    return dom.replace(/<style[\s\S]*?<\/style>/gi, '').replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<[^>]*>/g, ' ')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}
