/**
 * The settings of one language service instance: what the CLI's flags or the editor's
 * initialization options set (see lsp/settings.ts), read by validation and the editor features.
 */
import type { SeveritySetting } from '../model/types.js';
import { DEFAULT_DOCS_BASE, docsUrl } from '../rules/docs.js';
import { isStructuralCode } from '../rules/structural.js';

/** Options that change findings (the date for time-based rules, severities, sampling) and where their docs are. */
export class PartnershipSettings {
    /** YYYY-MM-DD; undefined means the current date. */
    today: string | undefined;
    /**
     * Estimate betweenness from a sample of partners on networks larger than this (the editor stays
     * responsive; values are marked as estimates). Undefined: always exact (the CLI).
     */
    sampleAbove: number | undefined;
    /** Progress of the all-pairs path computation (per source partner), for long runs. */
    onAnalysisProgress: ((done: number, total: number) => void) | undefined;
    /** Rule severities from the editor's settings (the network's policy wins over them). */
    severities: ReadonlyMap<string, SeveritySetting> | undefined;
    /** Where the documentation links of diagnostics and hovers point (`ruleDocsBase`, for a fork or a mirror). */
    docsBase: string = DEFAULT_DOCS_BASE;

    /** The documentation page of a rule or structural check, under `docsBase`. */
    docsUrl(code: string): string {
        return docsUrl(code, isStructuralCode(code), this.docsBase);
    }
}
