/**
 * The parser's errors carry facts, not wording: what was expected (the token names that could come
 * next) and in which grammar rule. parser/syntax-errors.ts turns them, with the tokens around the
 * mistake, into one message in plain words. Nothing here reaches a user.
 */
import { AbstractParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

export interface ErrorFacts {
    /** mismatch: one token expected; choice: one of several; rest: input after the end of the file's grammar. */
    kind: 'mismatch' | 'choice' | 'rest';
    /** The names of the tokens that could come here (keywords as themselves: '}', 'hours'; terminals: ID, NUMBER...). */
    expected: string[];
    /** The innermost grammar rule being parsed. */
    rule: string;
}

const MARK = '\u0000facts:';

/** Langium marks rule names with a zero-width space; a keyword token may end with ':KW'. */
export function cleanName(name: string): string {
    return name.replace(/\u200b/g, '').replace(/:KW$/, '');
}

function encode(facts: ErrorFacts): string {
    return MARK + JSON.stringify(facts);
}

/** The facts of a parser error's message, if it came from here. */
export function decodeFacts(message: string): ErrorFacts | undefined {
    if (!message.startsWith(MARK)) return undefined;
    try {
        return JSON.parse(message.slice(MARK.length)) as ErrorFacts;
    } catch {
        return undefined;
    }
}

function firstTokens(paths: TokenType[][]): string[] {
    const names = paths.map(path => path[0]).filter((type): type is TokenType => type !== undefined).map(type => cleanName(type.name));
    return [...new Set(names)];
}

export class PartnershipParserErrorMessageProvider extends AbstractParserErrorMessageProvider {
    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return encode({ kind: 'mismatch', expected: [cleanName(options.expected.name)], rule: cleanName(options.ruleName) });
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return encode({ kind: 'rest', expected: [], rule: cleanName(options.ruleName) });
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return encode({ kind: 'choice', expected: firstTokens(options.expectedPathsPerAlt.flat()), rule: cleanName(options.ruleName) });
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return encode({ kind: 'choice', expected: firstTokens(options.expectedIterationPaths), rule: cleanName(options.ruleName) });
    }
}
