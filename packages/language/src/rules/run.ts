/**
 * Runs the rule catalog over one network: applies policy severities (`rule CODE off|info|...`)
 * and `// @allow CODE` suppressions, and returns the findings sorted by location.
 */
import type { NetworkModel, Severity, SeveritySetting, TieModel } from '../model/types.js';
import { elementOf } from '../model/network.js';
import { localToday } from '../utils/dates.js';
import { computeLoads, type Load } from '../model/load.js';
import { analyzeNetwork, type AnalysisOptions, type NetworkAnalysis } from '../analysis/index.js';
import type { Finding, FindingDraft, Rule, RuleContext } from './types.js';
import { THRESHOLDS_BY_KEY } from './policy.js';
import { sameFinding } from '../utils/deep-equal.js';

export interface RunOptions {
    /** Today's date as YYYY-MM-DD; defaults to the local date. */
    today?: string;
    /** How to compute metrics (e.g. estimate betweenness on large networks in the editor). */
    analysis?: AnalysisOptions;
    /**
     * Severities chosen outside the network (the editor's `partnership.rules` setting): they replace
     * a rule's default, and the network's own `policy { rule CODE ... }` still wins over them.
     */
    severities?: ReadonlyMap<string, SeveritySetting>;
    /**
     * Keeps the findings of the rules that judge each tie on its own between runs (the language
     * server keeps one per workspace): a tie whose model and rule key are unchanged gets its last
     * findings back, the same objects.
     */
    memo?: RuleMemo;
}

/** One rule's findings for one tie, and the key they were judged under. */
interface TieEntry {
    key: string;
    findings: Finding[];
}

/** No findings: one shared array, so that a tie without findings allocates nothing. */
const NONE: Finding[] = [];
Object.freeze(NONE);

/**
 * What a network's last run left for the next run of the same network: the findings of each rule
 * that judges the network whole, and each document's findings in run order and sorted.
 */
interface NetworkEntry {
    byRule: Map<string, Finding[]>;
    byUri: Map<string, { input: Finding[]; sorted: Finding[] }>;
    /** Per per-tie rule (its memo index), each document's ties and their findings under a key. */
    chunks: Array<Map<string, TieChunk> | undefined>;
}

/** One document's ties (the model objects, in order), the key they were judged under, and their findings. */
interface TieChunk {
    ties: readonly TieModel[];
    key: string;
    findings: Finding[];
}

/**
 * The findings of per-tie rules (rules/util/tie-rule.ts), per tie and rule. An entry is reused
 * while the tie is the same object (its file was not re-parsed, model/build.ts) and the rule's
 * prepared key (with its severity) spells the same: the findings are a function of exactly those.
 *
 * Per network it also keeps the last run's findings, so that every finding equal to one of the last
 * run is that same object: then a document whose findings are the same objects in the same order
 * gets its last sorted array back without sorting or comparing again (runNetworkSteps).
 */
export class RuleMemo {
    private readonly ties = new WeakMap<TieModel, Array<TieEntry | undefined>>();
    private readonly rules = new Map<string, number>();
    /** The last key of each rule: an equal key is replaced by it, so that comparing keys compares references. */
    private readonly keys: string[] = [];
    private readonly networks = new Map<string, NetworkEntry>();
    /** Ties judged again, and ties whose findings were reused (for tests and the bench). */
    judged = 0;
    reused = 0;
    /** Documents whose findings were sorted again, and those whose sorted findings were reused. */
    sorted = 0;
    kept = 0;

    /** The slot of a rule in each tie's entries. */
    ruleIndex(code: string): number {
        let index = this.rules.get(code);
        if (index === undefined) this.rules.set(code, index = this.rules.size);
        return index;
    }

    /** The key a rule judges under, as the same string object as last time when it spells the same. */
    internKey(rule: number, key: string): string {
        const last = this.keys[rule];
        if (last === key) return last;
        this.keys[rule] = key;
        return key;
    }

    /** A tie's entries, one slot per rule. */
    entriesOf(tie: TieModel): Array<TieEntry | undefined> {
        let entries = this.ties.get(tie);
        if (!entries) this.ties.set(tie, entries = []);
        return entries;
    }

    /** The findings of a rule for a tie: the kept ones when judged under the same key, else `judge()`'s. */
    findingsOf(entries: Array<TieEntry | undefined>, rule: number, key: string, judge: () => Finding[]): Finding[] {
        const entry = entries[rule];
        if (entry !== undefined && entry.key === key) {
            this.reused++;
            return entry.findings;
        }
        this.judged++;
        const findings = judge();
        entries[rule] = { key, findings };
        return findings;
    }

