import type { Finding, NetworkModel, RelatedLocation, Severity, TieModel } from '../model/types.js';
import type { Load } from '../model/load.js';
import type { NetworkAnalysis } from '../analysis/metrics.js';

/** Findings are model data (model/types.ts); the rules' files import them from here. */
export type { Finding, FindingFix, RelatedLocation } from '../model/types.js';

export interface RuleMeta {
    /** Stable code, also the name of the rule's file and doc page. */
    code: string;
    defaultSeverity: Severity;
    /** One line: when the rule fires. */
    summary: string;
    /** Whether the editor offers a quick fix beyond `@allow`. */
    fixable: boolean;
}

export interface RuleContext {
    network: NetworkModel;
    /** Load per partner (time accounting, docs/language.md). */
    loads: ReadonlyMap<string, Load>;
    /** A policy threshold, or its documented default. */
    threshold(key: string): number;
    /** Today's date, YYYY-MM-DD (or the `--today` override). */
    today: string;
    /** The network's metrics, computed on first use (once per network and build). */
    analysis(): NetworkAnalysis;
}

export type FindingDraft = Omit<Finding, 'code' | 'severity' | 'related'> & { related?: RelatedLocation[] };

export interface Rule {
    meta: RuleMeta;
    check(context: RuleContext, report: (finding: FindingDraft) => void): void;
    /** Set for a rule that judges each tie on its own (rules/util/tie-rule.ts): its findings are kept per tie. */
    perTie?: TieJudgement<unknown>;
}

/** How a rule judges one tie, and what that judgement depends on (rules/util/tie-rule.ts). */
export interface TieJudgement<S> {
    /**
     * What every tie's judgement reads besides the tie (thresholds, today, network-level defaults):
     * `value` is handed to checkTie, `key` spells it out (and whatever else of the network the
     * findings read, such as the locations they point to). Undefined: the rule judges nothing.
     */
    prepare(context: RuleContext): { key: string; value: S } | undefined;
    checkTie(tie: TieModel, prepared: S, context: RuleContext, report: (finding: FindingDraft) => void): void;
}
