import { EmptyFileSystem } from 'langium';
import { expectCompletion } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type MarkupContent } from 'vscode-languageserver';
import { createPartnershipServices } from '../../src/partnership-module.js';
import { RULES } from '../../src/rules/index.js';
import { THRESHOLDS } from '../../src/rules/policy.js';
import { SECTORS, VALUES } from '../../src/model/facts.js';
import { FILES, withFile } from './fixture.js';
import { buildAt, params } from './lsp-helpers.js';

/** Completion items at the `<|>` of one of the files, in the order an editor shows them. */
async function complete(files: Record<string, string>): Promise<CompletionItem[]> {
    const { built, cursor } = await buildAt(files);
    const provider = built.services.Partnership.lsp.CompletionProvider!;
    const list = await provider.getCompletion(cursor.document, params(cursor.document, cursor.position));
    return sorted(list?.items ?? []);
}

function sorted(items: CompletionItem[]): CompletionItem[] {
    return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
}

const labels = (items: CompletionItem[]) => items.map(item => item.label);
const keywords = (items: CompletionItem[]) => labels(items.filter(item => item.kind === CompletionItemKind.Keyword));
const docOf = (item: CompletionItem | undefined) => (item?.documentation as MarkupContent | undefined)?.value ?? '';

/** Completion in one loose file (its own folder, so nothing else is in scope). */
const single = (text: string) => complete({ 'single/file.partnership': text });

describe('completion of keywords', () => {
    const services = createPartnershipServices(EmptyFileSystem).Partnership;
    const completion = expectCompletion(services);

    it('offers the six declarations, each as keyword and as snippet, at the top level', async () => {
        await completion({
            text: 'partner A\n<|>',
            index: 0,
            expectedItems: ['network', 'network', 'goal', 'goal', 'role', 'role', 'partner', 'partner', 'tie', 'tie', 'meeting', 'meeting'],
            disposeAfterCheck: true
        });
    });

    it('offers the properties of a partner in the documented order', async () => {
        await completion({
            text: 'partner A {\n    <|>\n}',
            index: 0,
            expectedItems: ['sector', 'plays', 'capacity', 'gatekeeper', 'stage', 'contact', 'value'],
            disposeAfterCheck: true
        });
    });

    it('leaves out single-valued properties the declaration already states, and keeps repeatable ones', async () => {
        const items = await single('partner A {\n    sector nonprofit\n    gatekeeper\n    plays R\n    <|>\n}\nrole R\n');
        expect(keywords(items)).toEqual(['plays', 'capacity', 'stage', 'contact', 'value']);
    });

    it('offers the properties of each kind of block', async () => {
        expect(keywords(await single('network N {\n    <|>\n}'))).toEqual(['us', 'budget', 'backbone', 'checkin', 'purpose', 'vision', 'decisions', 'conflict', 'communication', 'review', 'last-review', 'policy']);
        expect(keywords(await single('goal G {\n    <|>\n}'))).toEqual(['cocreated-by', 'due', 'needs', 'measure', 'baseline', 'target', 'progress', 'achieved']);
        expect(keywords(await single('role R {\n    <|>\n}'))).toEqual(['provides', 'serves', 'lane', 'commitment']);
        expect(keywords(await single('meeting M {\n    <|>\n}'))).toEqual(['every', 'duration', 'roles', 'invites']);
        expect(keywords(await single('network N { policy {\n    <|>\n} }'))).toEqual(['rule']);
        // A tie's body starts with a property keyword or a giver or asker (one of its two partners).
        const tie = await single('partner A\npartner B\ntie A -- B {\n    trust 4\n    <|>\n}');
        expect(keywords(tie)).toEqual(['strength', 'effort', 'rating', 'introduced-by', 'last-checkin', 'checkin']);
        expect(labels(tie.filter(item => item.kind === CompletionItemKind.Class)).sort()).toEqual(['A', 'B']);
    });

    it('completes a keyword being typed, with its documentation', async () => {
        const items = await single('partner A {\n    capa<|>\n}');
        expect(labels(items)).toEqual(['capacity']);
        expect(items[0].detail).toBe('partner property');
        expect(docOf(items[0])).toContain('capacity 8 hours/month');
    });

    it('offers snippets for new declarations, with placeholders and vocabulary choices', async () => {
        const items = await single('<|>');
        const snippets = items.filter(item => item.kind === CompletionItemKind.Snippet);
        expect(labels(snippets)).toEqual(['network', 'goal', 'role', 'partner', 'tie', 'meeting']);
        for (const snippet of snippets) expect(snippet.insertTextFormat).toBe(InsertTextFormat.Snippet);
        const text = (label: string) => snippets.find(item => item.label === label)!.textEdit!.newText;
        expect(text('partner')).toBe(`partner \${1:Name} "\${2:Display name}" {\n    sector \${3|${SECTORS.join(',')}|}\n    plays \${4:Role}\n}`);
        expect(text('tie')).toContain('tie ${1:PartnerA} -- ${2:PartnerB} {');
        expect(text('tie')).toContain('${1} gives ${5|funding,');
        expect(text('role')).toContain('serves ${4:Goal}');
        expect(text('goal')).toContain('due ${4:2027-12-31}');
        expect(text('meeting')).toContain('every ${3:1} ${4|month,months,week,weeks,year,years|}');
        // The documentation shows the block as it is inserted.
        expect(docOf(snippets.find(item => item.label === 'partner'))).toContain('partner Name "Display name" {\n    sector nonprofit\n    plays Role\n}');
    });

    it('offers nothing inside a string or a block comment', async () => {
        expect(await single('partner A "Food <|> Bank"')).toEqual([]);
        expect(await single('/* partner <|> */')).toEqual([]);
        expect(await single('// just a note <|>')).toEqual([]);
    });
});

