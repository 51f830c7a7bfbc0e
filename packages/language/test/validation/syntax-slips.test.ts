/**
 * The slips a coordinator makes, each pinned: the one error it gives (message, line, column) and
 * that the rest of the file is still checked (a partner declared after the slip still gets its
 * findings). Every case starts with `network Demo` on line 1 (or a network block of its own) and
 * ends with `partner Later` (unless the slip is an unclosed block at the end of the file).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { build } from '../helpers.js';

const STRUCTURAL_PAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../docs/rules/structural.md');

interface Slip {
    /** The file between `network Demo` (or `network`, when given) and `partner Later`. */
    text: string;
    /** The network's own declaration, in place of `network Demo` (a file declares one network). */
    network?: string;
    /** line:column message of the one error; undefined: no error at all. */
    error?: string;
    /** Leave `partner Later` out (the slip must end the file). */
    atEnd?: boolean;
}

const TIE = 'partner Hub\npartner School\ntie Hub -- School {\n';

const SLIPS: Record<string, Slip> = {
    // Units and rates
    'an unknown unit (hrs)': { text: `${TIE}    effort 4 hrs/month\n    trust 4\n}\n`, error: "5:14 Unknown unit 'hrs': write the time as hours/month, hours/week or hours/year (4 hours/month)." },
    'a plural period (hours/months)': { text: `${TIE}    effort 4 hours/months\n}\n`, error: '5:20 Write the period in the singular: hours/month.' },
    'a rate with no unit (capacity 10)': { text: 'partner Hub {\n    capacity 10\n    sector nonprofit\n}\n', error: "3:14 '10' needs its unit: write 10 hours/month, 10 hours/week or 10 hours/year." },
    'a rate with no period (10 hours)': { text: 'partner Hub {\n    capacity 10 hours\n    sector nonprofit\n}\n', error: "3:17 '10 hours' needs its period: write 10 hours/month, 10 hours/week or 10 hours/year." },
    'hours per month': { text: 'partner Hub {\n    capacity 10 hours per month\n}\n', error: "3:23 Write the rate with a slash: 10 hours/month, not 'hours per month'." },
    'hours a week': { text: 'partner Hub {\n    capacity 10 hours a week\n}\n', error: "3:23 Write the rate with a slash: 10 hours/week, not 'hours a week'." },
    'a rate with no hours (10/month)': { text: 'partner Hub {\n    capacity 10/month\n}\n', error: "3:16 '10' needs its unit: write 10 hours/month, 10 hours/week or 10 hours/year." },
    'a rate in minutes': { text: 'partner Hub {\n    capacity 90 minutes/month\n}\n', error: "3:17 Time is counted in hours here (90 minutes is 1.5 hours): write hours/month, hours/week or hours/year. Minutes are for a meeting's duration." },
    'a word for a number of hours': { text: 'partner Hub {\n    capacity lots hours/month\n}\n', error: "3:14 'capacity' needs a number of hours: capacity 10 hours/month, not 'lots'." },
    // Cadences, choices
    'every monthly': { text: `${TIE}    checkin every monthly\n}\n`, error: "5:19 Unknown period 'monthly' after 'every': write every week, every month, every year, or with a number, every 2 weeks or every 3 months. Did you mean 'every month'?" },
    'every quarterly': { text: `${TIE}    checkin every quarterly\n}\n`, error: "5:19 Unknown period 'quarterly' after 'every': write every week, every month, every year, or with a number, every 2 weeks or every 3 months. Did you mean 'every 3 months'?" },
    'a cadence without every': { text: `${TIE}    checkin 3 months\n}\n`, error: "5:13 Write a cadence with 'every': every month, every 3 months, every 2 weeks. Did you mean 'every 3 months'?" },
    'every with no period': { text: `${TIE}    checkin every\n}\n`, error: "5:13 'every' needs a period: every week, every month, every year, or with a number, every 2 weeks or every 3 months." },
    'an unknown stage (paused)': { text: 'partner Hub {\n    stage paused\n}\n', error: "3:11 Unknown stage 'paused': a partner's stage is prospect, exploring, active, dormant or ended. Did you mean 'dormant'?" },
    'a stage with no value': { text: 'partner Hub {\n    stage\n}\n', error: "3:5 'stage' needs a value: a partner's stage is prospect, exploring, active, dormant or ended." },
    'a misspelled strength': { text: `${TIE}    strength strng\n}\n`, error: "5:14 Unknown strength 'strng': a tie's strength is weak, moderate or strong. Did you mean 'strong'?" },
    'strength medium': { text: `${TIE}    strength medium\n}\n`, error: "5:14 Unknown strength 'medium': a tie's strength is weak, moderate or strong. Did you mean 'moderate'?" },
    'trust in words': { text: `${TIE}    trust high\n}\n`, error: "5:11 Trust is a whole number from 1 to 5 (trust 4), or a score per aspect (trust reliability 4 mission 5 openness 3), not 'high'." },
    'a misspelled trust aspect': { text: `${TIE}    trust reliabilty 4\n}\n`, error: "5:11 Trust is a whole number from 1 to 5 (trust 4), or a score per aspect (trust reliability 4 mission 5 openness 3), not 'reliabilty'. Did you mean 'reliability'?" },
    'trust 3.5': { text: `${TIE}    trust 3.5\n}\n`, error: '5:11 Trust score must be a whole number from 1 to 5; it is 3.5.' },
    'a duration in words': { text: 'meeting Steering {\n    every month\n    duration long\n}\n', error: '4:14 Write the duration as a number of hours or minutes: duration 90 minutes, duration 2 hours.' },
    // Names
    'a name with a space (North CC)': { text: 'partner North CC\n', error: '2:9 Names have no spaces: write NorthCC, with the full name as a display text: partner NorthCC "North CC".' },
    'a name with spaces and a title': { text: 'partner North Community Center "NCC"\n', error: '2:9 Names have no spaces: write NorthCommunityCenter, with the full name as a display text: partner NorthCommunityCenter "North Community Center".' },
    'a tie to a name with a space': { text: 'partner Hub\npartner LincolnHigh\ntie Hub -- Lincoln High\n', error: '4:12 Names have no spaces: write LincolnHigh, as the partner is declared.' },
    'a display text where the name goes': { text: 'partner "North CC"\n', error: '2:9 A partner needs a name before its display text: partner NorthCC "North CC".' },
    'a keyword as a name': { text: 'partner active\n', error: "2:9 'active' is a word of the language and can't be a name: choose another, such as Active." },
    'a name that starts with a digit': { text: 'partner 211Line\n', error: '2:9 A name starts with a letter or _: write _211Line, not 211Line.' },
    'a misspelled partner': { text: 'partner Hub\npartner LincolnHigh\ntie Hub -- LincolnHig {\n    LincolnHigh gives space\n}\n', error: "4:12 Unknown partner 'LincolnHig': no partner named 'LincolnHig' is declared in network folder 'c'. Did you mean 'LincolnHigh'?" },
    'a partner in the wrong case': { text: 'partner Hub\npartner LincolnHigh\ntie Hub -- lincolnhigh\n', error: "4:12 Unknown partner 'lincolnhigh': no partner named 'lincolnhigh' is declared in network folder 'c'. Did you mean 'LincolnHigh'?" },
    'names in other scripts': { text: 'partner RadioSalsaJosé { sector media }\npartner Église\npartner مركز\ntie RadioSalsaJosé -- Église\ntie مركز -- Église\n', error: undefined },
    // Ties
    'a tie without --': { text: 'partner Hub\npartner School\ntie Hub School\n', error: '4:9 Join the two partners of a tie with --: tie Hub -- School.' },
    'a tie with one hyphen': { text: 'partner Hub\npartner School\ntie Hub - School\n', error: '4:9 A tie joins its two partners with two hyphens (--); inside a name a hyphen stands between letters (staff-time).' },
    'a tie with a dash': { text: 'partner Hub\npartner School\ntie Hub — School\n', error: "4:9 '—' is a dash a word processor writes: between a tie's two partners write -- (two hyphens)." },
    'a tie with one partner': { text: 'partner Hub\ntie Hub --\n', error: '3:9 A tie joins two partners: write the other one after --: tie Hub -- Other.' },
    'give for gives': { text: `${TIE}    Hub give money\n}\n`, error: "5:9 Write 'Hub gives ...': the word is 'gives'." },
    'gives with no value': { text: `${TIE}    Hub gives\n}\n`, error: "5:9 'gives' needs at least one value: Hub gives money, space." },
    // Blocks and properties
    'a missing } before the next declaration': { text: 'partner Hub {\n    sector nonprofit\n\npartner School {\n    sector education\n}\n', error: '2:13 The block of partner Hub is not closed: add } after its last line.' },
    'a missing } at the end of the file': { text: 'partner Hub {\n    sector nonprofit\n', error: '2:13 The block of partner Hub is not closed: add } after its last line.', atEnd: true },
    'a } too many': { text: 'partner Hub {\n    sector nonprofit\n}\n}\n', error: '5:1 This } closes no block: remove it, or look above for a } too many.' },
    'properties without a block': { text: 'partner Hub\n    sector nonprofit\n', error: "3:5 'sector' is outside any block: put the properties of partner Hub inside { } (partner Hub { sector ... })." },
    'a missing {': { text: 'partner Hub sector nonprofit\n}\n', error: "2:13 'sector' is outside any block: put the properties of partner Hub inside { } (partner Hub { sector ... })." },
    'a misspelled property': { text: 'partner Hub {\n    sectr nonprofit\n}\n', error: "3:5 Unknown property 'sectr' in partner Hub. Did you mean 'sector'? A partner has sector, plays, capacity, gatekeeper, stage, contact and value." },
    'a misspelled tie property': { text: `${TIE}    efort 2 hours/month\n}\n`, error: "5:5 Unknown property 'efort' in tie Hub -- School. Did you mean 'effort'? A tie has strength, effort, trust, rating, introduced-by, last-checkin, checkin and lines like 'Hub gives money' or 'Hub asks space'." },
    "another declaration's property": { text: `${TIE}    sector nonprofit\n}\n`, error: "5:5 'sector' is not a property of a tie; a tie has strength, effort, trust, rating, introduced-by, last-checkin, checkin and lines like 'Hub gives money' or 'Hub asks space'." },
    'two values for one': { text: 'partner Hub {\n    sector nonprofit education\n}\n', error: "3:22 'education' is one value too many after 'sector nonprofit': a property takes one value; put the next property on its own line." },
    'a list without commas': { text: 'role Host\nrole Funder\npartner Hub {\n    plays Host Funder\n}\n', error: '5:16 Separate the items of a list with commas: plays Host, Funder.' },
    'a trailing comma in a list': { text: 'role Host\npartner Hub {\n    plays Host,\n}\n', error: "4:15 A list does not end with a comma: remove the ',' after Host." },
    'a list with nothing': { text: 'partner Hub {\n    plays\n}\n', error: "3:5 'plays' needs a role's name after it." },
    'a misspelled declaration': { text: 'partnr Hub\n', error: "2:1 Unknown declaration 'partnr'. Did you mean 'partner'? Each declaration starts with network, partner, role, goal, tie or meeting." },
    'a capitalised keyword': { text: 'Partner Hub\n', error: '2:1 Words of the language are written in lower case: partner, not Partner.' },
    'a colon after a property': { text: 'partner Hub {\n    sector: nonprofit\n}\n', error: "3:11 Write a property and its value with a space between them, without ':' (sector nonprofit)." },
    'an equals sign': { text: 'partner Hub {\n    sector = nonprofit\n}\n', error: "3:12 Write a property and its value with a space between them, without '=' (sector nonprofit)." },
    'a semicolon at the end of a line': { text: 'partner Hub {\n    sector nonprofit;\n}\n', error: "3:21 No ';' is needed: put each property on a line of its own." },
    'a tab-indented block': { text: 'partner Hub {\n\tsector nonprofit\n\tcapacity 10 hours/month\n}\n', error: undefined },
    // Dates
    'a US date (10/15/2026)': { text: 'goal Meals {\n    due 10/15/2026\n}\n', error: '3:9 Write dates as YYYY-MM-DD: 2026-10-15.' },
    'a European date (15.10.2026)': { text: 'goal Meals {\n    due 15.10.2026\n}\n', error: '3:9 Write dates as YYYY-MM-DD: 2026-10-15.' },
    'an ambiguous date (03/04/2026)': { text: 'goal Meals {\n    due 03/04/2026\n}\n', error: '3:9 Write dates as YYYY-MM-DD: 2026-03-04 if 03/04/2026 is month/day, 2026-04-03 if it is day/month.' },
    'a date with slashes (2026/10/15)': { text: 'goal Meals {\n    due 2026/10/15\n}\n', error: '3:9 Write dates as YYYY-MM-DD: 2026-10-15.' },
    'a date without zeros (2026-1-5)': { text: 'goal Meals {\n    due 2026-1-5\n}\n', error: '3:9 Write dates as YYYY-MM-DD: 2026-01-05.' },
    'a date in words': { text: 'goal Meals {\n    due 15 October 2026\n}\n', error: '3:9 Write dates as YYYY-MM-DD: 2026-10-15.' },
    'a date missing': { text: 'goal Meals {\n    due\n}\n', error: "3:5 'due' needs a date: due 2026-10-15 (YYYY-MM-DD)." },
    'progress without on': { text: 'goal Meals {\n    progress 1200 2026-01-01\n}\n', error: "3:19 Write 'progress' as a number on a date: progress 1200 on 2026-06-30." },
    // Text and characters
    'curly quotes': { text: 'partner Hub “Eastside Hub”\n', error: '2:13 Use straight quotes (") around a text: this one has curly quotes, as a word processor writes them.' },
    'a curly quote left open': { text: 'partner Hub “Eastside Hub\n', error: '2:13 Use straight quotes (") around a text: this one has curly quotes, as a word processor writes them.' },
    'single quotes': { text: "partner Hub 'Eastside Hub'\n", error: '2:13 Use double quotes (") around a text.' },
    'a text left open': { text: 'partner Hub "Eastside Hub\n', error: '2:13 This quoted text is not closed: a text in quotes must end with " on the same line.' },
    'an invisible character': { text: 'partner Hub\u200b\n', error: '2:12 An invisible character (U+200B) is here, probably pasted with the text: delete it.' },
    'a Windows-1252 file read as UTF-8': { text: 'partner Hub "Jos\ufffd"\n', error: '2:17 This file has characters that are not UTF-8 text (shown as \ufffd): it was probably saved as Windows-1252 or Latin-1. Save it again as UTF-8.' },
    // The network's own block
    'a threshold in words': { network: 'network Demo {\n    policy {\n        min-trust high\n    }\n}\n', text: '', error: "3:19 A policy threshold is a number: min-trust 3, not 'high'." },
    'a misspelled severity': { network: 'network Demo {\n    policy {\n        rule low-trust-tie warn\n    }\n}\n', text: '', error: "3:28 Unknown severity 'warn': a rule's severity is error, warning, info or off. Did you mean 'warning'?" },
    'an unknown purpose': { network: 'network Demo {\n    purpose action\n}\n', text: '', error: "2:13 Unknown purpose 'action': a network's purpose is joint-action or sharing. Did you mean 'joint-action'?" }
};