    /** What the last run of a network left (created empty on its first run). */
    networkEntry(network: string): NetworkEntry {
        let entry = this.networks.get(network);
        if (!entry) this.networks.set(network, entry = { byRule: new Map(), byUri: new Map(), chunks: [] });
        return entry;
    }
}

/**
 * A rule's findings with each one equal to a finding of its last run replaced by that finding (the
 * rules that judge the network whole make new objects on every run).
 */
function reuseEqual(fresh: Finding[], last: readonly Finding[] | undefined): Finding[] {
    if (!last || last.length === 0 || fresh.length === 0) return fresh;
    const byMessage = new Map<string, Finding[]>();
    for (const finding of last) {
        const list = byMessage.get(finding.message);
        if (list) list.push(finding); else byMessage.set(finding.message, [finding]);
    }
    for (let i = 0; i < fresh.length; i++) {
        const same = byMessage.get(fresh[i].message)?.find(candidate => sameFinding(candidate, fresh[i]));
        if (same) fresh[i] = same;
    }
    return fresh;
}

export interface RunResult {
    /** Every finding, sorted by document and position. */
    findings: Finding[];
    /**
     * The findings of each document that has any, sorted. With a memo, a document whose findings are
     * the last run's objects in the same order gets the last run's array (the same object).
     */
    byUri: ReadonlyMap<string, Finding[]>;
    loads: ReadonlyMap<string, Load>;
    /** The metrics, computed now if no rule needed them yet. */
    analysis(): NetworkAnalysis;
}

/** Runs the rules and keeps what they computed (loads, metrics) for reports and the editor. */
export function runNetwork(network: NetworkModel, rules: readonly Rule[], options: RunOptions = {}): RunResult {
    const steps = runNetworkSteps(network, rules, options);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
}

/**
 * A checkpoint of runNetworkSteps: the first one hands out the run's metrics (computed on first
 * use), so that the language server can compute the costly ones in steps before the rules read them.
 */
export type RunStep = { analysis: () => NetworkAnalysis } | undefined;

/**
 * runNetwork one rule at a time: the generator yields before the first rule and after each rule (a
 * checkpoint where the language server lets a newer edit cancel this run) and returns the result.
 */
export function* runNetworkSteps(network: NetworkModel, rules: readonly Rule[], options: RunOptions = {}): Generator<RunStep, RunResult, void> {
    const loads = computeLoads(network);
    let analysis: NetworkAnalysis | undefined;
    const analysisOf = () => (analysis ??= analyzeNetwork(network, loads, options.analysis));
    const context: RuleContext = {
        network,
        loads,
        threshold: key => thresholdOf(network, key),
        today: options.today ?? localToday(),
        analysis: analysisOf
    };
    const { memo } = options;
    // What the last run of this network left: a run that is cancelled leaves it as it was.
    const last = memo?.networkEntry(options.analysis?.cacheKey ?? network.key);
    const byRule = new Map<string, Finding[]>();
    const findings: Finding[] = [];
    // The ties of each document, in order (the per-tie rules judge them a document at a time).
    let tiesByUri: Map<string, TieModel[]> | undefined;
    const tiesOfDocuments = () => (tiesByUri ??= groupByDocument(network.ties));
    yield { analysis: analysisOf };
    for (const rule of rules) {
        const setting = network.policy.severities.get(rule.meta.code) ?? options.severities?.get(rule.meta.code);
        if (setting === 'off') continue;
        const severity: Severity = setting ?? rule.meta.defaultSeverity;
        const finish = (draft: FindingDraft): Finding => ({ ...draft, code: rule.meta.code, severity, related: draft.related ?? [] });
        if (rule.perTie && memo && last) {
            judgeTies(rule, severity, context, memo, last, tiesOfDocuments(), findings, finish);
        } else {
            const found: Finding[] = [];
            rule.check(context, draft => {
                const element = draft.element && elementOf(network, draft.element.kind, draft.element.name);
                if (!element?.allowed.has(rule.meta.code)) found.push(finish(draft));
            });
            if (last) byRule.set(rule.meta.code, reuseEqual(found, last.byRule.get(rule.meta.code)));
            for (const finding of found) findings.push(finding);
        }
        yield;
    }
    const sorted = sortByDocument(findings, last?.byUri, memo);
    if (last) {
        last.byRule = byRule;
        last.byUri = sorted.kept;
    }
    return { findings: sorted.findings, byUri: sorted.byUri, loads, analysis: analysisOf };
}

/**
 * A per-tie rule's run with a memo: each tie judged again only when it or what the rule reads
 * changed. A document whose ties are the same objects as last time, judged under the same key,
 * gets its last findings back in one piece (an edit re-parses one file: the others' ties are
 * the same); the ties of any other document are looked up one by one.
 */
