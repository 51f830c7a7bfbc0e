/**
 * Every CLI output is a function of the input files alone: byte-identical across runs, wherever
 * the folder is on disk (the absolute path, including spaces and non-ASCII characters in it) and
 * whatever order the files were created or named on the command line in.
 *
 * Each command runs on copies of examples/food-access (three files) in two temporary folders at
 * different absolute paths, with its working folder inside the copy. Outputs already checked
 * elsewhere for being identical across two runs in one place (validate --format sarif in
 * ci-formats.test.ts, diff in diff-cli.test.ts, graph -f svg in graph-cli.test.ts, report in
 * report-html.test.ts) are run once per place here; the rest twice in the first place.
 *
 * Needs the build output (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from './cli-run.js';

const EXAMPLE = path.join(ROOT, 'examples/food-access');
const TODAY = '2026-11-01';
const TEMPORARY_PREFIX = 'partnership-determinism-';
const temporary: string[] = [];

afterAll(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A new, empty temporary folder. */
function newRoot(): string {
    const root = mkdtempSync(path.join(tmpdir(), TEMPORARY_PREFIX));
    temporary.push(root);
    return root;
}

/**
 * `<root>/<folder>` holding the example's files, written in the given order (the order a folder
 * lists its files in can follow the order they were created in), each edited by `edit`.
 */
function copyInto(root: string, folder: string, reverse = false, edit?: (file: string, text: string) => string): string {
    const target = path.join(root, folder);
    mkdirSync(target, { recursive: true });
    const files = readdirSync(EXAMPLE).filter(file => file.endsWith('.partnership')).sort();
    for (const file of reverse ? files.reverse() : files) {
        const text = readFileSync(path.join(EXAMPLE, file), 'utf8');
        writeFileSync(path.join(target, file), edit ? edit(file, text) : text);
    }
    return target;
}

/** A copy of the example at `<new temp folder>/<where>/coalition`. */
function copyOf(where: string, reverse = false, edit?: (file: string, text: string) => string): string {
    return copyInto(newRoot(), path.join(where, 'coalition'), reverse, edit);
}

/** Two places with little in common: a short path, and a deep one with a space and an umlaut. */
const PLACES = [
    { where: 'a', reverse: false },
    { where: path.join('deeper', 'Gemeinde Übersicht', 'x'), reverse: true }
];

interface Output {
    status: number | null;
    stdout: string;
    stderr: string;
    /** Files the command wrote (report -o, format), by name. */
    files: Record<string, string>;
}

function run(args: string[], cwd: string, written: string[] = []): Output {
    const result = runCli(args, cwd);
    return { ...result, files: Object.fromEntries(written.map(file => [file, readFileSync(path.join(cwd, file), 'utf8')])) };
}

interface Case {
    args: string[];
    /** Checked elsewhere for being identical across two runs in one place. */
    repeatedElsewhere?: boolean;
    written?: string[];
    /** Output that names the working folder on purpose, in the one place it may (see below). */
    normalise?: (output: Output, cwd: string) => Output;
}

/**
 * SARIF names the working folder, as documented (docs/cli.md): `originalUriBaseIds["%SRCROOT%"]`
 * is its file: URI, against which every (relative) artifact location resolves. That one field is
 * checked and then left out of the comparison.
 */
function withoutSrcroot(output: Output, cwd: string): Output {
    const log = JSON.parse(output.stdout);
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(cwd + path.sep).href);
    log.runs[0].originalUriBaseIds['%SRCROOT%'].uri = '<the working folder>';
    const stdout = JSON.stringify(log, undefined, 2);
    return { ...output, stdout };
}

const CASES: Case[] = [
    ...['text', 'json', 'github'].map(format => ({ args: ['validate', '.', '--today', TODAY, '--format', format] })),
    { args: ['validate', '.', '--today', TODAY, '--format', 'sarif'], repeatedElsewhere: true, normalise: withoutSrcroot },
    ...['table', 'json', 'csv'].map(format => ({ args: ['metrics', '.', '--format', format] })),
    ...['dot', 'mermaid', 'gexf', 'graphml', 'json'].map(format => ({ args: ['graph', '.', '--format', format] })),
    { args: ['graph', '.', '--format', 'svg'], repeatedElsewhere: true },
    { args: ['report', '.', '--today', TODAY, '-o', 'report.html'], repeatedElsewhere: true, written: ['report.html'] },
    { args: ['calendar', '.', '--today', TODAY] },
    { args: ['survey', '.', '--today', TODAY, '-o', 'surveys'], written: ['surveys/README.md', 'surveys/EastsideFood-EastsideFoodBank.html', 'surveys/EastsideFood-EastsideFoodBank.csv'] }
];

