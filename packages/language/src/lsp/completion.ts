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
import { isGive, isTie, type Trust } from '../generated/ast.js';
import { RULES, RULES_BY_CODE } from '../rules/index.js';
import { THRESHOLDS } from '../rules/policy.js';
import type { PartnershipServices } from '../partnership-module.js';
import type { PartnershipSettings } from '../validation/partnership-settings.js';
import { SECTORS, VALUES } from '../model/vocabulary.js';
import { DECLARATIONS, fileName, isDeclarationType, nodeOf, titleOf } from './declarations.js';

type Doc = string;

/** Properties per declaration, in the documented order: keyword, documentation, stated at most once. */
const PROPERTIES: Readonly<Record<string, ReadonlyArray<readonly [string, Doc, boolean]>>> = {
    Network: [
        ['us', 'The partner whose relationship budget this is (a partner name). Its load is held against `budget`.', true],
        ['budget', 'The time `us` can spend, as a rate: `budget 40 hours/month`.', true],
        ['backbone', 'The neutral backbone organisation (a partner name).', true],
        ['checkin', 'The default check-in cadence of ties: `checkin every 3 months`.', true],
        ['policy', 'Thresholds (`min-trust 3`) and rule severities (`rule unused-role off`) for the whole network.', false]
    ],
    Goal: [
        ['cocreated-by', 'Partners that shaped the goal, comma-separated.', false],
        ['due', 'When the goal is due: `due 2027-12-31`.', true]
    ],
    Role: [
        ['provides', 'Kinds of value the role provides, comma-separated (`funding`, `staff-time`, ...).', false],
        ['serves', 'Goals the role serves, comma-separated.', false],
        ['lane', 'The responsibility this role owns, as a string. Two roles with the same lane overlap.', true],
        ['commitment', 'Time each partner playing the role spends on it: `commitment 2 hours/month`.', true]
    ],
    Partner: [
        ['sector', 'The partner\'s sector (`nonprofit`, `government`, ...).', true],
        ['plays', 'Roles the partner plays, comma-separated.', false],
        ['capacity', 'Time the partner can give the network: `capacity 8 hours/month`.', true],
        ['gatekeeper', 'Flag: the partner controls access to people or resources.', true],
        ['stage', 'Where the relationship stands: `prospect`, `exploring`, `active`, `dormant` or `ended`.', true],
        ['contact', 'Who to talk to, as a string.', true]
    ],
    Tie: [
        ['strength', 'How strong the tie is: `weak`, `moderate` or `strong`.', true],
        ['effort', 'Time **each** side spends keeping the tie alive: `effort 4 hours/month`.', true],
        ['trust', 'Trust from 1 to 5: `trust 4`, or per aspect: `trust reliability 4 mission 5 openness 4`.', true],
        ['last-checkin', 'When the partners last checked in: `last-checkin 2026-09-14`.', true],
        ['checkin', 'This tie\'s check-in cadence (overrides the network\'s): `checkin every 2 months`.', true]
    ],
    Meeting: [
        ['every', 'How often the meeting takes place: `every 2 weeks`, `every month`.', true],
        ['duration', 'How long one meeting lasts: `duration 90 minutes`, `duration 2 hours`.', true],
        ['roles', 'Roles whose partners attend, comma-separated.', false],
        ['invites', 'Extra attendees (partner names), comma-separated.', false]
    ],
    Policy: [
        ['rule', 'Severity override: `rule CODE error|warning|info|off`.', false]
    ]
};

/** The declaration (or block) a keyword belongs to, where the keyword starts a rule of its own. */
const KEYWORD_OWNER: Readonly<Record<string, string>> = { Trust: 'Tie', Policy: 'Network', RuleSeverity: 'Policy' };

/** Which property of the declaration each once-only keyword sets. */
const PROPERTY_OF_KEYWORD: Readonly<Record<string, string>> = {
    'us': 'us', 'budget': 'budget', 'backbone': 'backbone', 'checkin': 'checkin', 'due': 'due', 'lane': 'lane',
    'commitment': 'commitment', 'sector': 'sector', 'capacity': 'capacity', 'gatekeeper': 'gatekeeper', 'stage': 'stage',
    'contact': 'contact', 'strength': 'strength', 'effort': 'effort', 'trust': 'trust', 'last-checkin': 'lastCheckin',
    'every': 'cadence', 'duration': 'duration'
};

