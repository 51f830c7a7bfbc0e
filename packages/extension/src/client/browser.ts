/**
 * The web extension (`browser`: vscode.dev, github.dev): the language server runs in a Web Worker.
 * It has no disk, so this side reads the workspace's `.partnership` files with `vscode.workspace.fs`,
 * hands them over at start, and forwards every change the file watcher sees.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { DID_CHANGE_FILES, type DidChangeFilesParams, type FileContent } from '../protocol.js';
import { clientOptions, serverSettings, startPartnership, type PartnershipApi } from './common.js';

let client: LanguageClient | undefined;

/** Files above this size are not handed to the server (a workspace with a stray dump stays usable). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

async function read(uri: vscode.Uri): Promise<FileContent | undefined> {
    try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength > MAX_FILE_BYTES) return undefined;
        return { uri: uri.toString(), text: new TextDecoder().decode(bytes) };
    } catch {
        return undefined; // Gone or unreadable: the server sees it as absent.
    }
}

export async function activate(context: vscode.ExtensionContext): Promise<PartnershipApi> {
    const files = new Map<string, FileContent>();
    const found = await vscode.workspace.findFiles('**/*.partnership', '**/node_modules/**');
    for (const file of await Promise.all(found.map(read))) {
        if (file) files.set(file.uri, file);
    }
    const serverScript = vscode.Uri.joinPath(context.extensionUri, 'out', 'web', 'server.js').toString(true);
    // Functions: a restart (settings changed) gets a fresh worker and the files as they are then.
    // The transports are made here: the web extension host's Worker is not the global Worker class
    // the client checks with instanceof.
    const startWorker = async () => {
        const worker = new Worker(serverScript);
        return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    client = new LanguageClient('partnership', 'Partnership Language Server', startWorker,
        clientOptions(() => ({ ...serverSettings(), files: [...files.values()] })));
    context.subscriptions.push(client);

    const send = (params: DidChangeFilesParams) => {
        if (client?.isRunning()) void client.sendNotification(DID_CHANGE_FILES, params);
    };
    const changed = async (uri: vscode.Uri) => {
        const file = await read(uri);
        if (!file) return;
        files.set(file.uri, file);
        send({ changed: [file], deleted: [] });
    };
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.partnership');
    context.subscriptions.push(
        watcher,
        watcher.onDidCreate(changed),
        watcher.onDidChange(changed),
        watcher.onDidDelete(uri => {
            files.delete(uri.toString());
            send({ changed: [], deleted: [uri.toString()] });
        })
    );
    return startPartnership(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
