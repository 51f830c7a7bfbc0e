/**
 * Syntax errors in a coordinator's words: one error per mistake, at the place of the mistake.
 *
 * The lexer and the parser report what a parser sees ("Expecting: one of these possible Token
 * sequences", "EOF", token type names), several times for one slip, and where the parser noticed
 * (often the next line). This turns their errors, with the tokens around them, into "slips": a plain
 * message saying what to write instead, its place, and the stretch of text the slip damaged. Errors
 * that start inside a stretch an earlier slip damaged are its echoes and are dropped;
 * parser/partnership-parser.ts also removes what the parser's recovery built there, so the linker
 * and the checks see no half-read property (no "Unknown partner 'hrs'" after `4 hrs/month`).
 *
 * packages/language/test/validation/syntax-slips.test.ts pins the message, line, column and count of
 * each slip a coordinator is known to make; test/property/single-slip.test.ts checks that one
 * changed token never gives more than two errors.
 */
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import { DECLARATION_FACTS, DECLARATION_WORDS, KEYWORD_SETS, isDeclarationType, propertiesOf, wordsOf, type BlockType } from '../model/facts.js';
import { keywordsOfGrammar, nameFromText } from '../utils/names.js';
import { suggest } from '../utils/suggest.js';
import { MONTH_NAMES } from '../utils/dates.js';
import { joinWords } from '../utils/words.js';
import { decodeFacts, cleanName, type ErrorFacts } from './error-messages.js';

export interface Slip {
    /** Where the message is shown. */
    offset: number;
    end: number;
    message: string;
    /** Where the parser noticed it (dedupe order) and the end of the stretch it damaged. */
    origin: number;
    damagedEnd: number;
    /** The grammar rules the parser was in (for parser errors). */
    rules: readonly string[];
    /** The end of the last token before `origin` (where a property being read when the parser noticed ends). */
    before: number;
}

const TERMINAL_WORDS: Record<string, string> = {
    ID: 'a name',
    NUMBER: 'a number',
    DATE: 'a date (YYYY-MM-DD)',
    STRING: 'a text in double quotes',
    EOF: 'the end of the file'
};
const WORD = /^[a-z][a-z-]*$/;
/** How many tokens back a message looks for its context (a property's keyword, a declaration's header). */
const LOOK_BACK = 50;
const CURLY = /[\u201c\u201d\u201e\u00ab\u00bb]/;
const CURLY_QUOTES = 'Use straight quotes (") around a text: this one has curly quotes, as a word processor writes them.';
const GIVE_WORDS = /^(give|gave|giving|offers?|provides?)$/i;
const ASK_WORDS = /^(ask|asked|asking|needs?|wants?)$/i;
const PER_WORDS = /^(per|a|an|each|every|in)$/i;

function trailingComma(before: string): string {
    return `A list does not end with a comma: remove the ',' after ${before}.`;
}

function valuesNeeded(word: string, giver: string): string {
    return `'${word}' needs at least one value: ${giver} ${word} money, space.`;
}

/** Words a coordinator writes for the grammar's own (`monthly` for `every month`). */
const SYNONYMS: Record<string, Record<string, string>> = {
    PeriodUnit: {
        monthly: 'every month', weekly: 'every week', yearly: 'every year', annually: 'every year', annual: 'every year',
        quarterly: 'every 3 months', biweekly: 'every 2 weeks', fortnightly: 'every 2 weeks', 'bi-weekly': 'every 2 weeks',
        semiannually: 'every 6 months', mo: 'every month', wk: 'every week', yr: 'every year'
    },
    Period: { mo: 'month', mth: 'month', monthly: 'month', wk: 'week', weekly: 'week', yr: 'year', yearly: 'year', annum: 'year' },
    Stage: {
        paused: 'dormant', inactive: 'dormant', 'on-hold': 'dormant', idle: 'dormant', sleeping: 'dormant',
        former: 'ended', past: 'ended', closed: 'ended', left: 'ended', finished: 'ended', done: 'ended',
        potential: 'prospect', candidate: 'prospect', lead: 'prospect', new: 'prospect', invited: 'prospect',
        talking: 'exploring', engaged: 'active', current: 'active', working: 'active'
    },
    Strength: { low: 'weak', medium: 'moderate', average: 'moderate', high: 'strong', close: 'strong' },
    Severity: { warn: 'warning', err: 'error', information: 'info', none: 'off', disabled: 'off', disable: 'off' },
    Purpose: { action: 'joint-action', 'joint_action': 'joint-action', share: 'sharing', information: 'sharing' },
    HourUnit: { hrs: 'hours', hr: 'hours', h: 'hours', hrs_: 'hours' },
    DurationUnit: { hrs: 'hours', hr: 'hours', h: 'hours', mins: 'minutes', min: 'minutes', m: 'minutes' }
};

