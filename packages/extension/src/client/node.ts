/** The desktop extension (`main`): starts the bundled language server as a Node process. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, serverSettings, startPartnership, type PartnershipApi } from './common.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PartnershipApi> {
    const module = context.asAbsolutePath('out/server.cjs');
    // A larger young generation: every edit rebuilds the network's model, graph and findings, and
    // with 64 MB semi-spaces far fewer of those short-lived objects reach the old generation
    // (packages/language/bin/server.js does the same over stdio; see bench/lsp-latency.mjs).
    const execArgv = ['--max-semi-space-size=64'];
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { execArgv } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6009'] } }
    };
    // The server reads the network's other files from disk; the watcher tells it when they change.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.partnership');
    context.subscriptions.push(watcher);
    client = new LanguageClient('partnership', 'Partnership Language Server', serverOptions,
        clientOptions(serverSettings, { synchronize: { fileEvents: watcher } }));
    context.subscriptions.push(client);
    return startPartnership(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
