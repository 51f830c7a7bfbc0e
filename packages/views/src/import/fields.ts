/**
 * What the graph-file and Kumu readers share: fields looked up by name whatever their case and
 * punctuation ("Introduced By", "introducedBy", "introduced_by"), values as the text they were
 * written as, lists, flags, scores, and a tie's `gives` / `asks` text (`A: funding, data; B: space`).
 */
import { roundTo, WEEKS_PER_MONTH } from 'partnership-language';
import type { Cell, ImportedGive, ImportedRating, ImportedRole, ImportNote, ImportedPartner, ImportedTie, SourceRef } from './model.js';

/** A field name without case, spaces or punctuation: "Last Check-in" → lastcheckin. */
export function fieldKey(name: string): string {
    return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Fields by fieldKey; the first of several that come to one key wins. */
export function fieldsOf(...sources: ReadonlyArray<Record<string, unknown> | undefined>): Map<string, unknown> {
    const fields = new Map<string, unknown>();
    for (const source of sources) {
        if (!source) continue;
        for (const [name, value] of Object.entries(source)) {
            const key = fieldKey(name);
            if (!fields.has(key)) fields.set(key, value);
        }
    }
    return fields;
}

/** The first of the names with a value that is not empty. */
export function field(fields: ReadonlyMap<string, unknown>, ...names: string[]): unknown {
    for (const name of names) {
        const value = fields.get(fieldKey(name));
        if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
        return value;
    }
    return undefined;
}

/** A value as the text it was written as (numbers as JS writes them, lists joined by `; `). */
export function textOf(value: unknown): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) return value.map(textOf).filter((v): v is string => v !== undefined).join('; ') || undefined;
    if (typeof value === 'object') return undefined;
    const text = String(value).trim();
    return text === '' ? undefined : text;
}

export function cellOf(value: unknown, source: SourceRef): Cell | undefined {
    const text = textOf(value);
    return text === undefined ? undefined : { value: text, source };
}

/** A list: an array as it is, a text split at `;` or `|` (and at `,` when `commas`). */
export function listOf(value: unknown, commas = false): string[] {
    const items = Array.isArray(value) ? value.map(textOf) : (textOf(value) ?? '').split(commas ? /[;|,]/ : /[;|]/);
    return items.map(item => item?.trim() ?? '').filter(Boolean);
}

const YES = new Set(['true', 'yes', 'y', '1', 'x', '✓']);
const NO = new Set(['false', 'no', 'n', '0', '']);

/** A flag: true/false, yes/no, 1/0, x; undefined for anything else (noted by the caller). */
export function flagOf(value: unknown): boolean | undefined {
    if (typeof value === 'boolean') return value;
    const text = (textOf(value) ?? '').toLowerCase();
    return YES.has(text) ? true : NO.has(text) ? false : undefined;
}

