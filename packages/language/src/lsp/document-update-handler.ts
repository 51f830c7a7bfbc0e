/**
 * What happens when the editor closes a document. Langium keeps every document it has seen, with
 * the text the editor last sent. For a closed file that exists on disk, the file as it is on disk
 * counts again (unsaved edits are dropped). A closed document with no file on disk (an unsaved new
 * file, a file deleted while it was open, an `untitled:` document) is dropped: it leaves the
 * network, its diagnostics are cleared, and its memory is freed.
 *
 * Both come from one rule applied when an update runs: a changed document that is open takes the
 * editor's text, one that is on disk is read again, and one that is neither is deleted. A file the
 * watcher reports deleted stays while it is open (with the editor's text), and goes when closed. A changed
 * folder (the file watcher reports those too) is left alone: its files come as changes of their own. Updates run
 * one after another under the workspace lock, so the rule is applied then, not when the update is
 * asked for: a document opened and closed again in a hurry is judged by where it is by then. A
 * failed update is logged; it never ends the server.
 *
 * When the server is behind the typing (the last update was cancelled by a newer one), an update
 * waits a few milliseconds before it starts (COALESCE_MS), so that the notifications already sent
 * are read first: when the editor sends edits faster than the server builds (fast typing in a large
 * network, a busy machine), the edits read meanwhile cancel it, and only the last one parses and
 * links the network; before, each edit started a parse of its file the next edit made useless, and
 * the server fell further and further behind the typing. An update that finds the server caught up
 * (the last build ran to its end) starts at once: the wait would only add to its latency.
 *
 * Each update is announced to the request gate (lsp/request-gate.ts) when it is asked for, and
 * reported applied once its documents are added, changed or removed: requests sent after it wait
 * for that, and requests sent before it know that a newer edit came.
 */
import { URI, type Cancellation, type FileSystemProvider, type TextDocument } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { RequestGate } from './request-gate.js';

/** How long an update waits for newer notifications before it starts (ms). */
export const COALESCE_MS = 5;

export class PartnershipDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;
    private readonly textDocuments: LangiumSharedServices['workspace']['TextDocuments'];
    private readonly gate: RequestGate;
    /** Whether the last update was cancelled by a newer one (the server is behind the typing). */
    private behind = false;
    /** Updates that waited for newer notifications, and those that started at once (tests, the bench). */
    readonly starts = { waited: 0, atOnce: 0 };

    constructor(services: LangiumSharedServices & { requests: { Gate: RequestGate } }) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.textDocuments = services.workspace.TextDocuments;
        this.gate = services.requests.Gate;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        this.fireDocumentUpdate([URI.parse(event.document.uri)], []);
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        const applied = this.gate.updateRequested();
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(async token => {
                // A newer update cancels this one's token: its document changes are still applied
                // below, but its build is not started.
                if (this.behind) {
                    this.starts.waited++;
                    await pause(COALESCE_MS, token);
                } else {
                    this.starts.atOnce++;
                }
                const present: URI[] = [];
                const gone: URI[] = [];
                for (const uri of deleted) {
                    // A file deleted on disk while the editor has it open stays, with the editor's
                    // text, until it is closed; so do the open files of a deleted folder.
                    if (this.textDocuments.get(uri.toString())) present.push(uri);
                    else {
                        gone.push(uri);
                        const folder = `${uri.toString()}/`;
                        for (const open of this.textDocuments.all()) {
                            if (open.uri.startsWith(folder)) present.push(URI.parse(open.uri));
                        }
                    }
                }
                for (const uri of changed) {
                    if (this.textDocuments.get(uri.toString())) {
                        present.push(uri);
                        continue;
                    }
                    const kind = await this.kindOnDisk(uri);
                    if (kind === 'file') present.push(uri);
                    // A folder that was created or changed (the editor's file watcher says so when a
                    // file is added in it): its files come as changes of their own. Counted as gone, it
                    // took every document under it along (a new network in a subfolder emptied the
                    // workspace's).
                    else if (kind === 'absent') gone.push(uri);
                }
                // The documents are added, changed and removed before the update's build starts.
                const listener = this.documentBuilder.onUpdate(() => applied());
                try {
                    await this.documentBuilder.update(present, gone, token);
                } finally {
                    listener.dispose();
                    applied();
                    this.behind = token.isCancellationRequested;
                }
            }))
            .catch(error => console.error('Could not update the documents:', error))
            .finally(applied);
    }

    /** What the file system has at `uri`: the disk, or in a browser the files the client handed over. */
    private async kindOnDisk(uri: URI): Promise<'file' | 'folder' | 'absent'> {
        // An editor's unsaved buffer; on the desktop its path would be taken relative to the working folder.
        if (uri.scheme === 'untitled') return 'absent';
        try {
            const node = await this.fileSystem.stat(uri);
            return node.isFile ? 'file' : node.isDirectory ? 'folder' : 'absent';
        } catch {
            return 'absent';
        }
    }
}

/** Resolves after `ms`, or at once when `token` is cancelled. */
function pause(ms: number, token: Cancellation.CancellationToken): Promise<void> {
    if (token.isCancellationRequested) return Promise.resolve();
    return new Promise(resolve => {
        const listener = token.onCancellationRequested(() => {
            clearTimeout(timer);
            listener.dispose();
            resolve();
        });
        const timer = setTimeout(() => {
            listener.dispose();
            resolve();
        }, ms);
    });
}
