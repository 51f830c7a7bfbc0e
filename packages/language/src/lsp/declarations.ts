/**
 * What the editor features (completion, symbols, semantic tokens, rename) share about the named
 * declarations of the language: how each kind is called, shown and classified.
 */
import { isCompositeCstNode, isLeafCstNode, type AstNode, type AstNodeDescription, type AstNodeLocator, type CstNode, type LangiumDocuments, type LeafCstNode } from 'langium';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

export type DeclarationType = 'Network' | 'Partner' | 'Role' | 'Goal' | 'Meeting';

export interface DeclarationInfo {
    /** The keyword that declares it, also the word used in messages. */
    word: string;
    symbolKind: SymbolKind;
    completionKind: CompletionItemKind;
    /** Semantic token type of its name (declaration and references). */
    tokenType: string;
}

export const DECLARATIONS: Readonly<Record<DeclarationType, DeclarationInfo>> = {
    Network: { word: 'network', symbolKind: SymbolKind.Namespace, completionKind: CompletionItemKind.Module, tokenType: 'namespace' },
    Partner: { word: 'partner', symbolKind: SymbolKind.Class, completionKind: CompletionItemKind.Class, tokenType: 'class' },
    Role: { word: 'role', symbolKind: SymbolKind.Interface, completionKind: CompletionItemKind.Interface, tokenType: 'interface' },
    Goal: { word: 'goal', symbolKind: SymbolKind.Enum, completionKind: CompletionItemKind.Enum, tokenType: 'enum' },
    Meeting: { word: 'meeting', symbolKind: SymbolKind.Event, completionKind: CompletionItemKind.Event, tokenType: 'function' }
};

/** The kinds that share one set of names per network. */
export const DECLARATION_TYPES = Object.keys(DECLARATIONS) as DeclarationType[];

export function isDeclarationType(type: string): type is DeclarationType {
    return Object.prototype.hasOwnProperty.call(DECLARATIONS, type);
}

/** Names: a letter or `_`, word characters, single hyphens between word parts (grammar terminal ID). */
export const NAME_PATTERN = /^[_a-zA-Z]\w*(-\w+)*$/;

/** The AST node a description stands for, loading it from its document when the description has none. */
export function nodeOf(description: AstNodeDescription, documents: LangiumDocuments, locator: AstNodeLocator): AstNode | undefined {
    if (description.node) return description.node;
    const document = documents.getDocument(description.documentUri);
    return document ? locator.getAstNode(document.parseResult.value, description.path) : undefined;
}

/** The display string of a declaration (`partner X "Display"`; the value converter has unquoted it). */
export function titleOf(node: AstNode | undefined): string | undefined {
    const title = (node as { title?: unknown } | undefined)?.title;
    return typeof title === 'string' ? title : undefined;
}

/** The last path segment of a URI, decoded: the file name shown next to symbols. */
export function fileName(uri: string): string {
    return decodeURIComponent(uri.substring(uri.lastIndexOf('/') + 1));
}

/** The leaf nodes (hidden ones included) that overlap [from, to], skipping subtrees outside it. */
export function* leavesBetween(root: CstNode, from: number, to: number): Generator<LeafCstNode> {
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (node.end < from || node.offset > to) continue;
        if (isLeafCstNode(node)) {
            yield node;
        } else if (isCompositeCstNode(node)) {
            for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]);
        }
    }
}
