/**
 * Smaller leaves for the syntax tree (CST), for batch runs (`compactSyntaxTrees`, used by
 * `partnership validate`): one leaf per token, so a 100,000-partner network has about thirteen
 * million of them, and their size is much of what a big `partnership validate` holds. The language
 * server keeps Langium's leaves: it asks for ranges after every edit, and working them out each time
 * cost it about a fifth of an edit's time.
 *
 * Langium's leaf keeps its token's offset and length and, besides, its start and end line and column
 * (ten fields, 104 bytes in V8). The lines and columns follow from the offsets and the document's
 * text, so this leaf keeps the offset, the length and the token type only (five fields, 64 bytes,
 * the "hidden" flag packed with the offset) and works its range out when asked: from the line starts
 * of its tree's text, found once per tree (a typed array, 4 bytes a line) and searched by bisection.
 * A line ends where Chevrotain's lexer ends one (at `\n`, `\r\n` or a lone `\r`, as the LSP's text
 * documents do), so the range is the one Langium's leaf gave: the same lines and columns, in UTF-16
 * code units, end exclusive (tests compare them with the lexer's positions).
 *
 * The inner nodes (one per rule read, six or seven a tie) drop Langium's cache of their range: the
 * cache kept a range object for most of them after validation had asked once (590,000 of 850,000 at
 * 10,000 partners, 23 MB), where the model keeps the ranges it needs itself. Their range is worked
 * out from their first and last tokens as before, when asked.
 */
import { CstNodeBuilder, AbstractCstNode, type CompositeCstNode, type CstNode, type GrammarAST, type LeafCstNodeImpl, type AstNode, type LeafCstNode, type RootCstNode } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import type { Range } from 'vscode-languageserver-types';
import { lineOf, lineStarts } from './syntax-errors.js';

/** The offset of each line's first character in each tree's text, computed on the first range asked. */
const lineStartsOf = new WeakMap<RootCstNode, Uint32Array>();

/**
 * The tree last asked about, its line starts and the line of its last offset: the model's build
 * asks for the ranges of a file's nodes one after another, mostly in the order of the text, so the
 * next offset is mostly on the same line or a few lines on (found without the weak map and the
 * bisection; 0.4 s of ranges at 10,000 partners). Forgotten at the end of the task (a microtask), so
 * that no syntax tree is kept alive by it.
 */
let lastRoot: RootCstNode | undefined;
let lastStarts: Uint32Array | undefined;
let lastLine = 0;
let forgetQueued = false;
const forget = () => {
    lastRoot = undefined;
    lastStarts = undefined;
    lastLine = 0;
    forgetQueued = false;
};

function startsOf(root: RootCstNode): Uint32Array {
    if (root === lastRoot) return lastStarts!;
    let starts = lineStartsOf.get(root);
    if (!starts) lineStartsOf.set(root, starts = lineStarts(root.fullText));
    lastRoot = root;
    lastStarts = starts;
    lastLine = 0;
    if (!forgetQueued) {
        forgetQueued = true;
        queueMicrotask(forget);
    }
    return starts;
}

/** lineOf(starts, offset), looked for first from the line of the last offset asked (see lastLine). */
function lineAt(starts: Uint32Array, offset: number): number {
    let line = starts === lastStarts ? lastLine : 0;
    if (starts[line] <= offset) {
        const lines = starts.length;
        for (let step = 0; step < 8 && line + 1 < lines && starts[line + 1] <= offset; step++) line++;
        if (line + 1 < lines && starts[line + 1] <= offset) line = lineOf(starts, offset);
    } else {
        line = lineOf(starts, offset);
    }
    if (starts === lastStarts) lastLine = line;
    return line;
}

/** A token's node in the syntax tree: its offset, length and type; its lines and columns worked out on demand. */
export class CompactLeafCstNode extends AbstractCstNode implements LeafCstNode {
    /** The offset times two, plus one when the token is hidden (a comment): one small integer for both. */
    private readonly _start: number;
    private readonly _length: number;
    private readonly _tokenType: TokenType;

