/**
 * Language server settings read at initialization: `today` (YYYY-MM-DD, for time-based rules)
 * and `ruleDocsBase` (where rule documentation links point).
 */
import type { PartnershipServices } from '../partnership-module.js';
import { setDocsBase } from '../rules/docs.js';

export interface PartnershipInitializationOptions {
    today?: string;
    ruleDocsBase?: string;
}

export function configureFromInitialization(services: PartnershipServices): void {
    services.shared.lsp.LanguageServer.onInitialize(params => {
        const options = (params.initializationOptions ?? {}) as PartnershipInitializationOptions;
        if (typeof options.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
            services.network.Settings.today = options.today;
        }
        if (typeof options.ruleDocsBase === 'string' && options.ruleDocsBase.length > 0) {
            setDocsBase(options.ruleDocsBase);
        }
    });
}
