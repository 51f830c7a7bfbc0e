/**
 * Gives parser and linker diagnostics the project's codes (`syntax-error`,
 * `unresolved-reference`) and a link to their documentation, like every other diagnostic. Syntax
 * errors arrive in plain words from the parser (parser/syntax-errors.ts). An unresolved reference
 * to a name the syntax errors damaged (in any file of the network) is an echo of that slip and is
 * not reported again, nor is a tie's giver checked against an endpoint that did not resolve.
 * Validation fails closed: any number of findings is kept, and a failure is an internal-error
 * diagnostic on the file (utils/internal-error.ts), never an empty list.
 */
import { Cancellation, DefaultDocumentValidator, DocumentState, DocumentValidator, interruptAndCheck, isOperationCancelled, OperationCancelled, type AstNode, type DiagnosticInfo, type LangiumDocument, type ValidationAcceptor, type ValidationOptions, type ValidationSeverity } from 'langium';
import * as ast from '../generated/ast.js';
import { damageOf } from '../parser/partnership-parser.js';
import { isInternalLinkingError } from '../references/partnership-linker.js';
import type { NetworkGroups } from '../workspace/network-groups.js';
import type { CodeDescription, Diagnostic } from 'vscode-languageserver-types';
import type { PartnershipServices } from '../partnership-module.js';
import type { PartnershipSettings } from './partnership-settings.js';
import type { NetworkAnalyzer } from './network-analyzer.js';
import type { Finding } from '../model/types.js';
import { INTERNAL_ERROR, internalErrorDiagnostic } from '../utils/internal-error.js';
import { PartnershipValidationRegistry } from './validation-registry.js';

/** How many nodes the per-node checks visit between two turns offered to the event loop (interruptAndCheck). */
const NODES_PER_INTERRUPT = 64;

export class PartnershipDocumentValidator extends DefaultDocumentValidator {
    /**
     * The per-document checks (before-document and per-node) depend only on the document's own text:
     * when an edit elsewhere in the network relinks an unchanged file, its previous results are
     * reused and only the network findings (validateAstAfter) are computed again.
     */
    private readonly localResults = new Map<string, { text: string; categories: string; diagnostics: Diagnostic[] }>();
    /**
     * The network findings' diagnostics of each document, kept with the findings they came from: the
     * analyzer hands out the previous build's array when a document's findings are unchanged, and
     * then they are not converted again.
     */
    private readonly networkResults = new Map<string, { findings: Finding[]; categories: string; docsBase: string; diagnostics: Diagnostic[] }>();
    private readonly analyzer: NetworkAnalyzer;
    /**
     * One documentation link object per address, shared by every diagnostic with that code: each
     * diagnostic had one of its own (an object and a string of ~80 characters, ~130 bytes: 60,000
     * findings at 10,000 partners, 600,000 at 100,000). Nothing changes a diagnostic's link after it
     * is made (the language server and the reports only read it).
     */
    private readonly descriptions = new Map<string, CodeDescription>();

    private readonly settings: PartnershipSettings;
    private readonly groups: NetworkGroups;