    constructor(offset: number, length: number, tokenType: TokenType, hidden: boolean) {
        super();
        // `| 0` keeps the fields small integers (V8 would box a double copied from the token).
        this._start = ((offset * 2) | 0) + (hidden ? 1 : 0);
        this._length = length | 0;
        this._tokenType = tokenType;
    }

    get offset(): number {
        return this._start >>> 1;
    }

    get length(): number {
        return this._length;
    }

    get end(): number {
        return (this._start >>> 1) + this._length;
    }

    get hidden(): boolean {
        return (this._start & 1) === 1;
    }

    get tokenType(): TokenType {
        return this._tokenType;
    }

    get astNode(): AstNode {
        const container = this.container;
        if (!container) throw new Error('This node has no associated AST element');
        return container.astNode;
    }

    get range(): Range {
        const starts = startsOf(this.root);
        const offset = this._start >>> 1;
        const end = offset + this._length;
        const startLine = lineAt(starts, offset);
        // Tokens rarely span lines: look further only when the end is past the start's line.
        const endLine = startLine + 1 < starts.length && starts[startLine + 1] <= end ? lineAt(starts, end) : startLine;
        return {
            start: { line: startLine, character: offset - starts[startLine] },
            end: { line: endLine, character: end - starts[endLine] }
        };
    }
}

/** A rule's node in the syntax tree, as Langium's without the cached range. */
export class CompactCompositeCstNode extends AbstractCstNode implements CompositeCstNode {
    /** Changed through the builder only (it keeps the children's `container` right). */
    content: CstNode[] = [];
    /** The AST node this node is the `$cstNode` of (the field's name is Langium's: its root node has it too). */
    _astNode: AstNode | undefined = undefined;

    get astNode(): AstNode {
        for (let node: CompositeCstNode | undefined = this; node; node = node.container) {
            // Langium's root node keeps its AST node in the same field.
            const own = (node as unknown as { _astNode?: AstNode })._astNode;
            if (own) return own;
        }
        throw new Error('This node has no associated AST element');
    }

    set astNode(value: AstNode) {
        this._astNode = value;
    }

    get hidden(): boolean {
        return false;
    }

    get offset(): number {
        return this.firstNonHiddenNode?.offset ?? 0;
    }

    get length(): number {
        return this.end - this.offset;
    }

    get end(): number {
        return this.lastNonHiddenNode?.end ?? 0;
    }

    get range(): Range {
        const first = this.firstNonHiddenNode;
        const last = this.lastNonHiddenNode;
        if (!first || !last) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        // From the first token's offset and the last one's end, as their ranges would give them
        // (without making the two ranges to keep half of each).
        const starts = startsOf(this.root);
        const offset = first.offset;
        const startLine = lineAt(starts, offset);
        const start = { line: startLine, character: offset - starts[startLine] };
        const end = last.end;
        const endLine = lineAt(starts, end);
        return { start, end: endLine < startLine ? start : { line: endLine, character: end - starts[endLine] } };
    }

    get firstNonHiddenNode(): CstNode | undefined {
        for (const child of this.content) if (!child.hidden) return child;
        return this.content[0];
    }

    get lastNonHiddenNode(): CstNode | undefined {
        for (let i = this.content.length - 1; i >= 0; i--) if (!this.content[i].hidden) return this.content[i];
        return this.content[this.content.length - 1];
    }
}

/** Langium's CST builder, making CompactLeafCstNode leaves and CompactCompositeCstNode inner nodes. */
export class CompactCstNodeBuilder extends CstNodeBuilder {
    override buildCompositeNode(feature: GrammarAST.AbstractElement): CompositeCstNode {
        const node = new CompactCompositeCstNode();
        node.grammarSource = feature;
        this.appendChild(this.current, node);
        (this as unknown as { nodeStack: CompositeCstNode[] }).nodeStack.push(node);
        return node;
    }

    protected override createLeafNode(token: IToken, hidden: boolean): LeafCstNodeImpl {
        return new CompactLeafCstNode(token.startOffset, token.image.length, token.tokenType, hidden) as unknown as LeafCstNodeImpl;
    }
}
