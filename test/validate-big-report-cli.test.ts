/**
 * `partnership validate` of a network big enough that the command collects its garbage before writing
 * the report (more than BIG_REPORT_FINDINGS findings, packages/cli/src/memory.ts): the report is the
 * one the same validation gives in process, in text and in JSON, with the usual exit status.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateNetwork } from '../bench/generate-network.mjs';
import { ROOT, runCli } from './cli-run.js';
import { resolveTargets } from '../packages/cli/src/files.js';
import { BIG_REPORT_FINDINGS } from '../packages/cli/src/memory.js';
import { formatJson, formatText } from '../packages/cli/src/report.js';
import { validateFiles } from '../packages/cli/src/validate.js';
import { VALIDATE_SAMPLE_ABOVE } from '../packages/cli/src/options.js';

const dir = mkdtempSync(path.join(tmpdir(), 'partnership-big-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const folder = path.join(dir, 'network');
generateNetwork(folder, 2000, 20, 5);
const TODAY = '2026-12-01';

describe('a report of more findings than BIG_REPORT_FINDINGS', () => {
    it('is the report the same validation gives in process, text and JSON', async () => {
        const result = await validateFiles(await resolveTargets([folder], ROOT), { today: TODAY, sampleAbove: VALIDATE_SAMPLE_ABOVE });
        expect(result.findings.length).toBeGreaterThan(BIG_REPORT_FINDINGS);
        const json = runCli(['validate', '--format', 'json', '--today', TODAY, folder]);
        expect(json.stderr).toBe('');
        expect(json.status).toBe(0);
        expect(json.stdout).toBe(formatJson(result, ROOT, TODAY));
        const text = runCli(['validate', '--today', TODAY, folder]);
        expect(text.status).toBe(0);
        // The command runs with NO_COLOR (cli-run.ts); in process, picocolors colours under CI=true.
        expect(text.stdout).toBe(stripVTControlCharacters(formatText(result, ROOT, { hyperlinks: false })));
    }, 180_000);
});