describe('completion of names', () => {
    it('offers the roles of all files of the network after `plays`, and nothing from another network', async () => {
        const items = await complete(withFile('coalition/new.partnership', 'partner Pantry {\n    plays <|>\n}\n'));
        // Funder and Outreach are declared in roles.partnership; the youth network's Mentor is not offered.
        expect(labels(items).sort()).toEqual(['Funder', 'Outreach']);
        const funder = items.find(item => item.label === 'Funder')!;
        expect(funder.kind).toBe(CompletionItemKind.Interface);
        expect(funder.detail).toBe('role "Funds programmes"');
        expect(funder.labelDetails?.description).toBe('roles.partnership');
        expect(docOf(funder)).toContain('Declared in `roles.partnership`');
    });

    it('offers only the names of its own network in the subfolder network', async () => {
        const items = await complete(withFile('coalition/youth/more.partnership', 'partner Scouts {\n    plays <|>\n}\n'));
        expect(labels(items)).toEqual(['Mentor']);
        const partners = await complete(withFile('coalition/youth/more.partnership', 'tie Scouts -- <|>\npartner Scouts\n'));
        expect(labels(partners).sort()).toEqual(['Clinic', 'YouthCouncil']);
    });

    it('offers partners for tie endpoints, without the partner on the other side', async () => {
        const items = await complete(withFile('coalition/ties/2027.partnership', 'tie FoodBank -- <|>\n'));
        expect(labels(items)).toEqual(['Clinic']);
        expect(items[0].kind).toBe(CompletionItemKind.Class);
        expect(items[0].labelDetails?.description).toBe('partners.partnership');
    });

    it('offers only the two partners of the tie as givers', async () => {
        const files = withFile('coalition/partners.partnership', `${FILES['coalition/partners.partnership']}\npartner Library\n`);
        files['coalition/ties/2027.partnership'] = 'tie Clinic -- Library {\n    <|>\n}\n';
        const items = await complete(files);
        expect(labels(items.filter(item => item.kind === CompletionItemKind.Class)).sort()).toEqual(['Clinic', 'Library']);
    });

    it('offers goals after `serves`, partners after `us`, `backbone`, `cocreated-by` and `invites`, roles after `roles`', async () => {
        const serves = await complete(withFile('coalition/more.partnership', 'role Cook {\n    serves <|>\n}\n'));
        expect(labels(serves)).toEqual(['Meals']);
        expect(serves[0].kind).toBe(CompletionItemKind.Enum);
        const partners = ['FoodBank', 'Clinic'].sort();
        expect(labels(await complete(withFile('coalition/more.partnership', 'goal G {\n    cocreated-by <|>\n}\n'))).sort()).toEqual(partners);
        expect(labels(await complete(withFile('coalition/more.partnership', 'meeting M {\n    invites <|>\n}\n'))).sort()).toEqual(partners);
        expect(labels(await complete(withFile('coalition/more.partnership', 'meeting M {\n    roles <|>\n}\n'))).sort()).toEqual(['Funder', 'Outreach']);
        const us = await complete(withFile('coalition/network.partnership', 'network Coalition {\n    us <|>\n}\n'));
        expect(labels(us).sort()).toEqual(partners);
    });

    it('leaves out names already in the list', async () => {
        const items = await complete(withFile('coalition/more.partnership', 'meeting M {\n    invites FoodBank, <|>\n}\n'));
        expect(labels(items)).toEqual(['Clinic']);
    });

    it('offers the names of the loose files of the same folder only', async () => {
        const items = await complete({
            'loose/a.partnership': 'role Helper\n',
            'loose/b.partnership': 'partner P {\n    plays <|>\n}\n',
            'elsewhere/c.partnership': 'role Stranger\n'
        });
        expect(labels(items)).toEqual(['Helper']);
    });
});

