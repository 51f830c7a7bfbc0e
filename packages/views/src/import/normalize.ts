/**
 * Imported records → the three files' text, in the canonical layout, with a note for everything
 * written differently from the source and everything left out (never dropped silently):
 *
 * - Names: a name as written when it is one; else made from the display string
 *   ("St. Mark's Church Pantry" → StMarksChurchPantry, the original kept as the title); two
 *   partners that come to one name get a suffix (…2) and a note. A partner listed twice (the same
 *   name and title) is read once: the later row is left out, with a note.
 * - References (ties' partners, plays, serves, invites...) by name, title or display string, any
 *   case; an unknown one gets a did-you-mean when one is close, and is left out.
 * - Vocabularies: sectors, values, stages and strengths as the language spells them, mapped from
 *   common words ("NGO" → nonprofit, "money" → funding, "paused" → dormant) or a close spelling.
 * - Hours: "10", "10 h/week", "120 hours per year" → `10 hours/month`, `10 hours/week`,
 *   `120 hours/year` (a bare number is a month's, unless the column says per week or year).
 * - Dates as YYYY-MM-DD (a spreadsheet's date cells come as that); others are left out, with a note.
 */
import { isName, isValidDate, nameFromText, SECTORS, suggest, VALUES } from 'partnership-language';
import { ImportError } from './errors.js';
import type { Cell, ImportedNetwork, ImportNote, SourceRef } from './model.js';

export interface ImportedFiles {
    /** File name → text; only files with something in them (network.partnership always). */
    files: Record<string, string>;
    notes: ImportNote[];
    counts: { partners: number; ties: number; roles: number; goals: number; meetings: number };
}

export interface NormalizeOptions {
    /** Network name, title, us and budget from the command line, over what the files say. */
    name?: string;
    title?: string;
    us?: string;
    budget?: string;
    /** The name when neither the flags nor the files give one (from the output folder). */
    fallbackName: string;
}

const SECTOR_WORDS: Record<string, string> = {
    nonprofit: 'nonprofit', 'non-profit': 'nonprofit', 'not-for-profit': 'nonprofit', ngo: 'nonprofit', charity: 'nonprofit', npo: 'nonprofit', 'social service': 'nonprofit', 'social services': 'nonprofit',
    government: 'government', gov: 'government', govt: 'government', public: 'government', 'public sector': 'government', city: 'government', county: 'government', state: 'government', municipal: 'government', agency: 'government',
    education: 'education', school: 'education', schools: 'education', university: 'education', college: 'education', 'k-12': 'education',
    research: 'research', academic: 'research', 'research institute': 'research',
    healthcare: 'healthcare', health: 'healthcare', 'health care': 'healthcare', hospital: 'healthcare', clinic: 'healthcare', 'public health': 'healthcare',
    business: 'business', company: 'business', private: 'business', 'private sector': 'business', 'for-profit': 'business', corporate: 'business', employer: 'business',
    faith: 'faith', 'faith-based': 'faith', church: 'faith', religious: 'faith', congregation: 'faith', mosque: 'faith', synagogue: 'faith', temple: 'faith',
    'community-group': 'community-group', community: 'community-group', 'community group': 'community-group', 'community organization': 'community-group', 'community organisation': 'community-group', grassroots: 'community-group', cbo: 'community-group', association: 'community-group',
    philanthropy: 'philanthropy', foundation: 'philanthropy', funder: 'philanthropy', donor: 'philanthropy',
    media: 'media', press: 'media', radio: 'media', newspaper: 'media', tv: 'media',
    resident: 'resident', residents: 'resident', individual: 'resident', person: 'resident', 'community member': 'resident', volunteer: 'resident'
};

const VALUE_WORDS: Record<string, string> = {
    money: 'funding', funds: 'funding', grant: 'funding', grants: 'funding', financial: 'funding', dollars: 'funding',
    staff: 'staff-time', 'staff time': 'staff-time', time: 'staff-time', people: 'staff-time',
    volunteer: 'volunteers', 'volunteer time': 'volunteers',
    'in kind': 'in-kind', inkind: 'in-kind', goods: 'in-kind', food: 'in-kind', supplies: 'in-kind', donations: 'in-kind',
    info: 'information', knowledge: 'information', referrals: 'information',
    evidence: 'data', statistics: 'data', research: 'data',
    'lived experience': 'lived-experience', voice: 'lived-experience', 'community voice': 'lived-experience',
    expert: 'expertise', skills: 'expertise', 'technical assistance': 'expertise', training: 'expertise',
    convening: 'facilitation', coordination: 'facilitation',
    advocacy: 'influence', policy: 'influence', political: 'influence',
    network: 'connections', contacts: 'connections', introductions: 'connections', relationships: 'connections',
    venue: 'space', room: 'space', rooms: 'space', building: 'space', facilities: 'space',
    tools: 'equipment', vehicles: 'equipment', technology: 'equipment',
    publicity: 'visibility', promotion: 'visibility', outreach: 'visibility', marketing: 'visibility', reputation: 'visibility'
};

