/**
 * Language server settings read at initialization: `today` (YYYY-MM-DD, for time-based rules),
 * `ruleDocsBase` (where rule documentation links point) and `sampleAbove` (from how many partners
 * betweenness is estimated rather than exact; default 2,000, 0 or a negative number for never) and
 * `rules` (rule code → severity, below the network's own policy).
 */
import type { PartnershipServices } from '../partnership-module.js';
import { RULES_BY_CODE } from '../rules/index.js';
import type { SeveritySetting } from '../model/types.js';
import { isValidDate } from '../utils/dates.js';

const SEVERITIES: ReadonlyArray<string> = ['error', 'warning', 'info', 'off'] satisfies SeveritySetting[];

export interface PartnershipInitializationOptions {
    today?: string;
    ruleDocsBase?: string;
    sampleAbove?: number;
    /** Rule code → severity (`error`, `warning`, `info` or `off`), replacing the rule's default. */
    rules?: Record<string, string>;
}

/** In the editor, networks above this many partners get estimated betweenness (see analysis/). */
export const EDITOR_SAMPLE_ABOVE = 2000;

export function configureFromInitialization(services: PartnershipServices): void {
    services.shared.lsp.LanguageServer.onInitialize(params => {
        const options = (params.initializationOptions ?? {}) as PartnershipInitializationOptions;
        services.network.Settings.sampleAbove = typeof options.sampleAbove === 'number'
            ? (options.sampleAbove > 0 ? options.sampleAbove : undefined)
            : EDITOR_SAMPLE_ABOVE;
        if (typeof options.today === 'string' && isValidDate(options.today)) {
            services.network.Settings.today = options.today;
        }
        if (options.rules && typeof options.rules === 'object') {
            const severities = new Map<string, SeveritySetting>();
            for (const [code, severity] of Object.entries(options.rules)) {
                if (RULES_BY_CODE.has(code) && SEVERITIES.includes(severity)) severities.set(code, severity as SeveritySetting);
            }
            services.network.Settings.severities = severities.size > 0 ? severities : undefined;
        }
        if (typeof options.ruleDocsBase === 'string' && options.ruleDocsBase.length > 0) {
            services.network.Settings.docsBase = options.ruleDocsBase;
        }
    });
}
