/**
 * Gives parser and linker diagnostics the project's codes (`syntax-error`,
 * `unresolved-reference`) and a link to their documentation, like every other diagnostic.
 */
import { Cancellation, DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { docsUrl } from './rules/index.js';

export class PartnershipDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            // Every check of ours sets a code; what has none comes from the lexer, parser or linker.
            if (diagnostic.code !== undefined) continue;
            const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
            const code = langiumCode === DocumentValidator.LinkingError ? 'unresolved-reference' : 'syntax-error';
            diagnostic.code = code;
            diagnostic.codeDescription = { href: docsUrl(code, true) };
        }
        return diagnostics;
    }
}
