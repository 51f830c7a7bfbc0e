/**
 * Diagnostics are sent to the editor only when they changed. Every edit re-validates each file of
 * the edited network (a network finding may move to any file), and Langium publishes every validated
 * document; on a 1,000-partner network the JSON of thousands of unchanged diagnostics cost more than
 * the analysis itself. This wraps the connection's sendDiagnostics: a document's diagnostics are
 * not sent again when they are equal (as JSON) to the last ones sent for it and its text is still
 * the one they were sent for (same version), so what the editor shows is exactly what was sent.
 */
import { URI, type LangiumSharedCoreServices } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { sameDiagnostics } from '../utils/deep-equal.js';

interface DiagnosticsConnection {
    sendDiagnostics(params: { uri: string; version?: number; diagnostics: Diagnostic[] }): unknown;
}

/** Counts of what was sent and left out, for tests and the benchmark's log. */
export interface PublishCounts {
    sent: number;
    unchanged: number;
}

export function sendOnlyChangedDiagnostics(services: LangiumSharedCoreServices, connection: DiagnosticsConnection): PublishCounts {
    const counts: PublishCounts = { sent: 0, unchanged: 0 };
    const last = new Map<string, { version: number | undefined; diagnostics: Diagnostic[] }>();
    const send = connection.sendDiagnostics.bind(connection);
    const versionOf = (uri: string) => {
        try {
            return services.workspace.LangiumDocuments.getDocument(URI.parse(uri))?.textDocument.version;
        } catch {
            return undefined;
        }
    };
    connection.sendDiagnostics = params => {
        const version = versionOf(params.uri);
        const before = last.get(params.uri);
        if (before && before.version === version && sameDiagnostics(before.diagnostics, params.diagnostics)) {
            counts.unchanged++;
            return Promise.resolve();
        }
        last.set(params.uri, { version, diagnostics: params.diagnostics });
        counts.sent++;
        return send(params);
    };
    return counts;
}
