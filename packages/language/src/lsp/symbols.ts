/**
 * Outline (document symbols), workspace symbols and folding ranges.
 *
 * - Document symbols: one per top-level declaration, in file order. Ties have no name and are
 *   listed as `A -- B`. The network lists its policy blocks as children. The detail is the title
 *   (or the kind of declaration), then a partner's stage and since when, or that a goal is achieved.
 * - Workspace symbols: every declaration of every network, with the network (or, for loose files,
 *   the folder) as container name, so the same name in two networks can be told apart.
 * - Folding: declaration and policy blocks, block comments, and runs of two or more `//` lines.
 */
import { GrammarUtils, interruptAndCheck, type AstNode, type CstNode, type LangiumDocument, type IndexManager } from 'langium';
import {
    DefaultFoldingRangeProvider, type DocumentSymbolProvider, type FuzzyMatcher, type LangiumServices,
    type LangiumSharedServices, type WorkspaceSymbolProvider
} from 'langium/lsp';
import {
    CancellationToken, FoldingRange, FoldingRangeKind, SymbolKind,
    type DocumentSymbol, type DocumentSymbolParams, type FoldingRangeParams, type WorkspaceSymbol, type WorkspaceSymbolParams
} from 'vscode-languageserver';
import { isGoal, isModel, isNetwork, isPartner, isTie, type Element, type Tie } from '../generated/ast.js';
import type { NetworkGroups } from '../workspace/network-groups.js';
import { groupLabel, isLooseGroup } from '../workspace/network-groups.js';
import { DECLARATIONS, leavesBetween, titleOf } from './declarations.js';
import { isNamedDeclarationType } from '../model/facts.js';

/** The label of a tie in outlines and messages. */
export function tieLabel(tie: Tie): string {
    return `${tie.left?.$refText || '?'} -- ${tie.right?.$refText || '?'}`;
}

export class PartnershipDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams, _cancelToken?: CancellationToken): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!isModel(root)) return [];
        return root.elements.map(element => this.symbolOf(element)).filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
    }

    private symbolOf(element: Element): DocumentSymbol | undefined {
        const cst = element.$cstNode;
        if (!cst) return undefined;
        if (isTie(element)) {
            const left = element.left?.$refNode;
            const right = element.right?.$refNode;
            const selection = left ? { start: left.range.start, end: (right ?? left).range.end } : cst.range;
            return { name: tieLabel(element), kind: SymbolKind.Operator, detail: 'tie', range: cst.range, selectionRange: selection };
        }
        const nameNode = GrammarUtils.findNodeForProperty(cst, 'name');
        if (!nameNode || !element.name || !isNamedDeclarationType(element.$type)) return undefined;
        const title = titleOf(element);
        const symbol: DocumentSymbol = {
            name: element.name,
            detail: [title ?? DECLARATIONS[element.$type].word, ...standing(element)].join(' · '),
            kind: DECLARATIONS[element.$type].symbolKind,
            range: cst.range,
            selectionRange: nameNode.range
        };
        if (isNetwork(element) && element.policies.length > 0) {
            symbol.children = element.policies
                .filter(policy => policy.$cstNode)
                .map(policy => ({
                    name: 'policy',
                    detail: `${policy.settings.length} setting${policy.settings.length === 1 ? '' : 's'}`,
                    kind: SymbolKind.Object,
                    range: policy.$cstNode!.range,
                    selectionRange: GrammarUtils.findNodeForKeyword(policy.$cstNode, 'policy')?.range ?? policy.$cstNode!.range
                }));
        }
        return symbol;
    }
}

/** Where a partner or goal stands, at a glance: `exploring since 2026-07-01`, `achieved 2026-10-15`. */
function standing(element: Element): string[] {
    if (isPartner(element) && element.stage?.value) return [element.stage.since ? `${element.stage.value} since ${element.stage.since}` : element.stage.value];
    if (isGoal(element) && element.achieved) return [`achieved ${element.achieved}`];
    return [];
}

