/** `partnership init`: a starting network that validates clean, is laid out canonically, and never overwrites. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answersFrom, askAnswers, parseBudget } from '../packages/cli/src/init.js';
import { runCli } from './cli-run.js';

let scratch: string;
beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'partnership-init-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const read = (folder: string, file: string) => readFileSync(path.join(scratch, folder, file), 'utf8');

describe('partnership init', () => {
    it('writes three files that validate with no finding and are already formatted', () => {
        const run = runCli(['init', 'eastside-food', '--today', '2026-11-01'], scratch);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toBe('Wrote eastside-food/network.partnership, eastside-food/partners.partnership, eastside-food/ties.partnership.\n'
            + 'Next: open them, change what the comments say, then run: partnership validate eastside-food\n');
        expect(readdirSync(path.join(scratch, 'eastside-food')).sort()).toEqual(['network.partnership', 'partners.partnership', 'ties.partnership']);
        // The name and title come from the folder's name.
        expect(read('eastside-food', 'network.partnership')).toContain('network EastsideFood "Eastside food coalition" {\n    // us:');
        expect(read('eastside-food', 'network.partnership')).toContain('    baseline 0 on 2026-11-01\n    target 100 by 2027-11-01\n');
        const validate = runCli(['validate', 'eastside-food', '--today', '2026-11-01'], scratch);
        expect(validate.stdout).toBe('✔ no problems in 3 files\n');
        expect(validate.status).toBe(0);
        const format = runCli(['format', '--check', 'eastside-food'], scratch);
        expect(format.stdout).toBe('3 files already formatted\n');
        expect(format.status).toBe(0);
    });

    it('validates clean on the day it is written, with no --today', () => {
        expect(runCli(['init', 'net'], scratch).status).toBe(0);
        expect(runCli(['validate', 'net'], scratch)).toMatchObject({ status: 0, stdout: '✔ no problems in 3 files\n' });
    });

    it('takes every answer from flags, and a budget as a coordinator types it', () => {
        const run = runCli(['init', '--name', 'NorthSide', '--title', 'North Side Youth Coalition', '--us', 'YouthCenter', '--budget', '10 h/week', '--today', '2026-11-01'], scratch);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toContain('Wrote network.partnership, partners.partnership, ties.partnership.');
        const network = read('.', 'network.partnership');
        expect(network).toContain('network NorthSide "North Side Youth Coalition" {');
        expect(network).toContain('    us YouthCenter\n    budget 10 hours/week\n');
        expect(read('.', 'partners.partnership')).toContain('partner YouthCenter "Your organisation" {');
        expect(read('.', 'ties.partnership')).toContain('tie YouthCenter -- FirstPartner {');
        expect(runCli(['validate', '.', '--today', '2026-11-01'], scratch).stdout).toBe('✔ no problems in 3 files\n');
    });

    it.each([
        [['--name', 'North CC'], '--name: "North CC" is not a name: use letters, digits and _ (starting with a letter), with single hyphens between words, and not a keyword of the language; for example NorthCC.'],
        [['--us', 'partner'], '--us: "partner" is not a name'],
        [['--budget', 'lots'], '--budget: expected hours a month, week or year, like "40 hours/month" or "10 hours/week"; got "lots".'],
        [['--budget', '0'], '--budget: expected hours a month'],
        [['--title', 'The "best" coalition'], '--title: write the title without double quotes, backslashes or line breaks.']
    ])('refuses %j in one line, exit 2, and writes nothing', (flags, message) => {
        const run = runCli(['init', 'net', ...flags], scratch);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain(`partnership: ${message}`);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(existsSync(path.join(scratch, 'net'))).toBe(false);
    });

    it('never overwrites: with one of its files there, it writes none and names the file', () => {
        mkdirSync(path.join(scratch, 'net'));
        writeFileSync(path.join(scratch, 'net', 'ties.partnership'), '// mine\n');
        const run = runCli(['init', 'net'], scratch);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`partnership: ${path.join('net', 'ties.partnership')} already exists; init writes nothing over an existing file (choose an empty folder).\n`);
        expect(readdirSync(path.join(scratch, 'net'))).toEqual(['ties.partnership']);
        expect(read('net', 'ties.partnership')).toBe('// mine\n');
    });

    it('says so when a file is in the way of the folder', () => {
        writeFileSync(path.join(scratch, 'net'), '');
        const run = runCli(['init', 'net'], scratch);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^partnership: cannot create the folder net: a file of that name is in the way\.\n$/);
    });
});

describe('init --template csv', () => {
    it('writes the import\'s spreadsheet template, which imports with nothing changed or left out', () => {
        const run = runCli(['init', 'sheets', '--template', 'csv'], scratch);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toBe('Wrote sheets/partners.csv, sheets/ties.csv, sheets/roles.csv, sheets/goals.csv, sheets/meetings.csv.\n'
            + 'Next: fill them in (docs/import.md says what each column takes), then run: partnership import sheets/partners.csv sheets/ties.csv sheets/roles.csv sheets/goals.csv sheets/meetings.csv -o sheets\n');
        expect(read('sheets', 'partners.csv').split('\r\n')[0]).toBe('Name,Display name,Sector,Roles,Capacity,Stage,Since,Contact,Gatekeeper');
        const imported = runCli(['import', 'sheets/partners.csv', 'sheets/ties.csv', 'sheets/roles.csv', 'sheets/goals.csv', 'sheets/meetings.csv', '-o', 'net', '--us', 'Our Organisation', '--budget', '40'], scratch);
        expect(imported.status, imported.stderr).toBe(0);
        expect(imported.stdout).toContain('Wrote net/network.partnership, net/partners.partnership, net/ties.partnership: 3 partners, 2 ties, 2 roles, 1 goal, 1 meeting.\nEverything was read as written.');
        const validate = JSON.parse(runCli(['validate', 'net', '--format', 'json', '--today', '2026-11-01'], scratch).stdout) as { summary: { errors: number } };
        expect(validate.summary.errors).toBe(0);
        expect(read('net', 'ties.partnership')).toContain('tie OurOrganisation -- CountyPublicHealth {\n    strength weak\n    effort 1 hour/month\n    trust 3\n    OurOrganisation gives information\n    CountyPublicHealth asks data\n    introduced-by EastsideTenantsUnion\n}');
        expect(runCli(['init', 'sheets', '--template', 'csv'], scratch).status).toBe(2);
    });
});

describe('init on a terminal', () => {
    /** Answers the questions one line at a time and returns what was asked. */
    async function ask(lines: string[]) {
        const input = new PassThrough();
        const output = new PassThrough();
        let asked = '';
        output.on('data', chunk => { asked += String(chunk); });
        const answers = askAnswers(answersFrom({}, '/somewhere/river-city'), input, output);
        for (const line of lines) input.write(`${line}\n`);
        input.end();
        return { answers: await answers, asked };
    }

    it('offers defaults (Enter keeps them) and asks again after an answer that is not a name', async () => {
        const { answers, asked } = await ask(['', 'River City Partners', 'our org', 'OurOrg', '20']);
        expect(answers).toEqual({ name: 'RiverCity', title: 'River City Partners', us: 'OurOrg', budget: '20 hours/month' });
        expect(asked).toContain('Network name (one word) [RiverCity]: ');
        expect(asked).toContain('Title [River city coalition]: ');
        expect(asked).toContain('"our org" is not a name');
        expect(asked).toContain('Hours a month your organisation can give the coalition [40 hours/month]: ');
    });
});

describe('parseBudget', () => {
    it.each([
        ['40', '40 hours/month'], ['40 hours/month', '40 hours/month'], ['10 h/week', '10 hours/week'],
        ['480 hours per year', '480 hours/year'], ['1 hour a week', '1 hour/week'], ['7.5 hrs/months', '7.5 hours/month']
    ])('%s → %s', (text, budget) => {
        expect(parseBudget(text)).toBe(budget);
    });
});
