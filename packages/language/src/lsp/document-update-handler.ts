/**
 * What happens when the editor closes a document. Langium keeps every document it has seen, with
 * the text the editor last sent. For a closed file that exists on disk, the file as it is on disk
 * counts again (unsaved edits are dropped). A closed document with no file on disk (an unsaved new
 * file, a file deleted while it was open, an `untitled:` document) is dropped: it leaves the
 * network, its diagnostics are cleared, and its memory is freed.
 */
import { URI, type FileSystemProvider, type TextDocument } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';

export class PartnershipDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;
    private readonly textDocuments: LangiumSharedServices['workspace']['TextDocuments'];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.textDocuments = services.workspace.TextDocuments;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        void this.onDisk(uri).then(onDisk => {
            // Opened again meanwhile: the editor's text counts, as it was sent with the open.
            if (this.textDocuments.get(event.document.uri)) return;
            if (onDisk) this.fireDocumentUpdate([uri], []);
            else this.fireDocumentUpdate([], [uri]);
        });
    }

    private async onDisk(uri: URI): Promise<boolean> {
        if (uri.scheme !== 'file') return false;
        try {
            return (await this.fileSystem.stat(uri)).isFile;
        } catch {
            return false;
        }
    }
}
