/**
 * `partnership init [folder]`: writes a starting network in the canonical layout, three files as
 * the examples split them (network.partnership: the network, a goal and a role; partners.partnership;
 * ties.partnership), each declaration with a comment saying what to change. It validates with no
 * finding on the day it is written. Never overwrites a file.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { addCadence, isName, nameFromText } from 'partnership-language';
import { UsageError } from './errors.js';

export interface InitOptions {
    name?: string;
    title?: string;
    us?: string;
    budget?: string;
    /** The date written as the baseline and last check-in (YYYY-MM-DD); default: today. */
    today?: string;
}

export interface InitAnswers {
    name: string;
    title: string;
    us: string;
    /** Canonical: `40 hours/month`. */
    budget: string;
}

export const INIT_FILES = ['network.partnership', 'partners.partnership', 'ties.partnership'] as const;

/**
 * A budget as the language writes it, from what a coordinator types: `40`, `40 hours/month`,
 * `10 h/week`, `480 hours per year` → `40 hours/month`, `10 hours/week`, `480 hours/year`.
 */
export function parseBudget(text: string): string {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(?:(?:h|hrs?|hours?)\s*(?:(?:\/|per|a|an)\s*(week|month|year)s?)?)?\s*$/i.exec(text);
    if (!match || Number(match[1]) <= 0) {
        throw new UsageError(`--budget: expected hours a month, week or year, like "40 hours/month" or "10 hours/week"; got "${text}".`);
    }
    const amount = Number(match[1]);
    return `${amount} ${amount === 1 ? 'hour' : 'hours'}/${(match[2] ?? 'month').toLowerCase()}`;
}

function checkName(flag: string, value: string): string {
    const name = value.trim();
    if (isName(name)) return name;
    throw new UsageError(`${flag}: "${value}" is not a name: use letters, digits and _ (starting with a letter), with single hyphens between words, and not a keyword of the language; for example ${nameFromText(value, 'OurCoalition')}.`);
}