const CHOICE_PHRASES: Record<string, string> = {
    Stage: "a partner's stage is",
    Strength: "a tie's strength is",
    Severity: "a rule's severity is",
    Purpose: "a network's purpose is",
    TrustKind: 'the trust aspects are',
    DurationUnit: 'a duration is counted in'
};

/** A value to show for the properties whose value is a word of a vocabulary. */
const VALUE_EXAMPLES: Record<string, string> = { sector: 'nonprofit', provides: 'money, space', needs: 'money, volunteers' };


/** Offsets → line starts, for positions of slips that are not tokens. */
export function lineStarts(text: string): Uint32Array {
    let count = 1;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
    }
    // A typed array, 4 bytes a line: compact syntax trees keep one per file (parser/cst-nodes.ts).
    const starts = new Uint32Array(count);
    let line = 1;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts[line++] = i + 1;
    }
    return starts;
}

/** The offset of the line break that ends the line of `offset` (or the end of the text). */
function endOfLine(text: string, offset: number, starts: ArrayLike<number>): number {
    const line = lineOf(starts, offset);
    if (line + 1 >= starts.length) return text.length;
    let end = starts[line + 1] - 1;
    if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    return end;
}

/** The match of a sticky pattern at `offset` (no copy of the rest of the text: files may be one huge line). */
function matchAt(text: string, offset: number, pattern: RegExp): RegExpExecArray | null {
    const sticky = new RegExp(pattern.source, `${pattern.flags.replace('y', '')}y`);
    sticky.lastIndex = offset;
    return sticky.exec(text);
}

function isValid(token: IToken | undefined): token is IToken {
    return token !== undefined && Number.isFinite(token.startOffset) && token.startOffset >= 0;
}

/** The offset just after a token. */
function endOf(token: { startOffset: number; endOffset?: number; image?: string }): number {
    return (token.endOffset ?? token.startOffset + (token.image?.length ?? 1) - 1) + 1;
}

function typeOf(token: IToken): string {
    return cleanName(token.tokenType.name);
}

export function lineOf(starts: ArrayLike<number>, offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset) low = mid; else high = mid - 1;
    }
    return low;
}

/** "'x'" for a token, "the end of the file" for none. */
function shown(token: IToken | undefined): string {
    return isValid(token) ? `'${token.image}'` : 'the end of the file';
}

function didYouMean(word: string, vocabulary: readonly string[], synonyms: Record<string, string> = {}): string {
    const lower = word.toLowerCase();
    const pick = synonyms[lower] ?? (vocabulary.includes(lower) ? lower : suggest(word, vocabulary));
    return pick ? ` Did you mean '${pick}'?` : '';
}

function propertyKeywords(type: string): string[] {
    return propertiesOf(type).map(fact => fact.keyword).filter((keyword): keyword is string => keyword !== undefined);
}

/** "strength, effort, trust, ... and lines like 'Hub gives money'": the properties a block takes. */
function propertyList(type: string): string {
    const keywords = propertyKeywords(type);
    const gives = type === 'Tie' ? ["lines like 'Hub gives money' or 'Hub asks space'"] : [];
    return joinWords([...keywords, ...gives]);
}

function article(word: string): string {
    return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

interface Context {
    text: string;
    tokens: IToken[];
    starts: Uint32Array;
}

/** The index of the first token at or after `offset` (tokens.length for the end of the file). */
function indexAt(tokens: IToken[], offset: number): number {
    let low = 0;
    let high = tokens.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (tokens[mid].startOffset < offset) low = mid + 1; else high = mid;
    }
    return low;
}

function onSameLine(ctx: Context, a: IToken | undefined, b: IToken | undefined): boolean {
    return isValid(a) && isValid(b) && lineOf(ctx.starts, a.startOffset) === lineOf(ctx.starts, b.startOffset);
}

/** The declaration or policy block a rule stack is inside, and the keyword that starts the property being written. */
function blockOf(ruleStack: readonly string[]): BlockType | undefined {
    const inner = [...ruleStack].reverse().find(rule => isDeclarationType(rule) || rule === 'Policy');
    return inner as BlockType | undefined;
}

/** The header of the declaration whose keyword is token `start`, as written: `partner Hub`, `tie Hub -- School`. */
function headerAt(ctx: Context, start: number): string {
    const keyword = ctx.tokens[start].image;
    if (keyword === 'tie') return ctx.tokens.slice(start, start + 4).map(t => t.image).join(' ');
    return `${keyword} ${ctx.tokens[start + 1]?.image ?? ''}`.trim();
}

/** The header of the nearest declaration of `type` before token `index`. */
function headerBefore(ctx: Context, index: number, type: BlockType): string {
    const word = DECLARATION_FACTS[type].word;
    for (let i = Math.min(index, ctx.tokens.length) - 1; i >= 0 && i >= index - LOOK_BACK * 20; i--) {
        if (ctx.tokens[i].image === word && typeOf(ctx.tokens[i]) === word) return headerAt(ctx, i);
    }
    return word;
}

