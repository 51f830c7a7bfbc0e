/**
 * `partnership diff <base> [head]`: what changed between two versions of a network, for a pull-request
 * comment (Markdown) or a tool (JSON, version 1; docs/cli.md).
 *
 * The comparison (diffSnapshots) is pure: it takes two lists of NetworkSnapshot (model, findings,
 * analysis) and returns a DiffResult; rendering (formatDiffMarkdown, formatDiffJson) reads only the
 * DiffResult. Loading (loadSnapshots, materialiseRef) is the only part that touches files or git.
 * Networks are matched by folder and name (two networks of one name in sibling folders are two
 * networks), elements by kind and name, ties by their unordered pair of partners, findings by rule,
 * element and message with source positions left out (layout and comments are not changes).
 */
import { execFileSync } from 'node:child_process';
import { URI } from 'langium';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Element, ElementKind, Finding, GoalModel, Hours, MeetingModel, NetworkAnalysis, NetworkModel, Observation, PartnerModel, TieModel } from 'partnership-language';
import { DECLARATION_FACTS, DECLARATION_TYPES, elementOf, elementsOf, exceeds, formatHours, isLooseGroup, LOOSE_PREFIX, modelFieldOf, pushAll, roundTo } from 'partnership-language';
import { markdownCode, markdownText } from 'partnership-views/markdown-text';
import { terminalJson } from 'partnership-views/terminal-text';
import { UsageError } from './errors.js';
import { resolveTargets } from './files.js';
import { isBroker, mermaidText } from 'partnership-views';
import { collectMetrics } from './metrics.js';
import { removeOnExit } from './cleanup.js';
import { repositoryFolder, treeAt } from './history-git.js';
import { showFolderAs } from './validate.js';

/** One side of the comparison: one network as built by the language services. */
export interface NetworkSnapshot {
    /** Network name; undefined for loose files (no network declared). */
    name?: string;
    /**
     * The network's folder (of its `network` declaration; of the files, for loose files) relative
     * to the folder compared, with `/`: `.` for that folder itself. Undefined is `.`.
     */
    folder?: string;
    title?: string;
    network: NetworkModel;
    findings: readonly Finding[];
    analysis: NetworkAnalysis;
    brokerFrom: number;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
    field: string;
    /** Display value before; null when unset. For lists, the whole list. */
    before: string | null;
    after: string | null;
    /** As shown: `effort 4 → 8 h/month`, `plays + Outreach`, `trust 4`. */
    text: string;
}

export interface ElementChange {
    network: string;
    kind: ElementKind;
    /** As written in head (in base for a removed element); a tie: `A -- B`. */
    name: string;
    change: ChangeKind;
    /** For added elements: the values set; for removed: none; for changed: the fields that differ. */
    fields: FieldChange[];
}

export interface LoadChange {
    partner: string;
    us: boolean;
    /** h/month; null when the partner is not in that side. */
    before: number | null;
    after: number | null;
    /** Capacity, or the budget for `us`; null when none. */
    limitBefore: number | null;
    limitAfter: number | null;
    overBefore: boolean;
    overAfter: boolean;
}

export interface MetricChange {
    metric: 'partners' | 'ties' | 'density' | 'sector diversity (Blau)' | 'components' | 'brokers' | 'cut vertices';
    before: number | string[] | null;
    after: number | string[] | null;
}

export interface FindingChange {
    change: 'introduced' | 'resolved' | 'changed';
    code: string;
    severity: string;
    /** `kind name`, or null for a finding not about one element. */
    element: string | null;
    message: string;
    /** For `changed`: the message before. */
    before?: string;
}

export interface NetworkDiff {
    name: string;
    /** The network's folder relative to the folder compared (`.` for that folder): with the name, what matches a network. */
    folder: string;
    /** Another network of the same name is in another folder (the heading then names the folder). */
    sharedName?: boolean;
    title: string | null;
    change: ChangeKind;
    elements: ElementChange[];
    loads: LoadChange[];
    metrics: MetricChange[];
    findings: FindingChange[];
    /** Mermaid `graph LR` of the changed neighbourhood; null when no partner or tie changed. */
    mermaid: string | null;
}

export interface DiffResult {
    version: 1;
    base: string;
    head: string;
    networks: NetworkDiff[];
}

const LOOSE = '(loose files)';
const KIND_ORDER: ElementKind[] = ['network', 'partner', 'role', 'goal', 'tie', 'meeting'];
const CHANGE_ORDER: ChangeKind[] = ['removed', 'added', 'changed'];
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const hours = (value: Hours | undefined) => (value === undefined ? undefined : `${formatHours(value.hoursPerMonth)} h/month`);
const round = (value: number) => roundTo(value, 3);

