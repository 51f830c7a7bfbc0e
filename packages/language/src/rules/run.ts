/**
 * Runs the rule catalog over one network: applies policy severities (`rule CODE off|info|...`)
 * and `// @allow CODE` suppressions, and returns the findings sorted by location.
 */
import type { NetworkModel, Severity, SeveritySetting } from '../model/types.js';
import { elementOf } from '../model/network.js';
import { localToday } from '../utils/dates.js';
import { computeLoads, type Load } from '../model/load.js';
import { analyzeNetwork, type AnalysisOptions, type NetworkAnalysis } from '../analysis/index.js';
import type { Finding, Rule, RuleContext } from './types.js';
import { THRESHOLDS_BY_KEY } from './policy.js';

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
}

export interface RunResult {
    findings: Finding[];
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
 * runNetwork one rule at a time: the generator yields after each rule (a checkpoint where the
 * language server lets a newer edit cancel this run) and returns the result.
 */
export function* runNetworkSteps(network: NetworkModel, rules: readonly Rule[], options: RunOptions = {}): Generator<void, RunResult, void> {
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
    const findings: Finding[] = [];
    for (const rule of rules) {
        const setting = network.policy.severities.get(rule.meta.code) ?? options.severities?.get(rule.meta.code);
        if (setting === 'off') continue;
        const severity: Severity = setting ?? rule.meta.defaultSeverity;
        rule.check(context, draft => {
            const element = draft.element && elementOf(network, draft.element.kind, draft.element.name);
            if (element?.allowed.has(rule.meta.code)) return;
            findings.push({ ...draft, code: rule.meta.code, severity, related: draft.related ?? [] });
        });
        yield;
    }
    return { findings: findings.sort(compareFindings), loads, analysis: analysisOf };
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

export function compareFindings(a: Finding, b: Finding): number {
    const byUri = a.location.uri < b.location.uri ? -1 : a.location.uri > b.location.uri ? 1 : 0;
    if (byUri !== 0) return byUri;
    const as = a.location.range.start;
    const bs = b.location.range.start;
    return as.line - bs.line || as.character - bs.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