/** The last of the names on the line of token `index` that follow it one after another (`North Community Center`). */
function lastOfNameRun(ctx: Context, index: number): number {
    let last = index;
    while (last + 1 < ctx.tokens.length && typeOf(ctx.tokens[last + 1]) === 'ID' && onSameLine(ctx, ctx.tokens[last + 1], ctx.tokens[index])) last++;
    return last;
}

/** The property keyword that starts the line of token `index` inside a block, if any. */
function lineKeyword(ctx: Context, index: number, type: BlockType | undefined): IToken | undefined {
    const keywords = new Set(type ? propertyKeywords(type) : []);
    for (let i = index; i >= 0 && i > index - LOOK_BACK; i--) {
        const token = ctx.tokens[i];
        if (!onSameLine(ctx, token, ctx.tokens[index])) break;
        if (keywords.has(token.image) && typeOf(token) === token.image) return token;
    }
    return undefined;
}

/** The text of a date-like run (`10/15/2026`, `2026/10/15`, `15 October 2026`) and what it is in YYYY-MM-DD. */
function dateAdvice(ctx: Context, start: number): { end: number; advice: string } {
    const line = ctx.text.slice(start, Math.min(endOfLine(ctx.text, start, ctx.starts), start + 40));
    const pad = (n: string) => n.padStart(2, '0');
    let m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(line);
    if (m) {
        const [, a, b, y] = m;
        const end = start + m[0].length;
        if (Number(a) > 12 && Number(b) <= 12) return { end, advice: `Write dates as YYYY-MM-DD: ${y}-${pad(b)}-${pad(a)}.` };
        if (Number(b) > 12 && Number(a) <= 12) return { end, advice: `Write dates as YYYY-MM-DD: ${y}-${pad(a)}-${pad(b)}.` };
        if (a === b) return { end, advice: `Write dates as YYYY-MM-DD: ${y}-${pad(a)}-${pad(b)}.` };
        return { end, advice: `Write dates as YYYY-MM-DD: ${y}-${pad(a)}-${pad(b)} if ${m[0]} is month/day, ${y}-${pad(b)}-${pad(a)} if it is day/month.` };
    }
    m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b/.exec(line);
    if (m) return { end: start + m[0].length, advice: `Write dates as YYYY-MM-DD: ${m[1]}-${pad(m[2])}-${pad(m[3])}.` };
    m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(line);
    const month = (word: string) => MONTH_NAMES.findIndex(name => name.toLowerCase().startsWith(word.toLowerCase()) && word.length >= 3) + 1;
    if (m && month(m[2]) > 0) return { end: start + m[0].length, advice: `Write dates as YYYY-MM-DD: ${m[3]}-${pad(String(month(m[2])))}-${pad(m[1])}.` };
    m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(line);
    if (m && month(m[1]) > 0) return { end: start + m[0].length, advice: `Write dates as YYYY-MM-DD: ${m[3]}-${pad(String(month(m[1])))}-${pad(m[2])}.` };
    const word = /^\S+/.exec(line)?.[0] ?? '';
    return { end: start + word.length, advice: `Write dates as YYYY-MM-DD, for example 2026-10-15; '${word}' is not one.` };
}

interface Translated {
    at: IToken | { startOffset: number; endOffset?: number };
    message: string;
    end?: number;
    /** Shown before where the parser noticed it (something missing at the end of a line): the slip is where it is shown. */
    backward?: boolean;
    /** The parser's recovery read everything after it right (a `}` it put in): nothing is damaged. */
    harmless?: boolean;
    /** The damage goes on to here (past the end of the line the slip is on). */
    damageTo?: number;
    /**
     * Another declaration's property in a block: when a block has several, its declaration keyword
     * is the slip (`role` typed for `network`), and the first says it for all of them.
     */
    foreign?: boolean;
}