// ---------------------------------------------------------------- comparison

type Fields = Array<[field: string, value: string | string[] | undefined]>;

function tieKey(tie: Pick<TieModel, 'left' | 'right'>): string {
    return [tie.left, tie.right].sort(byString).join(' -- ');
}

function allowed(set: ReadonlySet<string>): string[] {
    return [...set].sort(byString);
}

/**
 * How the properties whose model value is not plain text are shown; every other property of the
 * facts table (model/facts.ts) is compared by its value: text as it is, a list sorted, an amount of
 * time in h/month, a cadence as written, a flag as `yes`. A new property is compared without a line here.
 */
const SHOWN_AS: Readonly<Record<string, (element: Element, network: NetworkModel) => Fields>> = {
    'Network.policies': (_d, network) => [
        ...[...network.policy.thresholds].sort((a, b) => byString(a[0], b[0])).map(([key, value]): Fields[number] => [`policy ${key}`, String(round(value))]),
        ...[...network.policy.severities].sort((a, b) => byString(a[0], b[0])).map(([code, value]): Fields[number] => [`rule ${code}`, value])
    ],
    'Meeting.cadence': m => [['every', (m as MeetingModel).perMonth === undefined ? undefined : `${round((m as MeetingModel).perMonth!)}/month`]],
    'Meeting.duration': m => [['duration', (m as MeetingModel).durationHours === undefined ? undefined : `${formatHours((m as MeetingModel).durationHours!)} h`]],
    // The trust line as written (ratings, where there are any, are compared as their own lines).
    'Tie.trust': t => {
        const trust = (t as TieModel).statedTrust;
        return [
            ['trust', trust?.overall === undefined ? undefined : String(trust.overall)],
            ...(['reliability', 'mission', 'openness'] as const).map((aspect): Fields[number] => [`trust ${aspect}`, trust?.[aspect] === undefined ? undefined : String(trust[aspect])]),
            ['trust as-of', trust?.asOf]
        ];
    },
    // Ratings as a list: a new answer is `rating + by B reliability 3 mission 4 openness 2 on 2026-06-01`.
    'Tie.ratings': t => [['rating', (t as TieModel).ratings.map(rating => `by ${rating.rater} ${(['reliability', 'mission', 'openness'] as const)
        .filter(aspect => rating[aspect] !== undefined).map(aspect => `${aspect} ${rating[aspect]}`).join(' ')} on ${rating.date}`).sort(byString)]],
    'Partner.value': p => {
        const value = (p as PartnerModel).value;
        return [['value', value === undefined ? undefined : (['influence', 'involvement', 'resources'] as const)
            .filter(kind => value[kind] !== undefined).map(kind => `${kind} ${value[kind]}`).join(' ')]];
    },
    'Goal.baseline': g => [['baseline', observation((g as GoalModel).baseline, 'on')]],
    'Goal.target': g => [['target', observation((g as GoalModel).target, 'by')]],
    // Readings as a list: a new reading is `progress + 1330 on 2026-10-30`.
    'Goal.progress': g => [['progress', (g as GoalModel).progress.map(reading => observation(reading, 'on')!).sort(byString)]],
    'Partner.stage': p => {
        const partner = p as PartnerModel;
        return [['stage', partner.stage === undefined ? undefined : `${partner.stage}${partner.stageSince ? ` since ${partner.stageSince}` : ''}`]];
    },
    'Tie.asks': element => {
        const t = element as TieModel;
        const asks = new Map<string, string[]>();
        for (const ask of t.asks) asks.set(ask.asker, [...(asks.get(ask.asker) ?? []), ...ask.values]);
        return [t.left, t.right].sort(byString).map((asker): Fields[number] => [`${asker} asks`, [...new Set(asks.get(asker) ?? [])].sort(byString)]);
    },
    'Tie.gives': element => {
        const t = element as TieModel;
        const gives = new Map<string, string[]>();
        for (const give of t.gives) gives.set(give.giver, [...(gives.get(give.giver) ?? []), ...give.values]);
        return [t.left, t.right].sort(byString).map((giver): Fields[number] => [`${giver} gives`, [...new Set(gives.get(giver) ?? [])].sort(byString)]);
    }
};

/** `1440 by 2027-12-31` */
function observation(reading: Observation | undefined, word: 'on' | 'by'): string | undefined {
    return reading ? `${reading.value} ${word} ${reading.date}` : undefined;
}

