/**
 * What the editor features (completion, symbols, semantic tokens, rename) share about the named
 * declarations of the language: how each kind is called, shown and classified.
 */
import { isCompositeCstNode, isLeafCstNode, type AstNode, type AstNodeDescription, type AstNodeLocator, type CstNode, type LangiumDocuments, type LeafCstNode } from 'langium';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { DECLARATION_FACTS, NAMED_DECLARATION_TYPES, type NamedDeclarationType } from '../model/facts.js';
import { elementOf } from '../model/network.js';
import type { Element, NetworkModel, SourceLocation, TieModel } from '../model/types.js';

export interface DeclarationInfo {
    /** The keyword that declares it, also the word used in messages (model/facts.ts). */
    word: string;
    symbolKind: SymbolKind;
    completionKind: CompletionItemKind;
    /** Semantic token type of its name (declaration and references). */
    tokenType: string;
}

/** How the editor shows each kind of named declaration; the word comes from the facts table. */
const PRESENTATION: Readonly<Record<NamedDeclarationType, Omit<DeclarationInfo, 'word'>>> = {
    Network: { symbolKind: SymbolKind.Namespace, completionKind: CompletionItemKind.Module, tokenType: 'namespace' },
    Partner: { symbolKind: SymbolKind.Class, completionKind: CompletionItemKind.Class, tokenType: 'class' },
    Role: { symbolKind: SymbolKind.Interface, completionKind: CompletionItemKind.Interface, tokenType: 'interface' },
    Goal: { symbolKind: SymbolKind.Enum, completionKind: CompletionItemKind.Enum, tokenType: 'enum' },
    Meeting: { symbolKind: SymbolKind.Event, completionKind: CompletionItemKind.Event, tokenType: 'function' }
};

export const DECLARATIONS: Readonly<Record<NamedDeclarationType, DeclarationInfo>> = Object.fromEntries(
    NAMED_DECLARATION_TYPES.map(type => [type, { word: DECLARATION_FACTS[type].word, ...PRESENTATION[type] }])
) as Record<NamedDeclarationType, DeclarationInfo>;

/** A whole text that is a name: the grammar's terminal ID (utils/names.ts). */
export { NAME_PATTERN } from '../utils/names.js';

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

/** The file name shown next to symbols. */
export { lastSegment as fileName } from '../utils/uris.js';

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

/** Whether a model element was built from this AST node (same file, same start). */
export function isAt(location: SourceLocation, uri: string, node: AstNode): boolean {
    const start = node.$cstNode?.range.start;
    return location.uri === uri && start !== undefined
        && location.range.start.line === start.line && location.range.start.character === start.character;
}

/**
 * The model element this declaration stands for; undefined for one the analysis leaves out (a
 * second declaration of a name, a self-tie, a tie with an unknown partner, a second tie of a pair).
 */
export function modelOf(network: NetworkModel, node: ast.Tie, uri: string): TieModel | undefined;
export function modelOf(network: NetworkModel, node: ast.Element, uri: string): Element | undefined;
export function modelOf(network: NetworkModel, node: ast.Element, uri: string): Element | undefined {
    const name = ast.isTie(node) ? `${node.left?.$refText} -- ${node.right?.$refText}` : node.name;
    const element = elementOf(network, DECLARATION_FACTS[node.$type].kind, name);
    return element && isAt(element.location, uri, node) ? element : undefined;
}
