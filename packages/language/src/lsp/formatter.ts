/**
 * The formatter: one canonical layout for `.partnership` files (docs/language.md, "Layout").
 *
 * - a declaration's header on one line, single spaces between tokens: `partner Name "Title" {`,
 *   `tie A -- B {`; a declaration without a block stays one line (`goal G "x"`); an empty block
 *   is written `{}`;
 * - one property per line, indented 4 spaces per block level (the network's `policy { ... }`
 *   block is a nested level); `}` on its own line; no blank lines inside a block;
 * - inside a property: single spaces, no space before `,` and one after, `4 hours/month` without
 *   spaces around `/`, `50%` without a space before `%`, trust aspects on the trust line;
 * - exactly one blank line between top-level declarations; no blank lines at the start of the
 *   file and exactly one line break at its end; no trailing whitespace after line comments.
 *
 * Comments are never dropped or moved to another line:
 * - a comment after code on the same line (a trailing comment) stays there, with the spacing the
 *   author gave it (at least one space), so aligned trailing comments stay aligned;
 * - a comment on its own line is re-indented to its block level. Between top-level comments and
 *   declarations, 0 blank lines stay 0 and more become 1, so a `// @allow` run stays directly above
 *   the declaration it silences, and a detached comment stays detached. Between a declaration and a
 *   comment that follows it on a later line there is exactly one blank line.
 * - where a comment sits between two tokens that belong on one line (`sector // why` + newline +
 *   `nonprofit`), the token after it goes on a continuation line (one level deeper): the formatter
 *   never puts code after a line comment.
 *
 * The editor's tab size and insert-spaces options are ignored: the layout is the same for everyone
 * (and for `partnership format`). Documents with syntax errors are left alone (no edits), which
 * AbstractFormatter already guarantees.
 *
 * Langium's AbstractFormatter does the token layout (the `format` method below). What it cannot do
 * is done by small overrides rather than a text post-pass, so that the result is still a list of
 * edits (and range formatting still works):
 * - it formats comments only by re-indenting them and never normalises blank lines around them, so
 *   `createHiddenTextEdits` also sets the line breaks before a comment (the blank-line rules above)
 *   and trims trailing whitespace;
 * - it leaves the whitespace after a comment untouched when the next token should follow on the
 *   same line, so `createTextEdit` handles that case (continuation line or one space);
 * - the end of the file has no token to hang a formatting on, so `doDocumentFormat` adds that edit,
 *   forces the canonical options and keeps `\r\n` line endings.
 */
import { GrammarAST, isCompositeCstNode, isLeafCstNode, CstUtils, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode, type TextDocument } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingContext } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-protocol';
import * as ast from '../generated/ast.js';
import { DECLARATION_TYPES, propertiesOf, propertyFact } from '../model/facts.js';
import { pushAll } from '../utils/arrays.js';

/** The canonical indentation, whatever the editor asks for. */
export const CANONICAL_FORMATTING_OPTIONS: FormattingOptions = { tabSize: 4, insertSpaces: true };

/** Keywords that begin a property line inside a declaration's block (model/facts.ts: those written in the declaration's own rule). */
const PROPERTY_KEYWORDS: ReadonlySet<string> = new Set(DECLARATION_TYPES.flatMap(type =>
    propertiesOf(type).flatMap(fact => (fact.lead === 'keyword' && fact.keyword ? [fact.keyword] : []))));

export class PartnershipFormatter extends AbstractFormatter {

