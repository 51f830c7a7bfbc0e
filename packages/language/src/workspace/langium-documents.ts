/**
 * Langium's document store, without its check-then-act race: `getOrCreateDocument` looked the
 * document up, read the file (an await), then added what it read, and threw "A document with the
 * URI … is already present" when an update had added the document meanwhile (a document closed,
 * deleted, recreated and reopened while a request for it was being answered). The document added
 * first is the one the builder builds, so it is the one returned; concurrent reads of one URI share
 * one read.
 */
import { DefaultLangiumDocuments, type Cancellation, type LangiumDocument, type URI } from 'langium';

export class PartnershipLangiumDocuments extends DefaultLangiumDocuments {
    private readonly reading = new Map<string, Promise<LangiumDocument>>();

    override async getOrCreateDocument(uri: URI, cancellationToken?: Cancellation.CancellationToken): Promise<LangiumDocument> {
        const existing = this.getDocument(uri);
        if (existing) return existing;
        const key = uri.toString();
        let read = this.reading.get(key);
        if (!read) {
            read = this.langiumDocumentFactory.fromUri(uri, cancellationToken);
            this.reading.set(key, read);
            read.then(() => this.reading.delete(key), () => this.reading.delete(key));
        }
        const document = await read;
        const added = this.getDocument(uri);
        if (added) return added;
        this.addDocument(document);
        return document;
    }
}