/** The plain message of one parser error, or undefined to keep a generic one. */
function translate(ctx: Context, facts: ErrorFacts, ruleStack: readonly string[], actual: IToken | undefined): Translated {
    const { tokens } = ctx;
    const index = isValid(actual) ? indexAt(tokens, actual.startOffset) : tokens.length;
    const previous = tokens[index - 1] as IToken | undefined;
    const block = blockOf(ruleStack);
    const rule = facts.rule;
    // Something that continues a line is missing when the line ends (blocks go on over lines).
    const blockKeywords = block ? propertyKeywords(block) : [];
    const blockLevel = (rule === 'Model' || rule === block || rule === 'PolicySetting')
        && facts.expected.some(name => name === '}' || name === 'EOF' || blockKeywords.includes(name));
    const missing = !isValid(actual) || (!blockLevel && previous !== undefined && !onSameLine(ctx, previous, actual));
    const here: IToken | { startOffset: number; endOffset: number } = isValid(actual) ? actual : previous ?? { startOffset: 0, endOffset: 0 };
    const atPrevious = previous ?? here;
    const expected = facts.expected;
    const found = isValid(actual) ? actual.image : '';
    const foundType = isValid(actual) ? typeOf(actual) : 'EOF';
    const keyword = lineKeyword(ctx, index - 1, block);
    const property = keyword?.image;

    // A list that ends with a comma: `plays Host, }`.
    if (previous?.image === ',' && typeOf(previous) === ',' && (missing || foundType !== 'ID')) {
        const before = tokens[index - 2]?.image ?? '';
        return { at: previous, message: trailingComma(before) };
    }

    let amount = 'N';
    for (let i = index - 1; i >= 0 && i >= index - LOOK_BACK && onSameLine(ctx, tokens[i], previous); i--) {
        if (typeOf(tokens[i]) === 'NUMBER') {
            amount = tokens[i].image;
            break;
        }
    }

    switch (rule) {
        case 'Rate':
            if (expected.length === 1 && expected[0] === 'NUMBER') {
                const what = property ?? 'capacity';
                return { at: missing ? atPrevious : here, backward: missing, message: `'${what}' needs a number of hours: ${what} 10 hours/month${missing ? '' : `, not '${found}'`}.` };
            }
            break;
        case 'Threshold':
            if (expected.includes('NUMBER')) {
                const key = tokens[index - 1]?.image ?? 'min-trust';
                return { at: missing ? atPrevious : here, backward: missing, message: `A policy threshold is a number: ${key} 3${missing ? '' : `, not '${found}'`}.` };
            }
            break;
        case 'HourUnit':
            if (missing || found === '/') return { at: missing ? atPrevious : here, backward: missing, message: `'${amount}' needs its unit: write ${amount} hours/month, ${amount} hours/week or ${amount} hours/year.` };
            if (/^minutes?$/i.test(found)) return { at: here, message: `Time is counted in hours here (${amount} minutes is ${Number(amount) / 60 || 'N/60'} hours): write hours/month, hours/week or hours/year. Minutes are for a meeting's duration.` };
            return { at: here, message: `Unknown unit '${found}': write the time as hours/month, hours/week or hours/year (${amount} hours/month).` };
        case 'Period': {
            if (missing) return { at: atPrevious, backward: true, message: `Write the period after '/': hours/week, hours/month or hours/year.` };
            const singular = found.replace(/s$/, '');
            if (['weeks', 'months', 'years'].includes(found)) return { at: here, message: `Write the period in the singular: hours/${singular}.` };
            return { at: here, message: `Unknown period '${found}': write hours/week, hours/month or hours/year.${didYouMean(found, ['week', 'month', 'year'], SYNONYMS.Period)}` };
        }
        case 'PeriodUnit':
            if (missing) return { at: atPrevious, backward: true, message: `'every' needs a period: every week, every month, every year, or with a number, every 2 weeks or every 3 months.` };
            return { at: here, message: `Unknown period '${found}' after 'every': write every week, every month, every year, or with a number, every 2 weeks or every 3 months.${didYouMean(found, ['week', 'month', 'year'], SYNONYMS.PeriodUnit)}` };
        case 'Stage': case 'Strength': case 'Severity': case 'Purpose': case 'TrustKind': case 'DurationUnit': {
            const words = joinWords(wordsOf(rule), 'or');
            const phrase = CHOICE_PHRASES[rule];
            if (missing) return { at: atPrevious, backward: true, message: `'${previous?.image}' needs a value: ${phrase} ${words}.` };
            const noun = KEYWORD_SETS[rule].noun;
            return { at: here, message: `Unknown ${noun} '${found}': ${phrase} ${words}.${didYouMean(found, wordsOf(rule as keyof typeof KEYWORD_SETS), SYNONYMS[rule])}` };
        }
        case 'Cadence':
            if (expected.includes('every')) {
                const following = tokens[index + 1];
                const synonym = SYNONYMS.PeriodUnit[found.toLowerCase()]
                    ?? (foundType === 'NUMBER' && following && ['week', 'weeks', 'month', 'months', 'year', 'years'].includes(following.image) ? `every ${found} ${following.image}` : undefined);
                return { at: missing ? atPrevious : here, backward: missing, message: `Write a cadence with 'every': every month, every 3 months, every 2 weeks.${synonym ? ` Did you mean '${synonym}'?` : ''}` };
            }
            break;
        case 'Trust':
            if (missing) return { at: atPrevious, backward: true, message: `'trust' needs a score: a whole number from 1 to 5 (trust 4), or a score per aspect (trust reliability 4 mission 5 openness 3).` };
            return { at: here, message: `Trust is a whole number from 1 to 5 (trust 4), or a score per aspect (trust reliability 4 mission 5 openness 3), not '${found}'.${WORD.test(found.toLowerCase()) && !/^(high|low|medium)$/.test(found) ? didYouMean(found, wordsOf('TrustKind')) : ''}` };
        case 'TrustAspect':
            return { at: missing ? atPrevious : here, backward: missing, message: `Give the ${previous?.image ?? 'aspect'} score as a whole number from 1 to 5 (${previous?.image ?? 'reliability'} 4).` };
        case 'Duration':
            return { at: missing ? atPrevious : here, backward: missing, message: `Write the duration as a number of hours or minutes: duration 90 minutes, duration 2 hours.` };
        case 'Observation': case 'Target': {
            const word = rule === 'Target' ? 'by' : 'on';
            if (expected.includes('DATE')) break;
            return { at: missing ? atPrevious : here, backward: missing, message: `Write ${property ? `'${property}'` : 'it'} as a number ${word} a date: ${property ?? 'progress'} 1200 ${word} 2026-06-30.` };
        }
        default:
            break;
    }

    if (expected.length === 1 && expected[0] === 'DATE') {
        if (missing) return { at: atPrevious, backward: true, message: `'${previous?.image}' needs a date: ${previous?.image} 2026-10-15 (YYYY-MM-DD).` };
        const { end, advice } = dateAdvice(ctx, actual!.startOffset);
        return { at: here, end, message: advice };
    }

    if (rule === 'Rate' && expected.includes('/')) {
        const unit = previous?.image ?? 'hours';
        if (missing) return { at: atPrevious, backward: true, message: `'${amount} ${unit}' needs its period: write ${amount} ${unit}/month, ${amount} ${unit}/week or ${amount} ${unit}/year.` };
        const period = tokens[index + 1]?.image;
        const singular = period?.replace(/s$/, '');
        const periodWord = singular && ['week', 'month', 'year'].includes(singular) ? singular : 'month';
        const inWords = PER_WORDS.test(found);
        const end = inWords && period ? endOf(tokens[index + 1]) : undefined;
        return { at: here, end, message: `Write the rate with a slash: ${amount} ${unit}/${periodWord}${inWords ? `, not '${unit} ${found} ${period ?? periodWord}'` : ''}.` };
    }

    if (rule === 'Tie' && expected.length === 1 && expected[0] === '--') {
        const left = previous?.image ?? 'A';
        const following = tokens[index + 1];
        if (foundType === 'ID' && following?.image === '--' && onSameLine(ctx, actual, following)) {
            return { at: previous ?? here, end: endOf(actual!), message: `Names have no spaces: write ${left}${found}, as the partner is declared.` };
        }
        if (missing || foundType !== 'ID') return { at: missing ? atPrevious : here, backward: missing, message: `A tie joins two partners: tie ${left} -- Other.` };
        return { at: here, message: `Join the two partners of a tie with --: tie ${left} -- ${found}.` };
    }

    const tieLine = (rule === 'Give' || rule === 'Ask') && (expected.includes('gives') || expected.includes('asks'));
    if (tieLine || (rule === 'Tie' && expected.includes('ID') && foundType === 'ID' && !missing)) {
        // `X something` inside a tie: a line that starts with a name that is not followed by gives/asks.
        const first = tieLine ? previous! : actual!;
        const after = tieLine ? actual : tokens[index + 1];
        const next = isValid(after) && onSameLine(ctx, first, after) ? after.image : '';
        const word = tieLine ? actual! : tokens[index + 1] ?? actual!;
        // The word after the name, on its line (or, in a `gives` line, wherever the parser found it).
        const says = (words: RegExp) => words.test(next) || words.test(found);
        if (says(GIVE_WORDS)) return { at: word, message: `Write '${first.image} gives ...': the word is 'gives'.` };
        if (says(ASK_WORDS)) return { at: word, message: `Write '${first.image} asks ...': the word is 'asks'.` };
        return {
            at: first,
            message: `Unknown property '${first.image}' in ${headerBefore(ctx, index, 'Tie')}.${didYouMean(first.image, propertyKeywords('Tie'))} A tie has ${propertyList('Tie')}.`
        };
    }

    if (expected.includes('ID') && expected.length <= 2 && !(block && expected.includes('}'))) {
        const what = property ? `'${property}'` : `'${previous?.image ?? ''}'`;
        if (previous?.image === '--' && (missing || foundType !== 'ID')) {
            return { at: previous, backward: missing, message: `A tie joins two partners: write the other one after --: ${headerBefore(ctx, index, 'Tie').split(' ').slice(0, 2).join(' ')} -- Other.` };
        }
        if ((previous?.image === 'gives' || previous?.image === 'asks') && (missing || foundType !== 'ID')) {
            return { at: previous, backward: missing, message: valuesNeeded(previous.image, tokens[index - 2]?.image ?? 'Hub') };
        }
        const fact = property && block ? propertiesOf(block).find(p => p.keyword === property) : undefined;
        const kindWord = fact?.reference ? `${article(fact.reference.toLowerCase())}'s name` : 'a name';
        const ends = missing || foundType === '}';
        if (ends && property && !fact?.reference && VALUE_EXAMPLES[property]) {
            return { at: keyword!, backward: missing, message: `'${property}' needs a value: ${property} ${VALUE_EXAMPLES[property]}.` };
        }
        if (ends) return { at: atPrevious, backward: missing, message: `${what} needs ${kindWord} after it.` };
        if (foundType === 'STRING' && previous && DECLARATION_WORDS.includes(previous.image)) {
            const name = nameFromText(actual!.image.slice(1, -1));
            return { at: here, message: `A ${previous.image} needs a name before its display text: ${previous.image} ${name} ${found}.` };
        }
        if (WORD.test(found) && keywordsOfGrammar().has(found)) {
            return { at: here, message: `'${found}' is a word of the language and can't be a name: choose another, such as ${found[0].toUpperCase()}${found.slice(1)}.` };
        }
        if (foundType === 'NUMBER' || foundType === 'DATE') {
            const written = matchAt(ctx.text, actual!.startOffset, /\S{1,80}/)?.[0] ?? found;
            return { at: here, end: actual!.startOffset + written.length, message: `A name starts with a letter or _: write _${written.replace(/[^\p{L}\p{N}_-]/gu, '')}, not ${written}.` };
        }
        return { at: here, message: `Write a name after ${what}, not '${found}'.` };
    }

    if (block && (expected.includes('}') || rule === block)) {
        // Inside a block, at something that is not one of its properties.
        const header = headerBefore(ctx, index, block);
        const blockWord = DECLARATION_FACTS[block].word;
        const startsDeclaration = isValid(actual) && DECLARATION_WORDS.includes(found) && typeOf(actual) === found;
        if (!isValid(actual) || startsDeclaration) {
            const brace = openingBrace(ctx, index);
            return { at: brace ?? atPrevious, harmless: true, message: `The block of ${header} is not closed: add } after its last line.` };
        }
        const lineEnd = tokens[index - 2];
        if (!missing && previous && lineEnd && !onSameLine(ctx, lineEnd, previous)) {
            // A line that ends before its value (`gives money,`, `A gives`): the parser took the next
            // line's first word as the value, and the rest of that line makes no sense to it.
            const damageTo = endOfLine(ctx.text, actual!.startOffset, ctx.starts);
            const word = lineEnd.image;
            if (typeOf(lineEnd) === ',') return { at: lineEnd, backward: true, damageTo, message: trailingComma(tokens[index - 3]?.image ?? '') };
            if (word === 'gives' || word === 'asks') return { at: lineEnd, backward: true, damageTo, message: valuesNeeded(word, tokens[index - 3]?.image ?? 'Hub') };
            if (blockKeywords.includes(word)) {
                const example = VALUE_EXAMPLES[word];
                return { at: lineEnd, backward: true, damageTo, message: example ? `'${word}' needs a value: ${word} ${example}.` : `'${word}' needs a value on its own line.` };
            }
        }
        if (!missing && previous && typeOf(previous) !== '{' && typeOf(previous) !== '}') {
            const list = property && propertiesOf(block).some(fact => fact.keyword === property && !fact.once);
            if (list && foundType === 'ID') return { at: here, message: `Separate the items of a list with commas: ${property} ${previous.image}, ${found}.` };
            return { at: here, message: `'${found}' is one value too many after '${ctx.text.slice(keyword?.startOffset ?? previous.startOffset, endOf(previous))}': a property takes one value; put the next property on its own line.` };
        }
        if (foundType === 'ID' || (isValid(actual) && WORD.test(found))) {
            const own = propertyKeywords(block);
            const elsewhere = Object.entries(DECLARATION_FACTS).find(([type]) => type !== block && propertyKeywords(type).includes(found));
            if (DECLARATION_WORDS.includes(found)) {
                return { at: here, message: `'${found}' starts a declaration, which can't stand inside the block of ${header}: declare it after the block's }.` };
            }
            if (elsewhere && keywordsOfGrammar().has(found)) {
                return { at: here, foreign: true, message: `'${found}' is not a property of ${article(blockWord)}; ${article(blockWord)} has ${propertyList(block)}.` };
            }
            return { at: here, message: `Unknown property '${found}' in ${header}.${didYouMean(found, own)} ${article(blockWord)[0].toUpperCase()}${article(blockWord).slice(1)} has ${propertyList(block)}.` };
        }
        return { at: here, message: `'${found}' can't stand here in ${header}: ${article(blockWord)} has ${propertyList(block)}.` };
    }

    if (rule === 'Model' || facts.kind === 'rest' || expected.includes('EOF')) {
        return topLevel(ctx, index, actual);
    }

    // Whatever is left: the expected tokens in words, never token type names.
    const words = expected.map(name => TERMINAL_WORDS[name] ?? `'${name}'`).slice(0, 6);
    const list = joinWords(words, 'or');
    if (missing) return { at: atPrevious, backward: true, message: `Expected ${list} after '${previous?.image ?? ''}'.` };
    return { at: here, message: `Expected ${list} here, not ${shown(actual)}.` };
}

