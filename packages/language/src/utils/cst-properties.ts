/**
 * Which CST nodes carry which property of an AST node, collected in one walk per node.
 *
 * Langium's `GrammarUtils.findNodeForProperty` walks the node's whole CST subtree on every call; asking
 * it for five properties of each of 50,000 ties costs seconds. This indexes all assignments of a node
 * at once and caches the index per node (the cache dies with the AST).
 */
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

const featureCache = new WeakMap<object, string | null>();
const indexCache = new WeakMap<AstNode, Map<string, CstNode[]>>();

function featureOf(cst: CstNode): string | undefined {
    const source = cst.grammarSource;
    if (!source) return undefined;
    let feature = featureCache.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        featureCache.set(source, feature);
    }
    return feature ?? undefined;
}

/** All CST nodes assigned to each property of `node`, in source order. */
export function propertyNodes(node: AstNode): ReadonlyMap<string, readonly CstNode[]> {
    let index = indexCache.get(node);
    if (!index) {
        index = new Map();
        const root = node.$cstNode;
        if (root) collect(root, node, index, true);
        indexCache.set(node, index);
    }
    return index;
}

function collect(cst: CstNode, element: AstNode, index: Map<string, CstNode[]>, first: boolean): void {
    if (!first) {
        const feature = featureOf(cst);
        if (feature) {
            const list = index.get(feature);
            if (list) list.push(cst); else index.set(feature, [cst]);
            return;
        }
    }
    if (isCompositeCstNode(cst) && cst.astNode === element) {
        for (const child of cst.content) collect(child, element, index, false);
    }
}

/** The first CST node of `property` in `node`, like `GrammarUtils.findNodeForProperty(node.$cstNode, property)`. */
export function propertyNode(node: AstNode, property: string): CstNode | undefined {
    return propertyNodes(node).get(property)?.[0];
}
