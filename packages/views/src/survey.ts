/**
 * Trust and value surveys (`partnership survey`, `partnership import --survey`; docs/surveys.md):
 * who is asked about whom, the questions, the answers file each partner fills in (CSV), reading the
 * filled-in files back and planning what they add to the network: a `rating by …` line per answered
 * row and a `value …` line per partner rated. No file system: the CLI reads and writes. The HTML
 * form is survey-form.ts.
 *
 * CSV cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
 * get a leading apostrophe, as OWASP advises against CSV injection; reading strips it again.
 */
import { isEnded, otherEnd, type NetworkModel, type PartnerModel, type TieModel } from 'partnership-language';
import { tablesOf } from './import/tables.js';
import { ImportError } from './import/errors.js';

export type TrustAspect = 'reliability' | 'mission' | 'openness';
export type ValueAspect = 'influence' | 'involvement' | 'resources';
export type SurveyAspect = TrustAspect | ValueAspect;

export const TRUST_ASPECTS: readonly TrustAspect[] = ['reliability', 'mission', 'openness'];
export const VALUE_ASPECTS: readonly ValueAspect[] = ['influence', 'involvement', 'resources'];

/** One question: asked of each partner about each partner it has a tie with (`{partner}` is its display name). */
export interface SurveyQuestion {
    aspect: SurveyAspect;
    group: 'trust' | 'value';
    /** The question, with `{partner}` where the other side's name goes. */
    question: string;
    /** What it asks about, in a few words. */
    hint: string;
    /** What 1 and 5 mean. */
    low: string;
    high: string;
}

/** The questions, worded as docs/surveys.md gives them (close to PARTNER's trust and value items). */
export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
    {
        aspect: 'reliability', group: 'trust',
        question: 'How reliable is {partner}?',
        hint: 'Does it do what it says it will, when it says it will?',
        low: 'not reliable at all', high: 'completely reliable'
    },
    {
        aspect: 'mission', group: 'trust',
        question: 'How far does {partner} support the coalition\'s mission?',
        hint: 'Does it share the coalition\'s aims and work towards them, not only its own?',
        low: 'not at all', high: 'fully'
    },
    {
        aspect: 'openness', group: 'trust',
        question: 'How open to discussion is {partner}?',
        hint: 'Does it listen, talk difficulties through, and change course when there is reason to?',
        low: 'closed', high: 'completely open'
    },
    {
        aspect: 'influence', group: 'value',
        question: 'How much power and influence does {partner} bring to the coalition?',
        hint: 'Its standing in the community, its voice with decision-makers, its reach.',
        low: 'none', high: 'a great deal'
    },
    {
        aspect: 'involvement', group: 'value',
        question: 'How involved is {partner} in the coalition\'s work?',
        hint: 'Does it take part in meetings, decisions and the work itself?',
        low: 'hardly involved', high: 'very involved'
    },
    {
        aspect: 'resources', group: 'value',
        question: 'How much does {partner} contribute in resources?',
        hint: 'Funding, staff time, space, data, expertise, volunteers, connections.',
        low: 'nothing', high: 'a great deal'
    }
];

/** The columns of an answers file, in order. `partner_title` is there for people and is not read back. */
export const SURVEY_COLUMNS = ['network', 'respondent', 'partner', 'partner_title', ...TRUST_ASPECTS, ...VALUE_ASPECTS, 'comment'] as const;

export interface SurveyPartner {
    name: string;
    title?: string;
}

