/**
 * Names in any script. The terminal ID is a Unicode regular expression (letters and digits of every
 * script, combining marks), which Chevrotain cannot analyse: Langium then lexes it with a pattern
 * function, and by default that costs the lexer its first-character optimisation and the keywords
 * their "longer alternative" (so `partnerX` would lex as the keyword `partner` and the name `X`).
 * Both are given back here: the ID token says which characters can start it, and every keyword that
 * is itself a name (`partner`, `hours`, `last-checkin`) yields to a longer name.
 */
import { DefaultTokenBuilder, GrammarAST, GrammarUtils } from 'langium';
import type { TokenType, TokenVocabulary } from 'chevrotain';

/** Every character code that can start a name: `_`, the letters, and any code unit from U+0100 on (the pattern decides). */
function nameStartHint(): number[] {
    const codes: number[] = [];
    const letter = /[_\p{L}]/u;
    for (let code = 0; code < 0x100; code++) {
        if (letter.test(String.fromCharCode(code))) codes.push(code);
    }
    // Chevrotain groups the codes above U+00FF in blocks of 255; one code per block is enough to
    // make the name a candidate there (high surrogates included, for letters outside the BMP).
    for (let code = 0x100; code <= 0xffff; code += 128) codes.push(code);
    return codes;
}

/**
 * Reads a name at an offset: most names are ASCII, and an ASCII regular expression (which V8 runs
 * much faster than a Unicode one) reads them; the Unicode one takes over where a name has a letter,
 * mark or digit beyond ASCII. The two agree on ASCII text: \\w is [A-Za-z0-9_], as \\p{L}\\p{M}\\p{N}_ is there.
 */
export function namePattern(unicode: RegExp): (text: string, offset: number) => RegExpExecArray | null {
    const ascii = /[_a-zA-Z]\w*(?:-\w+)*/y;
    const full = new RegExp(unicode.source, 'uy');
    return (text, offset) => {
        ascii.lastIndex = offset;
        const match = ascii.exec(text);
        const first = text.charCodeAt(offset);
        if (!match) {
            if (first < 0x80) return null;
        } else {
            const end = offset + match[0].length;
            const next = text.charCodeAt(end);
            if (!(next >= 0x80) && !(next === 0x2d && text.charCodeAt(end + 1) >= 0x80)) return match;
        }
        full.lastIndex = offset;
        return full.exec(text);
    };
}

export class PartnershipTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: GrammarAST.Grammar, options?: { caseInsensitive?: boolean }): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const name = tokens.find(token => token.name === 'ID');
        const read = (name?.PATTERN as { exec?: (text: string, offset: number) => RegExpExecArray | null } | undefined)?.exec;
        if (name && read) {
            // A keyword that is itself a whole name yields to a longer name.
            for (const token of tokens) {
                if (typeof token.PATTERN === 'string' && read(token.PATTERN, 0)?.[0] === token.PATTERN) token.LONGER_ALT = name;
            }
        }
        return tokens;
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'ID') {
            token.PATTERN = { exec: namePattern(GrammarUtils.terminalRegex(terminal)) };
            token.START_CHARS_HINT = nameStartHint();
            token.LINE_BREAKS = false;
        }
        return token;
    }
}
