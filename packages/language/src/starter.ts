/**
 * A starting network: the three files `partnership init` and the editor's "New Network…" write
 * (network.partnership: the network, a goal and a role; partners.partnership; ties.partnership),
 * in the canonical layout, each declaration with a comment saying what to change. It validates with
 * no finding on the day it is written. Browser-safe: the language server answers the editor with it.
 */
import { addCadence } from './utils/dates.js';
import { SECTORS } from './model/facts.js';
import { isName, nameFromText } from './utils/names.js';

export const STARTER_FILES = ['network.partnership', 'partners.partnership', 'ties.partnership'] as const;

export interface StarterAnswers {
    name: string;
    title: string;
    us: string;
    /** Canonical: `40 hours/month`. */
    budget: string;
}

export type StarterField = keyof StarterAnswers;

/** An answer that can't be used: which one, and why (a sentence for the user). */
export class StarterError extends Error {
    constructor(readonly field: StarterField, message: string) {
        super(message);
    }
}

/**
 * A budget as the language writes it, from what a coordinator types: `40`, `40 hours/month`,
 * `10 h/week`, `480 hours per year` → `40 hours/month`, `10 hours/week`, `480 hours/year`.
 */
export function parseBudget(text: string): string {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(?:(?:h|hrs?|hours?)\s*(?:(?:\/|per|a|an)\s*(week|month|year)s?)?)?\s*$/i.exec(text);
    if (!match || Number(match[1]) <= 0) {
        throw new StarterError('budget', `expected hours a month, week or year, like "40 hours/month" or "10 hours/week"; got "${text}".`);
    }
    const amount = Number(match[1]);
    return `${amount} ${amount === 1 ? 'hour' : 'hours'}/${(match[2] ?? 'month').toLowerCase()}`;
}

/** `value` as a name, or a StarterError that suggests one. */
export function checkStarterName(field: 'name' | 'us', value: string): string {
    const name = value.trim().normalize('NFC');
    if (isName(name)) return name;
    throw new StarterError(field, `"${value}" is not a name: use letters, digits and _ (starting with a letter), with single hyphens between words, and not a keyword of the language; for example ${nameFromText(value, 'OurCoalition')}.`);
}

/** A title as the language quotes it: no double quotes, backslashes or line breaks. */
export function checkStarterTitle(value: string): string {
    if (/["\\\r\n]/.test(value)) throw new StarterError('title', 'write the title without double quotes, backslashes or line breaks.');
    return value.trim();
}

/** The answers given, checked, with defaults from the folder's name for the rest. */
export function starterAnswers(given: Partial<StarterAnswers>, folderName: string): StarterAnswers {
    const title = given.title?.trim() || `${folderName.replace(/[-_]+/g, ' ').replace(/^\p{Ll}/u, c => c.toUpperCase())} coalition`;
    return {
        name: checkStarterName('name', given.name ?? nameFromText(folderName, 'OurCoalition')),
        title: checkStarterTitle(title),
        us: checkStarterName('us', given.us ?? 'OurOrganisation'),
        budget: parseBudget(given.budget ?? '40 hours/month')
    };
}

/** The three files' texts. */
export function starterFiles(answers: StarterAnswers, today: string): Record<(typeof STARTER_FILES)[number], string> {
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
        'partners.partnership': `// The partners: one block each. plays: the roles it plays. sector: one of
// ${SECTORS.join(', ')}.
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