describe('completion of values, units and policy', () => {
    it('offers the value vocabulary after `provides` and `gives`, in the documented order, with documentation', async () => {
        const provides = await single('role R {\n    provides <|>\n}');
        expect(labels(provides)).toEqual([...VALUES]);
        expect(provides[0]).toMatchObject({ label: 'funding', kind: CompletionItemKind.EnumMember, detail: 'value' });
        expect(docOf(provides[0])).toBe('Money: grants, donations, contracts.');
        const gives = await single('partner A\npartner B\ntie A -- B {\n    A gives data, <|>\n}');
        expect(labels(gives)).toEqual(VALUES.filter(value => value !== 'data'));
        expect(labels(await single('role R {\n    provides funding, sta<|>\n}'))).toEqual(['staff-time']);
    });

    it('offers the second wave\'s words: values after `needs` and `asks`, purposes, `since` after a stage, `on`/`by` after a reading, today for a date', async () => {
        expect(labels(await single('goal G {\n    needs funding, <|>\n}'))).toEqual(VALUES.filter(value => value !== 'funding'));
        expect(labels(await single('partner A\npartner B\ntie A -- B {\n    B asks <|>\n}'))).toEqual([...VALUES]);
        expect(labels(await single('network N {\n    purpose <|>\n}'))).toEqual(['joint-action', 'sharing']);
        expect(keywords(await single('partner A {\n    stage exploring <|>\n}'))).toContain('since');
        expect(keywords(await single('goal G {\n    baseline 12 <|>\n}'))).toEqual(['on']);
        expect(keywords(await single('goal G {\n    target 12 <|>\n}'))).toEqual(['by']);
        for (const text of ['goal G {\n    achieved <|>\n}', 'goal G {\n    progress 3 on <|>\n}', 'partner A {\n    stage active since <|>\n}', 'network N {\n    last-review <|>\n}']) {
            expect((await single(text)).map(item => [item.label, item.detail]), text).toEqual([['2026-11-01', 'today']]);
        }
    });

    it('offers sectors after `sector`, stages after `stage`, strengths after `strength`', async () => {
        const sectors = await single('partner A {\n    sector <|>\n}');
        expect(labels(sectors)).toEqual([...SECTORS]);
        expect(docOf(sectors.find(item => item.label === 'philanthropy'))).toBe('Foundations and other funders.');
        expect(labels(await single('partner A {\n    stage <|>\n}'))).toEqual(['prospect', 'exploring', 'active', 'dormant', 'ended']);
        expect(labels(await single('partner A\npartner B\ntie A -- B {\n    strength <|>\n}'))).toEqual(['weak', 'moderate', 'strong']);
        expect(labels(await single('partner A\npartner B\ntie A -- B {\n    trust mission 4 <|>\n}')).slice(0, 2)).toEqual(['reliability', 'openness']);
    });

    it('offers rate snippets where an amount is expected and rate units after it, singular after 1', async () => {
        const amount = await single('partner A {\n    capacity <|>\n}');
        expect(labels(amount)).toEqual(['N hours/month', 'N hours/week', 'N hours/year']);
        expect(amount[0]).toMatchObject({ insertTextFormat: InsertTextFormat.Snippet });
        expect(amount[0].textEdit?.newText).toBe('${1:4} hours/month');
        expect(labels(await single('partner A {\n    capacity 4 <|>\n}')))
            .toEqual(['hours/month', 'hours/week', 'hours/year', 'hour/month', 'hour/week', 'hour/year']);
        expect(labels(await single('partner A {\n    capacity 1 <|>\n}')).slice(0, 3)).toEqual(['hour/month', 'hour/week', 'hour/year']);
        expect(labels(await single('partner A {\n    capacity 4 hours/<|>\n}'))).toEqual(['month', 'week', 'year']);
        const unit = (await single('role R {\n    commitment 2 ho<|>\n}'))[0];
        expect(unit).toMatchObject({ label: 'hours/month', kind: CompletionItemKind.Unit });
    });

    it('offers cadences after `checkin` and cadence units after `every N`', async () => {
        const checkin = await single('network N {\n    checkin <|>\n}');
        expect(labels(checkin)).toEqual(['every', 'every N months', 'every N weeks', 'every month']);
        expect(checkin[1].textEdit?.newText).toBe('every ${1:3} months');
        expect(labels(await single('network N {\n    checkin every 3 <|>\n}')).slice(0, 3)).toEqual(['months', 'weeks', 'years']);
        expect(labels(await single('meeting M {\n    every 1 <|>\n}')).slice(0, 3)).toEqual(['month', 'week', 'year']);
        expect(labels(await single('meeting M {\n    duration <|>\n}'))).toEqual(['N minutes', 'N hours']);
    });

    it('offers threshold keys and `rule` in a policy', async () => {
        const items = await single('network N {\n    policy {\n        <|>\n    }\n}');
        expect(labels(items)).toEqual([...THRESHOLDS.map(threshold => threshold.key), 'rule']);
        const minTrust = items.find(item => item.label === 'min-trust')!;
        expect(minTrust).toMatchObject({ kind: CompletionItemKind.Property, detail: 'default 3, 1–5' });
        expect(docOf(minTrust)).toContain('lowest acceptable average trust of a tie or broker');
    });

    it('offers the rule codes after `rule`, with their summaries, and the severities after a code', async () => {
        const codes = await single('network N {\n    policy {\n        rule <|>\n    }\n}');
        expect(labels(codes)).toEqual(RULES.map(rule => rule.meta.code));
        const unusedRole = codes.find(item => item.label === 'unused-role')!;
        expect(unusedRole.detail).toBe('info: no partner plays the role');
        expect(docOf(unusedRole)).toContain('**unused-role**: no partner plays the role.');
        expect(docOf(unusedRole)).toMatch(/\[Documentation\]\(https?:.*unused-role\.md\)/);
        const severities = await single('network N {\n    policy {\n        rule unused-role <|>\n    }\n}');
        expect(labels(severities)).toEqual(['error', 'warning', 'info', 'off']);
        expect(severities.find(item => item.label === 'info')!.detail).toBe('severity (the rule\'s default)');
        expect(severities.find(item => item.label === 'off')!.detail).toBe('severity');
    });

    it('offers rule codes in `// @allow` comments, without those already listed', async () => {
        const items = await single('// @allow isolated-partner, <|>\npartner A\n');
        expect(labels(items)).toEqual(RULES.map(rule => rule.meta.code).filter(code => code !== 'isolated-partner'));
        const typed = await single('// @allow iso<|>\npartner A\n');
        expect(labels(typed)).toEqual(['isolated-partner']);
        expect(typed[0].textEdit).toEqual({ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 13 } }, newText: 'isolated-partner' });
        const marker = await single('// @<|>\npartner A\n');
        expect(marker).toHaveLength(1);
        expect(marker[0]).toMatchObject({ label: '@allow', insertTextFormat: InsertTextFormat.Snippet });
    });
});