    constructor(services: PartnershipServices) {
        super(services);
        this.settings = services.network.Settings;
        this.groups = services.shared.network.Groups;
        this.analyzer = services.network.Analyzer;
        // A deleted document's results would otherwise be kept for as long as the server runs.
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) {
                this.localResults.delete(uri.toString());
                this.networkResults.delete(uri.toString());
            }
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
        let findings: Finding[] | undefined;
        try {
            findings = await this.analyzer.findingsOf(uri, cancelToken ?? Cancellation.CancellationToken.None);
        } catch (error) {
            // The check itself (validateAstAfter) reports the failure as an internal error below.
            if (isOperationCancelled(error)) throw error;
        }
        const docsBase = this.settings.docsBase;
        let network = this.networkResults.get(uri);
        if (!findings || !network || network.findings !== findings || network.categories !== categories || network.docsBase !== docsBase) {
            const diagnostics: Diagnostic[] = [];
            await this.validateAstAfter(rootNode, options, collect(diagnostics), cancelToken);
            network = { findings: findings ?? [], categories, docsBase, diagnostics };
            if (findings) this.networkResults.set(uri, network); else this.networkResults.delete(uri);
        }
        // validateDocument completes a diagnostic without a code or a documentation link in place:
        // such a one is copied (the kept one stays as it was made); a complete one is handed out as
        // is, so that unchanged diagnostics are the same objects from build to build (and are
        // compared by reference before they are sent).
        const result: Diagnostic[] = [];
        for (const d of local.diagnostics) result.push(isComplete(d) ? d : { ...d });
        for (const d of network.diagnostics) result.push(isComplete(d) ? d : { ...d });
        return result;
    }

    /**
     * Langium's validateAstNodes, without its costs per node: it walks the tree with a stream (an
     * iterator object and an array of keys per node), asks the registry for a node's checks as a
     * stream, awaits each check through two promises (the registry's async wrapper) and awaits
     * interruptAndCheck (one more promise) for every node: at 10,000 partners 0.74 s, most of it
     * not the checks. This walks the tree itself, in the same order (each node, then its children's
     * subtrees in the order of the node's properties), and calls the registered checks directly: a
     * check that throws is still an internal-error diagnostic on its node (validation-registry.ts),
     * and only a check that returns a promise is awaited. A cancellation request is seen at every
     * node; the event loop is offered a turn (interruptAndCheck) every NODES_PER_INTERRUPT nodes.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const registry = this.validationRegistry;
        if (!(registry instanceof PartnershipValidationRegistry)) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const cancellable = cancelToken !== Cancellation.CancellationToken.None;
        const categories = options.categories;
        // The nodes still to visit, the next one last: a node's children are pushed in reverse.
        const stack: AstNode[] = [rootNode];
        let visited = 0;
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (cancellable) {
                if (++visited % NODES_PER_INTERRUPT === 0) await interruptAndCheck(cancelToken);
                else if (cancelToken.isCancellationRequested) throw OperationCancelled;
            }
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const entry of registry.checksOf(node.$type, categories)) {
                    const pending = registry.runCheck(entry, node, acceptor, cancelToken);
                    if (pending) await pending;
                }
            }
            if (nodeOptions.validateChildren) pushChildren(node, stack);
        }
    }

    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        const diagnostic = super.toDiagnostic(severity, message, info);
        if (diagnostic.codeDescription) diagnostic.codeDescription = this.describedAt(diagnostic.codeDescription.href);
        return diagnostic;
    }

    /** The shared documentation link to `href` (see `descriptions`). */
    private describedAt(href: string): CodeDescription {
        let description = this.descriptions.get(href);
        if (!description) {
            // A docs base changed at run time gives other addresses: keep the map to the current ones.
            if (this.descriptions.size > 1000) this.descriptions.clear();
            this.descriptions.set(href, description = { href });
        }
        return description;
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
        const internal = new Map<string, object>();
        for (const reference of document.references) {
            if (!reference.$refNode) continue;
            const error = reference.error;
            const suggestion = (error as { suggestion?: string } | undefined)?.suggestion;
            if (suggestion) suggestions.set(rangeKey(reference.$refNode.range), suggestion);
            if (isInternalLinkingError(error)) internal.set(rangeKey(reference.$refNode.range), error.internal);
        }
        for (const diagnostic of found) {
            const key = rangeKey(diagnostic.range);
            const failure = internal.get(key);
            if (failure) {
                // Resolving the name threw: a bug of ours, not a name the user got wrong.
                diagnostics.push({ ...diagnostic, code: INTERNAL_ERROR, data: failure });
                continue;
            }
            const data = diagnostic.data as { refText?: string } | undefined;
            if (data?.refText !== undefined && echoes.has(data.refText)) continue;
            const suggestion = suggestions.get(key);
            if (suggestion) diagnostic.data = { ...data, suggestion };
            diagnostics.push(diagnostic);
        }
    }

    /**
     * Langium's validateDocument, with two differences: the findings are appended one by one (it
     * spreads them as the arguments of one push, which overflows the call stack past about 125,000
     * findings), and a failure is not logged and dropped (which left the file with no findings at
     * all, "no problems"): it becomes an internal-error diagnostic on the file, beside what was
     * found before it.
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        let diagnostics: Diagnostic[] = [];
        try {
            await this.collect(document, options, cancelToken, diagnostics);
            diagnostics = withoutEchoes(document, diagnostics);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            diagnostics.push(internalErrorDiagnostic(error));
        }
        for (const diagnostic of diagnostics) {
            // Every check of ours sets a code; what has none comes from the lexer, parser or linker.
            if (diagnostic.code !== undefined) {
                if (!diagnostic.codeDescription && diagnostic.code !== INTERNAL_ERROR) diagnostic.codeDescription = this.describedAt(this.settings.docsUrl(String(diagnostic.code)));
                continue;
            }
            const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
            const code = langiumCode === DocumentValidator.LinkingError ? 'unresolved-reference'
                : langiumCode === DocumentValidator.LexingError || langiumCode === DocumentValidator.ParsingError ? 'syntax-error'
                : undefined;
            if (code === undefined) {
                // Not ours and not Langium's: treat it as the bug it is.
                diagnostic.code = INTERNAL_ERROR;
                continue;
            }
            diagnostic.code = code;
            diagnostic.codeDescription = this.describedAt(this.settings.docsUrl(code));
        }
        return diagnostics;
    }

    /** The lexer's, parser's and linker's diagnostics (unless the options stop early), then the checks'. */
    private async collect(document: LangiumDocument, options: ValidationOptions, cancelToken: Cancellation.CancellationToken, into: Diagnostic[]): Promise<void> {
        await interruptAndCheck(cancelToken);
        const has = (code: string) => into.some(d => (d.data as { code?: string } | undefined)?.code === code);
        if (!options.categories || options.categories.includes('built-in')) {
            this.processLexingErrors(document.parseResult, into, options);
            if (options.stopAfterLexingErrors && has(DocumentValidator.LexingError)) return;
            this.processParsingErrors(document.parseResult, into, options);
            if (options.stopAfterParsingErrors && has(DocumentValidator.ParsingError)) return;
            this.processLinkingErrors(document, into, options);
            if (options.stopAfterLinkingErrors && has(DocumentValidator.LinkingError)) return;
        }
        const found = await this.validateAst(document.parseResult.value, options, cancelToken);
        for (const diagnostic of found) into.push(diagnostic);
        await interruptAndCheck(cancelToken);
    }
}

/**
 * Pushes the children of `node` on `stack` so that they pop in the order of streamContents (Langium's
 * ast-utils): the node's own properties in order (those not starting with `$`), each an AST node or
 * an array whose AST nodes count in order.
 */
function pushChildren(node: AstNode, stack: AstNode[]): void {
    const from = stack.length;
    // for-in over an AST node (a plain object) lists its own keys in the order of Object.keys, without an array of them.
    for (const property in node) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isNode(value)) {
            stack.push(value);
        } else if (Array.isArray(value)) {
            for (const element of value) if (isNode(element)) stack.push(element);
        }
    }
    // Reverse what was pushed, so that the first child is popped first.
    for (let i = from, j = stack.length - 1; i < j; i++, j--) {
        const first = stack[i];
        stack[i] = stack[j];
        stack[j] = first;
    }
}

/** Langium's isAstNode. */
function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

/** A diagnostic validateDocument leaves as it is: it has its code and its documentation link. */
function isComplete(diagnostic: Diagnostic): boolean {
    return diagnostic.code !== undefined && diagnostic.codeDescription !== undefined;
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
