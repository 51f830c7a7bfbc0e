/**
 * Gives parser and linker diagnostics the project's codes (`syntax-error`,
 * `unresolved-reference`) and a link to their documentation, like every other diagnostic.
 */
import { Cancellation, DefaultDocumentValidator, DocumentValidator, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PartnershipServices } from '../partnership-module.js';
import type { PartnershipSettings } from './partnership-settings.js';

export class PartnershipDocumentValidator extends DefaultDocumentValidator {
    /**
     * The per-document checks (before-document and per-node) depend only on the document's own text:
     * when an edit elsewhere in the network relinks an unchanged file, its previous results are
     * reused and only the network findings (validateAstAfter) are computed again.
     */
    private readonly localResults = new Map<string, { text: string; categories: string; diagnostics: Diagnostic[] }>();

    private readonly settings: PartnershipSettings;

    constructor(services: PartnershipServices) {
        super(services);
        this.settings = services.network.Settings;
        // A deleted document's results would otherwise be kept for as long as the server runs.
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) this.localResults.delete(uri.toString());
        });
    }

    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const document = rootNode.$document;
        if (!document) return super.validateAst(rootNode, options, cancelToken);
        const uri = document.uri.toString();
        const text = document.textDocument.getText();
        const categories = JSON.stringify(options.categories ?? null);
        const collect = (into: Diagnostic[]): ValidationAcceptor => (severity, message, info) => {
            into.push(this.toDiagnostic(severity, message, info));
        };
        let local = this.localResults.get(uri);
        if (!local || local.text !== text || local.categories !== categories) {
            const diagnostics: Diagnostic[] = [];
            await this.validateAstBefore(rootNode, options, collect(diagnostics), cancelToken);
            await this.validateAstNodes(rootNode, options, collect(diagnostics), cancelToken);
            local = { text, categories, diagnostics };
            this.localResults.set(uri, local);
        }
        const network: Diagnostic[] = [];
        await this.validateAstAfter(rootNode, options, collect(network), cancelToken);
        return [...local.diagnostics.map(d => ({ ...d })), ...network];
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            // Every check of ours sets a code; what has none comes from the lexer, parser or linker.
            if (diagnostic.code !== undefined) {
                if (!diagnostic.codeDescription && diagnostic.code !== 'internal-error') diagnostic.codeDescription = { href: this.settings.docsUrl(String(diagnostic.code)) };
                continue;
            }
            const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
            const code = langiumCode === DocumentValidator.LinkingError ? 'unresolved-reference'
                : langiumCode === DocumentValidator.LexingError || langiumCode === DocumentValidator.ParsingError ? 'syntax-error'
                : undefined;
            if (code === undefined) {
                // A check that threw: a bug of ours, not of the user's text. Say so plainly.
                diagnostic.code = 'internal-error';
                continue;
            }
            diagnostic.code = code;
            if (code === 'syntax-error' && typeof diagnostic.message === 'string') diagnostic.message = readableSyntaxMessage(diagnostic.message);
            diagnostic.codeDescription = { href: this.settings.docsUrl(code) };
        }
        return diagnostics;
    }
}

const TOKEN_WORDS: Record<string, string> = {
    ID: 'a name',
    NUMBER: 'a number',
    DATE: 'a date (YYYY-MM-DD)',
    STRING: 'a quoted text'
};

const KEYWORD = /^[a-z][a-z-]*$/;

/**
 * Rewrites the parser's most common message, "Expecting token of type 'ID' but found `x`.", and the
 * lexer's "unexpected character" in the user's words; other messages stay as the parser wrote them.
 */
export function readableSyntaxMessage(message: string): string {
    const lexer = /^unexpected character: ->(.*)<- at offset: \d+, skipped (\d+) characters?\.$/s.exec(message);
    if (lexer) {
        return lexer[1] === '"' ? 'This quoted text is not closed: a text in quotes must end with " on the same line.'
            : `Unexpected character '${lexer[1]}'${lexer[2] === '1' ? '' : ` (and ${Number(lexer[2]) - 1} more)`}.`;
    }
    const match = /^Expecting token of type '([^']+)' but found `(.*)`\.$/s.exec(message);
    if (!match) return message;
    const [, type, found] = match;
    const expected = TOKEN_WORDS[type] ?? `'${type.replace(/^'|'$/g, '')}'`;
    if (found === '' || found === '<EOF>') return `Expected ${expected} but the file ends here.`;
    if (type === 'ID' && KEYWORD.test(found)) return `Expected a name but found '${found}', which is a keyword of the language and cannot be a name.`;
    return `Expected ${expected} but found '${found}'.`;
}