const TOP_LEVEL: ReadonlyArray<readonly [string, Doc, string]> = [
    ['network', 'Declares the network described by the files of this folder tree (at most one per folder).',
        'network ${1:Name} "${2:Display name}" {\n    us ${3:Partner}\n    budget ${4:40} hours/month\n    checkin every ${5:3} months\n}'],
    ['goal', 'A goal the partners share. Roles `serve` goals.',
        'goal ${1:Name} "${2:What the coalition wants to achieve}" {\n    cocreated-by ${3:Partner}\n    due ${4:2027-12-31}\n}'],
    ['role', 'A role partners play: what it provides and which goals it serves.',
        `role \${1:Name} "\${2:Description}" {\n    provides \${3|${VALUES.join(',')}|}\n    serves \${4:Goal}\n}`],
    ['partner', 'An organisation or person in the network.',
        `partner \${1:Name} "\${2:Display name}" {\n    sector \${3|${SECTORS.join(',')}|}\n    plays \${4:Role}\n}`],
    ['tie', 'A relationship between two partners: `tie A -- B { ... }`.',
        `tie \${1:PartnerA} -- \${2:PartnerB} {\n    strength \${3|weak,moderate,strong|}\n    trust \${4:3}\n    \${1} gives \${5|${VALUES.join(',')}|}\n    \${2} gives \${6|${VALUES.join(',')}|}\n}`],
    ['meeting', 'A recurring meeting: its cadence, duration and attendees.',
        'meeting ${1:Name} "${2:Description}" {\n    every ${3:1} ${4|month,months,week,weeks,year,years|}\n    duration ${5:1} ${6|hour,hours,minutes|}\n    roles ${7:Role}\n}']
];

const VALUE_DOCS: Readonly<Record<string, Doc>> = {
    'funding': 'Money: grants, donations, contracts.',
    'staff-time': 'Hours of paid staff.',
    'volunteers': 'Volunteers and their time.',
    'in-kind': 'Goods or services given without charge.',
    'information': 'News, updates and knowledge shared.',
    'data': 'Data, records and evaluation results.',
    'lived-experience': 'Insight from people with direct experience of the issue.',
    'expertise': 'Professional or technical know-how.',
    'leadership': 'Direction, championing and decision-making.',
    'facilitation': 'Convening and running shared processes.',
    'influence': 'Policy, political or public influence.',
    'connections': 'Introductions to people and networks.',
    'space': 'Rooms, buildings and venues.',
    'equipment': 'Tools, vehicles and technology.',
    'visibility': 'Publicity, a platform, public profile.'
};

const SECTOR_DOCS: Readonly<Record<string, Doc>> = {
    'nonprofit': 'Nonprofit and charitable organisations.',
    'government': 'Public agencies and elected bodies.',
    'education': 'Schools, colleges and universities.',
    'research': 'Research institutes and evaluators.',
    'healthcare': 'Clinics, hospitals and health services.',
    'business': 'Companies and business associations.',
    'faith': 'Congregations and faith-based organisations.',
    'community-group': 'Grassroots groups and residents\' associations.',
    'philanthropy': 'Foundations and other funders.',
    'media': 'Newspapers, radio, television and online media.',
    'resident': 'Individual residents.'
};

/** Closed keyword sets (data type rules): documentation, in their natural order. */
const ENUM_DOCS: Readonly<Record<string, ReadonlyArray<readonly [string, Doc]>>> = {
    Stage: [
        ['prospect', 'Not yet engaged: a partner you would like to bring in.'],
        ['exploring', 'Talking about working together.'],
        ['active', 'Working together.'],
        ['dormant', 'The relationship is paused.'],
        ['ended', 'The partnership has ended.']
    ],
    Strength: [
        ['weak', 'Occasional contact.'],
        ['moderate', 'Regular contact and some joint work.'],
        ['strong', 'Close, frequent joint work.']
    ],
    Severity: [
        ['error', 'Report the rule\'s findings as errors.'],
        ['warning', 'Report the rule\'s findings as warnings.'],
        ['info', 'Report the rule\'s findings as information.'],
        ['off', 'Turn the rule off for this network.']
    ],
    TrustKind: [
        ['reliability', 'Trust that the partner does what it says (1 to 5).'],
        ['mission', 'Trust in the partner\'s commitment to the shared mission (1 to 5).'],
        ['openness', 'Trust in the partner\'s openness and honesty (1 to 5).']
    ],
    Period: [
        ['month', 'Per month.'],
        ['week', 'Per week (52/12 ≈ 4.33 weeks a month).'],
        ['year', 'Per year (12 months).']
    ],
    PeriodUnit: [
        ['months', 'Calendar months.'], ['month', 'Calendar months.'],
        ['weeks', '7 days each.'], ['week', '7 days each.'],
        ['years', '12 months each.'], ['year', '12 months each.']
    ],
    DurationUnit: [
        ['hours', 'Hours.'], ['hour', 'Hours.'], ['minutes', 'Minutes (90 minutes = 1.5 hours).'], ['minute', 'Minutes.']
    ]
};

