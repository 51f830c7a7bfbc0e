/**
 * Completion: keywords valid at the cursor (with documentation, in the documented order, without
 * single-valued properties the declaration already states), names of the right kind from the files
 * of the same network (scoping does the filtering), the closed vocabularies (values, sectors),
 * units, rule codes and threshold keys in a policy, rule codes in `// @allow` comments, and
 * snippets for new declarations.
 */
import {
    AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type AstNodeDescription, type AstNodeLocator, type LangiumDocument,
    type LangiumDocuments, type MaybePromise, type ReferenceInfo, type Stream
} from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions,
    type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import {
    CompletionItemKind, CompletionList, InsertTextFormat, MarkupKind, type CancellationToken, type CompletionItem, type CompletionParams,
    type InitializeParams, type MarkupContent
} from 'vscode-languageserver';
import { isAsk, isGive, isTie, type Trust } from '../generated/ast.js';
import { RULES, RULES_BY_CODE } from '../rules/index.js';
import { THRESHOLDS } from '../rules/policy.js';
import type { PartnershipServices } from '../partnership-module.js';
import type { PartnershipSettings } from '../validation/partnership-settings.js';
import { localToday } from '../utils/dates.js';
import {
    DECLARATION_FACTS, DECLARATION_TYPES, isDeclarationType, isNamedDeclarationType, KEYWORD_SETS, propertiesOf, propertyFact, SECTOR_DOCS, SECTORS,
    VALUE_DOCS, VALUES, wordOf, wordsOf, type DeclarationType
} from '../model/facts.js';
import { DECLARATIONS, fileName, nodeOf, titleOf } from './declarations.js';
import { ALLOW_SYNTAX } from '../model/suppression.js';

type Doc = string;

type KeywordProperty = { keyword: string; property: string; doc: Doc; once: boolean };

/**
 * The property keywords of each block (model/facts.ts), in the documented order: keyword, property,
 * documentation, stated at most once. A `gives` line has no keyword and is not offered here.
 */
const KEYWORD_PROPERTIES: ReadonlyMap<string, readonly KeywordProperty[]> = new Map(Object.keys(DECLARATION_FACTS).map(block =>
    [block, propertiesOf(block).flatMap(fact => (fact.keyword ? [{ ...fact, keyword: fact.keyword }] : []))]));

function keywordProperties(block: string): readonly KeywordProperty[] {
    return KEYWORD_PROPERTIES.get(block) ?? [];
}

/** Property keywords written in a rule of their own (`trust`, `policy`, `rule`): the block they belong to. */
const SUB_RULE_KEYWORD_BLOCK: ReadonlyMap<string, string> = new Map(Object.entries(DECLARATION_FACTS).flatMap(([block, facts]) =>
    facts.properties.flatMap(fact => (fact.lead === 'rule' && fact.keyword ? [[fact.keyword, block] as const] : []))));

/** Snippets for new declarations, in the documented order (their documentation is the facts table's). */
const SNIPPETS: Readonly<Record<DeclarationType, string>> = {
    Network: 'network ${1:Name} "${2:Display name}" {\n    us ${3:Partner}\n    budget ${4:40} hours/month\n    checkin every ${5:3} months\n}',
    Goal: 'goal ${1:Name} "${2:What the coalition wants to achieve}" {\n    cocreated-by ${3:Partner}\n    due ${4:2027-12-31}\n}',
    Role: `role \${1:Name} "\${2:Description}" {\n    provides \${3|${VALUES.join(',')}|}\n    serves \${4:Goal}\n}`,
    Partner: `partner \${1:Name} "\${2:Display name}" {\n    sector \${3|${SECTORS.join(',')}|}\n    plays \${4:Role}\n}`,
    Tie: `tie \${1:PartnerA} -- \${2:PartnerB} {\n    strength \${3|${wordsOf('Strength').join(',')}|}\n    trust \${4:3}\n    \${1} gives \${5|${VALUES.join(',')}|}\n    \${2} gives \${6|${VALUES.join(',')}|}\n}`,
    Meeting: 'meeting ${1:Name} "${2:Description}" {\n    every ${3:1} ${4|month,months,week,weeks,year,years|}\n    duration ${5:1} ${6|hour,hours,minutes|}\n    roles ${7:Role}\n}'
};

const TOP_LEVEL: ReadonlyArray<readonly [string, Doc, string]> = DECLARATION_TYPES.map(type => [DECLARATION_FACTS[type].word, DECLARATION_FACTS[type].doc, SNIPPETS[type]]);