/** The `{` a block that was never closed opened with. */
function openingBrace(ctx: Context, index: number): IToken | undefined {
    let depth = 0;
    for (let i = index - 1; i >= 0; i--) {
        const type = typeOf(ctx.tokens[i]);
        if (type === '}') depth++;
        else if (type === '{') {
            if (depth === 0) return ctx.tokens[i];
            depth--;
        }
    }
    return undefined;
}

/** The `}` that closes the block opened at token `open` (a `{`). */
function closingBrace(ctx: Context, open: number): IToken | undefined {
    let depth = 0;
    for (let i = open; i < ctx.tokens.length; i++) {
        const type = typeOf(ctx.tokens[i]);
        if (type === '{') depth++;
        else if (type === '}' && --depth === 0) return ctx.tokens[i];
    }
    return undefined;
}

/** Something at the top level of the file that starts no declaration. */
function topLevel(ctx: Context, index: number, actual: IToken | undefined): Translated {
    const { tokens } = ctx;
    if (!isValid(actual)) return { at: tokens[tokens.length - 1] ?? { startOffset: 0, endOffset: 0 }, message: 'The file ends in the middle of a declaration.' };
    const previous = tokens[index - 1];
    const beforePrevious = tokens[index - 2];
    const found = actual.image;
    const foundType = typeOf(actual);
    // `partner North CC`: a name with spaces.
    if (foundType === 'ID' && previous && typeOf(previous) === 'ID' && beforePrevious && DECLARATION_WORDS.includes(beforePrevious.image)
        && typeOf(beforePrevious) === beforePrevious.image && onSameLine(ctx, beforePrevious, actual)) {
        const last = lastOfNameRun(ctx, index);
        const words = tokens.slice(index - 1, last + 1).map(t => t.image);
        const joined = words.join('');
        return {
            at: previous,
            end: endOf(tokens[last]),
            message: `Names have no spaces: write ${joined}, with the full name as a display text: ${beforePrevious.image} ${joined} "${words.join(' ')}".`
        };
    }
    if (foundType === 'ID' && previous && typeOf(previous) === 'ID' && beforePrevious && beforePrevious.image === '--' && onSameLine(ctx, beforePrevious, actual)) {
        const last = lastOfNameRun(ctx, index);
        const joined = tokens.slice(index - 1, last + 1).map(t => t.image).join('');
        return { at: previous, end: endOf(tokens[last]), message: `Names have no spaces: write ${joined}, as the partner is declared.` };
    }
    if (foundType === '}') return { at: actual, message: 'This } closes no block: remove it, or look above for a } too many.' };
    if (foundType === 'STRING') return { at: actual, message: `A display text comes right after the name, on the same line: partner Hub "Eastside Hub".` };
    const owner = Object.entries(DECLARATION_FACTS).find(([, fact]) => fact.properties.some(p => p.keyword === found));
    if (owner && typeOf(actual) === found) {
        let declaration: IToken | undefined;
        for (let i = index - 1; i >= 0 && i >= index - LOOK_BACK * 20 && !declaration; i--) {
            if (DECLARATION_WORDS.includes(tokens[i].image) && typeOf(tokens[i]) === tokens[i].image) declaration = tokens[i];
        }
        const hasBlock = declaration && tokens.slice(tokens.indexOf(declaration), index).some(t => typeOf(t) === '{');
        if (declaration && !hasBlock) {
            const header = headerAt(ctx, tokens.indexOf(declaration));
            return { at: actual, message: `'${found}' is outside any block: put the properties of ${header} inside { } (${header} { ${found} ... }).` };
        }
        return { at: actual, message: `'${found}' is outside any block: properties go inside the { } of a declaration (${owner[1].word} Name { ${found} ... }).` };
    }
    if (foundType === 'ID' || WORD.test(found)) {
        if (DECLARATION_WORDS.includes(found.toLowerCase())) return { at: actual, message: `Words of the language are written in lower case: ${found.toLowerCase()}, not ${found}.` };
        return { at: actual, message: `Unknown declaration '${found}'.${didYouMean(found, DECLARATION_WORDS)} Each declaration starts with ${joinWords(DECLARATION_WORDS, 'or')}.` };
    }
    return { at: actual, message: `'${found}' can't stand here: each declaration starts with ${joinWords(DECLARATION_WORDS, 'or')}.` };
}

