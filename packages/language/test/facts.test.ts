/**
 * The facts table (src/model/facts.ts) against the grammar (src/partnership.langium): every
 * declaration, every property of a declaration's block and header, its keyword, whether it may be
 * stated once, how its line starts and what it refers to, and every closed keyword set, read from the
 * grammar itself. A property added to the grammar and not to the table (or the other way round)
 * fails here, so that a new property is one entry in the table and every part that derives from it
 * (checks, model, linker, completion, formatter, diff) knows it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AstUtils, EmptyFileSystem, GrammarAST, URI } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { describe, expect, it } from 'vitest';
import {
    DECLARATION_FACTS, DECLARATION_TYPES, KEYWORD_SETS, modelFieldOf, propertiesOf, type BlockType, type PropertyFact
} from '../src/model/facts.js';
import { elementsOf } from '../src/model/network.js';
import { build } from './helpers.js';

const GRAMMAR_FILE = fileURLToPath(new URL('../src/partnership.langium', import.meta.url));

interface GrammarProperty {
    property: string;
    keyword?: string;
    once: boolean;
    lead: PropertyFact['lead'];
    reference?: string;
}

interface GrammarFacts {
    declarations: string[];
    headers: Record<string, string[]>;
    blocks: Record<string, GrammarProperty[]>;
    keywordSets: Record<string, string[]>;
}

async function parseGrammar(text: string): Promise<GrammarAST.Grammar> {
    const { shared } = createLangiumGrammarServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/partnership.langium'));
    await shared.workspace.DocumentBuilder.build([document]);
    expect(document.parseResult.parserErrors).toEqual([]);
    return document.parseResult.value as GrammarAST.Grammar;
}

/** The keywords a rule's text can start with (none for one that starts with a name or number). */
function firstKeywords(element: GrammarAST.AbstractElement | undefined, seen = new Set<GrammarAST.ParserRule>()): string[] {
    if (!element) return [];
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isGroup(element)) {
        const first = element.elements.find(e => !GrammarAST.isAction(e));
        return firstKeywords(first, seen);
    }
    if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(e => firstKeywords(e, seen));
    if (GrammarAST.isAssignment(element)) return firstKeywords(element.terminal, seen);
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (!GrammarAST.isParserRule(rule) || seen.has(rule)) return [];
        seen.add(rule);
        return firstKeywords(rule.definition, seen);
    }
    return [];
}

function factsOf(grammar: GrammarAST.Grammar): GrammarFacts {
    const rules = new Map(grammar.rules.filter(GrammarAST.isParserRule).map(rule => [rule.name, rule]));
    const element = rules.get('Element');
    const declarations = GrammarAST.isAlternatives(element?.definition)
        ? element.definition.elements.filter(GrammarAST.isRuleCall).map(call => call.rule.$refText)
        : [];
    const headers: Record<string, string[]> = {};
    const blocks: Record<string, GrammarProperty[]> = {};
    for (const name of [...declarations, 'Policy']) {
        const rule = rules.get(name)!;
        const open = AstUtils.streamAst(rule.definition).find(e => GrammarAST.isKeyword(e) && e.value === '{');
        const openOffset = open?.$cstNode?.offset ?? Infinity;
        headers[name] = [];
        blocks[name] = [];
        const seen = new Set<string>();
        for (const assignment of AstUtils.streamAst(rule.definition).filter(GrammarAST.isAssignment)) {
            if (seen.has(assignment.feature)) continue; // `(',' plays+=[Role:ID])*`: the same property again
            seen.add(assignment.feature);
            if ((assignment.$cstNode?.offset ?? 0) < openOffset) {
                headers[name].push(assignment.feature);
                continue;
            }
            const container = assignment.$container;
            const before = GrammarAST.isGroup(container) ? container.elements[container.elements.indexOf(assignment) - 1] : undefined;
            let keyword: string | undefined;
            let lead: PropertyFact['lead'] = 'keyword';
            // A word before it (`effort`, `cocreated-by`), not punctuation (`{`, `,`).
            if (GrammarAST.isKeyword(before) && /^[a-z]/.test(before.value)) {
                keyword = before.value;
            } else if (GrammarAST.isKeyword(assignment.terminal)) {
                keyword = assignment.terminal.value;
            } else {
                lead = 'rule';
                const starts = [...new Set(firstKeywords(assignment.terminal))];
                expect(starts.length, `${name}.${assignment.feature} starts with one keyword or none`).toBeLessThanOrEqual(1);
                keyword = starts[0];
            }
            const reference = GrammarAST.isCrossReference(assignment.terminal) ? assignment.terminal.type.$refText : undefined;
            blocks[name].push({ property: assignment.feature, keyword, once: assignment.operator !== '+=', lead, ...(reference ? { reference } : {}) });
        }
    }
    const keywordSets: Record<string, string[]> = {};
    for (const rule of rules.values()) {
        if (!rule.dataType) continue;
        const alternatives = GrammarAST.isAlternatives(rule.definition) ? rule.definition.elements : [rule.definition];
        if (!alternatives.every(GrammarAST.isKeyword)) continue;
        keywordSets[rule.name] = alternatives.map(k => (k as GrammarAST.Keyword).value).sort();
    }
    return { declarations, headers, blocks, keywordSets };
}