/** A number, from a number or a numeric text; undefined for anything else. */
export function numberOf(value: unknown): number | undefined {
    if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
    const text = textOf(value);
    if (text === undefined || !/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return undefined;
    return Number(text.replace(',', '.'));
}

/** At most two decimals (up to floating-point noise). */
const short = (x: number) => Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;
const hoursOf = (amount: number, per: string) => `${amount} ${amount === 1 ? 'hour' : 'hours'}/${per}`;

/**
 * Hours a month as a graph file holds them (a number), as the rate they were most likely written
 * in: 8.666… is `2 hours/week`, 3.333… `40 hours/year` (the same hours, so the same metrics); a
 * number with at most two decimals stays as it is, and text (`2 h/week`) as written.
 */
export function rateText(value: unknown, source: SourceRef): Cell | undefined {
    const hours = numberOf(value);
    if (hours === undefined || short(hours)) return cellOf(value, source);
    for (const [per, amount] of [['week', hours / WEEKS_PER_MONTH], ['year', hours * 12]] as const) {
        if (short(amount)) return { value: hoursOf(roundTo(amount, 2), per), source };
    }
    return cellOf(value, source);
}

/**
 * A tie's `gives` (or `asks`) text: `A: funding, data; B: space` (one `giver: values` per line of
 * the tie, as partnership graph writes them); a list of such lines is read the same way. A part
 * without a `giver:` is noted and left out.
 */
export function sidesOf(value: unknown, source: SourceRef, what: string, notes: ImportNote[]): ImportedGive[] {
    const sides: ImportedGive[] = [];
    for (const part of listOf(value)) {
        const colon = part.indexOf(':');
        const giver = colon < 0 ? '' : part.slice(0, colon).trim();
        const values = colon < 0 ? [] : part.slice(colon + 1).split(',').map(v => v.trim()).filter(Boolean);
        if (!giver || values.length === 0) {
            notes.push({ source, kind: 'skipped', message: `${what} "${part}" is not written "partner: value, value": left out.` });
            continue;
        }
        sides.push({ giver: { value: giver, source }, values: values.map(v => ({ value: v, source })) });
    }
    return sides;
}

/**
 * The roles the partners play, declared once each in the order first played: a graph file or a
 * Kumu map has no list of roles of its own, so the roles are the ones its partners name.
 */
export function rolesPlayed(partners: readonly ImportedPartner[]): ImportedRole[] {
    const roles = new Map<string, ImportedRole>();
    for (const partner of partners) {
        for (const role of partner.plays) {
            if (!roles.has(role.value)) roles.set(role.value, { name: role, provides: [], serves: [], source: role.source });
        }
    }
    return [...roles.values()];
}

/** The object without its undefined properties (records hold only what the file states). */
export function defined<T extends object>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A partner's `gatekeeper` field as a flag; a value that is neither yes nor no is noted and left out. */
export function gatekeeperOf(fields: ReadonlyMap<string, unknown>, partner: string, source: SourceRef, notes: ImportNote[]): Cell<boolean> | undefined {
    const value = field(fields, 'gatekeeper');
    if (value === undefined) return undefined;
    const flag = flagOf(value);
    if (flag === undefined) {
        notes.push({ source, kind: 'skipped', message: `partner ${partner}: gatekeeper "${textOf(value)}" is not yes or no: left out.` });
        return undefined;
    }
    return { value: flag, source };
}

/** A number field, or undefined; a value that is not a number is noted (`what: name "x" is not a number`) and left out. */
function scoreField(fields: ReadonlyMap<string, unknown>, name: string, what: string, source: SourceRef, notes: ImportNote[]): Cell<number> | undefined {
    const value = field(fields, name);
    if (value === undefined) return undefined;
    const number = numberOf(value);
    if (number === undefined) {
        notes.push({ source, kind: 'skipped', message: `${what}: ${name} "${textOf(value)}" is not a number: left out.` });
        return undefined;
    }
    return { value: number, source };
}

/** A partner's `value` parts (`influence`, `involvement`, `resources`), each a number when present. */
export function partnerValueOf(fields: ReadonlyMap<string, unknown>, partner: string, source: SourceRef, notes: ImportNote[])
    : Pick<ImportedPartner, 'influence' | 'involvement' | 'resources'> {
    const what = `partner ${partner}`;
    return defined({
        influence: scoreField(fields, 'influence', what, source, notes),
        involvement: scoreField(fields, 'involvement', what, source, notes),
        resources: scoreField(fields, 'resources', what, source, notes)
    });
}

const RATING = /^([^:]*):(.*)\bon\s+(\S+)$/i;
const RATING_ASPECT = /^(reliability|mission|openness)$/i;

/**
 * A tie's `ratings` text, as partnership graph writes it (graph-export.ts, ratingsText): one
 * `rater: reliability 4 mission 5 openness 3 on 2026-06-01` per rating, joined by `;` (a list of
 * such texts is read the same way). A part written otherwise, with an aspect twice or a score that
 * is not a number, is noted and left out; the rater, the scores' range and the date are
 * normalize.ts's to check.
 */
export function ratingsOf(value: unknown, source: SourceRef, what: string, notes: ImportNote[]): ImportedRating[] {
    const ratings: ImportedRating[] = [];
    for (const part of listOf(value)) {
        const match = RATING.exec(part);
        const words = match ? match[2].trim().split(/\s+/).filter(Boolean) : [];
        const aspects = new Map<string, number>();
        let ok = match !== null && match[1].trim() !== '' && words.length > 0 && words.length % 2 === 0;
        for (let i = 0; ok && i < words.length; i += 2) {
            const aspect = words[i].toLowerCase();
            const score = numberOf(words[i + 1]);
            if (!RATING_ASPECT.test(aspect) || aspects.has(aspect) || score === undefined) ok = false;
            else aspects.set(aspect, score);
        }
        if (!ok || !match) {
            notes.push({ source, kind: 'skipped', message: `${what}: rating "${part}" is not written "partner: reliability N mission N openness N on YYYY-MM-DD": left out.` });
            continue;
        }
        const score = (aspect: string) => (aspects.has(aspect) ? { value: aspects.get(aspect)!, source } : undefined);
        ratings.push(defined({
            rater: { value: match[1].trim(), source },
            reliability: score('reliability'),
            mission: score('mission'),
            openness: score('openness'),
            date: { value: match[3], source }
        }));
    }
    return ratings;
}

/**
 * The tie between `from` and `to` from an edge's or a connection's fields. `trust` and the aspects
 * are what the rules read (partnership graph writes them for other tools): the `trust` line as
 * written where the tie has no ratings, else the ratings' mean, and then the line as written is in
 * `statedTrust` or `statedReliability` / `statedMission` / `statedOpenness` (absent: no line). With
 * aspects, `trust` is their mean: the aspects are what was stated.
 */
export function tieOf(fields: ReadonlyMap<string, unknown>, from: string, to: string, source: SourceRef, notes: ImportNote[]): ImportedTie {
    const what = `tie ${from} -- ${to}`;
    const cell = (value: unknown) => cellOf(value, source);
    const score = (name: string) => scoreField(fields, name, what, source, notes);
    const ratings = ratingsOf(field(fields, 'ratings'), source, what, notes);
    const stated = ['statedTrust', 'statedReliability', 'statedMission', 'statedOpenness'].some(name => field(fields, name) !== undefined);
    // Rated, without a stated line: `trust` and the aspects are the ratings' mean, not a line of the tie.
    const derived = ratings.length > 0 || field(fields, 'ratings') !== undefined;
    const [trustField, reliabilityField, missionField, opennessField] = stated
        ? ['statedTrust', 'statedReliability', 'statedMission', 'statedOpenness']
        : ['trust', 'reliability', 'mission', 'openness'];
    const read = stated || !derived;
    const reliability = read ? score(reliabilityField) : undefined;
    const mission = read ? score(missionField) : undefined;
    const openness = read ? score(opennessField) : undefined;
    const aspects = reliability ?? mission ?? openness;
    return defined({
        from: { value: from, source },
        to: { value: to, source },
        effort: rateText(field(fields, 'effort'), source),
        strength: cell(field(fields, 'strength')),
        trust: aspects || !read ? undefined : score(trustField),
        reliability,
        mission,
        openness,
        trustAsOf: cell(field(fields, 'trust as-of')),
        ratings: ratings.length > 0 ? ratings : undefined,
        gives: sidesOf(field(fields, 'gives'), source, `${what}: gives`, notes),
        asks: sidesOf(field(fields, 'asks'), source, `${what}: asks`, notes),
        introducedBy: cell(field(fields, 'introduced by')),
        lastCheckin: cell(field(fields, 'last check-in')),
        checkin: cell(field(fields, 'check-in')),
        source
    });
}
