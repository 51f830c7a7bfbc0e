/**
 * `// @allow CODE[, CODE...] -- reason` on the line (or comment lines) right above a declaration
 * silences those rule codes on that declaration.
 *
 * Only a `//` line comment carries a suppression, and which lines are line comments is the
 * parser's answer (the hidden comment tokens in the CST, see AllowComments.of): a line reading
 * `// @allow ...` inside a block comment is part of that comment, neither a suppression nor a
 * malformed one, and `//` in a string is no comment at all.
 */
import { CstUtils, isLeafCstNode, type AstNode, type LangiumDocument } from 'langium';

export interface AllowComment {
    codes: string[];
    reason?: string;
    line: number;
    /** Column range of each code in the line, for diagnostics on unknown codes. */
    codeColumns: Array<{ code: string; start: number; end: number }>;
}

const CODE = String.raw`[\w-]+`;
const CODES = String.raw`${CODE}(?:\s*,\s*${CODE})*`;

/**
 * The syntax of a suppression, for every part that reads one: the model (which codes a declaration
 * allows), the structural checks (malformed ones, unknown codes), hover, completion, highlighting
 * and the "Allow CODE here" quick fix.
 */
export const ALLOW_SYNTAX = {
    /** A line that is a line comment. */
    commentLine: /^\s*\/\//,
    /** A line that starts a suppression, written well or not (group 1: the indentation). */
    start: /^(\s*)\/\/\s*@allow\b/,
    /** A well-written suppression line: 1 everything before the codes, 2 the codes, 3 the reason. */
    line: new RegExp(String.raw`^(\s*\/\/\s*@allow\s+)(${CODES})\s*(?:--\s*(.*))?$`),
    /** A comment's text from `//`: 1 `// `, 2 the marker, 3 the space after it, 4 the codes (for highlighting). */
    marker: new RegExp(String.raw`^(\/\/\s*)(@allow)(?=\s|$)(\s+)?(${CODES})?`),
    /** The text before the cursor while codes are typed: 1 up to the codes, 2 the codes done, 3 the one being typed. */
    typingCodes: new RegExp(String.raw`^(\s*\/\/\s*@allow\s+)((?:${CODE}\s*,\s*)*)([\w-]*)$`),
    /** The text before the cursor while the marker is typed (`// @al`): 1 what is typed of it. */
    typingMarker: /^\s*\/\/\s*(@[\w]*)$/
} as const;

/** The rule codes in a list of codes (`a, b-c`), with where each starts in it. */
export function codesIn(list: string): Array<{ code: string; index: number }> {
    return [...list.matchAll(new RegExp(CODE, 'g'))].map(match => ({ code: match[0], index: match.index }));
}

/** Where each `//` line comment of a parsed document starts (the parser's hidden SL_COMMENT tokens). */
export function lineCommentsOf(root: AstNode | undefined): Array<{ line: number; character: number }> {
    const cst = root?.$cstNode;
    if (!cst) return [];
    const starts: Array<{ line: number; character: number }> = [];
    for (const node of CstUtils.streamCst(cst)) {
        if (isLeafCstNode(node) && node.hidden && node.tokenType.name === 'SL_COMMENT') starts.push(node.range.start);
    }
    return starts;
}

export class AllowComments {
    private readonly lines: string[];
    private readonly allows = new Map<number, AllowComment>();
    /** The lines that are a line comment (only indentation before it); undefined: every line that looks like one. */
    private readonly commentLines: ReadonlySet<number> | undefined;
    /** `// @allow ...` lines that are not written as `// @allow CODE[, CODE] -- reason`. */
    readonly malformed: Array<{ line: number; start: number; end: number }> = [];

    /** The suppressions of a parsed document, reading only its real `//` comments (see the module's comment). */
    static of(document: LangiumDocument): AllowComments {
        const text = document.textDocument.getText();
        return new AllowComments(text, text.includes('@allow') ? lineCommentsOf(document.parseResult?.value) : []);
    }

    /**
     * `lineComments`: where the text's `//` line comments start, as the parser found them; without
     * it (a fragment of text, such as one line under the cursor), a line that starts with `//` counts as one.
     */
    constructor(text: string, lineComments?: Iterable<{ line: number; character: number }>) {
        // Line breaks as in LSP (and so in every range): \r\n, \n or a lone \r.
        this.lines = text.split(/\r\n|\r|\n/);
        if (lineComments) {
            const lines = new Set<number>();
            for (const { line, character } of lineComments) {
                const indentation = /^\s*/.exec(this.lines[line] ?? '')![0].length;
                if (character === indentation) lines.add(line);
            }
            this.commentLines = lines;
        }
        this.lines.forEach((line, index) => {
            if (!line.includes('@allow')) return;
            if (this.commentLines && !this.commentLines.has(index)) return;
            const match = ALLOW_SYNTAX.line.exec(line);
            if (!match) {
                const at = ALLOW_SYNTAX.start.exec(line);
                if (at) this.malformed.push({ line: index, start: at[1].length, end: line.trimEnd().length });
                return;
            }
            const codeColumns: AllowComment['codeColumns'] = codesIn(match[2]).map(({ code, index }) => {
                const start = match[1].length + index;
                return { code, start, end: start + code.length };
            });
            this.allows.set(index, {
                codes: codeColumns.map(c => c.code),
                reason: match[3]?.trim() || undefined,
                line: index,
                codeColumns
            });
        });
    }

    private isCommentLine(line: number): boolean {
        return this.commentLines ? this.commentLines.has(line) : ALLOW_SYNTAX.commentLine.test(this.lines[line]);
    }

    all(): AllowComment[] {
        return [...this.allows.values()];
    }

    /**
     * Codes allowed for a declaration starting on `line` (0-based) at `character`. A declaration
     * that shares its first line with other code (`} partner A`) is not directly below a comment:
     * nothing is allowed for it (the formatter would move it away from the comment anyway).
     */
    allowedAt(line: number, character = 0): Set<string> {
        const codes = new Set<string>();
        if (this.allows.size === 0) return codes;
        if (!startsLine(this.lines[line] ?? '', character)) return codes;
        for (let l = line - 1; l >= 0 && this.isCommentLine(l); l--) {
            this.allows.get(l)?.codes.forEach(code => codes.add(code));
        }
        return codes;
    }
}

/** Whether only whitespace and block comments come before `character` on a line. */
export function startsLine(line: string, character: number): boolean {
    return line.substring(0, character).replace(/\/\*.*?\*\//g, '').trim() === '';
}