const STAGE_WORDS: Record<string, string> = {
    prospect: 'prospect', potential: 'prospect', lead: 'prospect', target: 'prospect', 'to contact': 'prospect', identified: 'prospect',
    exploring: 'exploring', 'in talks': 'exploring', talking: 'exploring', courting: 'exploring', 'getting to know': 'exploring', new: 'exploring',
    active: 'active', current: 'active', member: 'active', engaged: 'active', partner: 'active', yes: 'active',
    dormant: 'dormant', paused: 'dormant', inactive: 'dormant', 'on hold': 'dormant', quiet: 'dormant', lapsed: 'dormant',
    ended: 'ended', former: 'ended', past: 'ended', left: 'ended', closed: 'ended', withdrawn: 'ended', no: 'ended'
};

const STRENGTHS = ['weak', 'moderate', 'strong'] as const;
// A number (Kumu's strength is one): 1 weak, 2 moderate, 3 and more strong.
const STRENGTH_WORDS: Record<string, string> = { low: 'weak', '1': 'weak', medium: 'moderate', mid: 'moderate', '2': 'moderate', high: 'strong', '3': 'strong', '4': 'strong', '5': 'strong', close: 'strong' };
const STAGES = ['prospect', 'exploring', 'active', 'dormant', 'ended'];

/** A word of a vocabulary, from the word as written: exact, a known synonym, or a close spelling. */
function vocabulary(written: string, words: readonly string[], synonyms: Record<string, string>): { word?: string; how: 'same' | 'synonym' | 'spelling' | 'unknown' } {
    const key = written.trim().toLowerCase().replace(/[_\s]+/g, ' ');
    const hyphenated = key.replace(/ /g, '-');
    if (words.includes(hyphenated)) return { word: hyphenated, how: hyphenated === written ? 'same' : 'synonym' };
    const synonym = synonyms[key] ?? synonyms[hyphenated];
    if (synonym) return { word: synonym, how: 'synonym' };
    const close = suggest(hyphenated, words);
    return close ? { word: close, how: 'spelling' } : { how: 'unknown' };
}

/** Hours as the language writes them, or undefined: "10" → 10 hours/month, "2 h/week", "120 hours per year". */
export function rateOf(written: string): string | undefined {
    const match = /^\s*(\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?)?\.?\s*(?:(?:\/|per|a|an|each|every)\s*(week|wk|month|mo|year|yr|annum)s?)?\s*$/i.exec(written);
    if (!match) return undefined;
    const amount = Number(match[1].replace(',', '.'));
    const per = ({ wk: 'week', mo: 'month', yr: 'year', annum: 'year' } as Record<string, string>)[(match[2] ?? 'month').toLowerCase()] ?? (match[2] ?? 'month').toLowerCase();
    return `${amount} ${amount === 1 ? 'hour' : 'hours'}/${per}`;
}

/** A cadence: "monthly", "weekly", "quarterly", "every 2 weeks", "2 weeks", "every month". */
export function cadenceOf(written: string): string | undefined {
    const key = written.trim().toLowerCase();
    const named: Record<string, string> = {
        weekly: 'every week', biweekly: 'every 2 weeks', fortnightly: 'every 2 weeks', monthly: 'every month', bimonthly: 'every 2 months',
        quarterly: 'every 3 months', 'twice a year': 'every 6 months', biannually: 'every 6 months', yearly: 'every year', annually: 'every year', annual: 'every year'
    };
    if (named[key]) return named[key];
    const match = /^(?:every\s+)?(\d+(?:\.\d+)?)?\s*(week|month|year)s?$/.exec(key);
    if (!match) return undefined;
    const count = match[1] ? Number(match[1]) : 1;
    return count === 1 ? `every ${match[2]}` : `every ${count} ${match[2]}s`;
}

