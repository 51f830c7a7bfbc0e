/**
 * The language's facts, in one table: the declarations and their words, the properties of each
 * declaration (the AST property, the keyword it is written with, whether it may be stated once, how
 * its line starts, its one-line documentation), the keyword sets of the grammar's data types and the
 * closed vocabularies with their documentation.
 *
 * Everything that needs one of these facts derives it from here: the structural checks (properties
 * stated twice), the model builder (which properties have locations), the linker (which properties
 * are references), completion (keywords, docs, vocabularies), the formatter (which tokens begin a
 * property line), the editor's declarations, code actions and the CLI's diff. A new property is one
 * entry here, and test/facts.test.ts checks this table against the grammar (partnership.langium): a
 * property or keyword the grammar has and this table lacks, or the other way round, fails it.
 *
 * Plain data, no Langium: the model, the rules and a browser may read it.
 */
import type { ElementKind } from './types.js';

/** The AST types of the top-level declarations (generated/ast.ts). */
export type DeclarationType = 'Network' | 'Goal' | 'Role' | 'Partner' | 'Tie' | 'Meeting';
/** Blocks with properties: the declarations and the network's `policy { ... }`. */
export type BlockType = DeclarationType | 'Policy';
/** Declarations that have a name of their own (a tie is named by its two partners). */
export type NamedDeclarationType = Exclude<DeclarationType, 'Tie'>;

export interface PropertyFact {
    /** The AST property it sets (generated/ast.ts). */
    property: string;
    /**
     * The keyword it is written with (a meeting's cadence is written `every ...`, a policy setting
     * `rule ...`); undefined for a `gives` line, which starts with the giver's name.
     */
    keyword?: string;
    /** May be stated at most once in a declaration (a second one is a duplicate-property error). */
    once: boolean;
    /**
     * How its line starts: with its keyword, written in the declaration's own rule (`effort 4
     * hours/month`), or with a rule of its own whose first token begins the line (`trust ...`,
     * `policy { ... }`, a meeting's `every ...`, `A gives ...`).
     */
    lead: 'keyword' | 'rule';
    /** What it refers to, for properties that name other declarations. */
    reference?: 'Partner' | 'Role' | 'Goal';
    /** The field of the model element (model/types.ts) that holds it, where it is not `property`. */
    model?: string;
    /** One line of documentation (completion, hover). */
    doc: string;
}

export interface DeclarationFact {
    /** The keyword that declares it, also the word used in messages. */
    word: string;
    /** The model's element kind (model/types.ts). */
    kind: ElementKind | 'policy';
    /** The header's properties: `partner Name "Title"`, `tie Left -- Right`. */
    header: readonly string[];
    /** The properties of its `{ ... }` block, in the documented (and grammar's) order. */
    properties: readonly PropertyFact[];
    /** One line of documentation (completion of the declaration keyword). */
    doc: string;
}

const NAMED_HEADER = ['name', 'title'] as const;