    /** The leaves (tokens and comments) of the document being formatted, in text order. */
    private leaves: LeafCstNode[] = [];
    private leafIndex = new Map<CstNode, number>();
    /** Per leaf: how many `{` blocks are open at it (a `}` counts as outside its block). */
    private depths: number[] = [];
    private rootCst: CstNode | undefined;

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const root = document.parseResult.value.$cstNode;
        this.rootCst = root;
        this.leaves = root ? CstUtils.flattenCst(root).toArray() : [];
        this.leafIndex = new Map(this.leaves.map((leaf, index) => [leaf, index]));
        this.depths = this.blockDepths(this.leaves);
        try {
            const edits = super.doDocumentFormat(document, CANONICAL_FORMATTING_OPTIONS, range);
            const end = this.endOfFileEdit(document, range);
            if (end) edits.push(end);
            return this.withLineEnding(document, edits, range);
        } finally {
            this.leaves = [];
            this.leafIndex = new Map();
            this.depths = [];
            this.rootCst = undefined;
        }
    }

    protected format(node: AstNode): void {
        if (ast.isModel(node)) {
            this.formatModel(node);
        } else if (ast.isNetwork(node) || ast.isGoal(node) || ast.isRole(node) || ast.isPartner(node) || ast.isMeeting(node)) {
            const f = this.getNodeFormatter(node);
            f.property('name').prepend(Formatting.oneSpace());
            f.property('title').prepend(Formatting.oneSpace());
            this.formatBlock(node, cst => this.startsProperty(cst));
        } else if (ast.isTie(node)) {
            const f = this.getNodeFormatter(node);
            f.property('left').prepend(Formatting.oneSpace());
            f.keyword('--').prepend(Formatting.oneSpace());
            f.property('right').prepend(Formatting.oneSpace());
            this.formatBlock(node, cst => this.startsProperty(cst));
        } else if (ast.isPolicy(node)) {
            // Every setting (threshold or rule severity) is one line.
            this.formatBlock(node, cst => isCompositeCstNode(cst));
        } else if (ast.isThreshold(node)) {
            const f = this.getNodeFormatter(node);
            f.property('value').prepend(Formatting.oneSpace());
            f.keyword('%').prepend(Formatting.noSpace());
        } else if (ast.isRuleSeverity(node)) {
            const f = this.getNodeFormatter(node);
            f.properties('code', 'severity').prepend(Formatting.oneSpace());
        } else if (ast.isRate(node)) {
            // 4 hours/month
            const f = this.getNodeFormatter(node);
            f.property('unit').prepend(Formatting.oneSpace());
            f.keyword('/').prepend(Formatting.noSpace());
            f.property('per').prepend(Formatting.noSpace());
        } else if (ast.isCadence(node)) {
            // every 3 months
            const f = this.getNodeFormatter(node);
            f.properties('count', 'unit').prepend(Formatting.oneSpace());
        } else if (ast.isDuration(node)) {
            this.getNodeFormatter(node).property('unit').prepend(Formatting.oneSpace());
        } else if (ast.isTrust(node)) {
            // trust 4 | trust reliability 4 mission 5 openness 4, all on the trust line
            const f = this.getNodeFormatter(node);
            f.properties('overall', 'aspects').prepend(Formatting.oneSpace());
            f.keyword('as-of').prepend(Formatting.oneSpace());
            f.property('asOf').prepend(Formatting.oneSpace());
        } else if (ast.isRating(node)) {
            // rating by A reliability 4 mission 5 openness 3 on 2026-06-01, on one line
            const f = this.getNodeFormatter(node);
            f.keywords('by', 'on').prepend(Formatting.oneSpace());
            f.properties('rater', 'aspects', 'date').prepend(Formatting.oneSpace());
        } else if (ast.isPartnerValue(node)) {
            // value influence 4 involvement 3 resources 5
            this.getNodeFormatter(node).properties('aspects').prepend(Formatting.oneSpace());
        } else if (ast.isTrustAspect(node) || ast.isValueAspect(node)) {
            this.getNodeFormatter(node).property('score').prepend(Formatting.oneSpace());
        } else if (ast.isGive(node) || ast.isAsk(node)) {
            // A gives data, funding | A asks volunteers
            const f = this.getNodeFormatter(node);
            f.keywords('gives', 'asks').prepend(Formatting.oneSpace());
            f.properties('values').prepend(Formatting.oneSpace());
            f.keywords(',').prepend(Formatting.noSpace());
        } else if (ast.isObservation(node) || ast.isTarget(node)) {
            // 1200 on 2025-01-01 | 1440 by 2027-12-31
            const f = this.getNodeFormatter(node);
            f.keywords('on', 'by').prepend(Formatting.oneSpace());
            f.property('date').prepend(Formatting.oneSpace());
        } else if (ast.isPartnerStage(node)) {
            // exploring since 2026-02-01
            const f = this.getNodeFormatter(node);
            f.keyword('since').prepend(Formatting.oneSpace());
            f.property('since').prepend(Formatting.oneSpace());
        }
    }

    /**
     * Top level: no blank lines before the first declaration, exactly one between declarations.
     * A comment run directly above a declaration stays directly above it (0 blank lines stay 0, more
     * become 1); a block comment on the declaration's own line (`/* x *\/ partner A`) stays there.
     */
    private formatModel(model: ast.Model): void {
        const f = this.getNodeFormatter(model);
        for (const element of model.elements) {
            const cst = element.$cstNode;
            if (!cst) continue;
            const first = this.firstLeaf(cst);
            const index = first ? this.leafIndex.get(first) : undefined;
            if (index === undefined) continue;
            const previous = this.leaves[index - 1];
            let action: FormattingAction | undefined;
            if (!previous) {
                action = Formatting.noSpace();
            } else if (!previous.hidden || this.isTrailingComment(index - 1)) {
                action = Formatting.newLines(2);
            } else if (previous.range.end.line < cst.range.start.line) {
                action = Formatting.fit(Formatting.newLine(), Formatting.newLines(2));
            }
            if (action) f.node(element).prepend(action);
        }
    }

    /**
     * A `{ ... }` block: ` {` after the header, each property on its own line one level in, `}` on
     * its own line; `{}` when empty. `startsProperty` tells which of the block's CST children begin
     * a property line; every other token of a property follows the previous one after one space
     * (no space before a comma).
     */
    private formatBlock(node: AstNode, startsProperty: (cst: CstNode) => boolean): void {
        const f = this.getNodeFormatter(node);
        const open = f.keyword('{');
        const close = f.keyword('}');
        if (open.nodes.length === 0 || close.nodes.length === 0) return;
        open.prepend(Formatting.oneSpace());
        const interior = f.interior(open, close);
        if (interior.nodes.length === 0) {
            close.prepend(Formatting.noSpace());
            return;
        }
        for (const child of interior.nodes) {
            if (child.hidden) {
                // Comments are laid out by createHiddenTextEdits.
                continue;
            } else if (startsProperty(child)) {
                f.cst([child]).prepend(Formatting.indent());
            } else if (isLeafCstNode(child) && child.text === ',' && GrammarAST.isKeyword(child.grammarSource)) {
                f.cst([child]).prepend(Formatting.noSpace());
            } else {
                f.cst([child]).prepend(Formatting.oneSpace());
            }
        }
        close.prepend(Formatting.newLine());
    }

    /** Whether a CST child of a declaration's block begins a property line. */
    private startsProperty(cst: CstNode): boolean {
        if (isLeafCstNode(cst)) {
            return GrammarAST.isKeyword(cst.grammarSource) && PROPERTY_KEYWORDS.has(cst.grammarSource.value);
        }
        const node = cst.astNode;
        // Sub-rules that are a whole property (model/facts.ts, lead 'rule'): a policy block, a trust
        // line, a `gives` line and a meeting's cadence (`every 2 weeks`, written without a keyword before it).
        return node.$container !== undefined && node.$containerProperty !== undefined
            && propertyFact(node.$container.$type, node.$containerProperty)?.lead === 'rule';
    }

    /**
     * A token that belongs on the line of the comment before it (`sector // why` + newline +
     * `nonprofit`). After a line comment, or a block comment that the token does not share a line
     * with, it goes on the next line, indented one level deeper than its block, as a continuation
     * line; after a block comment on its line, it follows after one space.
     * (AbstractFormatter would leave the whitespace after a comment as it is.)
     */
    protected override createTextEdit(a: CstNode | undefined, b: CstNode, formatting: FormattingAction, context: FormattingContext): TextEdit[] {
        if (a && isLeafCstNode(a) && a.hidden && !b.hidden
            && formatting.moves.length > 0 && formatting.moves.every(move => move.lines === undefined && move.tabs === undefined)) {
            const first = this.firstLeaf(b);
            const index = first ? this.leafIndex.get(first) : undefined;
            const range = { start: a.range.end, end: b.range.start };
            if (index !== undefined && (a.text.startsWith('//') || range.end.line > range.start.line)) {
                return [{ range, newText: '\n' + this.indentation(this.depths[index] + 1) }];
            }
            // Never glued to the comment: `/* c */,` and `/* c *//month` read badly.
            return [{ range, newText: ' ' }];
        }
        return super.createTextEdit(a, b, formatting, context);
    }

    /**
     * Comments. AbstractFormatter only re-indents a comment on its own line; this indents it to its
     * block level, sets the line breaks before it (no blank line in a block or at the start of the
     * file; one blank line after a declaration; 0 or 1, as written, after another comment at the top
     * level), makes sure a trailing comment has a space before it, and trims trailing whitespace
     * after a line comment.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const index = this.leafIndex.get(hidden);
        if (!isLeafCstNode(hidden) || index === undefined) {
            return super.createHiddenTextEdits(previous, hidden, formatting, context);
        }
        const edits: TextEdit[] = [];
        const start = hidden.range.start;
        if (previous && previous.range.end.line === start.line) {
            // A trailing comment stays on its line, with the spacing the author gave it.
            if (previous.end === hidden.offset) edits.push({ range: { start, end: start }, newText: ' ' });
        } else {
            const indentation = this.indentation(this.depths[index]);
            const breaks = this.lineBreaksBefore(previous, hidden);
            const from = previous ? previous.range.end : { line: 0, character: 0 };
            edits.push({ range: { start: from, end: start }, newText: '\n'.repeat(breaks) + indentation });
            // Continuation lines of a block comment move with its first line.
            const shift = indentation.length - this.column(context.document.getText({ start: { line: start.line, character: 0 }, end: start }));
            if (shift !== 0) pushAll(edits, this.shiftContinuationLines(hidden, shift));
        }
        const trailing = /[ \t]+$/.exec(hidden.text);
        if (trailing && hidden.text.startsWith('//')) {
            const end = hidden.range.end;
            edits.push({ range: { start: { line: end.line, character: end.character - trailing[0].length }, end }, newText: '' });
        }
        return edits;
    }

    /** Line breaks before a comment that starts a line. */
    private lineBreaksBefore(previous: CstNode | undefined, hidden: LeafCstNode): number {
        if (!previous) return 0;
        if (hidden.container !== this.rootCst) return 1;
        if (!previous.hidden) return 2;
        const previousIndex = this.leafIndex.get(previous);
        if (previousIndex !== undefined && this.isTrailingComment(previousIndex)) return 2;
        const existing = hidden.range.start.line - previous.range.end.line;
        return Math.min(Math.max(existing, 1), 2);
    }

    /** Whether the comment at this leaf index follows code on the line it starts on. */
    private isTrailingComment(index: number): boolean {
        let line = this.leaves[index].range.start.line;
        for (let k = index - 1; k >= 0; k--) {
            const leaf = this.leaves[k];
            if (leaf.range.end.line !== line) return false;
            if (!leaf.hidden) return true;
            line = leaf.range.start.line;
        }
        return false;
    }

    /**
     * Indents (shift > 0) or outdents the second and later lines of a block comment, keeping them
     * where they were relative to its first line. Blank lines in the comment are left alone.
     */
    private shiftContinuationLines(hidden: LeafCstNode, shift: number): TextEdit[] {
        const edits: TextEdit[] = [];
        // Line breaks as in LSP positions: \r\n, \n or a lone \r.
        const textLines = hidden.text.split(/\r\n|\r|\n/);
        const firstLine = hidden.range.start.line;
        for (let i = 1; i < textLines.length; i++) {
            const text = textLines[i];
            if (text.trim() === '') continue;
            const line = firstLine + i;
            const leading = /^[ \t]*/.exec(text)![0];
            const newText = ' '.repeat(Math.max(0, this.column(leading) + shift));
            if (newText !== leading) edits.push({ range: { start: { line, character: 0 }, end: { line, character: leading.length } }, newText });
        }
        return edits;
    }

    /** For each leaf, the number of blocks open at it. */
    private blockDepths(leaves: LeafCstNode[]): number[] {
        let depth = 0;
        return leaves.map(leaf => {
            if (leaf.hidden || !GrammarAST.isKeyword(leaf.grammarSource)) return depth;
            if (leaf.text === '{') return depth++;
            if (leaf.text === '}') depth = Math.max(0, depth - 1);
            return depth;
        });
    }

    private indentation(depth: number): string {
        return ' '.repeat(CANONICAL_FORMATTING_OPTIONS.tabSize * depth);
    }

    /**
     * AbstractFormatter writes `\n`; a file whose first line ends in `\r\n` (or a lone `\r`) gets
     * that in the new text instead, so formatting a Windows file does not mix line endings. A file
     * that mixes them already gets its first one throughout (in the range formatted): otherwise the
     * first line break could change, and formatting the result again would change it again.
     */
    private withLineEnding(document: LangiumDocument, edits: TextEdit[], range: Range | undefined): TextEdit[] {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
        const result = eol === '\n' ? edits : edits
            .map(edit => ({ range: edit.range, newText: edit.newText.replace(/\n/g, eol) }))
            .filter(edit => edit.newText !== textDocument.getText(edit.range));
        const covered = result.map(edit => [textDocument.offsetAt(edit.range.start), textDocument.offsetAt(edit.range.end)]);
        const from = range ? textDocument.offsetAt(range.start) : 0;
        const to = range ? textDocument.offsetAt(range.end) : text.length;
        for (const match of text.matchAll(/\r\n|\r|\n/g)) {
            const start = match.index;
            const end = start + match[0].length;
            if (match[0] === eol || start < from || end > to || covered.some(([a, b]) => a <= start && end <= b)) continue;
            result.push({ range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, newText: eol });
        }
        return result;
    }

    /**
     * Langium drops an edit whose new text equals the old one with every `\r` removed (so that a
     * `\r\n` is not rewritten as `\n`); but a lone `\r` is a line break of its own (as in LSP
     * positions), and removing it is an edit.
     */
    protected override isNecessary(edit: TextEdit, document: TextDocument): boolean {
        return edit.newText !== document.getText(edit.range).replace(/\r\n/g, '\n');
    }

    /** Exactly one line break after the last token or comment; an empty text stays empty. */
    private endOfFileEdit(document: LangiumDocument, range: Range | undefined): TextEdit | undefined {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const last = this.leaves[this.leaves.length - 1];
        const endRange: Range = {
            start: last ? last.range.end : { line: 0, character: 0 },
            end: textDocument.positionAt(text.length)
        };
        if (range && range.end.line < endRange.start.line) return undefined;
        const newText = last ? '\n' : '';
        // A `\r\n` is one line break (withLineEnding writes the file's own), but a lone `\r` is one
        // too: removing every `\r` would take `\n\r` or `\r\r\n` for the one break they are not.
        const existing = text.substring(last ? last.end : 0).replace(/\r\n/g, '\n');
        return existing === newText ? undefined : { range: endRange, newText };
    }

    private firstLeaf(cst: CstNode): LeafCstNode | undefined {
        let node: CstNode | undefined = cst;
        while (node && isCompositeCstNode(node)) node = node.content.find(child => !child.hidden) ?? node.content[0];
        return node && isLeafCstNode(node) ? node : undefined;
    }

    /** Width of leading whitespace, tabs counted as the canonical tab size. */
    private column(text: string): number {
        return text.replace(/\t/g, ' '.repeat(CANONICAL_FORMATTING_OPTIONS.tabSize)).length;
    }
}