function judgeTies(
    rule: Rule, severity: Severity, context: RuleContext, memo: RuleMemo, last: NetworkEntry,
    tiesByUri: ReadonlyMap<string, readonly TieModel[]>, findings: Finding[], finish: (draft: FindingDraft) => Finding
): void {
    const judgement = rule.perTie!;
    const prepared = judgement.prepare(context);
    if (!prepared) return;
    const index = memo.ruleIndex(rule.meta.code);
    const key = memo.internKey(index, `${severity}\u0000${prepared.key}`);
    const { network } = context;
    const before = last.chunks[index];
    const chunks = new Map<string, TieChunk>();
    for (const [uri, ties] of tiesByUri) {
        let chunk = before?.get(uri);
        if (chunk && chunk.key === key && sameObjects(chunk.ties, ties)) {
            memo.reused += ties.length;
        } else {
            const judged: Finding[] = [];
            for (const tie of ties) {
                const own = memo.findingsOf(memo.entriesOf(tie), index, key, () => {
                    let found = NONE;
                    judgement.checkTie(tie, prepared.value, context, draft => {
                        // A finding on the tie itself is allowed by the tie's @allow (elementOf would find this
                        // tie: the model keeps one tie per name); any other by its element's.
                        const onTie = draft.element?.kind === 'tie' && draft.element.name === tie.name;
                        const element = onTie ? tie : draft.element && elementOf(network, draft.element.kind, draft.element.name);
                        if (element?.allowed.has(rule.meta.code)) return;
                        if (found === NONE) found = [];
                        found.push(finish(draft));
                    });
                    return found;
                });
                for (let k = 0; k < own.length; k++) judged.push(own[k]);
            }
            chunk = { ties, key, findings: judged };
        }
        chunks.set(uri, chunk);
        for (let k = 0; k < chunk.findings.length; k++) findings.push(chunk.findings[k]);
    }
    last.chunks[index] = chunks;
}

/** Elements (or findings) by the document they are located in, each document's in order. */
export function groupByDocument<T extends { location: { uri: string } }>(elements: readonly T[]): Map<string, T[]> {
    const byUri = new Map<string, T[]>();
    for (const element of elements) {
        const list = byUri.get(element.location.uri);
        if (list) list.push(element); else byUri.set(element.location.uri, [element]);
    }
    return byUri;
}

/**
 * A policy threshold, or its default when the policy does not set it or sets it out of range (that
 * is an `unknown-policy` error already; the rules then judge by the default).
 */
export function thresholdOf(network: NetworkModel, key: string): number {
    const spec = THRESHOLDS_BY_KEY.get(key);
    const value = network.policy.thresholds.get(key);
    if (value !== undefined && (!spec || (value >= spec.min && value <= spec.max))) return value;
    return spec?.default ?? NaN;
}

/**
 * The findings sorted as compareFindings does (stable), grouped by document first: thousands of
 * findings after every edit, and each URI compared once per document instead of once per pair. A
 * document whose findings in run order are the same objects as in `last` gets its last sorted array
 * back (they sort the same).
 */
function sortByDocument(
    findings: readonly Finding[], last: ReadonlyMap<string, { input: Finding[]; sorted: Finding[] }> | undefined, memo: RuleMemo | undefined
): { findings: Finding[]; byUri: Map<string, Finding[]>; kept: Map<string, { input: Finding[]; sorted: Finding[] }> } {
    const inputs = groupByDocument(findings);
    const uris = [...inputs.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const all: Finding[] = [];
    const byUri = new Map<string, Finding[]>();
    const kept = new Map<string, { input: Finding[]; sorted: Finding[] }>();
    for (const uri of uris) {
        const input = inputs.get(uri)!;
        const before = last?.get(uri);
        let sorted: Finding[];
        if (before && sameObjects(before.input, input)) {
            sorted = before.sorted;
            if (memo) memo.kept++;
        } else {
            sorted = input.slice().sort(comparePositions);
            if (memo) memo.sorted++;
        }
        kept.set(uri, { input, sorted });
        byUri.set(uri, sorted);
        for (const finding of sorted) all.push(finding);
    }
    return { findings: all, byUri, kept };
}

function sameObjects<T>(a: readonly T[], b: readonly T[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}

function comparePositions(a: Finding, b: Finding): number {
    const as = a.location.range.start;
    const bs = b.location.range.start;
    return as.line - bs.line || as.character - bs.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function compareFindings(a: Finding, b: Finding): number {
    const byUri = a.location.uri < b.location.uri ? -1 : a.location.uri > b.location.uri ? 1 : 0;
    return byUri || comparePositions(a, b);
}