export const DECLARATION_FACTS: Readonly<Record<BlockType, DeclarationFact>> = {
    Network: {
        word: 'network', kind: 'network', header: NAMED_HEADER,
        doc: 'Declares the network described by the files of this folder tree (at most one per folder).',
        properties: [
            { property: 'us', keyword: 'us', once: true, lead: 'keyword', reference: 'Partner', doc: 'The partner whose relationship budget this is (a partner name). Its load is held against `budget`.' },
            { property: 'budget', keyword: 'budget', once: true, lead: 'keyword', doc: 'The time `us` can spend, as a rate: `budget 40 hours/month`.' },
            { property: 'backbone', keyword: 'backbone', once: true, lead: 'keyword', reference: 'Partner', doc: 'The neutral backbone organisation (a partner name).' },
            { property: 'checkin', keyword: 'checkin', once: true, lead: 'keyword', doc: 'The default check-in cadence of ties: `checkin every 3 months`.' },
            { property: 'purpose', keyword: 'purpose', once: true, lead: 'keyword', doc: 'What the partners came together for: `joint-action` (working toward shared goals) or `sharing` (exchanging information and resources).' },
            { property: 'vision', keyword: 'vision', once: true, lead: 'keyword', doc: 'The shared vision, in a sentence: `vision "Every family within a mile of fresh food"`.' },
            { property: 'decisions', keyword: 'decisions', once: true, lead: 'keyword', doc: 'Who decides, and how: `decisions "Steering group by consensus; the chair breaks ties"`.' },
            { property: 'conflict', keyword: 'conflict', once: true, lead: 'keyword', doc: 'How disagreements are resolved: `conflict "Raise it with the backbone first; the chair mediates"`.' },
            { property: 'communication', keyword: 'communication', once: true, lead: 'keyword', doc: 'How the partners keep each other informed: `communication "Monthly newsletter and a shared channel"`.' },
            { property: 'review', keyword: 'review', once: true, lead: 'keyword', doc: 'How often the partnership itself is reviewed: `review every 12 months`.' },
            { property: 'lastReview', keyword: 'last-review', once: true, lead: 'keyword', doc: 'When the partnership was last reviewed: `last-review 2026-01-15`.' },
            { property: 'policies', keyword: 'policy', once: false, lead: 'rule', model: 'policy', doc: 'Thresholds (`min-trust 3`) and rule severities (`rule unused-role off`) for the whole network.' }
        ]
    },
    Goal: {
        word: 'goal', kind: 'goal', header: NAMED_HEADER,
        doc: 'A goal the partners share. Roles `serve` goals.',
        properties: [
            { property: 'cocreatedBy', keyword: 'cocreated-by', once: false, lead: 'keyword', reference: 'Partner', doc: 'Partners that shaped the goal, comma-separated.' },
            { property: 'due', keyword: 'due', once: true, lead: 'keyword', doc: 'When the goal is due: `due 2027-12-31`.' },
            { property: 'needs', keyword: 'needs', once: false, lead: 'keyword', doc: 'Kinds of value the goal needs, comma-separated (`funding`, `data`, `lived-experience`, ...); the partners whose roles serve it should provide them.' },
            { property: 'measure', keyword: 'measure', once: true, lead: 'keyword', doc: 'The shared measure of progress: `measure "households within a mile of fresh produce"`.' },
            { property: 'baseline', keyword: 'baseline', once: true, lead: 'keyword', doc: 'Where the measure stood at the start: `baseline 1200 on 2025-01-01`.' },
            { property: 'target', keyword: 'target', once: true, lead: 'keyword', doc: 'Where the measure should be, and by when: `target 1440 by 2027-12-31`.' },
            { property: 'progress', keyword: 'progress', once: false, lead: 'keyword', doc: 'A reading of the measure: `progress 1290 on 2026-03-31` (one line per reading; the latest date counts).' },
            { property: 'achieved', keyword: 'achieved', once: true, lead: 'keyword', doc: 'When the goal was achieved: `achieved 2026-10-15`. Celebrate it.' }
        ]
    },
    Role: {
        word: 'role', kind: 'role', header: NAMED_HEADER,
        doc: 'A role partners play: what it provides and which goals it serves.',
        properties: [
            { property: 'provides', keyword: 'provides', once: false, lead: 'keyword', doc: 'Kinds of value the role provides, comma-separated (`funding`, `staff-time`, ...).' },
            { property: 'serves', keyword: 'serves', once: false, lead: 'keyword', reference: 'Goal', doc: 'Goals the role serves, comma-separated.' },
            { property: 'lane', keyword: 'lane', once: true, lead: 'keyword', doc: 'The responsibility this role owns, as a string. Two roles with the same lane overlap.' },
            { property: 'commitment', keyword: 'commitment', once: true, lead: 'keyword', doc: 'Time each partner playing the role spends on it: `commitment 2 hours/month`.' }
        ]
    },
    Partner: {
        word: 'partner', kind: 'partner', header: NAMED_HEADER,
        doc: 'An organisation or person in the network.',
        properties: [
            { property: 'sector', keyword: 'sector', once: true, lead: 'keyword', doc: 'The partner\'s sector (`nonprofit`, `government`, ...).' },
            { property: 'plays', keyword: 'plays', once: false, lead: 'keyword', reference: 'Role', model: 'roles', doc: 'Roles the partner plays, comma-separated.' },
            { property: 'capacity', keyword: 'capacity', once: true, lead: 'keyword', doc: 'Time the partner can give the network: `capacity 8 hours/month`.' },
            { property: 'gatekeeper', keyword: 'gatekeeper', once: true, lead: 'keyword', doc: 'Flag: the partner controls access to people or resources.' },
            { property: 'stage', keyword: 'stage', once: true, lead: 'keyword', doc: 'Where the relationship stands: `prospect`, `exploring`, `active`, `dormant` or `ended`, and since when: `stage exploring since 2026-02-01`.' },
            { property: 'contact', keyword: 'contact', once: true, lead: 'keyword', doc: 'Who to talk to, as a string.' },
            { property: 'value', keyword: 'value', once: true, lead: 'keyword', doc: 'How the partners rate this partner\'s value, 1 to 5 each (as a PARTNER survey asks): `value influence 4 involvement 3 resources 5`; its value score is their mean.' }
        ]
    },
    Tie: {
        word: 'tie', kind: 'tie', header: ['left', 'right'],
        doc: 'A relationship between two partners: `tie A -- B { ... }`.',
        properties: [
            { property: 'strength', keyword: 'strength', once: true, lead: 'keyword', doc: 'How strong the tie is: `weak`, `moderate` or `strong`.' },
            { property: 'effort', keyword: 'effort', once: true, lead: 'keyword', doc: 'Time **each** side spends keeping the tie alive: `effort 4 hours/month`.' },
            { property: 'trust', keyword: 'trust', once: true, lead: 'rule', doc: 'Trust from 1 to 5: `trust 4`, or per aspect: `trust reliability 4 mission 5 openness 4`, and when it was assessed: `as-of 2026-06-01`. Ratings, where there are any, take its place.' },
            { property: 'ratings', keyword: 'rating', once: false, lead: 'rule', doc: 'A survey answer: one side rates the other, dated: `rating by CityHealth reliability 3 mission 4 openness 2 on 2026-06-01`. The tie\'s trust is the mean of each rater\'s latest rating.' },
            { property: 'gives', once: false, lead: 'rule', doc: 'What one side gives the other: `A gives funding, data`.' },
            { property: 'asks', once: false, lead: 'rule', doc: 'What one side asks of the other: `A asks data, volunteers` (its offers are its `gives`).' },
            { property: 'introducedBy', keyword: 'introduced-by', once: true, lead: 'keyword', reference: 'Partner', doc: 'The mutual contact the tie came through (a partner name): `introduced-by UnitedWay`.' },
            { property: 'lastCheckin', keyword: 'last-checkin', once: true, lead: 'keyword', doc: 'When the partners last checked in: `last-checkin 2026-09-14`.' },
            { property: 'checkin', keyword: 'checkin', once: true, lead: 'keyword', doc: 'This tie\'s check-in cadence (overrides the network\'s): `checkin every 2 months`.' }
        ]
    },
    Meeting: {
        word: 'meeting', kind: 'meeting', header: NAMED_HEADER,
        doc: 'A recurring meeting: its cadence, duration and attendees.',
        properties: [
            { property: 'cadence', keyword: 'every', once: true, lead: 'rule', model: 'perMonth', doc: 'How often the meeting takes place: `every 2 weeks`, `every month`.' },
            { property: 'duration', keyword: 'duration', once: true, lead: 'keyword', model: 'durationHours', doc: 'How long one meeting lasts: `duration 90 minutes`, `duration 2 hours`.' },
            { property: 'roles', keyword: 'roles', once: false, lead: 'keyword', reference: 'Role', doc: 'Roles whose partners attend, comma-separated.' },
            { property: 'invites', keyword: 'invites', once: false, lead: 'keyword', reference: 'Partner', doc: 'Extra attendees (partner names), comma-separated.' }
        ]
    },
    Policy: {
        word: 'policy', kind: 'policy', header: [],
        doc: 'The network\'s thresholds and rule severities.',
        properties: [
            { property: 'settings', keyword: 'rule', once: false, lead: 'rule', doc: 'Severity override: `rule CODE error|warning|info|off`.' }
        ]
    }
};