/** What the table says, in the same shape. */
function tableFacts(): GrammarFacts {
    const blocks: Record<string, GrammarProperty[]> = {};
    const headers: Record<string, string[]> = {};
    for (const [name, fact] of Object.entries(DECLARATION_FACTS) as Array<[BlockType, (typeof DECLARATION_FACTS)[BlockType]]>) {
        headers[name] = [...fact.header];
        blocks[name] = propertiesOf(name).map(({ property, keyword, once, lead, reference }) => ({
            property, keyword, once, lead, ...(reference ? { reference } : {})
        }));
    }
    const keywordSets = Object.fromEntries(Object.entries(KEYWORD_SETS).map(([name, set]) => [name, set.words.map(([word]) => word).sort()]));
    return { declarations: [...DECLARATION_TYPES], headers, blocks, keywordSets };
}

/** The differences between the grammar and the table, one line each. */
function differences(grammar: GrammarFacts, table: GrammarFacts): string[] {
    const lines: string[] = [];
    const sorted = (list: string[]) => [...list].sort();
    if (JSON.stringify(sorted(grammar.declarations)) !== JSON.stringify(sorted(table.declarations))) {
        lines.push(`declarations: grammar ${grammar.declarations.join(', ')}; table ${table.declarations.join(', ')}`);
    }
    for (const block of new Set([...Object.keys(grammar.blocks), ...Object.keys(table.blocks)])) {
        if (JSON.stringify(grammar.headers[block]) !== JSON.stringify(table.headers[block])) {
            lines.push(`${block} header: grammar ${grammar.headers[block]?.join(', ')}; table ${table.headers[block]?.join(', ')}`);
        }
        const inGrammar = new Map((grammar.blocks[block] ?? []).map(p => [p.property, p]));
        const inTable = new Map((table.blocks[block] ?? []).map(p => [p.property, p]));
        for (const [property, fact] of inGrammar) {
            const entry = inTable.get(property);
            if (!entry) lines.push(`${block}.${property} is in the grammar, not in the table`);
            else if (JSON.stringify(entry) !== JSON.stringify(fact)) lines.push(`${block}.${property}: grammar ${JSON.stringify(fact)}; table ${JSON.stringify(entry)}`);
        }
        for (const property of inTable.keys()) {
            if (!inGrammar.has(property)) lines.push(`${block}.${property} is in the table, not in the grammar`);
        }
        const grammarOrder = [...inGrammar.keys()].filter(p => inTable.has(p));
        const tableOrder = [...inTable.keys()].filter(p => inGrammar.has(p));
        if (JSON.stringify(grammarOrder) !== JSON.stringify(tableOrder)) lines.push(`${block}: order grammar ${grammarOrder.join(', ')}; table ${tableOrder.join(', ')}`);
    }
    for (const set of new Set([...Object.keys(grammar.keywordSets), ...Object.keys(table.keywordSets)])) {
        if (JSON.stringify(grammar.keywordSets[set]) !== JSON.stringify(table.keywordSets[set])) {
            lines.push(`keyword set ${set}: grammar ${grammar.keywordSets[set]?.join(', ') ?? '(none)'}; table ${table.keywordSets[set]?.join(', ') ?? '(none)'}`);
        }
    }
    return lines;
}