/** A meeting's duration: "2 hours", "90 minutes", "1.5" (hours), "45 min". */
export function durationOf(written: string): string | undefined {
    const match = /^\s*(\d+(?:[.,]\d+)?)\s*(h|hrs?|hours?|m|mins?|minutes?)?\s*$/i.exec(written);
    if (!match) return undefined;
    const amount = Number(match[1].replace(',', '.'));
    const minutes = match[2] !== undefined && /^m/i.test(match[2]);
    return minutes ? `${amount} ${amount === 1 ? 'minute' : 'minutes'}` : `${amount} ${amount === 1 ? 'hour' : 'hours'}`;
}

/** A date as YYYY-MM-DD: as written, or from a date-time ("2026-09-15T00:00:00"). */
export function dateOf(written: string): string | undefined {
    const match = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?$/.exec(written.trim());
    return match && isValidDate(match[1]) ? match[1] : undefined;
}

/** A string as the language quotes it. */
function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/** Turns records into files. */
export function normalize(input: ImportedNetwork, options: NormalizeOptions): ImportedFiles {
    const notes: ImportNote[] = [...input.notes];
    const note = (source: SourceRef, kind: ImportNote['kind'], message: string) => notes.push({ source, kind, message });

    // ----- names --------------------------------------------------------------------------------
    const taken = new Set<string>();
    /** A unique name for a declaration, and the title to keep when the name is not what was written. */
    const declare = (cell: Cell, title: Cell | undefined, what: string): { name: string; title?: string } => {
        const written = cell.value.trim();
        let name = isName(written) ? written.normalize('NFC') : nameFromText(written, what === 'partner' ? 'Partner' : what[0].toUpperCase() + what.slice(1));
        const keepTitle = title?.value ?? (name === written.normalize('NFC') ? undefined : written);
        if (taken.has(name)) {
            let n = 2;
            while (taken.has(`${name}${n}`)) n++;
            note(cell.source, 'changed', `${what} "${written}" is named ${name}${n}: ${name} is taken by another ${what}.`);
            name = `${name}${n}`;
        }
        // A display string made into a name is what the import is for: not noted (the title keeps it).
        taken.add(name);
        return { name, ...(keepTitle !== undefined ? { title: keepTitle } : {}) };
    };
    /**
     * Name lookup by any spelling: the name, the title, the display string, in any case, with or
     * without accents, letters and digits of any script (punctuation and spaces left out).
     */
    const lookups = { partner: new Map<string, string>(), role: new Map<string, string>(), goal: new Map<string, string>() };
    const spell = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
    const remember = (kind: keyof typeof lookups, name: string, ...spellings: Array<string | undefined>) => {
        for (const s of [name, ...spellings]) if (s && !lookups[kind].has(spell(s))) lookups[kind].set(spell(s), name);
    };
    const resolve = (kind: keyof typeof lookups, cell: Cell, context: string): string | undefined => {
        const found = lookups[kind].get(spell(cell.value));
        if (found) return found;
        const known = [...new Set(lookups[kind].values())];
        const close = suggest(cell.value.replace(/\s+/g, ''), known.map(k => k.toLowerCase()));
        const mean = close ? known.find(k => k.toLowerCase() === close) : undefined;
        note(cell.source, 'skipped', `${context}: no ${kind} "${cell.value}"${mean ? ` (did you mean ${mean}?)` : ''}: left out.`);
        return undefined;
    };
    const word = (cell: Cell, words: readonly string[], synonyms: Record<string, string>, what: string): string | undefined => {
        const found = vocabulary(cell.value, words, synonyms);
        if (!found.word) {
            note(cell.source, 'skipped', `${what} "${cell.value}" is not one the language knows (${words.join(', ')}): left out.`);
            return undefined;
        }
        // Only a change of word is worth a line: "Active" is active.
        if (found.word !== cell.value.trim().toLowerCase().replace(/[_\s]+/g, '-')) note(cell.source, 'changed', `${what} "${cell.value}" is written ${found.word}.`);
        return found.word;
    };
    const values = (cells: readonly Cell[], what: string) => [...new Set(cells.flatMap(cell => word(cell, VALUES, VALUE_WORDS, what) ?? []))];
    const rate = (cell: Cell | undefined, what: string): string | undefined => {
        if (!cell) return undefined;
        const r = rateOf(cell.value);
        if (!r) note(cell.source, 'skipped', `${what} "${cell.value}" is not hours (like 10, 10 hours/month or 2 h/week): left out.`);
        // A bare number in a column that does not say the period is read as hours a month.
        else if (/^\s*\d+([.,]\d+)?\s*$/.test(cell.value) && cell.source.row !== undefined) {
            note({ ...cell.source, row: 1 }, 'note', `${what}: numbers without a unit are read as hours a month (write "per week" or "per year" in the header or the cell otherwise).`);
        }
        return r;
    };
    const date = (cell: Cell | undefined, what: string): string | undefined => {
        if (!cell) return undefined;
        const d = dateOf(cell.value);
        if (!d) note(cell.source, 'skipped', `${what} "${cell.value}" is not a date as YYYY-MM-DD: left out.`);
        return d;
    };
    const score = (cell: Cell<number> | undefined, what: string): number | undefined => {
        if (!cell) return undefined;
        if (cell.value >= 1 && cell.value <= 5) return cell.value;
        note(cell.source, 'skipped', `${what} ${cell.value} is not a score from 1 to 5: left out.`);
        return undefined;
    };

    // ----- declarations, first the names of all, so that references resolve in any order ----------
    const goals = input.goals.map(goal => ({ goal, ...declare(goal.name, goal.title, 'goal') }));
    for (const g of goals) remember('goal', g.name, g.goal.name.value, g.title);
    const roles = input.roles.map(role => ({ role, ...declare(role.name, role.title, 'role') }));
    for (const r of roles) remember('role', r.name, r.role.name.value, r.title);

    const seen = new Map<string, SourceRef>();
    const partners = input.partners.flatMap(partner => {
        const key = `${spell(partner.name.value)}|${spell(partner.title?.value ?? '')}`;
        const first = seen.get(key);
        if (first) {
            note(partner.source, 'skipped', `partner "${partner.name.value}" is listed again (first on row ${first.row ?? '?'}): this row is left out.`);
            return [];
        }
        seen.set(key, partner.source);
        return [{ partner, ...declare(partner.name, partner.title, 'partner') }];
    });
    for (const p of partners) remember('partner', p.name, p.partner.name.value, p.title);

    // Roles that partners play but no roles table declares: declared here, with a note.
    for (const p of partners) {
        for (const played of p.partner.plays) {
            if (lookups.role.has(spell(played.value))) continue;
            const made = declare(played, undefined, 'role');
            remember('role', made.name, played.value);
            roles.push({ role: { name: played, provides: [], serves: [], source: played.source }, ...made });
            note(played.source, 'note', `role ${made.name} is declared for what partners play (no roles table names it).`);
        }
    }

    // ----- the network block ------------------------------------------------------------------
    const block = input.network;
    const networkName = options.name ?? (block.name ? declare(block.name, undefined, 'network').name : nameFromText(options.fallbackName, 'OurCoalition'));
    const networkTitle = options.title ?? block.title?.value ?? (block.name && !isName(block.name.value) ? block.name.value : undefined);
    const usCell = options.us !== undefined ? { value: options.us, source: { file: 'the --us option' } } : block.us;
    const us = usCell ? resolve('partner', usCell, 'us') : undefined;
    const budget = options.budget !== undefined ? rateOf(options.budget) : rate(block.budget, 'budget');
    if (options.budget !== undefined && !budget) throw new ImportError(`--budget: expected hours, like "40 hours/month" or "10 hours/week"; got "${options.budget}".`);

    const lines = {
        network: [] as string[],
        partners: [] as string[],
        ties: [] as string[]
    };
    const blockOf = (head: string, body: string[]) => (body.length === 0 ? `${head}\n` : `${head} {\n${body.map(line => `    ${line}`).join('\n')}\n}\n`);
    const titled = (keyword: string, name: string, title?: string) => `${keyword} ${name}${title !== undefined ? ` ${quoted(title)}` : ''}`;

    const networkBody: string[] = [];
    if (us) networkBody.push(`us ${us}`);
    else networkBody.push('// us YourOrganisation: say which partner is your organisation');
    if (budget) networkBody.push(`budget ${budget}`);
    else networkBody.push('// budget 40 hours/month: the hours your organisation can give the coalition');
    lines.network.push(blockOf(titled('network', networkName, networkTitle), networkBody));

    for (const g of goals) {
        const body: string[] = [];
        const cocreated = g.goal.cocreatedBy.flatMap(cell => resolve('partner', cell, `goal ${g.name}, co-created by`) ?? []);
        if (cocreated.length > 0) body.push(`cocreated-by ${[...new Set(cocreated)].join(', ')}`);
        const due = date(g.goal.due, 'due');
        if (due) body.push(`due ${due}`);
        const needs = values(g.goal.needs, 'value');
        if (needs.length > 0) body.push(`needs ${needs.join(', ')}`);
        if (g.goal.measure) body.push(`measure ${quoted(g.goal.measure.value)}`);
        lines.network.push(blockOf(titled('goal', g.name, g.title), body));
    }
    for (const r of roles) {
        const body: string[] = [];
        const provides = values(r.role.provides, 'value');
        if (provides.length > 0) body.push(`provides ${provides.join(', ')}`);
        const serves = r.role.serves.flatMap(cell => resolve('goal', cell, `role ${r.name}, serves`) ?? []);
        if (serves.length > 0) body.push(`serves ${[...new Set(serves)].join(', ')}`);
        if (r.role.lane) body.push(`lane ${quoted(r.role.lane.value)}`);
        const commitment = rate(r.role.commitment, 'commitment');
        if (commitment) body.push(`commitment ${commitment}`);
        lines.network.push(blockOf(titled('role', r.name, r.title), body));
    }
    const meetings = input.meetings.map(meeting => ({ meeting, ...declare(meeting.name, meeting.title, 'meeting') }));
    for (const m of meetings) {
        const body: string[] = [];
        if (m.meeting.every) {
            const every = cadenceOf(m.meeting.every.value);
            if (every) body.push(every);
            else note(m.meeting.every.source, 'skipped', `meeting ${m.name}: "${m.meeting.every.value}" is not a cadence (like monthly or every 2 weeks): left out.`);
        }
        if (m.meeting.duration) {
            const duration = durationOf(m.meeting.duration.value);
            if (duration) body.push(`duration ${duration}`);
            else note(m.meeting.duration.source, 'skipped', `meeting ${m.name}: "${m.meeting.duration.value}" is not a duration (like 2 hours or 90 minutes): left out.`);
        }
        const meetingRoles = m.meeting.roles.flatMap(cell => resolve('role', cell, `meeting ${m.name}, roles`) ?? []);
        if (meetingRoles.length > 0) body.push(`roles ${[...new Set(meetingRoles)].join(', ')}`);
        const invites = m.meeting.invites.flatMap(cell => resolve('partner', cell, `meeting ${m.name}, invites`) ?? []);
        if (invites.length > 0) body.push(`invites ${[...new Set(invites)].join(', ')}`);
        lines.network.push(blockOf(titled('meeting', m.name, m.title), body));
    }

    for (const p of partners) {
        const body: string[] = [];
        const sector = p.partner.sector && word(p.partner.sector, SECTORS, SECTOR_WORDS, 'sector');
        if (sector) body.push(`sector ${sector}`);
        const plays = [...new Set(p.partner.plays.flatMap(cell => resolve('role', cell, `partner ${p.name}, plays`) ?? []))];
        if (plays.length > 0) body.push(`plays ${plays.join(', ')}`);
        const capacity = rate(p.partner.capacity, 'capacity');
        if (capacity) body.push(`capacity ${capacity}`);
        if (p.partner.gatekeeper?.value) body.push('gatekeeper');
        const stage = p.partner.stage && word(p.partner.stage, STAGES, STAGE_WORDS, 'stage');
        const since = date(p.partner.since, 'since');
        if (stage) body.push(`stage ${stage}${since ? ` since ${since}` : ''}`);
        else if (since) note(p.partner.since!.source, 'skipped', `partner ${p.name}: a since date without a stage: left out.`);
        if (p.partner.contact) body.push(`contact ${quoted(p.partner.contact.value)}`);
        const valueParts = (['influence', 'involvement', 'resources'] as const).flatMap(kind => {
            const value = score(p.partner[kind], `partner ${p.name}: ${kind}`);
            return value === undefined ? [] : [`${kind} ${value}`];
        });
        if (valueParts.length > 0) body.push(`value ${valueParts.join(' ')}`);
        lines.partners.push(blockOf(titled('partner', p.name, p.title), body));
    }

    const tied = new Set<string>();
    let tieCount = 0;
    for (const tie of input.ties) {
        const from = resolve('partner', tie.from, 'tie');
        const to = resolve('partner', tie.to, 'tie');
        if (!from || !to) continue;
        if (from === to) {
            note(tie.source, 'skipped', `a tie of ${from} with itself: left out.`);
            continue;
        }
        const key = [from, to].sort().join(' -- ');
        if (tied.has(key)) {
            note(tie.source, 'skipped', `the tie ${from} -- ${to} is listed again: this row is left out.`);
            continue;
        }
        tied.add(key);
        const label = `tie ${from} -- ${to}`;
        const body: string[] = [];
        if (tie.strength) {
            const strength = word(tie.strength, STRENGTHS, STRENGTH_WORDS, 'strength');
            if (strength) body.push(`strength ${strength}`);
        }
        const effort = rate(tie.effort, 'effort');
        if (effort) body.push(`effort ${effort}`);
        const aspects = (['reliability', 'mission', 'openness'] as const).flatMap(aspect => {
            const value = score(tie[aspect], aspect);
            return value === undefined ? [] : [`${aspect} ${value}`];
        });
        const overall = aspects.length > 0 ? undefined : score(tie.trust, 'trust');
        const hasTrust = aspects.length > 0 || overall !== undefined;
        const asOf = hasTrust ? date(tie.trustAsOf, `${label}: trust as-of`) : undefined;
        if (!hasTrust && tie.trustAsOf) note(tie.trustAsOf.source, 'skipped', `${label}: a trust as-of date "${tie.trustAsOf.value}" without a trust: left out.`);
        const asOfText = asOf ? ` as-of ${asOf}` : '';
        if (aspects.length > 0) {
            body.push(`trust ${aspects.join(' ')}${asOfText}`);
            if (tie.trust) note(tie.trust.source, 'skipped', `${label}: an overall trust beside its aspects: the aspects are written.`);
        } else if (overall !== undefined) {
            body.push(`trust ${overall}${asOfText}`);
        }
        for (const rating of tie.ratings ?? []) {
            const rater = resolve('partner', rating.rater, `${label}, rating by`);
            if (!rater) continue;
            if (rater !== from && rater !== to) {
                note(rating.rater.source, 'skipped', `${label}: ${rater} is not one of its partners, so it can't rate it: left out.`);
                continue;
            }
            const scores = (['reliability', 'mission', 'openness'] as const).flatMap(aspect => {
                const value = score(rating[aspect], `${label}: rating by ${rater}, ${aspect}`);
                return value === undefined ? [] : [`${aspect} ${value}`];
            });
            const on = dateOf(rating.date.value);
            if (!on) {
                note(rating.date.source, 'skipped', `${label}: the rating by ${rater} is dated "${rating.date.value}", not a date as YYYY-MM-DD: left out.`);
                continue;
            }
            if (scores.length === 0) {
                note(rating.rater.source, 'skipped', `${label}: the rating by ${rater} has no score from 1 to 5 left: left out.`);
                continue;
            }
            body.push(`rating by ${rater} ${scores.join(' ')} on ${on}`);
        }
        const sides = (list: typeof tie.gives, verb: 'gives' | 'asks') => {
            const bySide = new Map<string, string[]>();
            for (const give of list) {
                const giver = resolve('partner', give.giver, `${label}, ${verb}`);
                if (!giver) continue;
                if (giver !== from && giver !== to) {
                    note(give.giver.source, 'skipped', `${label}: ${giver} is not one of its partners, so it can't ${verb === 'gives' ? 'give' : 'ask'} in it: left out.`);
                    continue;
                }
                bySide.set(giver, [...new Set([...(bySide.get(giver) ?? []), ...values(give.values, 'value')])]);
            }
            for (const [giver, vs] of bySide) if (vs.length > 0) body.push(`${giver} ${verb} ${vs.join(', ')}`);
        };
        sides(tie.gives, 'gives');
        sides(tie.asks, 'asks');
        if (tie.introducedBy) {
            const introducer = resolve('partner', tie.introducedBy, `${label}, introduced by`);
            if (introducer) body.push(`introduced-by ${introducer}`);
        }
        const last = date(tie.lastCheckin, 'last check-in');
        if (last) body.push(`last-checkin ${last}`);
        if (tie.checkin) {
            const every = cadenceOf(tie.checkin.value);
            if (every) body.push(`checkin ${every}`);
            else note(tie.checkin.source, 'skipped', `${label}: check-in "${tie.checkin.value}" is not a cadence (like every 3 months or quarterly): left out.`);
        }
        lines.ties.push(blockOf(`tie ${from} -- ${to}`, body));
        tieCount++;
    }

    const files: Record<string, string> = { 'network.partnership': lines.network.join('\n') };
    if (lines.partners.length > 0) files['partners.partnership'] = lines.partners.join('\n');
    if (lines.ties.length > 0) files['ties.partnership'] = lines.ties.join('\n');
    return { files, notes, counts: { partners: partners.length, ties: tieCount, roles: roles.length, goals: goals.length, meetings: meetings.length } };
}