/** The top-level declarations, in the order the documentation (and completion) presents them. */
export const DECLARATION_TYPES: readonly DeclarationType[] = ['Network', 'Goal', 'Role', 'Partner', 'Tie', 'Meeting'];
/** The declarations that share one set of names per network. */
export const NAMED_DECLARATION_TYPES: readonly NamedDeclarationType[] = ['Network', 'Partner', 'Role', 'Goal', 'Meeting'];

/** The keywords that start a declaration, in the order messages list them (network, partner, ..., meeting). */
export const DECLARATION_WORDS: readonly string[] = (['Network', 'Partner', 'Role', 'Goal', 'Tie', 'Meeting'] as const).map(type => DECLARATION_FACTS[type].word);

export function isDeclarationType(type: string): type is DeclarationType {
    return (DECLARATION_TYPES as readonly string[]).includes(type);
}

export function isNamedDeclarationType(type: string): type is NamedDeclarationType {
    return (NAMED_DECLARATION_TYPES as readonly string[]).includes(type);
}

/** The word of a declaration type (`partner`), or of another AST type in lower case. */
export function wordOf(type: string): string {
    return (DECLARATION_FACTS as Partial<Record<string, DeclarationFact>>)[type]?.word ?? type.toLowerCase();
}

/** The facts of a block's properties (empty for a type without a block). */
export function propertiesOf(type: string): readonly PropertyFact[] {
    return (DECLARATION_FACTS as Partial<Record<string, DeclarationFact>>)[type]?.properties ?? [];
}

/** One property's facts. */
export function propertyFact(type: string, property: string): PropertyFact | undefined {
    return propertiesOf(type).find(fact => fact.property === property);
}