/** A model value as a display string (lists as sorted lists). */
function shownValue(value: unknown): string | string[] | undefined {
    if (value === undefined || value === false) return undefined;
    if (value === true) return 'yes';
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(String).sort(byString);
    if (typeof value === 'object' && value !== null && 'hoursPerMonth' in value) return hours(value as Hours);
    if (typeof value === 'object' && value !== null && 'text' in value) return String((value as { text: unknown }).text);
    return String(value);
}

/** The comparable fields of an element, in the facts table's order, as display strings (lists as lists). */
function fieldsOf(network: NetworkModel, kind: ElementKind, name: string): Fields | undefined {
    const element = kind === 'tie' ? network.ties.find(tie => tieKey(tie) === name) : elementOf(network, kind, kind === 'network' ? network.declaration?.name ?? '' : name);
    if (!element) return undefined;
    const type = DECLARATION_TYPES.find(t => DECLARATION_FACTS[t].kind === kind)!;
    const record = element as unknown as Record<string, unknown>;
    const fields: Fields = DECLARATION_FACTS[type].header.includes('title') ? [['title', shownValue(record.title)]] : [];
    for (const fact of DECLARATION_FACTS[type].properties) {
        const special = SHOWN_AS[`${type}.${fact.property}`];
        if (special) pushAll(fields, special(element, network));
        else fields.push([fact.keyword ?? fact.property, shownValue(record[modelFieldOf(fact)])]);
    }
    fields.push(['@allow', allowed(element.allowed)]);
    return fields;
}

const shown = (value: string | string[] | undefined): string | null =>
    value === undefined || (Array.isArray(value) && value.length === 0) ? null : Array.isArray(value) ? value.join(', ') : value;

/** `effort 4 → 8 h/month`: a shared unit is written once, after the new value. */
function arrow(field: string, before: string | null, after: string | null): string {
    if (before !== null && after !== null) {
        const unit = / (h\/month|h)$/.exec(before)?.[0];
        if (unit && after.endsWith(unit)) return `${field} ${before.slice(0, -unit.length)} → ${after}`;
    }
    return `${field} ${before ?? 'none'} → ${after ?? 'none'}`;
}

function compareFields(before: Fields, after: Fields): FieldChange[] {
    const changes: FieldChange[] = [];
    const old = new Map(before);
    const seen = new Set<string>();
    for (const [field] of [...after, ...before.filter(([f]) => !after.some(([g]) => g === f))]) {
        if (seen.has(field)) continue;
        seen.add(field);
        const a = old.get(field);
        const b = new Map(after).get(field);
        if (Array.isArray(a) || Array.isArray(b)) {
            const listA = (a as string[] | undefined) ?? [];
            const listB = (b as string[] | undefined) ?? [];
            const added = listB.filter(x => !listA.includes(x));
            const removed = listA.filter(x => !listB.includes(x));
            if (added.length === 0 && removed.length === 0) continue;
            const text = [added.length ? `+ ${added.join(', ')}` : '', removed.length ? `− ${removed.join(', ')}` : ''].filter(Boolean).join(' ');
            changes.push({ field, before: shown(a), after: shown(b), text: `${field} ${text}` });
        } else if (a !== b) {
            changes.push({ field, before: shown(a), after: shown(b), text: arrow(field, shown(a), shown(b)) });
        }
    }
    return changes;
}

function namesOf(network: NetworkModel, kind: ElementKind): Map<string, string> {
    // key → name as written (a tie's key is its unordered pair of partners)
    return new Map(elementsOf(network, kind).map(element => [element.kind === 'tie' ? tieKey(element) : element.name, element.name]));
}

