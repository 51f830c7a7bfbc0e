/**
 * Langium's parser keeps the last document it parsed: its node builder holds the root of that
 * document's syntax tree (and through it the whole tree, AST and text), and Chevrotain holds its
 * tokens, until the next parse. After a huge document is closed and dropped (and nothing else is
 * parsed for a while) that is hundreds of megabytes held for nothing; released here after each parse.
 */
import { createParser, LangiumParser, type AstNode, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';

export class PartnershipParser extends LangiumParser {
    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        const result = super.parse<T>(input, options);
        (this as unknown as { nodeBuilder: { buildRootNode(input: string): unknown } }).nodeBuilder.buildRootNode('');
        this.wrapper.input = [];
        return result;
    }
}

/** As Langium's createLangiumParser, with PartnershipParser. */
export function createPartnershipParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new PartnershipParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
