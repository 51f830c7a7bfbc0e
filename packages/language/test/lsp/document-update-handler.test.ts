/**
 * Updates run one after another under the workspace lock, so an update queued when the editor
 * opened a document can run after the editor closed it again. With no file on disk there is then
 * no text to read: the document is dropped, instead of the update failing (which, unhandled, ended
 * the server — seen with a client opening and closing a 20,000-partner buffer in a hurry).
 */
import { EmptyFileSystem, URI } from 'langium';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test, vi } from 'vitest';
import { createPartnershipServices } from '../../src/partnership-module.js';
import type { PartnershipDocumentUpdateHandler } from '../../src/lsp/document-update-handler.js';

describe('the document update handler', () => {
    test('an update for a document that is neither open nor on disk drops it, and nothing fails', async () => {
        const services = createPartnershipServices(EmptyFileSystem);
        const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder, WorkspaceLock, WorkspaceManager } = services.shared.workspace;
        await WorkspaceManager.initializeWorkspace([]);
        const uri = 'file:///hurry/buffer.partnership';
        const document = LangiumDocumentFactory.fromString('partner A { sector nonprofit }\n', URI.parse(uri));
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: true });

        const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const handler = services.shared.lsp.DocumentUpdateHandler as PartnershipDocumentUpdateHandler;
        // The open's update, run when the editor has closed the buffer again (TextDocuments has no copy).
        handler.didChangeContent({ document: TextDocument.create(uri, 'partnership', 2, 'partner B { sector faith }\n') });
        await new Promise(resolve => setTimeout(resolve, 50));
        await WorkspaceLock.read(async () => undefined);
        expect(LangiumDocuments.hasDocument(URI.parse(uri))).toBe(false);
        expect(errors).not.toHaveBeenCalled();
        errors.mockRestore();
    });

    test('a changed folder (a subfolder created, its parent changed) drops none of the documents under it', async () => {
        const root = mkdtempSync(path.join(tmpdir(), 'partnership-folder-event-'));
        try {
            writeFileSync(path.join(root, 'network.partnership'), 'network Main {\n    us A\n}\n\npartner A\n\npartner B\n');
            const services = createPartnershipServices(NodeFileSystem);
            const { LangiumDocuments, WorkspaceLock, WorkspaceManager } = services.shared.workspace;
            await WorkspaceManager.initializeWorkspace([{ uri: URI.file(root).toString(), name: 'root' }]);
            const main = URI.file(path.join(root, 'network.partnership'));
            expect(LangiumDocuments.hasDocument(main)).toBe(true);
            // A new network in a subfolder: the watcher reports the new folder and the changed parent.
            mkdirSync(path.join(root, 'sub'));
            writeFileSync(path.join(root, 'sub', 'network.partnership'), 'network Sub\n');
            const handler = services.shared.lsp.DocumentUpdateHandler as PartnershipDocumentUpdateHandler;
            handler.didChangeWatchedFiles({ changes: [
                { uri: URI.file(path.join(root, 'sub')).toString(), type: 1 },
                { uri: URI.file(root).toString(), type: 2 },
                { uri: URI.file(path.join(root, 'sub', 'network.partnership')).toString(), type: 1 }
            ] });
            await new Promise(resolve => setTimeout(resolve, 50));
            await WorkspaceLock.read(async () => undefined);
            expect(LangiumDocuments.hasDocument(main)).toBe(true);
            expect(LangiumDocuments.hasDocument(URI.file(path.join(root, 'sub', 'network.partnership')))).toBe(true);
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });

    test('an update waits for newer notifications only when the server is behind the typing', async () => {
        const services = createPartnershipServices(EmptyFileSystem);
        const { LangiumDocuments, WorkspaceLock, WorkspaceManager, TextDocuments } = services.shared.workspace;
        await WorkspaceManager.initializeWorkspace([]);
        const uri = 'file:///typing/ties.partnership';
        const handler = services.shared.lsp.DocumentUpdateHandler as PartnershipDocumentUpdateHandler;
        const edit = (version: number) => {
            const document = TextDocument.create(uri, 'partnership', version, `partner A { sector nonprofit }\npartner B${version} { sector faith }\n`);
            TextDocuments.set(document);
            handler.didChangeContent({ document });
        };
        const settle = async () => {
            await new Promise(resolve => setTimeout(resolve, 50));
            await WorkspaceLock.read(async () => undefined);
        };
        // Caught up: the update starts at once (no wait added to the edit's latency).
        edit(1);
        await settle();
        expect(handler.starts).toEqual({ waited: 0, atOnce: 1 });
        // Two edits in a row: the second cancels the first's build, and waits for what else was sent.
        edit(2);
        edit(3);
        await settle();
        expect(handler.starts).toEqual({ waited: 1, atOnce: 2 });
        expect(LangiumDocuments.getDocument(URI.parse(uri))?.textDocument.getText()).toContain('partner B3');
        // Its build ran to the end: the next edit starts at once again.
        edit(4);
        await settle();
        expect(handler.starts).toEqual({ waited: 1, atOnce: 3 });
    });
});