describe('CLI output is deterministic', () => {
    test.each(CASES.map(c => [c.args.join(' '), c] as const))('partnership %s', (_, { args, repeatedElsewhere, written, normalise = output => output }) => {
        const [first, second] = PLACES.map(place => copyOf(place.where, place.reverse));
        const expected = normalise(run(args, first, written), first);
        expect(expected.status, expected.stderr).not.toBe(2);
        const everything = expected.stdout + expected.stderr + Object.values(expected.files).join('');
        expect(everything).not.toBe('');
        expect(everything, 'the output names the folder it ran in').not.toContain(TEMPORARY_PREFIX);
        if (!repeatedElsewhere) expect(normalise(run(args, first, written), first), 'a second run').toEqual(expected);
        expect(normalise(run(args, second, written), second), 'another folder').toEqual(expected);
    }, 60_000);

    test('the files named one by one in any order, or by a glob, give what the folder gives', () => {
        const folder = copyOf('order');
        const reversed = ['ties.partnership', 'partners.partnership', 'network.partnership'];
        for (const command of [['validate', '--today', TODAY, '--format', 'json'], ['metrics', '--format', 'csv'], ['graph', '--format', 'dot']]) {
            const expected = run([...command, '.'], folder);
            expect(run([...command, ...reversed], folder), `${command[0]}: files in reverse order`).toEqual(expected);
        }
        const validate = ['validate', '--today', TODAY];
        expect(run([...validate, 'partners.partnership', '*.partnership'], folder), 'a glob').toEqual(run([...validate, '.'], folder));
    }, 60_000);

    test('the time zone and the locale do not matter', () => {
        const folder = copyOf('zones');
        const inZone = (args: string[], env: Record<string, string>, written: string[] = []) => {
            const result = spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/partnership.js'), ...args], {
                cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }
            });
            return { status: result.status, stdout: result.stdout, stderr: result.stderr, files: Object.fromEntries(written.map(file => [file, readFileSync(path.join(folder, file), 'utf8')])) };
        };
        // UTC+14 and UTC-11: on 2026-11-01 (UTC) it is already the 2nd in one and still the 31st in the other.
        const east = { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };
        const west = { TZ: 'Pacific/Pago_Pago', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8' };
        for (const [args, written] of [
            [['validate', '.', '--today', TODAY], []],
            // Goals are judged against today's date, so the date is given, as for validate and report.
            [['metrics', '.', '--today', TODAY], []],
            [['report', '.', '--today', TODAY, '-o', 'report.html'], ['report.html']],
            [['calendar', '.', '--today', TODAY], []],
            [['survey', '.', '--today', TODAY, '-o', 'surveys'], ['surveys/EastsideFood-EastsideFoodBank.html', 'surveys/EastsideFood-EastsideFoodBank.csv']]
        ] as Array<[string[], string[]]>) {
            expect(inZone(args, west, written), args[0]).toEqual(inZone(args, east, written));
        }
    }, 60_000);

    test('partnership diff <base> <head>: the same wherever the two folders are', () => {
        const edit = (file: string, text: string) => file === 'ties.partnership' ? text.replace('trust 5', 'trust 3') + '\ntie TenantsUnion -- EastsideRadio {\n    effort 2 hours/month\n    trust 4\n}\n' : text;
        const places = PLACES.map(place => {
            const root = path.join(newRoot(), place.where);
            copyInto(root, 'base', place.reverse);
            copyInto(root, 'head', !place.reverse, edit);
            return root;
        });
        for (const format of ['markdown', 'json']) {
            const args = ['diff', 'base', 'head', '--today', TODAY, '--format', format];
            const expected = run(args, places[0]);
            expect(expected.status, expected.stderr).toBe(0);
            expect(expected.stdout).toContain('TenantsUnion');
            expect(run(args, places[1]), `diff --format ${format} in another folder`).toEqual(expected);
        }
    }, 60_000);

    test('partnership format: the same files and report wherever the folder is, and on every run', () => {
        // The example laid out badly: two-space indents, blank lines inside blocks, spaces in rates.
        const messy = (_file: string, text: string) => text.replace(/\n {4}/g, '\n  ').replace(/ hours\/month/g, ' hours / month').replace(/\{\n/g, '{\n\n');
        const written = ['network.partnership', 'partners.partnership', 'ties.partnership'];
        const outputs = [...PLACES, PLACES[0]].map(place => run(['format', '.'], copyOf(place.where, place.reverse, messy), written));
        expect(outputs[0].status, outputs[0].stderr).toBe(0);
        expect(outputs[0].stdout).toContain('formatted network.partnership');
        // The result is the example itself: it is in the canonical layout.
        for (const file of written) expect(outputs[0].files[file]).toBe(readFileSync(path.join(EXAMPLE, file), 'utf8'));
        expect(outputs[1], 'another folder').toEqual(outputs[0]);
        expect(outputs[2], 'a second run').toEqual(outputs[0]);
    }, 60_000);
});