describe('the facts table', () => {
    const text = readFileSync(GRAMMAR_FILE, 'utf8');

    it('has every declaration, property, keyword and keyword set of the grammar, and nothing else', async () => {
        expect(differences(factsOf(await parseGrammar(text)), tableFacts())).toEqual([]);
    });

    it('fails for a grammar property the table lacks, a changed keyword and a new word of a keyword set', async () => {
        const changed = text
            .replace("          | 'contact' contact=STRING", "          | 'contact' contact=STRING\n          | 'website' website=STRING")
            .replace("'lane' lane=STRING", "'owns' lane=STRING")
            .replace("'prospect' | 'exploring'", "'prospect' | 'paused' | 'exploring'");
        expect(changed).not.toBe(text);
        const found = differences(factsOf(await parseGrammar(changed)), tableFacts());
        expect(found).toContain('Partner.website is in the grammar, not in the table');
        expect(found.some(line => line.startsWith('Role.lane: grammar {"property":"lane","keyword":"owns"'))).toBe(true);
        expect(found.some(line => line.startsWith('keyword set Stage: grammar'))).toBe(true);
    });

    it('documents every property and every word of a keyword set', () => {
        for (const [block, fact] of Object.entries(DECLARATION_FACTS)) {
            expect(fact.doc, block).not.toBe('');
            for (const property of fact.properties) expect(property.doc, `${block}.${property.property}`).toMatch(/\S/);
        }
        for (const [name, set] of Object.entries(KEYWORD_SETS)) {
            for (const [word, doc] of set.words) expect(doc, `${name} ${word}`).toMatch(/\S/);
        }
    });
});

describe('the facts table and the model', () => {
    it('every property of a declaration reaches a field of its model element (or, for the policy, of the network)', async () => {
        const built = await build({
            'n/network.partnership': [
                'network N "T" { us A  budget 4 hours/month  backbone A  checkin every month  purpose sharing  vision "v"  decisions "d"  conflict "c"  communication "m"  review every 12 months  last-review 2026-01-15  policy { min-trust 3 } }',
                'goal G "g" { cocreated-by A  due 2027-01-01  needs data  measure "m"  baseline 1 on 2026-01-01  target 3 by 2027-01-01  progress 2 on 2026-06-01  achieved 2026-10-01 }',
                'role R "r" { provides data  serves G  lane "x"  commitment 1 hour/month }',
                'partner A "a" { sector nonprofit  plays R  capacity 2 hours/month  gatekeeper  stage active  contact "c"  value influence 3 }',
                'partner B',
                'partner C',
                'tie A -- B { strength weak  effort 1 hour/month  trust 3  rating by A reliability 3 on 2026-01-01  A gives data  B asks data  introduced-by C  last-checkin 2026-01-01  checkin every month }',
                'meeting M "m" { every month  duration 1 hour  roles R  invites B }'
            ].join('\n') + '\n'
        });
        const { network } = built.services.Partnership.network.Analyzer.resultForDocument(built.documents.get('n/network.partnership')!.uri.toString());
        const missing: string[] = [];
        for (const type of DECLARATION_TYPES) {
            const kind = DECLARATION_FACTS[type].kind as Parameters<typeof elementsOf>[1];
            const [element] = elementsOf(network, kind);
            expect(element, type).toBeDefined();
            for (const fact of propertiesOf(type)) {
                const field = modelFieldOf(fact);
                const holder = fact.property === 'policies' ? network : element;
                if (!(field in holder) || (holder as unknown as Record<string, unknown>)[field] === undefined) missing.push(`${type}.${fact.property} → ${field}`);
            }
        }
        expect(missing).toEqual([]);
    });
});
