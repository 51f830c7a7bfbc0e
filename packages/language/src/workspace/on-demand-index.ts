/**
 * The reference index (who refers to what, for find-references and rename), built when it is first
 * asked for instead of on every build. An edit in one file of a network relinks all its files;
 * indexing their references each time cost about a fifth of the edit-to-diagnostics latency, while
 * the index is read only when the user asks for references or renames.
 */
import {
    AstUtils, DefaultIndexManager, DefaultReferenceDescriptionProvider, DocumentState,
    type AstNode, type LangiumDocument, type ReferenceDescription, type Stream, type URI
} from 'langium';
import { pushAll } from '../utils/arrays.js';

export class OnDemandIndexManager extends DefaultIndexManager {
    private readonly pending = new Map<string, LangiumDocument>();

    override async updateReferences(document: LangiumDocument): Promise<void> {
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.pending.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.pending.delete(uri.toString());
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        this.indexPending();
        return super.findAllReferences(targetNode, astNodePath);
    }

    // isAffected reads only what is indexed: the document builder relinks whole networks anyway
    // (PartnershipDocumentBuilder), and names never resolve across networks.

    private indexPending(): void {
        for (const [uri, document] of this.pending) {
            if (document.state < DocumentState.Linked) continue;
            const services = this.serviceRegistry.getServices(document.uri);
            const provider = services.workspace.ReferenceDescriptionProvider as PartnershipReferenceDescriptionProvider;
            this.referenceIndex.set(uri, provider.describeNow(document));
            this.pending.delete(uri);
        }
    }
}

/** Langium's reference descriptions, computed synchronously (the index is filled inside a request). */
export class PartnershipReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    describeNow(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            AstUtils.streamReferences(node).forEach(info => {
                if (!info.reference.error) pushAll(descriptions, this.createInfoDescriptions(info));
            });
        }
        return descriptions;
    }
}
