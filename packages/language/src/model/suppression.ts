/**
 * `// @allow CODE[, CODE...] -- reason` on the line (or comment lines) right above a declaration
 * silences those rule codes on that declaration.
 */

export interface AllowComment {
    codes: string[];
    reason?: string;
    line: number;
    /** Column range of each code in the line, for diagnostics on unknown codes. */
    codeColumns: Array<{ code: string; start: number; end: number }>;
}

const COMMENT_LINE = /^\s*\/\//;
const MALFORMED = /^(\s*)\/\/\s*@allow\b/;
const ALLOW = /^(\s*\/\/\s*@allow\s+)([\w-]+(?:\s*,\s*[\w-]+)*)\s*(?:--\s*(.*))?$/;

export class AllowComments {
    private readonly lines: string[];
    private readonly allows = new Map<number, AllowComment>();
    /** `// @allow ...` lines that are not written as `// @allow CODE[, CODE] -- reason`. */
    readonly malformed: Array<{ line: number; start: number; end: number }> = [];

    constructor(text: string) {
        // Line breaks as in LSP (and so in every range): \r\n, \n or a lone \r.
        this.lines = text.split(/\r\n|\r|\n/);
        this.lines.forEach((line, index) => {
            if (!line.includes('@allow')) return;
            const match = ALLOW.exec(line);
            if (!match) {
                const at = MALFORMED.exec(line);
                if (at) this.malformed.push({ line: index, start: at[1].length, end: line.trimEnd().length });
                return;
            }
            const codeColumns: AllowComment['codeColumns'] = [];
            const codePattern = /[\w-]+/g;
            let found: RegExpExecArray | null;
            while ((found = codePattern.exec(match[2])) !== null) {
                const start = match[1].length + found.index;
                codeColumns.push({ code: found[0], start, end: start + found[0].length });
            }
            this.allows.set(index, {
                codes: codeColumns.map(c => c.code),
                reason: match[3]?.trim() || undefined,
                line: index,
                codeColumns
            });
        });
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
        for (let l = line - 1; l >= 0 && COMMENT_LINE.test(this.lines[l]); l--) {
            this.allows.get(l)?.codes.forEach(code => codes.add(code));
        }
        return codes;
    }
}

/** Whether only whitespace and block comments come before `character` on a line. */
export function startsLine(line: string, character: number): boolean {
    return line.substring(0, character).replace(/\/\*.*?\*\//g, '').trim() === '';
}