function compareElements(networkName: string, base: NetworkModel | undefined, head: NetworkModel | undefined): ElementChange[] {
    const changes: ElementChange[] = [];
    for (const kind of KIND_ORDER) {
        const before = base ? namesOf(base, kind) : new Map<string, string>();
        const after = head ? namesOf(head, kind) : new Map<string, string>();
        // The network declaration is matched as one element whatever its name (the networks already match).
        if (kind === 'network' && before.size === 1 && after.size === 1) {
            const fields = compareFields(fieldsOf(base!, kind, '')!, fieldsOf(head!, kind, '')!);
            if (fields.length) changes.push({ network: networkName, kind, name: [...after.values()][0], change: 'changed', fields });
            continue;
        }
        for (const key of [...new Set([...before.keys(), ...after.keys()])].sort(byString)) {
            const a = before.has(key) ? fieldsOf(base!, kind, key) : undefined;
            const b = after.has(key) ? fieldsOf(head!, kind, key) : undefined;
            if (a && !b) changes.push({ network: networkName, kind, name: before.get(key)!, change: 'removed', fields: [] });
            else if (!a && b) changes.push({ network: networkName, kind, name: after.get(key)!, change: 'added', fields: compareFields([], b) });
            else if (a && b) {
                const fields = compareFields(a, b);
                if (fields.length) changes.push({ network: networkName, kind, name: after.get(key)!, change: 'changed', fields });
            }
        }
    }
    // Added elements list what they set: `effort 8 h/month`, `plays Outreach`.
    for (const change of changes.filter(c => c.change === 'added')) {
        change.fields = change.fields.map(f => ({ ...f, text: `${f.field} ${f.after}` }));
    }
    return changes.sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind)
        || CHANGE_ORDER.indexOf(x.change) - CHANGE_ORDER.indexOf(y.change) || byString(x.name, y.name));
}

function limitOf(snapshot: NetworkSnapshot, partner: string): number | null {
    const d = snapshot.network.declaration;
    if (d?.us === partner) return d.budget?.hoursPerMonth ?? null;
    return snapshot.analysis.byId.get(partner)?.capacity ?? null;
}

function compareLoads(base: NetworkSnapshot | undefined, head: NetworkSnapshot | undefined): LoadChange[] {
    const ids = [...new Set([...(base?.analysis.partners ?? []), ...(head?.analysis.partners ?? [])].map(p => p.id))].sort(byString);
    const us = head?.network.declaration?.us ?? base?.network.declaration?.us;
    const changes: LoadChange[] = [];
    for (const id of ids) {
        const before = base?.analysis.byId.get(id) ? round(base.analysis.byId.get(id)!.load) : null;
        const after = head?.analysis.byId.get(id) ? round(head.analysis.byId.get(id)!.load) : null;
        const limitBefore = base && before !== null ? limitOf(base, id) : null;
        const limitAfter = head && after !== null ? limitOf(head, id) : null;
        // `us` against the budget is always shown; other partners when their load or capacity changed.
        if (id !== us && before === after && limitBefore === limitAfter) continue;
        changes.push({
            partner: id, us: id === us, before, after, limitBefore, limitAfter,
            overBefore: before !== null && limitBefore !== null && exceeds(before, limitBefore),
            overAfter: after !== null && limitAfter !== null && exceeds(after, limitAfter)
        });
    }
    // `us` first, then by name.
    return changes.sort((a, b) => Number(b.us) - Number(a.us) || byString(a.partner, b.partner));
}

function structureOf(snapshot: NetworkSnapshot | undefined): Record<MetricChange['metric'], number | string[] | null> {
    const net = snapshot?.analysis.network;
    return {
        partners: net ? net.partners : null,
        ties: net ? net.ties : null,
        density: net ? round(net.density) : null,
        'sector diversity (Blau)': net ? round(net.blauIndex) : null,
        components: net ? net.components : null,
        brokers: snapshot ? snapshot.analysis.partners.filter(p => isBroker(p, snapshot.brokerFrom)).map(p => p.id).sort(byString) : null,
        'cut vertices': net ? [...net.cutVertices].sort(byString) : null
    };
}

function compareStructure(base: NetworkSnapshot | undefined, head: NetworkSnapshot | undefined): MetricChange[] {
    const a = structureOf(base);
    const b = structureOf(head);
    return (Object.keys(a) as Array<MetricChange['metric']>)
        .filter(metric => JSON.stringify(a[metric]) !== JSON.stringify(b[metric]))
        .map(metric => ({ metric, before: a[metric], after: b[metric] }));
}

function elementLabel(finding: Finding): string | null {
    return finding.element ? `${finding.element.kind} ${finding.element.name}` : null;
}

/** What a finding is about: its element's kind and name, a tie by its unordered pair of partners. */
function identityOf(finding: Finding): string {
    const element = finding.element;
    if (!element) return '';
    return `${element.kind} ${element.kind === 'tie' ? tieKey(tieEnds(element.name)) : element.name}`;
}

/**
 * A message with where things are left out: a message may name another declaration's place
 * (`already declared as a partner (partners.partnership:37:9)`), which moves when a line is added
 * above it or the file is formatted, and is not a change.
 */