export class PartnershipWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly indexManager: IndexManager;
    private readonly fuzzyMatcher: FuzzyMatcher;
    private readonly groups: NetworkGroups;

    constructor(shared: LangiumSharedServices & { network: { Groups: NetworkGroups } }) {
        this.indexManager = shared.workspace.IndexManager;
        this.fuzzyMatcher = shared.lsp.FuzzyMatcher;
        this.groups = shared.network.Groups;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        // The language server waits until the workspace is indexed before it asks.
        const query = params.query;
        const networkNames = new Map<string, string>();
        for (const network of this.indexManager.allElements('Network')) {
            const group = this.groups.groupOf(network.documentUri);
            if (!networkNames.has(group)) networkNames.set(group, network.name);
        }
        const symbols: WorkspaceSymbol[] = [];
        let count = 0;
        for (const description of this.indexManager.allElements()) {
            if (++count % 1000 === 0) await interruptAndCheck(cancelToken);
            if (!isNamedDeclarationType(description.type) || !this.fuzzyMatcher.match(query, description.name)) continue;
            const segment = description.nameSegment;
            if (!segment) continue;
            const group = this.groups.groupOf(description.documentUri);
            const container = description.type === 'Network' ? undefined
                : networkNames.get(group) ?? (isLooseGroup(group) ? `${groupLabel(group)} (no network)` : groupLabel(group));
            symbols.push({
                name: description.name,
                kind: DECLARATIONS[description.type].symbolKind,
                containerName: container,
                location: { uri: description.documentUri.toString(), range: segment.range }
            });
        }
        return symbols;
    }
}

export class PartnershipFoldingRangeProvider extends DefaultFoldingRangeProvider {
    constructor(services: LangiumServices) {
        super(services);
    }

    override getFoldingRanges(document: LangiumDocument, _params: FoldingRangeParams, _cancelToken?: CancellationToken): FoldingRange[] {
        const ranges: FoldingRange[] = [];
        const root = document.parseResult.value;
        if (!isModel(root)) return ranges;
        for (const element of root.elements) {
            this.block(document, element, ranges);
            if (isNetwork(element)) element.policies.forEach(policy => this.block(document, policy, ranges));
        }
        if (root.$cstNode) this.comments(document, root.$cstNode, ranges);
        return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
    }

    /** A `{ ... }` block from its first line to the line before its closing brace. */
    private block(document: LangiumDocument, node: AstNode, ranges: FoldingRange[]): void {
        const cst = node.$cstNode;
        if (!cst) return;
        const open = GrammarUtils.findNodeForKeyword(cst, '{');
        const close = GrammarUtils.findNodeForKeyword(cst, '}');
        if (!open || !close) return;
        const start = cst.range.start.line;
        // Keep the closing brace visible, unless it shares its line with more text.
        const closeLine = close.range.start.line;
        const lineText = document.textDocument.getText({ start: { line: closeLine, character: 0 }, end: close.range.start });
        const end = lineText.trim() === '' ? closeLine - 1 : closeLine;
        if (end > start) ranges.push(FoldingRange.create(start, end));
    }

    /** Block comments over several lines, and runs of `//` lines (each alone on its line). */
    private comments(document: LangiumDocument, root: CstNode, ranges: FoldingRange[]): void {
        let runStart = -1;
        let runEnd = -1;
        const flush = () => {
            if (runEnd > runStart && runStart >= 0) ranges.push(FoldingRange.create(runStart, runEnd, undefined, undefined, FoldingRangeKind.Comment));
            runStart = runEnd = -1;
        };
        for (const node of leavesBetween(root, 0, Number.MAX_SAFE_INTEGER)) {
            if (!node.hidden) continue;
            const { start, end } = node.range;
            if (node.tokenType.name === 'ML_COMMENT') {
                flush();
                if (end.line > start.line) ranges.push(FoldingRange.create(start.line, end.line, undefined, undefined, FoldingRangeKind.Comment));
            } else if (node.tokenType.name === 'SL_COMMENT') {
                const before = document.textDocument.getText({ start: { line: start.line, character: 0 }, end: start });
                if (before.trim() !== '') {
                    flush();
                } else if (runEnd >= 0 && start.line === runEnd + 1) {
                    runEnd = start.line;
                } else {
                    flush();
                    runStart = runEnd = start.line;
                }
            }
        }
        flush();
    }
}
