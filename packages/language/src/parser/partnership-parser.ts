/**
 * The language's parser: Langium's, with two changes.
 *
 * - Syntax errors come out in plain words, one per mistake (parser/syntax-errors.ts), and what the
 *   parser's error recovery built from the damaged text is taken out of the syntax tree: a property
 *   half read (`effort 4 hrs/month` leaves an effort without unit) and whatever the parser made of
 *   the words after the mistake (`hrs` read as a partner giving something). The rest of the file is
 *   read and checked as usual. The names in the damaged text are kept (damagedNames) so that an
 *   unresolved reference to one of them is known as an echo of the slip, not a mistake of its own.
 * - Langium's parser keeps the last document it parsed: its node builder holds the root of that
 *   document's syntax tree (and through it the whole tree, AST and text), and Chevrotain holds its
 *   tokens, until the next parse. After a huge document is closed and dropped (and nothing else is
 *   parsed for a while) that is hundreds of megabytes held for nothing; released here after each parse.
 */
import { AstUtils, createParser, LangiumParser, type AstNode, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import { isDeclarationType } from '../model/facts.js';
import { lineOf, lineStarts, plainSyntaxErrors, type Slip } from './syntax-errors.js';

const CURLY_OR_BROKEN = /[\u201c\u201d\u201e\u00ab\u00bb\ufffd]/;

const damaged = new WeakMap<AstNode, ReadonlySet<string>>();

/** The names written in the stretches of a document that syntax errors damaged. */
export function damagedNames(root: AstNode): ReadonlySet<string> {
    return damaged.get(root) ?? new Set();
}

export class PartnershipParser extends LangiumParser {
    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        const result = super.parse<T>(input, options);
        const tokens = (this.wrapper as unknown as { input: IToken[] }).input;
        if (result.lexerErrors.length > 0 || result.parserErrors.length > 0 || CURLY_OR_BROKEN.test(input)) {
            const slips = plainSyntaxErrors(input, tokens, result.lexerErrors, result.parserErrors);
            const starts = lineStarts(input);
            result.lexerErrors = [];
            result.parserErrors = slips.map(slip => toException(slip, starts));
            if (result.value) damaged.set(result.value, removeDamage(result.value, slips, tokens));
        }
        (this as unknown as { nodeBuilder: { buildRootNode(input: string): unknown } }).nodeBuilder.buildRootNode('');
        this.wrapper.input = [];
        return result;
    }
}

/** A slip as the parser error Langium's validator turns into a diagnostic (lines and columns from 1, end column inclusive). */
function toException(slip: Slip, starts: number[]): IRecognitionException {
    const position = (offset: number) => {
        const line = lineOf(starts, offset);
        return { line: line + 1, column: offset - starts[line] + 1 };
    };
    const start = position(slip.offset);
    const last = position(Math.max(slip.offset, slip.end - 1));
    const token = {
        image: '', startOffset: slip.offset, endOffset: Math.max(slip.offset, slip.end - 1),
        startLine: start.line, startColumn: start.column, endLine: last.line, endColumn: slip.end > slip.offset ? last.column : start.column - 1,
        tokenTypeIdx: 0, tokenType: { name: 'slip', PATTERN: undefined }
    } as unknown as IToken;
    return { name: 'SyntaxSlip', message: slip.message, token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] } } as IRecognitionException;
}

/**
 * Takes out of the tree what the recovery built in the damaged stretches: nodes that begin in one,
 * and the property being read when the mistake was noticed. Declarations stay (with what was read of
 * them); returns the names written in the damaged stretches.
 */
function removeDamage(root: AstNode, slips: readonly Slip[], tokens: readonly IToken[]): Set<string> {
    const names = new Set<string>();
    const inDamage = (offset: number) => slips.some(slip => (offset >= slip.offset && offset < slip.end) || (offset >= slip.origin && offset < slip.damagedEnd));
    for (const token of tokens) {
        if (token.tokenType.name === 'ID' && inDamage(token.startOffset)) names.add(token.image.normalize('NFC'));
    }
    const doomed: AstNode[] = [];
    for (const node of AstUtils.streamAst(root)) {
        if (node === root || isDeclarationType(node.$type) || !node.$cstNode) continue;
        const { offset: start, end } = node.$cstNode;
        const hit = slips.some(slip => (start >= slip.origin && start < slip.damagedEnd)
            // The property being read: a rule the parser was in, ending with the last token before
            // the place where the mistake was noticed.
            || (slip.rules.includes(node.$type) && start < slip.origin && end <= slip.origin && end >= slip.before));
        if (hit && !doomed.some(ancestor => isInside(node, ancestor))) doomed.push(node);
    }
    for (const node of doomed) detach(node);
    return names;
}

function isInside(node: AstNode, ancestor: AstNode): boolean {
    for (let current = node.$container; current; current = current.$container) if (current === ancestor) return true;
    return false;
}

/** Removes a node from its container's property (keeping the other items' indexes right). */
function detach(node: AstNode): void {
    const container = node.$container as unknown as Record<string, unknown> | undefined;
    const property = node.$containerProperty;
    if (!container || !property) return;
    const value = container[property];
    if (Array.isArray(value)) {
        const at = value.indexOf(node);
        if (at >= 0) value.splice(at, 1);
        value.forEach((item: AstNode, index) => { (item as { $containerIndex?: number }).$containerIndex = index; });
    } else if (value === node) {
        delete container[property];
    }
}

/** As Langium's createLangiumParser, with PartnershipParser. */
export function createPartnershipParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new PartnershipParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

export type { ILexingError };
