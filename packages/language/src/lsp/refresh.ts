/**
 * Inlay hints and code lenses show numbers of the whole network, but an editor asks for them again
 * only when their own document changes. After each build (an edit in any file) this asks the client
 * to refresh them, if it says it can (`workspace.inlayHint.refreshSupport`,
 * `workspace.codeLens.refreshSupport`).
 */
import { DocumentState } from 'langium';
import type { PartnershipServices } from '../partnership-module.js';

export function refreshAfterBuilds(services: PartnershipServices, feature: 'inlayHint' | 'codeLens'): void {
    const connection = services.shared.lsp.Connection;
    if (!connection) return;
    let supported = false;
    services.shared.lsp.LanguageServer.onInitialize(params => {
        supported = params.capabilities.workspace?.[feature]?.refreshSupport === true;
    });
    services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        if (supported) connection.sendRequest(`workspace/${feature}/refresh`).catch(() => undefined);
    });
}
