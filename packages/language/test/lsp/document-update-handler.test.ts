/**
 * Updates run one after another under the workspace lock, so an update queued when the editor
 * opened a document can run after the editor closed it again. With no file on disk there is then
 * no text to read: the document is dropped, instead of the update failing (which, unhandled, ended
 * the server — seen with a client opening and closing a 20,000-partner buffer in a hurry).
 */
import { EmptyFileSystem, URI } from 'langium';
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
});
