/**
 * Which CST nodes carry which property of an AST node, collected in one walk per node.
 *
 * Langium's `GrammarUtils.findNodeForProperty` walks the node's whole CST subtree on every call; asking
 * it for five properties of each of 50,000 ties costs seconds. This indexes all assignments of a node
 * at once. The index is kept only for the node last asked about, and only until the running task
 * ends (a microtask): its callers ask about one node several times in a row (the structural checks
 * property by property, a model's property locations, a code action), and an index kept per node for
 * as long as the syntax tree lives cost 44 MB at 10,000 partners, read by nothing after the build.
 */
import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

const featureCache = new WeakMap<object, string | null>();

/** The node last indexed and its index; cleared at the end of the task that built it, so it keeps no syntax tree alive. */
let lastNode: AstNode | undefined;
let lastIndex: Map<string, CstNode[]> | undefined;
let clearQueued = false;
const clearLast = () => {
    lastNode = undefined;
    lastIndex = undefined;
    clearQueued = false;
};

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
    if (node === lastNode && lastIndex) return lastIndex;
    const index = new Map<string, CstNode[]>();
    const root = node.$cstNode;
    if (root) collect(root, node, index, true);
    lastNode = node;
    lastIndex = index;
    if (!clearQueued) {
        clearQueued = true;
        queueMicrotask(clearLast);
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
    if (node === lastNode && lastIndex) return lastIndex.get(property)?.[0];
    // One property (a declaration's name, a tie's second partner): the walk stops at it, without an index.
    const root = node.$cstNode;
    return root ? first(root, node, property, true) : undefined;
}

function first(cst: CstNode, element: AstNode, property: string, top: boolean): CstNode | undefined {
    if (!top) {
        const feature = featureOf(cst);
        if (feature) return feature === property ? cst : undefined;
    }
    if (isCompositeCstNode(cst) && cst.astNode === element) {
        for (const child of cst.content) {
            const found = first(child, element, property, false);
            if (found) return found;
        }
    }
    return undefined;
}

/** Features seen by the walk of hasRepeatedProperty (one set, emptied after each walk). */
const seenFeatures = new Set<string>();

/**
 * Whether one of `properties` is assigned more than once in `node` (as propertyNodes would list it
 * twice), found by a walk that builds no index and stops at the first repeat: the structural check
 * of single properties asks this of every element, and almost none repeats one.
 */
export function hasRepeatedProperty(node: AstNode, properties: ReadonlySet<string>): boolean {
    const root = node.$cstNode;
    if (!root || properties.size === 0) return false;
    try {
        return repeats(root, node, properties, true);
    } finally {
        seenFeatures.clear();
    }
}

function repeats(cst: CstNode, element: AstNode, properties: ReadonlySet<string>, top: boolean): boolean {
    if (!top) {
        const feature = featureOf(cst);
        if (feature) {
            if (!properties.has(feature)) return false;
            if (seenFeatures.has(feature)) return true;
            seenFeatures.add(feature);
            return false;
        }
    }
    if (isCompositeCstNode(cst) && cst.astNode === element) {
        for (const child of cst.content) {
            if (repeats(child, element, properties, false)) return true;
        }
    }
    return false;
}