/** The plain message of one lexer error. */
function lexerSlip(ctx: Context, error: ILexingError): Translated {
    const char = ctx.text[error.offset];
    const at = { startOffset: error.offset, endOffset: error.offset + error.length - 1 };
    if (CURLY.test(char)) return { at, message: CURLY_QUOTES };
    if (char === '"') return { at, message: 'This quoted text is not closed: a text in quotes must end with " on the same line.' };
    if (char === '\u2014' || char === '\u2013') return { at, message: `'${char}' is a dash a word processor writes: between a tie's two partners write -- (two hyphens).` };
    if (char === '-') return { at, message: "A tie joins its two partners with two hyphens (--); inside a name a hyphen stands between letters (staff-time)." };
    if (char === ':' || char === '=') return { at, message: `Write a property and its value with a space between them, without '${char}' (sector nonprofit).` };
    if (char === ';') return { at, message: "No ';' is needed: put each property on a line of its own." };
    if (char === "'" || char === '\u2018' || char === '\u2019') return { at, message: 'Use double quotes (") around a text.' };
    const code = ctx.text.codePointAt(error.offset) ?? 0;
    if (/[\p{C}\p{Z}]/u.test(String.fromCodePoint(code))) {
        return { at, message: `An invisible character (U+${code.toString(16).toUpperCase().padStart(4, '0')}) is here, probably pasted with the text: delete it.` };
    }
    const visible = `'${String.fromCodePoint(code)}'`;
    const more = error.length > 1 ? ` (and ${error.length - 1} more)` : '';
    return { at, message: `Unexpected character ${visible}${more}: names are made of letters, digits, _ and single hyphens, and texts go in double quotes.` };
}

