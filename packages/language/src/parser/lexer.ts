/**
 * A declaration keyword inside a block is read as a word, not as the start of a declaration, when
 * the file's braces pair up: declarations don't nest, so with every `{` closed the keyword can only
 * be a word typed in the wrong place (`goal` in a network block), and reading it as a declaration
 * would make the parser close the block there and read the rest of the block as stray properties.
 * When the braces don't pair up, a block was left open and the keyword does start the next
 * declaration (parser/syntax-errors.ts says which block is not closed).
 */
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { DECLARATION_WORDS } from '../model/facts.js';

const DECLARATION_KEYWORDS = new Set(DECLARATION_WORDS);

export class PartnershipLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        if (options?.mode === 'partial') return result;
        const name = this.definition.ID as TokenType | undefined;
        if (!name) return result;
        let depth = 0;
        let balanced = true;
        const nested: IToken[] = [];
        for (const token of result.tokens) {
            const type = token.tokenType.name;
            if (type === '{') depth++;
            else if (type === '}' && --depth < 0) balanced = false;
            else if (depth > 0 && DECLARATION_KEYWORDS.has(type)) nested.push(token);
        }
        if (balanced && depth === 0) for (const token of nested) retype(token, name);
        return result;
    }
}

function retype(token: IToken, type: TokenType): void {
    token.tokenType = type;
    token.tokenTypeIdx = type.tokenTypeIdx!;
}
