/**
 * Semantic highlighting. Walks the leaf tokens of the document once and classifies each by the
 * grammar element that produced it:
 *
 * | token | type | modifiers |
 * |---|---|---|
 * | name of a network, partner, role, goal, meeting | namespace, class, interface, enum, function | `declaration` |
 * | reference to one | the type of the kind the reference expects | — |
 * | keywords (`partner`, `sector`, `every`, ...) | keyword | — |
 * | stage, strength, severity, trust aspect | enumMember | — |
 * | values, sectors, rule codes after `rule` | enumMember | `defaultLibrary` if the word is in the vocabulary or a known code |
 * | rule codes in `// @allow` comments | enumMember | `defaultLibrary` (known codes only; others stay comment) |
 * | units (`hours/month`, `weeks`, `minutes`, `%`) | type | `defaultLibrary` |
 * | numbers and dates | number | — |
 * | display strings, lanes, contacts | string | — |
 * | threshold keys in a policy | property | — |
 * | `@allow` in a comment | decorator | — |
 * | `--` between tie partners | operator | — |
 *
 * Comments and punctuation are left to the TextMate grammar.
 */
import { AstUtils, GrammarAST, interruptAndCheck, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes, type CancellationToken } from 'vscode-languageserver';
import { RULES_BY_CODE } from '../rules/index.js';
import { isNamedDeclarationType, KEYWORD_SETS, SECTORS, VALUES } from '../model/facts.js';
import { DECLARATIONS, leavesBetween } from './declarations.js';
import { ALLOW_SYNTAX, codesIn } from '../model/suppression.js';

/** The grammar's keyword sets (model/facts.ts): named choices and units. */
const ENUM_RULES: ReadonlySet<string> = new Set(Object.entries(KEYWORD_SETS).filter(([, set]) => set.kind === 'choice').map(([rule]) => rule));
const UNIT_RULES: ReadonlySet<string> = new Set(Object.entries(KEYWORD_SETS).filter(([, set]) => set.kind === 'unit').map(([rule]) => rule));
const STRING_PROPERTIES = new Set(['title', 'lane', 'contact']);
const KNOWN_VALUES: ReadonlySet<string> = new Set(VALUES);
const KNOWN_SECTORS: ReadonlySet<string> = new Set(SECTORS);

interface Classification {
    type: string;
    modifier?: string | string[];
}

export class PartnershipSemanticTokenProvider extends AbstractSemanticTokenProvider {
    /** Cache per grammar element: most tokens are classified by where they come from in the grammar. */
    private readonly byGrammar = new Map<GrammarAST.AbstractElement, Classification | null | 'dynamic'>();