/** The model field of a property (model/types.ts). */
export function modelFieldOf(fact: PropertyFact): string {
    return fact.model ?? fact.property;
}

/** How a property is written, for messages (`lastCheckin` → `last-checkin`). */
export function keywordOf(type: string, property: string): string {
    return propertyFact(type, property)?.keyword ?? property;
}

// ---------------------------------------------------------------- keyword sets of the grammar's data types

export interface KeywordSetFact {
    /** What one of them is called, for completion details. */
    noun: string;
    /** A unit of an amount (`hours`, `/month`, `weeks`) or a choice among named values (`active`, `weak`). */
    kind: 'unit' | 'choice';
    /** The words with their documentation, in their natural order. */
    words: ReadonlyArray<readonly [word: string, doc: string]>;
}

/** The grammar's data-type rules (closed keyword sets: `Stage returns string: 'prospect' | ...`). */
export const KEYWORD_SETS: Readonly<Record<string, KeywordSetFact>> = {
    Stage: {
        noun: 'stage', kind: 'choice',
        words: [
            ['prospect', 'Not yet engaged: a partner you would like to bring in.'],
            ['exploring', 'Talking about working together.'],
            ['active', 'Working together.'],
            ['dormant', 'The relationship is paused.'],
            ['ended', 'The partnership has ended.']
        ]
    },
    Purpose: {
        noun: 'purpose', kind: 'choice',
        words: [
            ['joint-action', 'The partners work together toward shared goals.'],
            ['sharing', 'The partners exchange information and resources; each keeps its own goals.']
        ]
    },
    Strength: {
        noun: 'strength', kind: 'choice',
        words: [
            ['weak', 'Occasional contact.'],
            ['moderate', 'Regular contact and some joint work.'],
            ['strong', 'Close, frequent joint work.']
        ]
    },
    Severity: {
        noun: 'severity', kind: 'choice',
        words: [
            ['error', 'Report the rule\'s findings as errors.'],
            ['warning', 'Report the rule\'s findings as warnings.'],
            ['info', 'Report the rule\'s findings as information.'],
            ['off', 'Turn the rule off for this network.']
        ]
    },
    TrustKind: {
        noun: 'trust aspect', kind: 'choice',
        words: [
            ['reliability', 'Trust that the partner does what it says (1 to 5).'],
            ['mission', 'Trust in the partner\'s commitment to the shared mission (1 to 5).'],
            ['openness', 'Trust in the partner\'s openness and honesty (1 to 5).']
        ]
    },
    ValueKind: {
        noun: 'value aspect', kind: 'choice',
        words: [
            ['influence', 'The partner\'s power and influence in the community (1 to 5).'],
            ['involvement', 'How involved the partner is in the network\'s work (1 to 5).'],
            ['resources', 'What the partner brings: money, staff, space, data (1 to 5).']
        ]
    },
    HourUnit: {
        noun: 'hour unit', kind: 'unit',
        words: [['hours', 'Hours.'], ['hour', 'Hours.']]
    },
    Period: {
        noun: 'period', kind: 'unit',
        words: [
            ['month', 'Per month.'],
            ['week', 'Per week (52/12 ≈ 4.33 weeks a month).'],
            ['year', 'Per year (12 months).']
        ]
    },
    PeriodUnit: {
        noun: 'cadence unit', kind: 'unit',
        words: [
            ['months', 'Calendar months.'], ['month', 'Calendar months.'],
            ['weeks', '7 days each.'], ['week', '7 days each.'],
            ['years', '12 months each.'], ['year', '12 months each.']
        ]
    },
    DurationUnit: {
        noun: 'duration unit', kind: 'unit',
        words: [
            ['hours', 'Hours.'], ['hour', 'Hours.'], ['minutes', 'Minutes (90 minutes = 1.5 hours).'], ['minute', 'Minutes.']
        ]
    }
};

/** The words of a keyword set, in their natural order. */
export function wordsOf(set: keyof typeof KEYWORD_SETS): string[] {
    return KEYWORD_SETS[set].words.map(([word]) => word);
}

// ---------------------------------------------------------------- closed vocabularies (checked, not parsed)

/** Kinds of value a role provides or a partner gives, with their documentation. */
export const VALUE_DOCS = {
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
} as const;

/** Sectors, with their documentation. */
export const SECTOR_DOCS = {
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
} as const;

export type Value = keyof typeof VALUE_DOCS;
export type Sector = keyof typeof SECTOR_DOCS;

export const VALUES = Object.keys(VALUE_DOCS) as readonly Value[];
export const SECTORS = Object.keys(SECTOR_DOCS) as readonly Sector[];