export function positionFree(message: string): string {
    return message.replace(/[^\s()'"]*:\d+:\d+\b/g, '…').replace(/\s+/g, ' ').trim();
}

function compareFindings(base: readonly Finding[], head: readonly Finding[]): FindingChange[] {
    const key = (f: Finding) => `${f.code}\u0000${identityOf(f)}\u0000${positionFree(f.message)}`;
    const sorted = (list: readonly Finding[]) => [...list].sort((x, y) => byString(key(x), key(y)));
    const remaining = sorted(head);
    const resolved: Finding[] = [];
    for (const finding of sorted(base)) {
        const index = remaining.findIndex(f => key(f) === key(finding));
        if (index >= 0) remaining.splice(index, 1);
        else resolved.push(finding);
    }
    const changes: FindingChange[] = [];
    // The same rule on the same element with another message (e.g. other hours): changed.
    const introduced: Finding[] = [];
    for (const finding of remaining) {
        const index = finding.element ? resolved.findIndex(f => f.code === finding.code && identityOf(f) === identityOf(finding)) : -1;
        if (index >= 0) {
            const [old] = resolved.splice(index, 1);
            changes.push({ change: 'changed', code: finding.code, severity: finding.severity, element: elementLabel(finding), message: finding.message, before: old.message });
        } else {
            introduced.push(finding);
        }
    }
    for (const f of introduced) changes.push({ change: 'introduced', code: f.code, severity: f.severity, element: elementLabel(f), message: f.message });
    for (const f of resolved) changes.push({ change: 'resolved', code: f.code, severity: f.severity, element: elementLabel(f), message: f.message });
    const order = ['introduced', 'changed', 'resolved'];
    const severity = ['error', 'warning', 'info'];
    return changes.sort((x, y) => order.indexOf(x.change) - order.indexOf(y.change) || severity.indexOf(x.severity) - severity.indexOf(y.severity)
        || byString(x.code, y.code) || byString(x.element ?? '', y.element ?? '') || byString(x.message, y.message));
}

/** Mermaid label: quoted, escaped as in `partnership graph --format mermaid`. */
export function mermaidLabel(text: string): string {
    return `"${mermaidText(text)}"`;
}

function neighbourhood(base: NetworkModel | undefined, head: NetworkModel | undefined, elements: ElementChange[]): string | null {
    const partnerChange = new Map<string, ChangeKind>();
    const tieChange = new Map<string, ElementChange>();
    for (const change of elements) {
        if (change.kind === 'partner') partnerChange.set(change.name, change.change);
        if (change.kind === 'tie') tieChange.set(tieKey(tieEnds(change.name)), change);
    }
    if (partnerChange.size === 0 && tieChange.size === 0) return null;
    const ties = new Map<string, { left: string; right: string }>();
    for (const tie of [...(base?.ties ?? []), ...(head?.ties ?? [])]) if (!ties.has(tieKey(tie))) ties.set(tieKey(tie), tie);
    const focus = new Set<string>(partnerChange.keys());
    for (const key of tieChange.keys()) {
        const { left, right } = tieEnds(key);
        focus.add(left);
        focus.add(right);
    }
    const shownPartners = new Set(focus);
    for (const tie of ties.values()) {
        if (focus.has(tie.left)) shownPartners.add(tie.right);
        if (focus.has(tie.right)) shownPartners.add(tie.left);
    }
    const ids = [...shownPartners].sort(byString);
    const nodeId = new Map(ids.map((id, i) => [id, `p${i}`]));
    const lines = ['graph LR'];
    for (const id of ids) {
        const state = partnerChange.get(id);
        lines.push(`    ${nodeId.get(id)}[${mermaidLabel(id)}]${state ? `:::${state}` : ''}`);
    }
    const linkStyles: string[] = [];
    let link = 0;
    for (const key of [...ties.keys()].sort(byString)) {
        const tie = ties.get(key)!;
        if (!shownPartners.has(tie.left) || !shownPartners.has(tie.right)) continue;
        const change = tieChange.get(key);
        const [left, right] = [nodeId.get(tie.left)!, nodeId.get(tie.right)!];
        if (change?.change === 'changed') {
            lines.push(`    ${left} ---|${mermaidLabel(change.fields.map(f => f.text).join('; '))}| ${right}`);
        } else {
            lines.push(`    ${left} ${change?.change === 'removed' ? '-.-' : '---'} ${right}`);
        }
        if (change) linkStyles.push(`    linkStyle ${link} ${LINK_STYLE[change.change]}`);
        link++;
    }
    pushAll(lines, linkStyles);
    lines.push(
        '    classDef added fill:#e6ffed,stroke:#22863a,stroke-width:2px',
        '    classDef removed fill:#ffeef0,stroke:#cb2431,stroke-width:2px,stroke-dasharray:5 5',
        '    classDef changed fill:#fff5e6,stroke:#e36209,stroke-width:2px'
    );
    return lines.join('\n');
}

const LINK_STYLE: Record<ChangeKind, string> = {
    added: 'stroke:#22863a,stroke-width:3px',
    removed: 'stroke:#cb2431,stroke-width:2px,stroke-dasharray:5 5',
    changed: 'stroke:#e36209,stroke-width:3px'
};

function tieEnds(name: string): { left: string; right: string } {
    const [left, right] = name.split(' -- ');
    return { left, right };
}

/** Compares two sets of networks. Pure: the same snapshots always give the same result. */
export function diffSnapshots(base: readonly NetworkSnapshot[], head: readonly NetworkSnapshot[], labels: { base: string; head: string }): DiffResult {
    const nameOf = (s: NetworkSnapshot) => s.name ?? LOOSE;
    const folderOf = (s: NetworkSnapshot) => s.folder ?? '.';
    // A network is its folder and its name: same-named networks in sibling folders are compared
    // each with its own base. A network left over on both sides whose name is that of no other
    // left over moved to another folder: it is still the same network.
    const keyOf = (s: NetworkSnapshot) => `${nameOf(s)}\u0000${folderOf(s)}`;
    const heads = new Map(head.map(s => [keyOf(s), s]));
    const pairs: Array<{ a?: NetworkSnapshot; b?: NetworkSnapshot }> = [];
    const leftBase: NetworkSnapshot[] = [];
    for (const a of base) {
        const b = heads.get(keyOf(a));
        if (b) {
            pairs.push({ a, b });
            heads.delete(keyOf(a));
        } else {
            leftBase.push(a);
        }
    }
    const leftHead = [...heads.values()];
    const count = (list: readonly NetworkSnapshot[], name: string) => list.filter(s => nameOf(s) === name).length;
    for (const a of leftBase) {
        const name = nameOf(a);
        const b = count(leftBase, name) === 1 && count(leftHead, name) === 1 ? leftHead.find(s => nameOf(s) === name) : undefined;
        if (b) leftHead.splice(leftHead.indexOf(b), 1);
        pairs.push({ a, b });
    }
    for (const b of leftHead) pairs.push({ b });
    const shown = (pair: { a?: NetworkSnapshot; b?: NetworkSnapshot }) => (pair.b ?? pair.a)!;
    pairs.sort((x, y) => byString(nameOf(shown(x)), nameOf(shown(y))) || byString(folderOf(shown(x)), folderOf(shown(y))));
    const names = pairs.map(pair => nameOf(shown(pair)));
    const networks: NetworkDiff[] = [];
    for (const pair of pairs) {
        const { a, b } = pair;
        const name = nameOf(shown(pair));
        const elements = compareElements(name, a?.network, b?.network);
        const findings = compareFindings(a?.findings ?? [], b?.findings ?? []);
        if (a && b && elements.length === 0 && findings.length === 0) continue;
        networks.push({
            name,
            folder: folderOf(shown(pair)),
            ...(names.indexOf(name) !== names.lastIndexOf(name) ? { sharedName: true } : {}),
            title: shown(pair).title ?? null,
            change: !a ? 'added' : !b ? 'removed' : 'changed',
            elements,
            loads: compareLoads(a, b),
            metrics: compareStructure(a, b),
            findings,
            mermaid: neighbourhood(a?.network, b?.network, elements)
        });
    }
    return { version: 1, base: labels.base, head: labels.head, networks };
}

// ---------------------------------------------------------------- rendering

export const NO_CHANGE = 'No change to the network.';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A Markdown table. Its cells are Markdown already: our words, and display strings made safe by
 * markdownText (titles, lanes, contacts, messages) or markdownCode (names, codes), so that no cell
 * holds HTML, a mention, a line break or a `|` that would start another cell
 * (partnership-views/markdown-text).
 */
function table(header: string[], rows: string[][]): string[] {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map(row => `| ${row.join(' | ')} |`)];
}

const code = markdownCode;
const text = markdownText;

function metricValue(value: number | string[] | null): string {
    if (value === null) return '–';
    if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
    return String(value);
}

function loadValue(load: number | null, limit: number | null, us: boolean, over: boolean): string {
    if (load === null) return '–';
    return `${formatHours(load)}${limit === null ? '' : ` / ${formatHours(limit)}${us ? ' budget' : ''}`}${over ? ' ⚠ over' : ''}`;
}

function summaryOf(networks: NetworkDiff[]): string {
    const parts: string[] = [];
    const elements = networks.flatMap(n => n.elements);
    for (const kind of KIND_ORDER) {
        for (const change of CHANGE_ORDER) {
            const n = elements.filter(e => e.kind === kind && e.change === change).length;
            if (n) parts.push(`${plural(n, kind === 'network' ? 'network setting' : kind)} ${change}`);
        }
    }
    const findings = networks.flatMap(n => n.findings);
    for (const change of ['introduced', 'changed', 'resolved'] as const) {
        const n = findings.filter(f => f.change === change).length;
        if (n) parts.push(`${plural(n, 'finding')} ${change}`);
    }
    return parts.join(' · ');
}

export function formatDiffMarkdown(result: DiffResult): string {
    if (result.networks.length === 0) return `${NO_CHANGE}\n`;
    const out: string[] = ['## Partnership network diff', '', `${code(result.base)} → ${code(result.head)}: ${text(summaryOf(result.networks))}`];
    for (const network of result.networks) {
        const where = network.sharedName ? ` in ${code(network.folder === '.' ? './' : `${network.folder}/`)}` : '';
        out.push('', `### Network ${text(network.name)}${where}${network.title ? ` — ${text(network.title)}` : ''}${network.change === 'changed' ? '' : ` (${network.change})`}`);
        if (result.networks.length > 1) out.push('', text(summaryOf([network])));
        if (network.elements.length) {
            out.push('', '#### Changes', '');
            pushAll(out, table(['change', 'element', 'details'],
                network.elements.map(e => [e.change, `${e.kind} ${code(e.name)}`, text(e.fields.map(f => f.text).join('; '))])));
        }
        if (network.loads.length) {
            out.push('', '#### Load (h/month)', '');
            pushAll(out, table(['partner', 'before', 'after'], network.loads.map(l => [
                `${code(l.partner)}${l.us ? ' (us)' : ''}`,
                loadValue(l.before, l.limitBefore, l.us, l.overBefore),
                loadValue(l.after, l.limitAfter, l.us, l.overAfter)
            ])));
        }
        if (network.metrics.length) {
            out.push('', '#### Structure', '');
            pushAll(out, table(['metric', 'before', 'after'],
                network.metrics.map(m => [m.metric, text(metricValue(m.before)), text(metricValue(m.after))])));
        }
        if (network.findings.length) {
            out.push('', '#### Findings', '');
            pushAll(out, table(['', 'severity', 'rule', 'element', 'message'], network.findings.map(f => [
                f.change, f.severity, code(f.code), text(f.element ?? '–'), text(f.change === 'changed' ? `${f.before} → ${f.message}` : f.message)
            ])));
        }
        if (network.mermaid) out.push('', '#### Changed neighbourhood', '', '```mermaid', network.mermaid, '```');
    }
    return out.join('\n') + '\n';
}

/** The stable JSON document of docs/cli.md (version 1). */
export function formatDiffJson(result: DiffResult): string {
    // No change: one line.
    if (result.networks.length === 0) return terminalJson(JSON.stringify({ version: 1, base: result.base, head: result.head, changes: [], networks: [] })) + '\n';
    return terminalJson(JSON.stringify({
        version: 1,
        base: result.base,
        head: result.head,
        changes: result.networks.flatMap(n => n.elements),
        networks: result.networks.map(n => ({
            name: n.name, folder: n.folder, title: n.title, change: n.change, loads: n.loads, metrics: n.metrics, findings: n.findings, mermaid: n.mermaid
        }))
    }, null, 2)) + '\n';
}

// ---------------------------------------------------------------- loading

export interface DiffOptions {
    today?: string;
}

/** The networks of the `.partnership` files in a folder. */
export async function loadSnapshots(folder: string, options: DiffOptions = {}): Promise<NetworkSnapshot[]> {
    const targets = await resolveTargets([folder], process.cwd());
    const { reports, workspace } = await collectMetrics(targets, { today: options.today });
    const analyzer = workspace.services.Partnership.network.Analyzer;
    const top = path.resolve(folder);
    const from = statSync(top, { throwIfNoEntry: false })?.isFile() ? path.dirname(top) : top;
    return reports.map(report => {
        const result = analyzer.resultFor(report.key);
        return {
            name: report.name, folder: folderOfGroup(report.key, from), title: report.title,
            network: result.network, findings: result.findings, analysis: report.analysis, brokerFrom: report.brokerFrom
        };
    });
}

/** A network group's folder (NetworkGroups' key: the folder URI, or `loose:` and the folder URI) relative to `from`, with `/`. */
export function folderOfGroup(key: string, from: string): string {
    const folder = URI.parse(isLooseGroup(key) ? key.slice(LOOSE_PREFIX.length) : key).fsPath;
    const relative = path.relative(from, folder);
    return relative === '' ? '.' : relative.split(path.sep).join('/');
}

function git(args: string[], cwd: string): string {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/** A temporary copy of a folder as a git ref has it. */
export interface MaterialisedRef {
    /** The copy of the folder. */
    folder: string;
    /** Deletes the whole temporary tree (also done on exit and on SIGINT/SIGTERM if not called). */
    remove(): void;
}

/**
 * Writes the `.partnership` files that `ref` tracks under `folder` into a new temporary folder, at the
 * same relative place, and returns the temporary copy of `folder`. Reads only the local repository.
 * Only regular files count, as for `history` (history-git.ts): a submodule entry (gitlink) or a
 * symbolic link named `*.partnership` is not a network file. While the copy exists, messages name
 * its files as `REF:path` (the path in the repository, as `git show` takes it), never the
 * temporary folder. The caller removes the copy; if writing it fails, it is removed before the
 * error is passed on, and an interrupted run removes it on its way out (cleanup.ts).
 */
export function materialiseRef(ref: string, folder: string): MaterialisedRef {
    // A file given instead of a folder: the ref's version of that one file.
    const absolute = path.resolve(folder);
    const file = statSync(absolute, { throwIfNoEntry: false })?.isFile() ? absolute : undefined;
    const where = repositoryFolder(file ? path.dirname(file) : folder);
    const inRepository = file ? path.posix.join(where.relative, path.basename(file)) : where.relative;
    try {
        git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], where.top);
    } catch {
        throw new UsageError(`unknown git ref: ${ref}`);
    }
    const tree = treeAt(where, ref);
    if (file) for (const key of [...tree.keys()]) if (key !== inRepository) tree.delete(key);
    if (tree.size === 0) throw new UsageError(`no .partnership files in ${folder} at ${ref}`);
    const temp = realpathSync(mkdtempSync(path.join(tmpdir(), 'partnership-diff-')));
    const release = removeOnExit(temp);
    const unalias = showFolderAs(temp, `${ref}:`);
    const remove = () => {
        unalias();
        rmSync(temp, { recursive: true, force: true });
        release();
    };
    try {
        for (const [file, hash] of tree) {
            const bytes = execFileSync('git', ['cat-file', 'blob', hash], { cwd: where.top, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
            const target = path.join(temp, ...file.split('/'));
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, bytes);
        }
    } catch (error) {
        remove();
        throw error;
    }
    return { folder: path.join(temp, ...(inRepository === '' ? [] : inRepository.split('/'))), remove };
}

export interface DiffCommandOptions extends DiffOptions {
    base?: string;
    format: 'markdown' | 'json';
}

/** `partnership diff`: prints the diff and returns the exit code (0 whenever a diff is produced). */
export async function runDiff(first: string | undefined, second: string | undefined, options: DiffCommandOptions): Promise<number> {
    let baseFolder: string;
    let headFolder: string;
    let labels: { base: string; head: string };
    let materialised: MaterialisedRef | undefined;
    if (options.base !== undefined) {
        if (second !== undefined) throw new UsageError('with --base, give at most one folder (the working tree\'s network)');
        const folder = first ?? '.';
        await resolveTargets([folder], process.cwd());
        materialised = materialiseRef(options.base, folder);
        baseFolder = materialised.folder;
        headFolder = folder;
        labels = { base: `${options.base}:${folder}`, head: folder };
    } else {
        if (first === undefined) throw new UsageError('give the base folder (partnership diff <base> [head]) or --base <git-ref>');
        baseFolder = first;
        headFolder = second ?? '.';
        labels = { base: first, head: headFolder };
    }
    try {
        const base = await loadSnapshots(baseFolder, options);
        const head = await loadSnapshots(headFolder, options);
        const result = diffSnapshots(base, head, labels);
        process.stdout.write(options.format === 'json' ? formatDiffJson(result) : formatDiffMarkdown(result));
        return 0;
    } finally {
        // The ref's temporary copy goes whether the diff succeeded or not.
        materialised?.remove();
    }
}