    protected override async computeHighlighting(document: LangiumDocument, acceptor: SemanticTokenAcceptor, cancelToken: CancellationToken): Promise<void> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return;
        const range = this.currentRange;
        const from = range ? document.textDocument.offsetAt(range.start) : 0;
        const to = range ? document.textDocument.offsetAt(range.end) : Number.MAX_SAFE_INTEGER;
        let count = 0;
        for (const node of leavesBetween(root, from, to)) {
            if (++count % 5000 === 0) await interruptAndCheck(cancelToken);
            if (node.hidden) {
                if (node.tokenType.name === 'SL_COMMENT') this.highlightAllow(node, acceptor);
                continue;
            }
            const classification = this.classify(node);
            if (classification) acceptor({ cst: node, type: classification.type, modifier: classification.modifier });
        }
    }

    protected override highlightElement(_node: AstNode, _acceptor: SemanticTokenAcceptor): 'prune' {
        return 'prune'; // computeHighlighting walks the tokens instead
    }

    private classify(leaf: CstNode): Classification | undefined {
        // A kind of value is read by the data type rule ValueWord: its assignment (`gives`, `provides`...) is one level up.
        const inValueWord = leaf.grammarSource && AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule)?.name === 'ValueWord';
        const source = inValueWord ? leaf.container?.grammarSource : leaf.grammarSource;
        if (!source) return undefined;
        let cached = this.byGrammar.get(source);
        if (cached === undefined) {
            cached = this.classifyGrammar(source);
            this.byGrammar.set(source, cached);
        }
        if (cached !== 'dynamic') return cached ?? undefined;
        return this.classifyByValue(leaf, source);
    }

    /** What a token is, from its grammar element alone; 'dynamic' when it depends on the text. */
    private classifyGrammar(source: GrammarAST.AbstractElement): Classification | null | 'dynamic' {
        const rule = AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name ?? '';
        if (GrammarAST.isKeyword(source)) {
            const value = source.value;
            if (ENUM_RULES.has(rule)) return { type: SemanticTokenTypes.enumMember };
            if (UNIT_RULES.has(rule) || (rule === 'Rate' && value === '/') || value === '%') {
                return { type: SemanticTokenTypes.type, modifier: SemanticTokenModifiers.defaultLibrary };
            }
            if (value === '--') return { type: SemanticTokenTypes.operator };
            return /\p{L}/u.test(value) ? { type: SemanticTokenTypes.keyword } : null;
        }
        const crossReference = AstUtils.getContainerOfType(source, GrammarAST.isCrossReference);
        if (crossReference) {
            const target = crossReference.type.ref?.name ?? '';
            return isNamedDeclarationType(target) ? { type: DECLARATIONS[target].tokenType } : null;
        }
        const assignment = AstUtils.getContainerOfType(source, GrammarAST.isAssignment);
        const feature = assignment?.feature;
        if (feature === 'name' && isNamedDeclarationType(rule)) {
            return { type: DECLARATIONS[rule].tokenType, modifier: SemanticTokenModifiers.declaration };
        }
        if (feature && STRING_PROPERTIES.has(feature)) return { type: SemanticTokenTypes.string };
        if (rule === 'Threshold' && feature === 'key') return { type: SemanticTokenTypes.property };
        if ((rule === 'Role' && feature === 'provides') || (rule === 'Goal' && feature === 'needs') || ((rule === 'Give' || rule === 'Ask') && feature === 'values')
            || (rule === 'Partner' && feature === 'sector') || (rule === 'RuleSeverity' && feature === 'code')) {
            return 'dynamic';
        }
        if (GrammarAST.isRuleCall(source)) {
            const terminal = source.rule.ref?.name;
            if (terminal === 'NUMBER' || terminal === 'DATE') return { type: SemanticTokenTypes.number };
            if (terminal === 'STRING') return { type: SemanticTokenTypes.string };
        }
        return null;
    }

    /** Vocabulary words and rule codes: marked `defaultLibrary` only when they are known. */
    private classifyByValue(leaf: CstNode, source: GrammarAST.AbstractElement): Classification | undefined {
        const assignment = AstUtils.getContainerOfType(source, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name;
        const word = leaf.text;
        const known = rule === 'RuleSeverity' ? RULES_BY_CODE.has(word)
            : assignment?.feature === 'sector' ? KNOWN_SECTORS.has(word)
                : KNOWN_VALUES.has(word);
        return known
            ? { type: SemanticTokenTypes.enumMember, modifier: SemanticTokenModifiers.defaultLibrary }
            : { type: SemanticTokenTypes.enumMember };
    }

    /** `// @allow CODE, CODE -- reason`: the marker and the known rule codes. */
    private highlightAllow(comment: CstNode, acceptor: SemanticTokenAcceptor): void {
        const match = ALLOW_SYNTAX.marker.exec(comment.text);
        if (!match) return;
        const line = comment.range.start.line;
        const start = comment.range.start.character;
        acceptor({ line, char: start + match[1].length, length: match[2].length, type: SemanticTokenTypes.decorator });
        if (!match[4]) return;
        const listStart = start + match[1].length + match[2].length + (match[3]?.length ?? 0);
        for (const { code, index } of codesIn(match[4])) {
            if (!RULES_BY_CODE.has(code)) continue;
            acceptor({ line, char: listStart + index, length: code.length, type: SemanticTokenTypes.enumMember, modifier: SemanticTokenModifiers.defaultLibrary });
        }
    }
}
