/**
 * The language server in VS Code for the web: a Web Worker with no disk. The client reads the
 * workspace's `.partnership` files with `vscode.workspace.fs` and hands them over (initialization
 * options, then `partnership/didChangeFiles`), so a network split over several files links and
 * validates as on the desktop.
 */
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { configureFromInitialization, createPartnershipServices, reportBuildProgress } from 'partnership-language';
import { DID_CHANGE_FILES, type DidChangeFilesParams, type InitializationOptions } from '../protocol.js';
import { ClientFileSystem } from './client-file-system.js';
import { registerPartnershipRequests } from './requests.js';

// The worker's global scope (the DOM library types it as a Window; it is a worker here).
declare const self: Worker;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const files = new ClientFileSystem();
const services = createPartnershipServices({ connection, fileSystemProvider: () => files });
configureFromInitialization(services.Partnership);
reportBuildProgress(services.Partnership);
services.shared.lsp.LanguageServer.onInitialize(params => {
    // Before `initialized`, when Langium reads the workspace folders from this file system.
    files.replaceAll((params.initializationOptions as InitializationOptions | undefined)?.files ?? []);
});
connection.onNotification(DID_CHANGE_FILES, (params: DidChangeFilesParams) => {
    void files.apply(params, services.shared).catch(error => console.error('Could not update the documents:', error));
});
registerPartnershipRequests(connection, services);
startLanguageServer(services.shared);