/** Rates in the order they are most often written; `hour` first after an amount of 1. */
const RATE_PERIODS = ['month', 'week', 'year'] as const;


const markdown = (value: string): MarkupContent => ({ kind: MarkupKind.Markdown, value });


/** The declarations and lines that list kinds of value (`provides`, `needs`, `gives`, `asks`). */
const VALUE_LISTS: ReadonlySet<string> = new Set(['Give', 'Ask', 'Role', 'Goal']);
export class PartnershipCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['/', ',', '@'] };

    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly settings: PartnershipSettings;

    /** Whether the client takes snippets; true until a client says otherwise (and in tests). */
    private snippetSupport = true;

    constructor(services: PartnershipServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.settings = services.network.Settings;
    }

    protected override initialize(params: InitializeParams): void {
        super.initialize(params);
        this.snippetSupport = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    }

    /** Snippet items are left out for clients that can't expand them. */
    protected override fillCompletionItem(context: CompletionContext, item: CompletionValueItem): CompletionItem | undefined {
        if (!this.snippetSupport && item.insertTextFormat === InsertTextFormat.Snippet) return undefined;
        return super.fillCompletionItem(context, item);
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const before = text.substring(lineStart, offset);
        const comment = this.commentAt(document, offset, before);
        if (comment) {
            // Only `// @allow` comments have something to complete.
            return CompletionList.create(comment === 'line' ? this.allowCompletion(params, before) : [], false);
        }
        if (this.inString(before)) return CompletionList.create([], false);
        return super.getCompletion(document, params, cancelToken);
    }

    /** Whether the offset is inside a comment, and which kind. */
    private commentAt(document: LangiumDocument, offset: number, lineBefore: string): 'line' | 'block' | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeBeforeOffset(root, offset);
        if (leaf && leaf.hidden && leaf.offset < offset && (offset < leaf.end || (leaf.end === offset && !/\*\/$/.test(leaf.text)))) {
            if (leaf.tokenType.name === 'SL_COMMENT') return 'line';
            if (leaf.tokenType.name === 'ML_COMMENT') return 'block';
        }
        // A comment the parser has not seen yet (the text after a syntax error): look at the line.
        return this.lineCommentStart(lineBefore) >= 0 ? 'line' : undefined;
    }

    /** Column of a `//` outside strings in the text, or -1. */
    private lineCommentStart(line: string): number {
        let inString = false;
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (inString) {
                if (c === '\\') i++;
                else if (c === '"') inString = false;
            } else if (c === '"') {
                inString = true;
            } else if (c === '/' && line[i + 1] === '/') {
                return i;
            }
        }
        return -1;
    }

    private inString(line: string): boolean {
        let inString = false;
        for (let i = 0; i < line.length; i++) {
            if (inString && line[i] === '\\') i++;
            else if (line[i] === '"') inString = !inString;
        }
        return inString;
    }

    /** `// @allow co|` offers rule codes; `// @|` offers the `@allow` form itself. */
    private allowCompletion(params: CompletionParams, before: string): CompletionItem[] {
        const position = params.position;
        const allow = ALLOW_SYNTAX.typingCodes.exec(before);
        if (allow) {
            const listed = new Set(allow[2].split(',').map(code => code.trim()).filter(Boolean));
            const typed = allow[3];
            const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
            return RULES
                .filter(rule => !listed.has(rule.meta.code) && this.fuzzyMatcher.match(typed, rule.meta.code))
                .map((rule, index) => ({
                    label: rule.meta.code,
                    kind: CompletionItemKind.EnumMember,
                    detail: `${rule.meta.defaultSeverity}: ${rule.meta.summary}`,
                    documentation: this.ruleDocumentation(rule.meta.code),
                    sortText: `0_${pad(index)}`,
                    textEdit: { range, newText: rule.meta.code }
                }));
        }
        const start = ALLOW_SYNTAX.typingMarker.exec(before);
        if (start) {
            const typed = start[1];
            return [{
                label: '@allow',
                kind: CompletionItemKind.Snippet,
                detail: 'Silence rules on the declaration below',
                documentation: markdown('`// @allow CODE[, CODE...] -- reason` silences the named rules for findings on the declaration directly below. The reason after `--` is optional.'),
                insertTextFormat: this.snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
                textEdit: {
                    range: { start: { line: position.line, character: position.character - typed.length }, end: position },
                    newText: this.snippetSupport ? '@allow ${1:code} -- ${2:reason}' : '@allow '
                }
            }];
        }
        return [];
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (GrammarAST.isCrossReference(next.feature)) {
            return super.completionFor(context, this.onReferenceOwner(context, next), acceptor);
        }
        // A kind of value (`ValueWord`: a name, or `influence`, which is also a keyword): the vocabulary.
        if (AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name === 'ValueWord') {
            if (GrammarAST.isKeyword(next.feature)) return;
            const owner = context.node && AstUtils.getContainerOfType(context.node, (node): node is AstNode => VALUE_LISTS.has(node.$type));
            const ruleName = owner?.$type ?? 'Give';
            return this.completeVocabulary(context, acceptor, VALUES, VALUE_DOCS, 'value', this.listedValues(context, ruleName));
        }
        if (GrammarAST.isKeyword(next.feature)) {
            return super.completionFor(context, next, acceptor);
        }
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (!assignment || !rule) return;
        if (GrammarAST.isRuleCall(assignment.terminal) && assignment.terminal.rule.ref?.name === 'DATE') {
            return this.completeToday(context, acceptor);
        }
        switch (`${rule.name}.${assignment.feature}`) {
            case 'Partner.sector':
                return this.completeVocabulary(context, acceptor, SECTORS, SECTOR_DOCS, 'sector', new Set());
            case 'RuleSeverity.code':
                return this.completeRuleCodes(context, acceptor);
            case 'Threshold.key':
                return this.completeThresholds(context, acceptor);
            case 'Rate.amount':
                return this.completeRateSnippets(context, acceptor);
            case 'Duration.amount':
                return this.completeDurationSnippets(context, acceptor);
        }
    }

    /**
     * After a syntax error the node at the cursor can be another declaration than the one whose
     * reference is being typed (`tie g|oal`: the Goal, for the tie's `left`); Langium would then ask
     * the Goal for a `left` reference and fail. The reference is then completed on a new node of the
     * rule that holds it, as Langium does when a rule has just begun (`next.type`).
     */
    private onReferenceOwner(context: CompletionContext, next: NextFeature): NextFeature {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (next.type || !assignment || !rule || !context.node) return next;
        const properties = this.astReflection.getTypeMetaData(context.node.$type).properties as Record<string, { referenceType?: string } | undefined>;
        if (properties[assignment.feature]?.referenceType) return next;
        return { ...next, type: GrammarUtils.getRuleTypeName(rule) };
    }

    private completeVocabulary(context: CompletionContext, acceptor: CompletionAcceptor, words: readonly string[],
        docs: Readonly<Record<string, Doc>>, what: string, listed: Set<string>): void {
        words.forEach((word, index) => {
            if (listed.has(word)) return;
            acceptor(context, {
                label: word,
                kind: CompletionItemKind.EnumMember,
                detail: what,
                documentation: markdown(docs[word] ?? ''),
                sortText: `0_${pad(index)}`
            });
        });
    }

    /** A date: today's (or the configured `today`), the one a check-in, a reading or an achievement is most often written on. */
    private completeToday(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const today = this.settings.today ?? localToday();
        acceptor(context, { label: today, kind: CompletionItemKind.Constant, detail: 'today', sortText: '0_000' });
    }

    /** Values already listed in the `provides`/`gives` list at the cursor, except the one being typed. */
    private listedValues(context: CompletionContext, ruleName: string): Set<string> {
        const node = context.node && containerOfType(context.node, ruleName);
        const values = ruleName === 'Role' ? (node as { provides?: string[] } | undefined)?.provides
            : ruleName === 'Goal' ? (node as { needs?: string[] } | undefined)?.needs
                : (node as { values?: string[] } | undefined)?.values;
        const typing = context.textDocument.getText().substring(context.tokenOffset, context.tokenEndOffset);
        return new Set((values ?? []).filter(value => value !== typing));
    }

    private completeRuleCodes(context: CompletionContext, acceptor: CompletionAcceptor): void {
        RULES.forEach((rule, index) => acceptor(context, {
            label: rule.meta.code,
            kind: CompletionItemKind.EnumMember,
            detail: `${rule.meta.defaultSeverity}: ${rule.meta.summary}`,
            documentation: this.ruleDocumentation(rule.meta.code),
            sortText: `0_${pad(index)}`
        }));
    }

    private ruleDocumentation(code: string): MarkupContent {
        const rule = RULES_BY_CODE.get(code);
        if (!rule) return markdown('');
        return markdown(`**${code}**: ${rule.meta.summary}.\n\nDefault severity: \`${rule.meta.defaultSeverity}\`. [Documentation](${this.settings.docsUrl(code)})`);
    }

    private completeThresholds(context: CompletionContext, acceptor: CompletionAcceptor): void {
        THRESHOLDS.forEach((threshold, index) => acceptor(context, {
            label: threshold.key,
            kind: CompletionItemKind.Property,
            detail: `default ${threshold.default}, ${threshold.min}–${threshold.max}`,
            documentation: markdown(`**${threshold.key}**: ${threshold.description}.\n\nDefault \`${threshold.default}\`; allowed ${threshold.min} to ${threshold.max}${threshold.max === 1 ? ' (or a percentage: `50%`)' : ''}.`),
            sortText: `0_${pad(index)}`
        }));
    }

    private completeRateSnippets(context: CompletionContext, acceptor: CompletionAcceptor): void {
        RATE_PERIODS.forEach((period, index) => acceptor(context, {
            label: `N hours/${period}`,
            filterText: `hours/${period}`,
            kind: CompletionItemKind.Snippet,
            detail: 'rate',
            documentation: markdown(`A rate in hours per ${period}; every rate is converted to hours per month.`),
            insertText: `\${1:${period === 'year' ? 24 : period === 'week' ? 1 : 4}} hours/${period}`,
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: `2_${index}`
        }));
    }

    private completeDurationSnippets(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const items: Array<[string, string]> = [['N minutes', '${1:90} minutes'], ['N hours', '${1:2} hours']];
        items.forEach(([label, insertText], index) => acceptor(context, {
            label,
            kind: CompletionItemKind.Snippet,
            detail: 'duration',
            insertText,
            insertTextFormat: InsertTextFormat.Snippet,
            sortText: `2_${index}`
        }));
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        const ruleName = rule?.name ?? '';
        const value = keyword.value;

        // Top-level declarations: the keyword and a snippet for the whole block.
        const top = TOP_LEVEL.findIndex(([word]) => word === value);
        if (top >= 0 && isDeclarationRuleStart(keyword, ruleName)) {
            const [, doc, snippet] = TOP_LEVEL[top];
            acceptor(context, { label: value, kind: CompletionItemKind.Keyword, detail: 'declaration', documentation: markdown(doc), sortText: `1_${pad(top)}_a` });
            acceptor(context, {
                label: value,
                labelDetails: { description: `new ${value} block` },
                kind: CompletionItemKind.Snippet,
                detail: `new ${value}`,
                documentation: markdown('```partnership\n' + snippetPreview(snippet) + '\n```'),
                insertText: snippet,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: `1_${pad(top)}_b`
            });
            return;
        }

        // `4 hours/month`: the unit and the period in one item.
        if (ruleName === 'HourUnit') {
            if (value !== 'hours') return; // offered once for both spellings
            const singular = this.previousWord(context) === '1';
            const units = singular ? ['hour', 'hours'] : ['hours', 'hour'];
            units.forEach((unit, u) => RATE_PERIODS.forEach((period, p) => acceptor(context, {
                label: `${unit}/${period}`,
                kind: CompletionItemKind.Unit,
                detail: 'rate unit',
                documentation: markdown(period === 'month' ? 'Hours per month.' : period === 'week' ? 'Hours per week: 1 hour/week = 4.33 hours/month.' : 'Hours per year: 12 hours/year = 1 hour/month.'),
                sortText: `0_${u}${p}`
            })));
            return;
        }

        const enumDocs = KEYWORD_SETS[ruleName]?.words;
        if (enumDocs) {
            const index = enumDocs.findIndex(([word]) => word === value);
            let order = index;
            if (ruleName === 'PeriodUnit' || ruleName === 'DurationUnit') {
                // Singular after 1 (`every 1 month`, `1 hour`), plural otherwise.
                const previous = this.previousWord(context);
                const singularWanted = previous === '1' || previous === 'every';
                const isPlural = value.endsWith('s');
                order = index + (isPlural === singularWanted ? 10 : 0);
            }
            acceptor(context, {
                label: value,
                kind: KEYWORD_SETS[ruleName].kind === 'unit' ? CompletionItemKind.Unit : CompletionItemKind.EnumMember,
                detail: ruleName === 'Severity' ? this.severityDetail(context, value) : KEYWORD_SETS[ruleName].noun,
                documentation: markdown(enumDocs[index]?.[1] ?? ''),
                sortText: `0_${pad(order)}`
            });
            return;
        }

        // `every` starts a cadence: as a meeting property, or as the value of `checkin`.
        if (value === 'every' && ruleName === 'Cadence') {
            const meeting = context.node && containerOfType(context.node, 'Meeting');
            if (meeting && this.stated(context, meeting, 'cadence')) return;
            const inMeeting = meeting !== undefined && !this.afterCheckin(context);
            acceptor(context, {
                label: 'every',
                kind: CompletionItemKind.Keyword,
                detail: inMeeting ? 'meeting property' : 'cadence',
                documentation: markdown(propertyFact('Meeting', 'cadence')?.doc ?? ''),
                sortText: inMeeting ? `1_${pad(0)}` : '0_0'
            });
            const cadences: Array<[string, string]> = [['every N months', 'every ${1:3} months'], ['every N weeks', 'every ${1:2} weeks'], ['every month', 'every month']];
            cadences.forEach(([label, insertText], index) => acceptor(context, {
                label,
                kind: CompletionItemKind.Snippet,
                detail: 'cadence',
                insertText,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: inMeeting ? `1_${pad(0)}_${index}` : `0_${index + 1}`
            }));
            return;
        }

        // `as-of` ends a trust line: offered there, not at the start of the next line.
        if (value === 'as-of') {
            const text = context.textDocument.getText();
            const line = text.substring(text.lastIndexOf('\n', context.offset - 1) + 1, context.offset);
            if (!/^\s*trust\s/.test(line)) return;
            acceptor(context, { label: value, kind: CompletionItemKind.Keyword, detail: 'when trust was assessed', documentation: markdown('When the trust was assessed: `trust 4 as-of 2026-06-01`. [stale-trust](rules/stale-trust.md) reports a trust older than `max-trust-age` months.'), sortText: '0_9' });
            return;
        }

        // After `trust reliability 4`, more aspects may follow (the follow-element computation
        // does not see the repetition).
        if (value === 'strength' && ruleName === 'Tie') this.completeMoreTrustAspects(context, acceptor);

        // A property keyword of a declaration (`trust`, `policy` and `rule` start rules of their own).
        const declaration = keywordProperties(ruleName).some(fact => fact.keyword === value) ? ruleName : SUB_RULE_KEYWORD_BLOCK.get(value) ?? ruleName;
        const properties = keywordProperties(declaration);
        const index = properties.findIndex(fact => fact.keyword === value);
        if (index >= 0) {
            const { doc, once, property } = properties[index];
            if (once) {
                const node = context.node && containerOfType(context.node, declaration);
                if (node && this.stated(context, node, property)) return;
            }
            acceptor(context, {
                label: value,
                kind: CompletionItemKind.Keyword,
                detail: `${wordOf(declaration)} property`,
                documentation: markdown(doc),
                sortText: `1_${pad(index)}`
            });
            return;
        }

        return super.completionForKeyword(context, keyword, acceptor);
    }

    private completeMoreTrustAspects(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const trust = containerOfType(context.node, 'Trust') as Trust | undefined;
        if (!trust || trust.aspects.length === 0 || !trust.$cstNode) return;
        const between = context.textDocument.getText().substring(trust.$cstNode.end, context.tokenOffset);
        if (between.trim() !== '') return;
        const given = new Set<string>(trust.aspects.map(aspect => aspect.kind));
        KEYWORD_SETS.TrustKind.words.forEach(([kind, doc], index) => {
            if (given.has(kind)) return;
            acceptor(context, { label: kind, kind: CompletionItemKind.EnumMember, detail: 'trust aspect', documentation: markdown(doc), sortText: `0_${pad(index)}` });
        });
    }

    private severityDetail(context: CompletionContext, severity: string): string {
        const setting = context.node && containerOfType(context.node, 'RuleSeverity') as { code?: string } | undefined;
        const rule = setting?.code ? RULES_BY_CODE.get(setting.code) : undefined;
        return rule && rule.meta.defaultSeverity === severity ? 'severity (the rule\'s default)' : 'severity';
    }

    /** Whether a single-valued property is already set, other than by the text being completed. */
    private stated(context: CompletionContext, node: AstNode, property: string): boolean {
        const value = (node as unknown as Record<string, unknown>)[property];
        if (value === undefined || value === false) return false;
        const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
        // The property at the cursor is the one being (re)typed.
        return !(cst && cst.offset <= context.tokenOffset && context.tokenOffset < cst.end);
    }

    private previousWord(context: CompletionContext): string | undefined {
        const text = context.textDocument.getText().substring(Math.max(0, context.tokenOffset - 40), context.tokenOffset);
        return /([\p{L}\p{M}\p{N}_.-]+)\s*$/u.exec(text)?.[1];
    }

    private afterCheckin(context: CompletionContext): boolean {
        return this.previousWord(context) === 'checkin';
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const exclude = new Set<string>();
        const container = refInfo.container;
        const tie = AstUtils.getContainerOfType(container, isTie);
        if (isGive(container) || isAsk(container) || refInfo.property === 'giver' || refInfo.property === 'asker') {
            // A giver (or asker) must be one of the tie's two partners.
            const endpoints = tie ? [tie.left, tie.right].map(ref => ref?.ref?.name).filter((name): name is string => !!name) : [];
            if (endpoints.length > 0) {
                const givers = new Set(endpoints);
                return candidates.filter(candidate => givers.has(candidate.name));
            }
            return candidates;
        }
        if (tie && refInfo.property === 'introducedBy') {
            // The contact a tie came through is a third partner.
            for (const end of [tie.left, tie.right]) if (end?.$refText) exclude.add(end.$refText);
        }
        if (tie && (refInfo.property === 'right' || refInfo.property === 'left')) {
            // No self-ties.
            const other = refInfo.property === 'right' ? tie.left : tie.right;
            if (other?.$refText && !this.isBeingTyped(context, other.$refNode?.offset)) exclude.add(other.$refText);
        } else {
            // Lists (plays, serves, roles, invites, cocreated-by): names already listed.
            const owner = this.listOwner(context, container, refInfo.property);
            const listed = owner ? (owner as unknown as Record<string, unknown>)[refInfo.property] : undefined;
            if (Array.isArray(listed)) {
                for (const ref of listed as Array<{ $refText?: string; $refNode?: { offset: number } }>) {
                    if (ref.$refText && !this.isBeingTyped(context, ref.$refNode?.offset)) exclude.add(ref.$refText);
                }
            }
        }
        return exclude.size === 0 ? candidates : candidates.filter(candidate => !exclude.has(candidate.name));
    }

    private listOwner(context: CompletionContext, container: AstNode, property: string): AstNode | undefined {
        if (Array.isArray((container as unknown as Record<string, unknown>)[property])) return container;
        const type = container.$type;
        return context.node ? containerOfType(context.node, type) : undefined;
    }

    private isBeingTyped(context: CompletionContext, offset: number | undefined): boolean {
        return offset !== undefined && offset === context.tokenOffset;
    }

    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const info = isNamedDeclarationType(nodeDescription.type) ? DECLARATIONS[nodeDescription.type] : undefined;
        const node = nodeOf(nodeDescription, this.documents, this.locator);
        const title = titleOf(node);
        const file = fileName(nodeDescription.documentUri.toString());
        const sameFile = nodeDescription.documentUri.toString() === context.document.uri.toString();
        const word = info?.word ?? nodeDescription.type.toLowerCase();
        void refInfo;
        return {
            nodeDescription,
            kind: info?.completionKind ?? CompletionItemKind.Reference,
            detail: title ? `${word} "${title}"` : word,
            labelDetails: { description: file },
            documentation: markdown(`${word} **${nodeDescription.name}**${title ? ` "${title}"` : ''}\n\nDeclared in \`${file}\`${sameFile ? ' (this file)' : ''}.`),
            sortText: '0_50'
        };
    }
}

function isDeclarationRuleStart(keyword: GrammarAST.Keyword, ruleName: string): boolean {
    if (!isDeclarationType(ruleName)) return false;
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    const definition = rule?.definition;
    const first = GrammarAST.isGroup(definition) ? definition.elements[0] : definition;
    return first === keyword;
}

/** A snippet as it reads once inserted with its default placeholders. */
function snippetPreview(snippet: string): string {
    return snippet
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
        .replace(/\$\{(\d+)\}/g, (_, n: string) => (n === '1' ? 'PartnerA' : 'PartnerB'));
}

/** The node itself or its closest container of a type. */
function containerOfType(node: AstNode | undefined, type: string): AstNode | undefined {
    return AstUtils.getContainerOfType(node, (n: AstNode): n is AstNode => n.$type === type);
}

function pad(n: number): string {
    return String(n).padStart(2, '0');
}
