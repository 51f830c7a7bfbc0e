import type { Finding, NetworkModel, RelatedLocation, Severity } from '../model/types.js';
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
}
