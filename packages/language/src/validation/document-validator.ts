/**
 * Gives parser and linker diagnostics the project's codes (`syntax-error`,
 * `unresolved-reference`) and a link to their documentation, like every other diagnostic. Syntax
 * errors arrive in plain words from the parser (parser/syntax-errors.ts). An unresolved reference
 * to a name the syntax errors damaged (in any file of the network) is an echo of that slip and is
 * not reported again, nor is a tie's giver checked against an endpoint that did not resolve.
 */
import { Cancellation, DefaultDocumentValidator, DocumentState, DocumentValidator, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions } from 'langium';
import * as ast from '../generated/ast.js';
import { damageOf } from '../parser/partnership-parser.js';
import type { NetworkGroups } from '../workspace/network-groups.js';
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
    private readonly groups: NetworkGroups;

    constructor(services: PartnershipServices) {
        super(services);
        this.settings = services.network.Settings;
        this.groups = services.shared.network.Groups;
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

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const found: Diagnostic[] = [];
        super.processLinkingErrors(document, found, options);
        if (found.length === 0) return;
        const echoes = new Set<string>();
        for (const member of this.groups.documentsOf(this.groups.groupOf(document.uri))) {
            for (const name of damageOf(member.parseResult.value).names) echoes.add(name);
        }
        const suggestions = new Map<string, string>();
        for (const reference of document.references) {
            const suggestion = (reference.error as { suggestion?: string } | undefined)?.suggestion;
            if (suggestion && reference.$refNode) suggestions.set(rangeKey(reference.$refNode.range), suggestion);
        }
        for (const diagnostic of found) {
            const data = diagnostic.data as { refText?: string } | undefined;
            if (data?.refText !== undefined && echoes.has(data.refText)) continue;
            const suggestion = suggestions.get(rangeKey(diagnostic.range));
            if (suggestion) diagnostic.data = { ...data, suggestion };
            diagnostics.push(diagnostic);
        }
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = withoutEchoes(document, await super.validateDocument(document, options, cancelToken));
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
            diagnostic.codeDescription = { href: this.settings.docsUrl(code) };
        }
        return diagnostics;
    }
}

function rangeKey(range: { start: { line: number; character: number } }): string {
    return `${range.start.line}:${range.start.character}`;
}

/**
 * Findings that only follow from a name that did not resolve: a tie whose endpoint is unknown
 * can't say whether its giver is one of its partners (the giver may be the right name).
 */
function withoutEchoes(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const root = document.parseResult.value;
    if (!ast.isModel(root)) return diagnostics;
    const { spans } = damageOf(root);
    if (spans.length > 0) {
        // Nothing but the slip itself is reported inside the text a syntax error damaged.
        const inDamage = (d: Diagnostic) => {
            const offset = document.textDocument.offsetAt(d.range.start);
            return spans.some(([start, end]) => offset >= start && offset < end);
        };
        // (The parser's and linker's own diagnostics get their codes later and are kept.)
        diagnostics = diagnostics.filter(d => d.code === undefined || !inDamage(d));
    }
    // Only a linked document has endpoints to ask about (`partnership format` validates the parse
    // only; asking an unlinked reference would try to resolve it).
    if (document.state < DocumentState.Linked) return diagnostics;
    const unsure = new Set<string>();
    for (const element of root.elements) {
        if (!ast.isTie(element)) continue;
        if ((element.left && !element.left.ref) || (element.right && !element.right.ref)) {
            for (const line of [...element.gives, ...element.asks]) {
                const node = ast.isGive(line) ? line.giver?.$refNode : line.asker?.$refNode;
                if (node) unsure.add(rangeKey(node.range));
            }
        }
    }
    if (unsure.size === 0) return diagnostics;
    return diagnostics.filter(d => !(d.code === 'giver-not-endpoint' && unsure.has(rangeKey(d.range))));
}