/** One partner's survey: the partners it has a tie with, each to be rated. */
export interface SurveyRequest {
    network: string;
    networkTitle?: string;
    respondent: SurveyPartner & { contact?: string };
    /** The other side of each of its ties, by name. */
    others: SurveyPartner[];
    /** The day the survey is sent out (YYYY-MM-DD), shown on the form. */
    date: string;
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function surveyPartner(network: NetworkModel, name: string): SurveyPartner {
    const title = network.partners.get(name)?.title;
    return title !== undefined && title !== '' ? { name, title } : { name };
}

/**
 * The surveys of a network: one per partner that has a tie to a partner that has not ended (`us`
 * included: its own ratings of its ties count as any partner's), its ties' other sides by name.
 * Ended partners are neither asked nor asked about. Undefined for files without a network declaration.
 */
export function surveyRequests(network: NetworkModel, date: string): SurveyRequest[] | undefined {
    const declaration = network.declaration;
    if (!declaration) return undefined;
    const others = new Map<string, Set<string>>();
    for (const tie of network.ties) {
        const left = network.partners.get(tie.left);
        const right = network.partners.get(tie.right);
        if (!left || !right || tie.left === tie.right || isEnded(left) || isEnded(right)) continue;
        for (const [a, b] of [[tie.left, tie.right], [tie.right, tie.left]]) {
            let set = others.get(a);
            if (!set) others.set(a, set = new Set());
            set.add(b);
        }
    }
    return [...others.keys()].sort(compare).map(name => {
        const partner = network.partners.get(name)!;
        return {
            network: declaration.name,
            ...(declaration.title ? { networkTitle: declaration.title } : {}),
            respondent: { ...surveyPartner(network, name), ...(partner.contact ? { contact: partner.contact } : {}) },
            others: [...others.get(name)!].sort(compare).map(other => surveyPartner(network, other)),
            date
        };
    });
}

/** A name to show: the display string, else the name. */
export function displayName(partner: SurveyPartner): string {
    return partner.title !== undefined && partner.title !== '' ? partner.title : partner.name;
}

/** The file name (without extension) of a survey: `Network-Partner`. Names are letters, digits, `_` and `-`. */
export function surveyFileBase(request: Pick<SurveyRequest, 'network' | 'respondent'>): string {
    return `${request.network}-${request.respondent.name}`;
}

/**
 * File names for all surveys, unique even where the file system ignores case or Unicode
 * normalisation (`Bank` and `bank` get `Net-Bank` and `Net-bank-2`).
 */
export function surveyFileBases(requests: readonly SurveyRequest[]): string[] {
    const taken = new Set<string>();
    return requests.map(request => {
        const base = surveyFileBase(request);
        let name = base;
        for (let n = 2; taken.has(name.normalize('NFC').toLowerCase()); n++) name = `${base}-${n}`;
        taken.add(name.normalize('NFC').toLowerCase());
        return name;
    });
}

/** Leading characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): a cell a spreadsheet would run as a formula gets a leading apostrophe;
 * a cell with a quote, comma, semicolon, line break or outer space is quoted, quotes doubled.
 * The HTML form's script writes cells by the same rule (survey-form.ts).
 */
export function csvCell(text: string): string {
    const safe = FORMULA_START.test(text) ? `'${text}` : text;
    return /[",;\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell as read back: the apostrophe `csvCell` put before a formula character removed. */
export function csvValue(cell: string): string {
    return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** CSV lines end in CRLF; the file starts with a byte-order mark so that Excel reads it as UTF-8. */
export const CSV_EOL = '\r\n';
export const CSV_BOM = '\ufeff';

/** The answers file of one survey: the header, then one row per tie with the scores and comment blank. */
export function surveyCsv(request: SurveyRequest): string {
    const rows = [SURVEY_COLUMNS.join(',')];
    for (const other of request.others) {
        const cells: string[] = [request.network, request.respondent.name, other.name, displayName(other), '', '', '', '', '', '', ''];
        rows.push(cells.map(csvCell).join(','));
    }
    return CSV_BOM + rows.join(CSV_EOL) + CSV_EOL;
}

// ---------------------------------------------------------------- reading answers back

export type Scores<A extends string> = Partial<Record<A, number>>;

/** One answered row of a filled-in file. */
export interface SurveyAnswer {
    file: string;
    /** 1-based, as a spreadsheet numbers the rows: the header is row 1, the first answer row 2. */
    row: number;
    network?: string;
    respondent: string;
    partner: string;
    trust: Scores<TrustAspect>;
    value: Scores<ValueAspect>;
    comment?: string;
}

/** A row that adds nothing, and why. `blank`: a row left empty, which is no error (a partner may skip a tie). */
export interface SurveySkip {
    file: string;
    row: number;
    reason: string;
    blank?: boolean;
}

export interface SurveyAnswers {
    answers: SurveyAnswer[];
    skipped: SurveySkip[];
    /** Rows read (the header not counted). */
    rows: number;
}

function columnKey(header: string): string {
    return header.trim().toLowerCase().replace(/[\s_-]+/g, '_');
}

/** A score as written: blank, or a whole number from 1 to 5 (`4.0`, as a spreadsheet may save it, is 4). */
function scoreOf(cell: string): number | undefined | { problem: string } {
    const text = cell.trim();
    if (text === '') return undefined;
    const match = /^(\d+)(?:[.,]0+)?$/.exec(text);
    if (!match) return { problem: `"${text}" is not a score` };
    const score = Number(match[1]);
    if (score < 1 || score > 5) return { problem: `${score} is out of range` };
    return score;
}

/**
 * The answers in a filled-in file (CSV, TSV or XLSX as the import reads them): one per row with a
 * score, rows left blank and rows with a bad score skipped with the reason. A file without a
 * `respondent` or `partner` column is an ImportError.
 */
export async function readSurveyAnswers(file: string, bytes: Uint8Array): Promise<SurveyAnswers> {
    const tables = await tablesOf(file, bytes);
    const result: SurveyAnswers = { answers: [], skipped: [], rows: 0 };
    for (const table of tables) {
        const index = new Map<string, number>();
        table.headers.forEach((header, i) => {
            const key = columnKey(csvValue(header.replace(/^\ufeff/, '')));
            if (!index.has(key)) index.set(key, i);
        });
        const missing = ['respondent', 'partner'].filter(column => !index.has(column));
        if (missing.length > 0) {
            throw new ImportError(`${file}${table.sheet ? `#${table.sheet}` : ''} is not a survey answers file: it has no ${missing.join(' or ')} column (partnership survey writes them with the columns ${SURVEY_COLUMNS.join(', ')}).`);
        }
        const where = table.sheet ? `${file}#${table.sheet}` : file;
        for (const [i, { row: line, cells }] of table.rows.entries()) {
            result.rows++;
            // A spreadsheet's row: the record's number (a comment with line breaks takes one row), the header row 1.
            const row = table.sheet ? line : i + 2;
            const cell = (column: string) => {
                const i = index.get(column);
                return i === undefined ? '' : csvValue(cells[i] ?? '').trim();
            };
            const respondent = cell('respondent');
            const partner = cell('partner');
            const comment = cell('comment');
            const trust: Scores<TrustAspect> = {};
            const value: Scores<ValueAspect> = {};
            const problems: string[] = [];
            for (const aspect of [...TRUST_ASPECTS, ...VALUE_ASPECTS]) {
                const score = scoreOf(cell(aspect));
                if (score === undefined) continue;
                if (typeof score === 'object') problems.push(`${aspect}: ${score.problem}`);
                else if ((TRUST_ASPECTS as readonly string[]).includes(aspect)) trust[aspect as TrustAspect] = score;
                else value[aspect as ValueAspect] = score;
            }
            if (problems.length > 0) {
                result.skipped.push({ file: where, row, reason: `${problems.join('; ')} (scores are whole numbers from 1 to 5, or blank)` });
                continue;
            }
            const scored = Object.keys(trust).length + Object.keys(value).length > 0;
            if (!scored) {
                result.skipped.push({ file: where, row, blank: true, reason: comment ? 'no score given (its comment is not recorded without one)' : 'left blank' });
                continue;
            }
            if (!respondent || !partner) {
                result.skipped.push({ file: where, row, reason: `no ${!respondent ? 'respondent' : 'partner'} named` });
                continue;
            }
            const network = cell('network');
            result.answers.push({
                file: where, row,
                ...(network ? { network } : {}),
                respondent, partner, trust, value,
                ...(comment ? { comment } : {})
            });
        }
    }
    return result;
}

// ---------------------------------------------------------------- what the answers add

/** A `rating by …` line to add to a tie (with a comment line before it when the row had one). */
export interface PlannedRating {
    network: NetworkModel;
    tie: TieModel;
    rater: string;
    /** The side rated. */
    rated: string;
    trust: Scores<TrustAspect>;
    date: string;
    /** The property line, e.g. `rating by A reliability 4 mission 5 openness 3 on 2026-11-02`; undefined for a row with value scores only. */
    line?: string;
    /** A `// …` line with the respondent's comment. */
    comment?: string;
    answer: SurveyAnswer;
}

/** A partner's `value …` line from the mean of the value answers it received. */
export interface PlannedValue {
    network: NetworkModel;
    partner: PartnerModel;
    value: Scores<ValueAspect>;
    /** The aspects as written after `value`, e.g. `influence 4 involvement 3 resources 5`. */
    aspects: string;
    /** How many answers each aspect's mean is of. */
    answers: Scores<ValueAspect>;
}

export interface SurveyPlan {
    ratings: PlannedRating[];
    values: PlannedValue[];
    skipped: SurveySkip[];
}

/** The longest comment kept in a file, in characters; a longer one is cut with an ellipsis. */
export const MAX_COMMENT = 500;

/**
 * A comment as one `//` line: line breaks, other control characters and bidirectional overrides
 * (which could make the file read differently from how it parses) become spaces.
 */
export function commentLine(rater: string, date: string, comment: string): string {
    // eslint-disable-next-line no-control-regex
    let text = comment.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (text.length > MAX_COMMENT) text = `${text.slice(0, MAX_COMMENT).replace(/[\ud800-\udbff]$/, '')}…`;
    return `// survey comment by ${rater} (${date}): ${text}`;
}

export function ratingLine(rater: string, trust: Scores<TrustAspect>, date: string): string | undefined {
    const parts = TRUST_ASPECTS.filter(aspect => trust[aspect] !== undefined).map(aspect => `${aspect} ${trust[aspect]}`);
    return parts.length > 0 ? `rating by ${rater} ${parts.join(' ')} on ${date}` : undefined;
}

/** Half up: a mean of 3.5 is 4. */
function roundScore(mean: number): number {
    return Math.min(5, Math.max(1, Math.floor(mean + 0.5)));
}

/**
 * What the answers add to the networks: per answer, the tie between its respondent and its partner
 * gets a rating dated `dateOf(answer)`; per partner rated, a value from the mean (rounded half up)
 * of each value aspect it received (an aspect nobody answered keeps the partner's score, if it had
 * one). Skipped, with the reason: an unknown network, respondent or partner, partners without a tie,
 * an ended partner, a second answer of one respondent about one partner (the first is kept, across
 * files too), a rating already in the files.
 */
export function planSurveyImport(networks: readonly NetworkModel[], answers: readonly SurveyAnswer[], dateOf: (answer: SurveyAnswer) => string): SurveyPlan {
    const plan: SurveyPlan = { ratings: [], values: [], skipped: [] };
    const byName = new Map<string, NetworkModel>();
    for (const network of networks) if (network.declaration && !byName.has(network.declaration.name)) byName.set(network.declaration.name, network);
    const seen = new Map<string, SurveyAnswer>();
    const skip = (answer: SurveyAnswer, reason: string) => plan.skipped.push({ file: answer.file, row: answer.row, reason });
    for (const answer of answers) {
        let network: NetworkModel | undefined;
        if (answer.network !== undefined) {
            network = byName.get(answer.network);
            if (!network) {
                skip(answer, `unknown network ${answer.network} (the files hold ${[...byName.keys()].join(', ') || 'no network'})`);
                continue;
            }
        } else if (byName.size === 1) {
            network = [...byName.values()][0];
        } else {
            skip(answer, `no network named, and the files hold ${byName.size === 0 ? 'no network' : `several: ${[...byName.keys()].join(', ')}`}`);
            continue;
        }
        const name = network.declaration!.name;
        const respondent = network.partners.get(answer.respondent);
        if (!respondent) {
            skip(answer, `unknown respondent ${answer.respondent}: no partner of that name in ${name}`);
            continue;
        }
        const rated = network.partners.get(answer.partner);
        if (!rated) {
            skip(answer, `unknown partner ${answer.partner}: no partner of that name in ${name}`);
            continue;
        }
        const tie = network.ties.find(t => (t.left === answer.respondent && t.right === answer.partner) || (t.right === answer.respondent && t.left === answer.partner));
        if (!tie || answer.respondent === answer.partner) {
            skip(answer, `${answer.respondent} and ${answer.partner} have no tie in ${name}`);
            continue;
        }
        const ended = [respondent, rated].find(partner => isEnded(partner));
        if (ended) {
            skip(answer, `${ended.name} has ended (stage ended): its ties are not surveyed`);
            continue;
        }
        const key = JSON.stringify([name, answer.respondent, answer.partner]);
        const first = seen.get(key);
        if (first) {
            skip(answer, `a second answer of ${answer.respondent} about ${answer.partner}: the one at ${first.file}:${first.row} is kept`);
            continue;
        }
        seen.set(key, answer);
        const date = dateOf(answer);
        const line = ratingLine(answer.respondent, answer.trust, date);
        if (line) {
            const same = tie.ratings.find(r => r.rater === answer.respondent && r.date === date
                && TRUST_ASPECTS.every(aspect => r[aspect] === answer.trust[aspect]));
            if (same) {
                skip(answer, `already in the files: ${answer.respondent}'s rating of ${date} with the same scores`);
                continue;
            }
        }
        plan.ratings.push({
            network, tie, rater: answer.respondent, rated: otherEnd(tie, answer.respondent), trust: answer.trust, date,
            ...(line ? { line } : {}),
            ...(answer.comment ? { comment: commentLine(answer.respondent, date, answer.comment) } : {}),
            answer
        });
    }
    // Values: per network and partner rated, the mean of each aspect over the answers kept.
    const sums = new Map<string, { network: NetworkModel; partner: PartnerModel; sum: Scores<ValueAspect>; count: Scores<ValueAspect> }>();
    for (const rating of plan.ratings) {
        const { value } = rating.answer;
        if (VALUE_ASPECTS.every(aspect => value[aspect] === undefined)) continue;
        const key = JSON.stringify([rating.network.declaration!.name, rating.rated]);
        let entry = sums.get(key);
        if (!entry) sums.set(key, entry = { network: rating.network, partner: rating.network.partners.get(rating.rated)!, sum: {}, count: {} });
        for (const aspect of VALUE_ASPECTS) {
            const score = value[aspect];
            if (score === undefined) continue;
            entry.sum[aspect] = (entry.sum[aspect] ?? 0) + score;
            entry.count[aspect] = (entry.count[aspect] ?? 0) + 1;
        }
    }
    for (const { network, partner, sum, count } of sums.values()) {
        const value: Scores<ValueAspect> = {};
        for (const aspect of VALUE_ASPECTS) {
            const n = count[aspect];
            if (n) value[aspect] = roundScore(sum[aspect]! / n);
            else if (partner.value?.[aspect] !== undefined) value[aspect] = partner.value[aspect];
        }
        const aspects = VALUE_ASPECTS.filter(aspect => value[aspect] !== undefined).map(aspect => `${aspect} ${value[aspect]}`).join(' ');
        plan.values.push({ network, partner, value, aspects, answers: count });
    }
    plan.values.sort((a, b) => compare(a.network.declaration!.name, b.network.declaration!.name) || compare(a.partner.name, b.partner.name));
    return plan;
}
