/**
 * What the webview tests share: the language server's graph and metrics requests answered in
 * process (packages/extension/src/server/requests.ts) for one file, and a page rendered in headless
 * Chromium, its DOM dumped once the page's script has run.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { CancellationToken, type Connection } from 'vscode-languageserver';
import { createPartnershipServices } from 'partnership-language';
import { registerPartnershipRequests } from '../packages/extension/src/server/requests.js';
import { GRAPH, METRICS, type GraphData, type MetricsData } from '../packages/extension/src/protocol.js';
import { chromium } from './chromium.js';

type Handler = (params: { uri: string }, token: CancellationToken) => Promise<unknown>;

/** The graph and metrics requests' answers for `text` as the file `uri`. */
export async function webviewData(text: string, uri: string): Promise<{ graph: GraphData; metrics: MetricsData }> {
    const services = createPartnershipServices(EmptyFileSystem);
    const handlers = new Map<string, Handler>();
    const connection = { onRequest: (method: string, handler: Handler) => handlers.set(method, handler) } as unknown as Connection;
    registerPartnershipRequests(connection, services);
    // A workspace of no folders, initialised as the editor initialises the server (requests wait for it).
    services.shared.workspace.WorkspaceManager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [] });
    await services.shared.workspace.WorkspaceManager.initialized({});
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const ask = (method: string) => handlers.get(method)!({ uri }, CancellationToken.None);
    return { graph: await ask(GRAPH) as GraphData, metrics: await ask(METRICS) as MetricsData };
}

/** The DOM of `html`, written as `name` in a temporary folder and rendered in headless Chromium. */
export function renderPage(html: string, name: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'partnership-webview-'));
    const file = path.join(dir, name);
    writeFileSync(file, html);
    return chromium(['--virtual-time-budget=5000', '--dump-dom', pathToFileURL(file).href]);
}