/**
 * The slips of one document: plain messages, one per mistake. `tokens` are the lexer's tokens
 * (without comments and white space).
 */
export function plainSyntaxErrors(text: string, tokens: IToken[], lexerErrors: readonly ILexingError[], parserErrors: readonly IRecognitionException[]): Slip[] {
    const ctx: Context = { text, tokens, starts: lineStarts(text) };
    const candidates: Slip[] = [];
    const foreignBlocks = new Set<number>();
    const add = (translated: Translated, noticed: number, rules: readonly string[] = []) => {
        const offset = translated.at.startOffset;
        const origin = translated.backward ? Math.min(offset, noticed) : noticed;
        const end = translated.end ?? endOf(translated.at);
        let damageTo = translated.damageTo ?? 0;
        if (translated.foreign) {
            const brace = openingBrace(ctx, indexAt(tokens, offset));
            const closing = brace ? closingBrace(ctx, tokens.indexOf(brace)) : undefined;
            if (brace && foreignBlocks.has(brace.startOffset)) return;
            if (brace) foreignBlocks.add(brace.startOffset);
            if (closing) damageTo = endOf(closing);
        }
        const damagedEnd = translated.harmless ? origin : Math.max(endOfLine(text, origin, ctx.starts), end, damageTo);
        candidates.push({ offset, end: Math.max(end, offset), message: translated.message, origin, damagedEnd, rules,
            before: origin > 0 ? endOf(tokens[indexAt(tokens, origin) - 1] ?? { startOffset: -1, endOffset: -1 }) : 0 });
    };
    const replacement = text.indexOf('\ufffd');
    if (replacement >= 0) {
        add({
            at: { startOffset: replacement, endOffset: replacement },
            message: 'This file has characters that are not UTF-8 text (shown as \ufffd): it was probably saved as Windows-1252 or Latin-1. Save it again as UTF-8.'
        }, replacement);
    }
    for (const token of tokens) {
        if (typeOf(token) === 'STRING' && (token.image[0] !== '"' || token.image[token.image.length - 1] !== '"')) {
            add({ at: token, message: CURLY_QUOTES }, token.startOffset);
        }
    }
    for (const error of lexerErrors) {
        if (text.slice(error.offset, error.offset + error.length).includes('\ufffd')) continue;
        add(lexerSlip(ctx, error), error.offset);
    }
    for (const error of parserErrors) {
        const facts = decodeFacts(error.message);
        // The innermost rules are enough (a file of 2,000 unclosed blocks nests them 6,000 deep).
        const ruleStack = (error.context?.ruleStack ?? []).slice(-8).map(cleanName);
        const actual = isValid(error.token) ? error.token : undefined;
        const origin = actual?.startOffset ?? text.length;
        const translated = facts
            ? translate(ctx, facts, ruleStack, actual)
            : { at: actual ?? tokens[tokens.length - 1] ?? { startOffset: 0, endOffset: 0 }, message: 'The text does not follow the language here.' };
        add(translated, origin, ruleStack);
    }
    candidates.sort((a, b) => a.origin - b.origin || a.offset - b.offset);
    const kept: Slip[] = [];
    for (const slip of candidates) {
        const previous = kept[kept.length - 1];
        if (previous && slip.origin < previous.damagedEnd) {
            // An echo of the slip before: one error, but what the parser was in then counts for what it damaged.
            previous.rules = [...previous.rules, ...slip.rules];
            continue;
        }
        kept.push(slip);
    }
    return kept.sort((a, b) => a.offset - b.offset);
}
