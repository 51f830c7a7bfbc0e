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
 * - For a batch run (`compact`: partnership validate holds every file's tree at once), its syntax
 *   tree's leaves are smaller (parser/cst-nodes.ts): their lines and columns are worked out from their
 *   offsets when asked, not kept. The language server keeps Langium's: it asks for ranges after every
 *   edit, and working them out cost about a fifth of an edit's time (bench/lsp-latency.mjs).
 */
import { AstUtils, createParser, LangiumParser, type AstNode, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';
import { DECLARATION_FACTS, DECLARATION_WORDS, isDeclarationType } from '../model/facts.js';
import { lineOf, lineStarts, plainSyntaxErrors, type Slip } from './syntax-errors.js';
import { CompactCstNodeBuilder } from './cst-nodes.js';

const CURLY_OR_BROKEN = /[\u201c\u201d\u201e\u00ab\u00bb\ufffd]/;

export interface Damage {
    /** The names written in the stretches of a document that syntax errors damaged. */
    names: ReadonlySet<string>;
    /** Those stretches, as [start, end) offsets: nothing else is reported inside them. */
    spans: ReadonlyArray<readonly [number, number]>;
}

const NO_DAMAGE: Damage = { names: new Set(), spans: [] };
const damaged = new WeakMap<AstNode, Damage>();

/** What syntax errors damaged in a document (parsed by this parser). */
export function damageOf(root: AstNode): Damage {
    return damaged.get(root) ?? NO_DAMAGE;
}

export class PartnershipParser extends LangiumParser {
    constructor(services: LangiumCoreServices, compact = false) {
        super(services);
        if (compact) (this as unknown as { nodeBuilder: CompactCstNodeBuilder }).nodeBuilder = new CompactCstNodeBuilder();
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        const result = super.parse<T>(input, options);
        const tokens = (this.wrapper as unknown as { input: IToken[] }).input;
        if (result.lexerErrors.length > 0 || result.parserErrors.length > 0 || CURLY_OR_BROKEN.test(input)) {
            const slips = plainSyntaxErrors(input, tokens, result.lexerErrors, result.parserErrors);
            const starts = lineStarts(input);
            result.lexerErrors = [];
            result.parserErrors = slips.map(slip => toException(slip, starts));
            if (result.value) {
                const names = removeDamage(result.value, slips, tokens);
                const spans = slips.map(slip => [Math.min(slip.offset, slip.origin), slip.damagedEnd] as const).filter(([start, end]) => end > start);
                damaged.set(result.value, { names, spans });
            }
        }
        (this as unknown as { nodeBuilder: { buildRootNode(input: string): unknown } }).nodeBuilder.buildRootNode('');
        this.wrapper.input = [];
        return result;
    }
}

/** A slip as the parser error Langium's validator turns into a diagnostic (lines and columns from 1, end column inclusive). */
function toException(slip: Slip, starts: ArrayLike<number>): IRecognitionException {
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
    // A declaration with a slip in its block may not be what it was meant to be (`goal` typed for
    // `partner`): a reference to it that fails to resolve is an echo of the slip too.
    for (const element of (root as unknown as { elements?: AstNode[] }).elements ?? []) {
        const cst = element.$cstNode;
        // The slip is inside it, or right after what was read of it (a header the parser gave up on).
        if (!cst || !slips.some(slip => slip.origin >= cst.offset && (slip.origin < cst.end || slip.before <= cst.end))) continue;
        const { name, left, right } = element as { name?: unknown; left?: { $refText?: string }; right?: { $refText?: string } };
        for (const written of [name, left?.$refText, right?.$refText]) if (typeof written === 'string' && written) names.add(written);
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

const DECLARATION_KEYWORDS = new Set(DECLARATION_WORDS);
/** The keywords that begin a property line (`plays`, `capacity`, `rating`...). */
const PROPERTY_KEYWORDS = new Set(Object.values(DECLARATION_FACTS).flatMap(fact => fact.properties.map(property => property.keyword).filter((k): k is string => k !== undefined)));

/**
 * Chevrotain recovers from a wrong token by dropping it when the token after it is the one
 * expected. A declaration keyword is never dropped: it starts the next declaration, and dropping it
 * would read that declaration into the one whose block was left open (`roles` with its value
 * missing would take the next meeting's name as a role, its properties as duplicates).
 */
function keepDeclarationKeywords(parser: LangiumParser): void {
    const wrapper = (parser as unknown as { wrapper: {
        canRecoverWithSingleTokenDeletion(expected: unknown): boolean;
        canRecoverWithSingleTokenInsertion(expected: unknown, follows: unknown): boolean;
        LA(n: number): IToken;
    } }).wrapper;
    const canDelete = wrapper.canRecoverWithSingleTokenDeletion.bind(wrapper);
    const line = (token: IToken) => token.startLine ?? 0;
    wrapper.canRecoverWithSingleTokenDeletion = (expected: unknown) =>
        !(DECLARATION_KEYWORDS.has(wrapper.LA(1).tokenType.name) && line(wrapper.LA(1)) > line(wrapper.LA(0)))
        // Nor is the token that would be read instead taken from the next line: `gives %` and a
        // line `B gives ...` under it would read B as a value.
        && !(line(wrapper.LA(2)) > line(wrapper.LA(1)))
        && canDelete(expected);
    // And in the middle of a line, dropping the stray word beats making up the token expected
    // (`network meeting EastsideFood`: the name is there, one word after where it was expected);
    // unless the word begins a property (`sector plays Measurement`: the sector is what is missing,
    // and `plays Measurement` is read as written).
    const canInsert = wrapper.canRecoverWithSingleTokenInsertion.bind(wrapper);
    wrapper.canRecoverWithSingleTokenInsertion = (expected: unknown, follows: unknown) =>
        !(line(wrapper.LA(1)) === line(wrapper.LA(0)) && !PROPERTY_KEYWORDS.has(wrapper.LA(1).tokenType.name) && wrapper.canRecoverWithSingleTokenDeletion(expected))
        && canInsert(expected, follows);
}

/** As Langium's createLangiumParser, with PartnershipParser (`compact`: smaller syntax-tree leaves, for batch runs). */
export function createPartnershipParser(services: LangiumCoreServices, compact = false): LangiumParser {
    const parser = createParser(services.Grammar, new PartnershipParser(services, compact), services.parser.Lexer.definition);
    keepDeclarationKeywords(parser);
    parser.finalize();
    return parser;
}