const FORBIDDEN = /Token sequences|EOF|\bID\b|NUMBER|STRING|\bDATE\b|Expecting/;

async function errorsOf(text: string) {
    const built = await build({ 'c/network.partnership': text });
    const diagnostics = built.diagnostics('c/network.partnership');
    return {
        diagnostics,
        errors: diagnostics.filter(d => d.severity === 1).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)
    };
}

describe('a slip gives one error, in plain words, where the slip is', () => {
    test('the table holds at least 40 slips', () => {
        expect(Object.keys(SLIPS).length).toBeGreaterThanOrEqual(40);
    });

    test.each(Object.entries(SLIPS))('%s', async (_name, slip) => {
        const text = `${slip.network ?? 'network Demo\n'}${slip.text}${slip.atEnd ? '' : 'partner Later\n'}`;
        const { diagnostics, errors } = await errorsOf(text);
        expect(errors).toEqual(slip.error ? [slip.error] : []);
        for (const message of errors) expect(message).not.toMatch(FORBIDDEN);
        if (!slip.atEnd) {
            // The rest of the file is read and checked: the partner after the slip gets its findings.
            const laterLine = text.split('\n').indexOf('partner Later');
            expect(diagnostics.some(d => d.code === 'partner-without-role' && d.range.start.line === laterLine)).toBe(true);
        }
    });
});