/** Rates in the order they are most often written; `hour` first after an amount of 1. */
const RATE_PERIODS = ['month', 'week', 'year'] as const;

const ALLOW_LINE = /^(\s*\/\/\s*@allow\s+)((?:[\w-]+\s*,\s*)*)([\w-]*)$/;
const ALLOW_START = /^\s*\/\/\s*(@[\w]*)$/;

const markdown = (value: string): MarkupContent => ({ kind: MarkupKind.Markdown, value });

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
        const allow = ALLOW_LINE.exec(before);
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
        const start = ALLOW_START.exec(before);
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
        if (GrammarAST.isKeyword(next.feature)) {
            return super.completionFor(context, next, acceptor);
        }
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (!assignment || !rule) return;
        switch (`${rule.name}.${assignment.feature}`) {
            case 'Role.provides':
            case 'Give.values':
                return this.completeVocabulary(context, acceptor, VALUES, VALUE_DOCS, 'value', this.listedValues(context, rule.name));
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

    /** Values already listed in the `provides`/`gives` list at the cursor, except the one being typed. */
    private listedValues(context: CompletionContext, ruleName: string): Set<string> {
        const node = context.node && containerOfType(context.node, ruleName);
        const values = ruleName === 'Role' ? (node as { provides?: string[] } | undefined)?.provides : (node as { values?: string[] } | undefined)?.values;
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

        const enumDocs = ENUM_DOCS[ruleName];
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
                kind: ruleName === 'Period' || ruleName === 'PeriodUnit' || ruleName === 'DurationUnit' ? CompletionItemKind.Unit : CompletionItemKind.EnumMember,
                detail: ruleName === 'Severity' ? this.severityDetail(context, value) : enumDetail(ruleName),
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
                documentation: markdown(PROPERTIES.Meeting[0][1]),
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

        // After `trust reliability 4`, more aspects may follow (the follow-element computation
        // does not see the repetition).
        if (value === 'strength' && ruleName === 'Tie') this.completeMoreTrustAspects(context, acceptor);

        // A property keyword of a declaration (`trust`, `policy` and `rule` start rules of their own).
        const declaration = KEYWORD_OWNER[ruleName] ?? ruleName;
        const properties = PROPERTIES[declaration];
        const index = properties?.findIndex(([word]) => word === value) ?? -1;
        if (properties && index >= 0) {
            const [, doc, once] = properties[index];
            if (once) {
                const node = context.node && containerOfType(context.node, declaration);
                if (node && this.stated(context, node, PROPERTY_OF_KEYWORD[value] ?? value)) return;
            }
            acceptor(context, {
                label: value,
                kind: CompletionItemKind.Keyword,
                detail: `${DECLARATIONS[declaration as keyof typeof DECLARATIONS]?.word ?? declaration.toLowerCase()} property`,
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
        ENUM_DOCS.TrustKind.forEach(([kind, doc], index) => {
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
        return /([\w.-]+)\s*$/.exec(text)?.[1];
    }

    private afterCheckin(context: CompletionContext): boolean {
        return this.previousWord(context) === 'checkin';
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const exclude = new Set<string>();
        const container = refInfo.container;
        const tie = AstUtils.getContainerOfType(container, isTie);
        if (isGive(container) || refInfo.property === 'giver') {
            // A giver must be one of the tie's two partners.
            const endpoints = tie ? [tie.left, tie.right].map(ref => ref?.ref?.name).filter((name): name is string => !!name) : [];
            if (endpoints.length > 0) {
                const givers = new Set(endpoints);
                return candidates.filter(candidate => givers.has(candidate.name));
            }
            return candidates;
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
        const info = isDeclarationType(nodeDescription.type) ? DECLARATIONS[nodeDescription.type] : undefined;
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
    if (!isDeclarationType(ruleName) && ruleName !== 'Tie') return false;
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    const definition = rule?.definition;
    const first = GrammarAST.isGroup(definition) ? definition.elements[0] : definition;
    return first === keyword;
}

function enumDetail(ruleName: string): string {
    switch (ruleName) {
        case 'Stage': return 'stage';
        case 'Strength': return 'strength';
        case 'TrustKind': return 'trust aspect';
        case 'Period': return 'period';
        case 'PeriodUnit': return 'cadence unit';
        case 'DurationUnit': return 'duration unit';
        default: return ruleName.toLowerCase();
    }
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