/** The answers from the flags, with defaults taken from the folder's name. */
export function answersFrom(options: InitOptions, folder: string): InitAnswers {
    const base = path.basename(path.resolve(folder));
    const title = options.title?.trim() || `${base.replace(/[-_]+/g, ' ').replace(/^\w/, c => c.toUpperCase())} coalition`;
    if (/["\\\r\n]/.test(title)) throw new UsageError('--title: write the title without double quotes, backslashes or line breaks.');
    return {
        name: checkName('--name', options.name ?? nameFromText(base, 'OurCoalition')),
        title,
        us: checkName('--us', options.us ?? 'OurOrganisation'),
        budget: parseBudget(options.budget ?? '40 hours/month')
    };
}

/** Asks for each answer on a terminal, the default in brackets (Enter keeps it). */
export async function askAnswers(defaults: InitAnswers, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<InitAnswers> {
    const rl = createInterface({ input, terminal: false });
    // Lines are read as they come, typed or pasted ahead of the question (rl.question would drop those).
    const lines = rl[Symbol.asyncIterator]();
    try {
        const ask = async <T>(question: string, fallback: string, check: (answer: string) => T): Promise<T> => {
            for (;;) {
                output.write(`${question} [${fallback}]: `);
                const next = await lines.next();
                // The input ended (Ctrl-D): the default.
                const answer = (next.done ? '' : String(next.value)).trim() || fallback;
                if (next.done) output.write('\n');
                try {
                    return check(answer);
                } catch (error) {
                    if (next.done) throw error;
                    output.write(`${error instanceof Error ? error.message.replace(/^--\w+: /, '') : String(error)}\n`);
                }
            }
        };
        const name = await ask('Network name (one word)', defaults.name, answer => checkName('name', answer));
        const title = await ask('Title', defaults.title, answer => {
            if (/["\\]/.test(answer)) throw new Error('Write the title without double quotes or backslashes.');
            return answer;
        });
        const us = await ask('Your organisation, as a name (one word)', defaults.us, answer => checkName('us', answer));
        const budget = await ask('Hours a month your organisation can give the coalition', defaults.budget, parseBudget);
        return { name, title, us, budget };
    } finally {
        rl.close();
    }
}

/** The three files' texts. */
export function initTexts(answers: InitAnswers, today: string): Record<(typeof INIT_FILES)[number], string> {
    const { name, title, us, budget } = answers;
    const partner = us === 'FirstPartner' ? 'SecondPartner' : 'FirstPartner';
    const nextYear = addCadence(today, { count: 1, unit: 'year' }) ?? today;
    return {
        'network.partnership': `// The network: who you are in it, and how much time your organisation can give it.
// The language: https://github.com/partnership-lang/partnership-lang/blob/main/docs/language.md
network ${name} "${title}" {
    // us: the partner that is your organisation; budget: the hours it can give the coalition.
    us ${us}
    budget ${budget}
    // joint-action (you work on goals together) or sharing (you share information).
    purpose joint-action
    // Check in on each tie this often, unless the tie says otherwise.
    checkin every 3 months
}

// A goal the partners set together. Say what you will count, where you start and where you aim to be.
goal FirstGoal "Say the change you want to see" {
    cocreated-by ${us}, ${partner}
    measure "what you will count, for example households reached"
    baseline 0 on ${today}
    target 100 by ${nextYear}
    needs facilitation, lived-experience
}

// A role: what a partner does for a goal, and what it brings. Add one per kind of work.
role Organiser "Organiser" {
    serves FirstGoal
    provides facilitation, lived-experience
    lane "Convenes the partners and keeps the work moving"
}
`,
        'partners.partnership': `// The partners: one block each. sector: nonprofit, government, business, education, faith,
// philanthropy, health, media, resident, community-group...; plays: the roles it plays.
partner ${us} "Your organisation" {
    sector nonprofit
    plays Organiser
}

// A partner organisation: its real name as the title, the hours a month it can give as capacity.
partner ${partner} "A partner organisation" {
    sector community-group
    plays Organiser
    capacity 10 hours/month
    stage active since ${today}
}
`,
        'ties.partnership': `// The ties: the relationships you keep up, the hours a month they take, and what each side gives.
tie ${us} -- ${partner} {
    effort 2 hours/month
    trust 3
    ${us} gives facilitation
    ${partner} gives lived-experience
    last-checkin ${today}
}
`
    };
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(text: string): string {
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV template of `partnership import`: one file per kind, with its columns and an example (docs/import.md). */
export async function templateTexts(): Promise<Record<string, string>> {
    const { TEMPLATE } = await import('./import/columns.js');
    return Object.fromEntries(Object.entries(TEMPLATE).map(([kind, { headers, rows }]) => [
        `${kind}.csv`,
        [headers, ...rows].map(row => row.map(csvField).join(',')).join('\r\n') + '\r\n'
    ]));
}

/** Writes the files into `folder` (created if missing); none is written when any of them exists. */
export async function writeInit(folder: string, texts: Record<string, string>): Promise<string[]> {
    const files = Object.keys(texts).map(file => path.join(folder, file));
    for (const file of files) {
        if (await fs.lstat(file).then(() => true, () => false)) {
            throw new UsageError(`${file} already exists; init writes nothing over an existing file (choose an empty folder).`);
        }
    }
    await fs.mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot create the folder ${folder}: ${error.code === 'EEXIST' || error.code === 'ENOTDIR' ? 'a file of that name is in the way' : error.message}.`);
    });
    for (const [file, text] of Object.entries(texts)) {
        // `wx`: fails rather than replace a file made in the meantime.
        await fs.writeFile(path.join(folder, file), text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
            throw new UsageError(error.code === 'EEXIST'
                ? `${path.join(folder, file)} already exists; init writes nothing over an existing file.`
                : `cannot write ${path.join(folder, file)}: ${error.message}.`);
        });
    }
    return files;
}
