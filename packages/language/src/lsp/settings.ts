/**
 * Language server settings read at initialization: `today` (YYYY-MM-DD, for time-based rules),
 * `ruleDocsBase` (where rule documentation links point) and `sampleAbove` (from how many partners
 * betweenness is estimated rather than exact; default 2,000, 0 or a negative number for never).
 */
import type { PartnershipServices } from '../partnership-module.js';
import { setDocsBase } from '../rules/docs.js';

export interface PartnershipInitializationOptions {
    today?: string;
    ruleDocsBase?: string;
    sampleAbove?: number;
}

/** In the editor, networks above this many partners get estimated betweenness (see analysis/). */
export const EDITOR_SAMPLE_ABOVE = 2000;

export function configureFromInitialization(services: PartnershipServices): void {
    services.shared.lsp.LanguageServer.onInitialize(params => {
        const options = (params.initializationOptions ?? {}) as PartnershipInitializationOptions;
        services.network.Settings.sampleAbove = typeof options.sampleAbove === 'number'
            ? (options.sampleAbove > 0 ? options.sampleAbove : undefined)
            : EDITOR_SAMPLE_ABOVE;
        if (typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
            services.network.Settings.today = options.today;
        }
        if (typeof options.ruleDocsBase === 'string' && options.ruleDocsBase.length > 0) {
            setDocsBase(options.ruleDocsBase);
        }
    });
}