describe('completion of names in any script', () => {
    const NAMES = 'partner JoséMartíCenter\npartner مركز\npartner Église\npartner 𝐀lpha\n';

    it('offers names of any script as tie endpoints', async () => {
        const items = await single(`${NAMES}tie Église -- <|>\n`);
        expect(labels(items).sort()).toEqual(['JoséMartíCenter', 'مركز', '𝐀lpha'].sort());
    });

    it('completes a name being typed past its accented letters, replacing what was typed', async () => {
        for (const typed of ['Jos', 'José', 'JoséMartí']) {
            const items = await single(`${NAMES}tie Église -- ${typed}<|>\n`);
            expect(labels(items), typed).toContain('JoséMartíCenter');
            const item = items.find(i => i.label === 'JoséMartíCenter')!;
            const edit = item.textEdit as { range: { start: { character: number }; end: { character: number } }; newText: string };
            expect(edit.newText).toBe('JoséMartíCenter');
            // The range covers what was typed (UTF-16 columns): 'tie Église -- ' is 14 characters.
            expect([edit.range.start.character, edit.range.end.character], typed).toEqual([14, 14 + typed.length]);
        }
        expect(labels(await single(`${NAMES}tie Église -- مر<|>\n`))).toContain('مركز');
    });

    it('completes after a Unicode name: the properties of a partner declared with one', async () => {
        expect(keywords(await single('partner Église {\n    <|>\n}'))).toEqual(['sector', 'plays', 'capacity', 'gatekeeper', 'stage', 'contact', 'value']);
    });
});