describe('unresolved names', () => {
    test('a misspelled endpoint gives no second error about who gives in the tie', async () => {
        const { diagnostics } = await errorsOf('network Demo\npartner Hub\npartner LincolnHigh\ntie Hub -- LincolnHig {\n    LincolnHigh gives space\n}\n');
        expect(diagnostics.filter(d => d.severity === 1).map(d => d.code)).toEqual(['unresolved-reference']);
        expect(diagnostics[0].data).toMatchObject({ suggestion: 'LincolnHigh' });
    });

    test('a name that is one letter off another short name is not suggested', async () => {
        const { errors } = await errorsOf('network Demo\npartner A\ntie A -- B\n');
        expect(errors).toEqual(["3:10 Unknown partner 'B': no partner named 'B' is declared in network folder 'c'."]);
    });

    test('a declaration the slip damaged is not reported again where it is used', async () => {
        // `partnr Hub`: the declaration is lost with the slip; the tie that names Hub is no second error.
        const { errors } = await errorsOf('network Demo\npartnr Hub\npartner School\ntie Hub -- School\n');
        expect(errors).toEqual(["2:1 Unknown declaration 'partnr'. Did you mean 'partner'? Each declaration starts with network, partner, role, goal, tie or meeting."]);
    });

    test('names in NFC and NFD are one name', async () => {
        const nfd = 'Jose\u0301';
        const { errors } = await errorsOf(`network Demo\npartner José\npartner Hub\ntie Hub -- ${nfd}\n`);
        expect(errors).toEqual([]);
    });
});

describe('docs/rules/structural.md', () => {
    test('every message in its list of slips is one this table pins', () => {
        const section = readFileSync(STRUCTURAL_PAGE, 'utf8').split('<a id="syntax-error"></a>')[1].split('<a id=')[0];
        const rows = [...section.matchAll(/^- (.+?) → (.+)$/gm)].map(match => match[2].replace(/ \(on the line that opened it\)$/, ''));
        expect(rows.length).toBeGreaterThanOrEqual(10);
        const pinned = Object.values(SLIPS).map(slip => slip.error)
            .filter((error): error is string => error !== undefined)
            .map(error => error.replace(/^\d+:\d+ /, ''));
        for (const row of rows) {
            const pattern = new RegExp(`^${row.split(' ... ').map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' .+ ')}$`);
            expect(pinned.some(message => pattern.test(message)), row).toBe(true);
        }
    });
});
