/**
 * Quick fixes (lsp/code-actions.ts): each test builds a network, asks the provider for the code
 * actions of one diagnostic the way the editor does, applies the chosen WorkspaceEdit, and checks
 * the exact resulting text and that, rebuilt, it parses, links and no longer has the finding.
 */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
import { build, type Built } from '../helpers.js';
import { PartnershipCodeActionProvider } from '../../src/lsp/code-actions.js';

const STRUCTURAL_ERRORS = ['syntax-error', 'unresolved-reference', 'duplicate-name', 'duplicate-tie', 'duplicate-property', 'unknown-value', 'unknown-rule', 'invalid-allow'];

type Files = Record<string, string>;

interface Fixture {
    built: Built;
    files: Files;
    /** The diagnostics of a file with a code (optionally whose covered text is `text`). */
    diagnostic(file: string, code: string, text?: string): Diagnostic;
    actions(file: string, diagnostic: Diagnostic, only?: string[]): CodeAction[];
    /** The actions at a range with the given diagnostics (none: the cursor alone). */
    actionsAt(file: string, range: Range, diagnostics?: Diagnostic[]): CodeAction[];
}

async function fixture(files: Files): Promise<Fixture> {
    const built = await build(files);
    const provider = new PartnershipCodeActionProvider(built.services.Partnership);
    return {
        built,
        files,
        diagnostic(file, code, text) {
            const document = built.documents.get(file)!;
            const found = built.diagnostics(file).filter(d => d.code === code && (text === undefined || document.textDocument.getText(d.range) === text));
            if (found.length !== 1) throw new Error(`${found.length} ${code} diagnostics in ${file}: ${built.summary().join(', ')}`);
            return found[0];
        },
        actions(file, diagnostic, only) {
            const document = built.documents.get(file)!;
            const result = provider.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() },
                range: diagnostic.range,
                context: { diagnostics: [diagnostic], only }
            });
            return result ?? [];
        },
        actionsAt(file, range, diagnostics = []) {
            const document = built.documents.get(file)!;
            return provider.getCodeActions(document, { textDocument: { uri: document.uri.toString() }, range, context: { diagnostics } }) ?? [];
        }
    };
}

const uriOf = (file: string) => `file:///ws/${file}`;

/** Applies a code action's edit to the files; returns all files, changed or not. */
function apply(files: Files, action: CodeAction): Files {
    const result = { ...files };
    for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
        const file = Object.keys(files).find(name => uriOf(name) === uri);
        if (!file) throw new Error(`edit of an unknown document ${uri}`);
        result[file] = TextDocument.applyEdits(TextDocument.create(uri, 'partnership', 1, files[file]), edits);
    }
    return result;
}

function titled(actions: CodeAction[], title: string): CodeAction {
    const action = actions.find(a => a.title === title);
    if (!action) throw new Error(`no action '${title}' in ${JSON.stringify(actions.map(a => a.title))}`);
    return action;
}

/** Rebuilds the edited files: no structural error anywhere, and no `code` diagnostic covering `text`. */
async function rebuiltWithout(files: Files, code: string, text?: string): Promise<Built> {
    const rebuilt = await build(files);
    const errors = rebuilt.summary().filter(line => STRUCTURAL_ERRORS.some(c => line.endsWith(` ${c}`)));
    expect(errors).toEqual([]);
    for (const [file, document] of rebuilt.documents) {
        const left = rebuilt.diagnostics(file).filter(d => d.code === code && (text === undefined || document.textDocument.getText(d.range) === text));
        expect(left.map(d => `${file}: ${d.message}`)).toEqual([]);
    }
    return rebuilt;
}

describe('partner-without-role quick fixes', () => {
    const NETWORK = `network N {
    us A
}

role Host {
    provides space
}

role Voice

partner A {
    sector nonprofit
    plays Host
}

`;

    it('offers one "Assign role" per role, a role stub and @allow, and inserts `plays` after the sector line', async () => {
        const files = { 'n/main.partnership': `${NETWORK}partner B "Bee" {
    sector resident
    capacity 4 hours/month
}
` };
        const f = await fixture(files);
        const diagnostic = f.diagnostic('n/main.partnership', 'partner-without-role');
        const actions = f.actions('n/main.partnership', diagnostic);
        expect(actions.map(a => a.title)).toEqual([
            'Assign role Host to B',
            'Assign role Voice to B',
            'Create role BRole for B',
            'Allow partner-without-role here'
        ]);
        for (const action of actions) {
            expect(action.kind).toBe('quickfix');
            expect(action.diagnostics).toEqual([diagnostic]);
        }
        const edited = apply(files, titled(actions, 'Assign role Voice to B'));
        expect(edited['n/main.partnership']).toBe(`${NETWORK}partner B "Bee" {
    sector resident
    plays Voice
    capacity 4 hours/month
}
`);
        await rebuiltWithout(edited, 'partner-without-role');
    });

    it('adds a block to a partner without one', async () => {
        const files = { 'n/main.partnership': `${NETWORK}partner B "Bee"
` };
        const f = await fixture(files);
        const actions = f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'partner-without-role'));
        const edited = apply(files, titled(actions, 'Assign role Host to B'));
        expect(edited['n/main.partnership']).toBe(`${NETWORK}partner B "Bee" {
    plays Host
}
`);
        await rebuiltWithout(edited, 'partner-without-role');
    });

    it('keeps a one-line block on one line', async () => {
        for (const [before, after] of [
            ['partner B { sector resident }', 'partner B { sector resident  plays Host }'],
            ['partner B {}', 'partner B { plays Host }'],
            ['partner B { }', 'partner B { plays Host }']
        ]) {
            const files = { 'n/main.partnership': `${NETWORK}${before}\n` };
            const f = await fixture(files);
            const actions = f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'partner-without-role'));
            const edited = apply(files, titled(actions, 'Assign role Host to B'));
            expect(edited['n/main.partnership']).toBe(`${NETWORK}${after}\n`);
            await rebuiltWithout(edited, 'partner-without-role');
        }
    });

    it('puts `plays` first when there is no sector, breaking a line that goes on after `{`', async () => {
        const files = { 'n/main.partnership': `${NETWORK}partner B { capacity 4 hours/month
}
partner C {
    capacity 2 hours/month // asked in May
    stage active }
` };
        const f = await fixture(files);
        let edited = apply(files, titled(f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'partner-without-role', 'B')), 'Assign role Host to B'));
        const g = await fixture(edited);
        edited = apply(edited, titled(g.actions('n/main.partnership', g.diagnostic('n/main.partnership', 'partner-without-role', 'C')), 'Assign role Voice to C'));
        expect(edited['n/main.partnership']).toBe(`${NETWORK}partner B {
    plays Host
    capacity 4 hours/month
}
partner C {
    plays Voice
    capacity 2 hours/month // asked in May
    stage active }
`);
        await rebuiltWithout(edited, 'partner-without-role');
    });

    it('creates a role stub after the last role of the network and assigns it, in two files', async () => {
        const files = {
            'n/network.partnership': `network N {
    us A
}

role Host {
    provides space
}

partner A { plays Host }
`,
            'n/partners.partnership': `partner B "Bee" {
    sector resident
}

partner BRole "Named like the stub" { plays Host }
`
        };
        const f = await fixture(files);
        const actions = f.actions('n/partners.partnership', f.diagnostic('n/partners.partnership', 'partner-without-role'));
        const stub = titled(actions, 'Create role BRole2 for B in network.partnership');
        expect(Object.keys(stub.edit!.changes!).sort()).toEqual([uriOf('n/network.partnership'), uriOf('n/partners.partnership')]);
        const edited = apply(files, stub);
        expect(edited['n/network.partnership']).toBe(`network N {
    us A
}

role Host {
    provides space
}

role BRole2

partner A { plays Host }
`);
        expect(edited['n/partners.partnership']).toBe(`partner B "Bee" {
    sector resident
    plays BRole2
}

partner BRole "Named like the stub" { plays Host }
`);
        await rebuiltWithout(edited, 'partner-without-role');
    });

    it('creates the first role at the end of the network file when there is none', async () => {
        const files = { 'n/main.partnership': 'network N\n\npartner B' };
        const f = await fixture(files);
        const actions = f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'partner-without-role'));
        expect(actions.map(a => a.title)).toEqual(['Create role BRole for B', 'Allow partner-without-role here']);
        const edited = apply(files, actions[0]);
        expect(edited['n/main.partnership']).toBe('network N\n\npartner B {\n    plays BRole\n}\n\nrole BRole\n');
        await rebuiltWithout(edited, 'partner-without-role');
    });

    it('works without diagnostic data (clients that do not return it): the finding is looked up', async () => {
        const f = await fixture({ 'n/main.partnership': `${NETWORK}partner B\n` });
        const { data: _data, ...withoutData } = f.diagnostic('n/main.partnership', 'partner-without-role');
        expect(f.actions('n/main.partnership', withoutData).map(a => a.title)).toEqual([
            'Assign role Host to B', 'Assign role Voice to B', 'Create role BRole for B', 'Allow partner-without-role here'
        ]);
    });

    it('offers at most 20 roles', async () => {
        const roles = Array.from({ length: 25 }, (_, i) => `role R${i}\n`).join('');
        const files = { 'n/main.partnership': `network N\n${roles}partner B\n` };
        const f = await fixture(files);
        const titles = f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'partner-without-role')).map(a => a.title);
        expect(titles.filter(t => t.startsWith('Assign role'))).toHaveLength(20);
        expect(titles).toContain('Create role BRole for B');
    });
});

describe('one-sided-tie quick fix', () => {
    const PARTNERS = `network N {
    us Radio
}

role Tutoring {
    provides volunteers
}

partner Library { plays Tutoring }
partner School { plays Tutoring }
partner Radio

`;

    it('adds `B gives` with a value B\'s role provides, after the last gives line, indented like the block', async () => {
        const files = { 'n/main.partnership': `${PARTNERS}tie Library -- School {
  effort 2 hours/month
  Library gives space // the reading room
  last-checkin 2026-10-01
}
` };
        const f = await fixture(files);
        const diagnostic = f.diagnostic('n/main.partnership', 'one-sided-tie');
        const actions = f.actions('n/main.partnership', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([
            ['Add what School gives (School gives volunteers)', true],
            ['Allow one-sided-tie here', false],
            // The diagnostic is in a tie: the tie's own action comes too (not preferred).
            ['Record a check-in today (last-checkin 2026-11-01)', false]
        ]);
        const edited = apply(files, actions[0]);
        expect(edited['n/main.partnership']).toBe(`${PARTNERS}tie Library -- School {
  effort 2 hours/month
  Library gives space // the reading room
  School gives volunteers
  last-checkin 2026-10-01
}
`);
        await rebuiltWithout(edited, 'one-sided-tie');
    });

    it('gives `information` when no role of B provides anything, and keeps a one-line tie on one line', async () => {
        const files = { 'n/main.partnership': `${PARTNERS}tie Radio -- Library { effort 1 hour/month  Library gives space }\n` };
        const f = await fixture(files);
        const actions = f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'one-sided-tie'));
        const edited = apply(files, titled(actions, 'Add what Radio gives (Radio gives information)'));
        expect(edited['n/main.partnership']).toBe(`${PARTNERS}tie Radio -- Library { effort 1 hour/month  Library gives space  Radio gives information }\n`);
        await rebuiltWithout(edited, 'one-sided-tie');
    });

    it('works on a tie in another file than the network, with CRLF line ends', async () => {
        const files = {
            'n/main.partnership': PARTNERS,
            'n/ties.partnership': 'tie School -- Library {\r\n    School gives volunteers\r\n}\r\n'
        };
        const f = await fixture(files);
        const actions = f.actions('n/ties.partnership', f.diagnostic('n/ties.partnership', 'one-sided-tie'));
        const edited = apply(files, titled(actions, 'Add what Library gives (Library gives volunteers)'));
        expect(edited['n/ties.partnership']).toBe('tie School -- Library {\r\n    School gives volunteers\r\n    Library gives volunteers\r\n}\r\n');
        await rebuiltWithout(edited, 'one-sided-tie');
    });
});

describe('unresolved-reference quick fix', () => {
    const files = {
        'c/network.partnership': `network C {
    us A
}

role Host {
    provides space
}
`,
        'c/partners.partnership': `partner A { plays Host }

partner B { plays Host }
// @allow isolated-partner -- new
partner D { plays Host }
`,
        'c/ties.partnership': `tie A -- B { A gives space  B gives space }

tie A -- Gamma {
    A gives space
    Gamma gives data
}
`
    };

    it('creates a partner after the last partner of the file with most partners', async () => {
        const f = await fixture(files);
        const diagnostics = f.built.diagnostics('c/ties.partnership').filter(d => d.code === 'unresolved-reference');
        expect(diagnostics).toHaveLength(2);
        const actions = f.actions('c/ties.partnership', diagnostics[0]);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Create partner Gamma in partners.partnership', true], ['Record a check-in today (last-checkin 2026-11-01)', false]]);
        const edited = apply(files, actions[0]);
        expect(edited['c/partners.partnership']).toBe(`partner A { plays Host }

partner B { plays Host }
// @allow isolated-partner -- new
partner D { plays Host }

partner Gamma
`);
        await rebuiltWithout(edited, 'unresolved-reference');
    });

    it('creates a partner named in any script, in NFC', async () => {
        const nfd = 'Église'.normalize('NFD');
        const unicode = { ...files, 'c/ties.partnership': `tie A -- ${nfd} {\n    A gives space\n}\n` };
        const f = await fixture(unicode);
        const [diagnostic] = f.built.diagnostics('c/ties.partnership').filter(d => d.code === 'unresolved-reference');
        const actions = f.actions('c/ties.partnership', diagnostic);
        expect(actions.map(a => a.title)).toEqual(['Create partner Église in partners.partnership', 'Record a check-in today (last-checkin 2026-11-01)']);
        const edited = apply(unicode, actions[0]);
        expect(edited['c/partners.partnership']).toContain('\npartner Église\n');
        await rebuiltWithout(edited, 'unresolved-reference');
    });

    it('creates a role next to the roles and a goal at the end of the network file', async () => {
        const withGhosts = { ...files, 'c/partners.partnership': 'partner A { plays Host, Ghost }\n\npartner B { plays Host }\n', 'c/ties.partnership': '' };
        withGhosts['c/network.partnership'] += '\nrole Helper { serves Nowhere }\n\npartner E { plays Host }\n';
        const f = await fixture(withGhosts);
        const ghost = f.diagnostic('c/partners.partnership', 'unresolved-reference', 'Ghost');
        const role = titled(f.actions('c/partners.partnership', ghost), 'Create role Ghost in network.partnership');
        let edited = apply(withGhosts, role);
        expect(edited['c/network.partnership']).toBe(`network C {
    us A
}

role Host {
    provides space
}

role Helper { serves Nowhere }

role Ghost

partner E { plays Host }
`);
        const g = await fixture(edited);
        const nowhere = g.diagnostic('c/network.partnership', 'unresolved-reference', 'Nowhere');
        edited = apply(edited, titled(g.actions('c/network.partnership', nowhere), 'Create goal Nowhere'));
        expect(edited['c/network.partnership']).toBe(`network C {
    us A
}

role Host {
    provides space
}

role Helper { serves Nowhere }

role Ghost

partner E { plays Host }

goal Nowhere
`);
        await rebuiltWithout(edited, 'unresolved-reference');
    });

    it('does not offer to create a name that is declared as another kind', async () => {
        const f = await fixture({ 'c/main.partnership': 'network C\nrole Host\npartner A { plays Host }\npartner B { plays A }\n' });
        const diagnostic = f.diagnostic('c/main.partnership', 'unresolved-reference');
        expect(diagnostic.message).toBe("'A' is a partner, not a role.");
        expect(f.actions('c/main.partnership', diagnostic)).toEqual([]);
    });

    it('creates the declaration in the same file outside any network folder', async () => {
        const loose = { 'loose/a.partnership': 'partner A\n\ntie A -- Z { A gives data }' };
        const f = await fixture(loose);
        const actions = f.actions('loose/a.partnership', f.diagnostic('loose/a.partnership', 'unresolved-reference'));
        const edited = apply(loose, titled(actions, 'Create partner Z'));
        expect(edited['loose/a.partnership']).toBe('partner A\n\npartner Z\n\ntie A -- Z { A gives data }');
        await rebuiltWithout(edited, 'unresolved-reference');
    });

    it('works without diagnostic data (clients that do not return it)', async () => {
        const f = await fixture(files);
        const [first] = f.built.diagnostics('c/ties.partnership').filter(d => d.code === 'unresolved-reference');
        const { data: _data, ...withoutData } = first;
        expect(f.actions('c/ties.partnership', withoutData).map(a => a.title)).toEqual(['Create partner Gamma in partners.partnership', 'Record a check-in today (last-checkin 2026-11-01)']);
    });

    it('changes a misspelled or miscased name to the declared one (preferred), with or without diagnostic data', async () => {
        const f = await fixture({
            'm/network.partnership': 'network M {\n    us Hub\n}\npartner Hub\npartner LincolnHigh\ntie Hub -- LincolnHig\ntie lincolnhigh -- Hub\n'
        });
        const diagnostics = f.built.diagnostics('m/network.partnership').filter(d => d.code === 'unresolved-reference');
        expect(diagnostics.map(d => f.built.documents.get('m/network.partnership')!.textDocument.getText(d.range))).toEqual(['LincolnHig', 'lincolnhigh']);
        for (const diagnostic of diagnostics) {
            for (const variant of [diagnostic, { ...diagnostic, data: undefined }]) {
                const actions = f.actions('m/network.partnership', variant);
                expect(actions.map(a => [a.title, a.isPreferred])).toEqual([
                    ['Change to LincolnHigh', true],
                    [`Create partner ${f.built.documents.get('m/network.partnership')!.textDocument.getText(diagnostic.range)}`, false],
                    ['Record a check-in today (last-checkin 2026-11-01)', false]
                ]);
                expect(actions[0].edit?.changes?.[uriOf('m/network.partnership')]).toEqual([{ range: diagnostic.range, newText: 'LincolnHigh' }]);
            }
        }
    });
});

describe('@allow quick fix', () => {
    it('inserts `// @allow CODE -- reason` above the declaration, indented like it', async () => {
        const files = { 'n/main.partnership': `network N

role Host
partner A { plays Host }
    // a note, not an allow
    partner B { plays Host }
` };
        const f = await fixture(files);
        const diagnostic = f.diagnostic('n/main.partnership', 'isolated-partner', 'B');
        const actions = f.actions('n/main.partnership', diagnostic);
        expect(actions.map(a => a.title)).toEqual(['Allow isolated-partner here']);
        const edited = apply(files, actions[0]);
        expect(edited['n/main.partnership']).toBe(`network N

role Host
partner A { plays Host }
    // a note, not an allow
    // @allow isolated-partner -- reason
    partner B { plays Host }
`);
        await rebuiltWithout(edited, 'isolated-partner', 'B');
    });

    it('extends an @allow comment that is already there', async () => {
        const files = { 'n/main.partnership': `network N {
    purpose sharing
}

// @allow isolated-partner -- first meeting in January
// (the radio station)
partner Radio
` };
        const f = await fixture(files);
        const actions = f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'partner-without-role'));
        const edited = apply(files, titled(actions, 'Allow partner-without-role here'));
        expect(edited['n/main.partnership']).toBe(`network N {
    purpose sharing
}

// @allow isolated-partner, partner-without-role -- first meeting in January
// (the radio station)
partner Radio
`);
        const rebuilt = await rebuiltWithout(edited, 'partner-without-role');
        expect(rebuilt.summary()).toEqual([]);
    });

    it('allows a network finding above the `network` line, and a tie finding above the tie', async () => {
        const files = {
            'n/network.partnership': `// Our coalition
network N {
    us A
    budget 1 hour/month
}
`,
            'n/ties.partnership': `partner A
partner B

tie A -- B {
    effort 2 hours/month
    B gives data
}
`
        };
        const f = await fixture(files);
        const overBudget = f.diagnostic('n/network.partnership', 'over-budget');
        let edited = apply(files, titled(f.actions('n/network.partnership', overBudget), 'Allow over-budget here'));
        expect(edited['n/network.partnership']).toBe(`// Our coalition
// @allow over-budget -- reason
network N {
    us A
    budget 1 hour/month
}
`);
        const oneSided = f.diagnostic('n/ties.partnership', 'one-sided-tie');
        edited = apply(edited, titled(f.actions('n/ties.partnership', oneSided), 'Allow one-sided-tie here'));
        expect(edited['n/ties.partnership']).toBe(`partner A
partner B

// @allow one-sided-tie -- reason
tie A -- B {
    effort 2 hours/month
    B gives data
}
`);
        await rebuiltWithout(edited, 'over-budget');
        await rebuiltWithout(edited, 'one-sided-tie');
    });

    it('offers nothing for structural errors, and nothing when the client asks for other kinds', async () => {
        const files = { 'n/main.partnership': 'network N\npartner A\ntie A -- A { A gives data }\n' };
        const f = await fixture(files);
        // Only the tie's own "Record a check-in today", which fixes no diagnostic.
        const selfTie = f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'self-tie'));
        expect(selfTie.map(a => [a.title, a.diagnostics])).toEqual([['Record a check-in today (last-checkin 2026-11-01)', undefined]]);
        const isolated = f.diagnostic('n/main.partnership', 'isolated-partner');
        expect(f.actions('n/main.partnership', isolated, ['refactor'])).toEqual([]);
        expect(f.actions('n/main.partnership', isolated, ['quickfix']).map(a => a.title)).toEqual(['Allow isolated-partner here']);
    });
});

describe('second-wave quick fixes: a missing property added at the end of the block', () => {
    it('records a check-in today on a tie never checked in', async () => {
        const files = { 'n/main.partnership': 'network N {\n    checkin every 3 months\n}\n\npartner A\npartner B\n\ntie A -- B {\n    effort 2 hours/month\n}\n' };
        const f = await fixture(files);
        const action = titled(f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'never-checked-in')), 'Record a check-in today (last-checkin 2026-11-01)');
        expect(action.isPreferred).toBe(true);
        const edited = apply(files, action);
        expect(edited['n/main.partnership']).toBe('network N {\n    checkin every 3 months\n}\n\npartner A\npartner B\n\ntie A -- B {\n    effort 2 hours/month\n    last-checkin 2026-11-01\n}\n');
        await rebuiltWithout(edited, 'never-checked-in');
        await rebuiltWithout(edited, 'overdue-checkin');
    });

    it('marks a past-due goal achieved today', async () => {
        const files = { 'n/main.partnership': 'goal G {\n    measure "meals"\n    target 10 by 2026-06-30\n}\n' };
        const f = await fixture(files);
        const edited = apply(files, titled(f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'goal-past-due')), 'Mark G achieved (achieved 2026-11-01)'));
        expect(edited['n/main.partnership']).toBe('goal G {\n    measure "meals"\n    target 10 by 2026-06-30\n    achieved 2026-11-01\n}\n');
        await rebuiltWithout(edited, 'goal-past-due');
    });

    it('adds a lane placeholder to a role, and a block to a role without one', async () => {
        const files = { 'n/main.partnership': 'role A {\n    lane "hosting"\n}\n\nrole B {\n    lane "funding"\n}\n\nrole C\n' };
        const f = await fixture(files);
        const edited = apply(files, titled(f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'role-without-lane')), 'Add a lane to C'));
        expect(edited['n/main.partnership']).toBe('role A {\n    lane "hosting"\n}\n\nrole B {\n    lane "funding"\n}\n\nrole C {\n    lane "what this role is responsible for"\n}\n');
        await rebuiltWithout(edited, 'role-without-lane');
    });

    it('adds the missing decisions and conflict lines to a big network, in that order', async () => {
        const partners = Array.from({ length: 9 }, (_, i) => `partner P${i}`).join('\n');
        const files = { 'n/main.partnership': `network N {\n    purpose joint-action\n}\n\n${partners}\n` };
        const f = await fixture(files);
        const edited = apply(files, titled(f.actions('n/main.partnership', f.diagnostic('n/main.partnership', 'no-charter')), 'Add decisions and conflict to the network'));
        expect(edited['n/main.partnership']).toBe(`network N {\n    purpose joint-action\n    decisions "who decides, and how"\n    conflict "how disagreements are resolved"\n}\n\n${partners}\n`);
        await rebuiltWithout(edited, 'no-charter');
    });
});

describe('Record a check-in today', () => {
    const TITLE = 'Record a check-in today (last-checkin 2026-11-01)';
    const NETWORK = 'network N {\n    checkin every 3 months\n}\n\npartner A\n\npartner B\n\n';

    /** The range of `needle` in a file of the fixture (a cursor: its start). */
    const at = (f: Fixture, file: string, needle: string, delta = 0): Range => {
        const document = f.built.documents.get(file)!;
        const start = document.textDocument.positionAt(document.textDocument.getText().indexOf(needle) + delta);
        return { start, end: start };
    };

    /** The text `partnership format` makes of a file: a formatted file is left as it is. */
    async function formatted(text: string): Promise<string> {
        const built = await build({ 'f/file.partnership': text });
        const document = built.documents.get('f/file.partnership')!;
        const edits = await built.services.Partnership.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        return TextDocument.applyEdits(document.textDocument, edits);
    }

    it('replaces an overdue last-checkin with today: the preferred fix of overdue-checkin', async () => {
        const files = { 'n/main.partnership': `${NETWORK}tie A -- B {\n    effort 2 hours/month\n    last-checkin 2026-05-01\n    A gives data\n}\n` };
        const f = await fixture(files);
        const overdue = f.diagnostic('n/main.partnership', 'overdue-checkin');
        const actions = f.actions('n/main.partnership', overdue);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([[TITLE, true], ['Allow overdue-checkin here', false]]);
        expect(actions[0].diagnostics).toEqual([overdue]);
        expect(actions[0].edit?.changes?.[uriOf('n/main.partnership')]).toEqual([{ range: overdue.range, newText: '2026-11-01' }]);
        const edited = apply(files, actions[0]);
        expect(edited['n/main.partnership']).toBe(`${NETWORK}tie A -- B {\n    effort 2 hours/month\n    last-checkin 2026-11-01\n    A gives data\n}\n`);
        expect(await formatted(edited['n/main.partnership'])).toBe(edited['n/main.partnership']);
        await rebuiltWithout(edited, 'overdue-checkin');
        await rebuiltWithout(edited, 'never-checked-in');
    });

    it('is offered with the cursor anywhere in a tie, and nowhere else', async () => {
        const files = { 'n/main.partnership': `${NETWORK}tie A -- B {\n    effort 2 hours/month\n    last-checkin 2026-10-01\n    A gives data\n    B gives space\n}\n` };
        const f = await fixture(files);
        // No diagnostic in the tie: the action comes with the cursor alone.
        expect(f.built.diagnostics('n/main.partnership').filter(d => d.range.start.line >= 8)).toEqual([]);
        const replaced = `${NETWORK}tie A -- B {\n    effort 2 hours/month\n    last-checkin 2026-11-01\n    A gives data\n    B gives space\n}\n`;
        for (const [needle, delta] of [['tie A', 0], ['-- B', 1], ['effort', 3], ['hours/month', 11], ['B gives', 0], ['space\n}', 6], ['space\n}', 7]] as const) {
            const actions = f.actionsAt('n/main.partnership', at(f, 'n/main.partnership', needle, delta));
            expect(actions.map(a => [a.title, a.kind, a.isPreferred, a.diagnostics]), `at ${needle}+${delta}`).toEqual([[TITLE, 'quickfix', false, undefined]]);
            expect(apply(files, actions[0])['n/main.partnership']).toBe(replaced);
        }
        for (const needle of ['network N', 'checkin every', 'partner A', '\n\ntie']) {
            expect(f.actionsAt('n/main.partnership', at(f, 'n/main.partnership', needle)), `at ${JSON.stringify(needle)}`).toEqual([]);
        }
        // Not when the client asks for other kinds; nothing to do where the check-in is today's already.
        const document = f.built.documents.get('n/main.partnership')!;
        const provider = new PartnershipCodeActionProvider(f.built.services.Partnership);
        expect(provider.getCodeActions(document, { textDocument: { uri: document.uri.toString() }, range: at(f, 'n/main.partnership', 'effort'), context: { diagnostics: [], only: ['refactor'] } })).toBeUndefined();
        const today = await fixture({ 'n/main.partnership': replaced });
        expect(today.actionsAt('n/main.partnership', at(today, 'n/main.partnership', 'effort'))).toEqual([]);
    });

    it('inserts the missing line at the end of the block with the block\'s indentation: the preferred fix of never-checked-in', async () => {
        const files = { 'n/ties.partnership': 'tie A -- B {\n  effort 2 hours/month\n  A gives data // why\n  // a comment at the end\n}\n', 'n/main.partnership': NETWORK };
        const f = await fixture(files);
        const never = f.diagnostic('n/ties.partnership', 'never-checked-in');
        const actions = f.actions('n/ties.partnership', never);
        // One action, not the rule's own add-property fix beside it.
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([[TITLE, true], ['Allow never-checked-in here', false]]);
        const edited = apply(files, actions[0]);
        expect(edited['n/ties.partnership']).toBe('tie A -- B {\n  effort 2 hours/month\n  A gives data // why\n  last-checkin 2026-11-01\n  // a comment at the end\n}\n');
        await rebuiltWithout(edited, 'never-checked-in');
        // In a formatted file the line is where the formatter keeps it.
        const canonical = { 'n/ties.partnership': 'tie A -- B {\n    effort 2 hours/month\n    A gives data\n}\n', 'n/main.partnership': NETWORK };
        const g = await fixture(canonical);
        const inserted = apply(canonical, g.actionsAt('n/ties.partnership', at(g, 'n/ties.partnership', 'effort'))[0]);
        expect(inserted['n/ties.partnership']).toBe('tie A -- B {\n    effort 2 hours/month\n    A gives data\n    last-checkin 2026-11-01\n}\n');
        expect(await formatted(inserted['n/ties.partnership'])).toBe(inserted['n/ties.partnership']);
    });

    it('opens a one-line tie onto lines, as partnership format lays it out', async () => {
        const cases: Array<[before: string, after: string]> = [
            ['tie A -- B { }', 'tie A -- B {\n    last-checkin 2026-11-01\n}'],
            ['tie A -- B {}', 'tie A -- B {\n    last-checkin 2026-11-01\n}'],
            ['tie A -- B', 'tie A -- B {\n    last-checkin 2026-11-01\n}'],
            ['tie A -- B { effort 2 hours / month  A gives data, space }', 'tie A -- B {\n    effort 2 hours/month\n    A gives data, space\n    last-checkin 2026-11-01\n}']
        ];
        for (const [before, after] of cases) {
            const files = { 'n/main.partnership': `${NETWORK}${before}\n\npartner C\n` };
            const f = await fixture(files);
            const [action] = f.actionsAt('n/main.partnership', at(f, 'n/main.partnership', 'tie A'));
            expect(action?.title, before).toBe(TITLE);
            const edited = apply(files, action)['n/main.partnership'];
            expect(edited, before).toBe(`${NETWORK}${after}\n\npartner C\n`);
            expect(await formatted(edited), before).toBe(edited);
            await rebuiltWithout({ 'n/main.partnership': edited }, 'never-checked-in');
        }
    });

    it('keeps CRLF line ends', async () => {
        const crlf = (text: string) => text.replace(/\n/g, '\r\n');
        const files = { 'n/main.partnership': crlf(`${NETWORK}partner C\n\ntie A -- B {\n    effort 2 hours/month\n}\n\ntie C -- A { }\n`) };
        const f = await fixture(files);
        let edited = apply(files, f.actionsAt('n/main.partnership', at(f, 'n/main.partnership', 'effort'))[0]);
        const g = await fixture(edited);
        edited = apply(edited, g.actionsAt('n/main.partnership', at(g, 'n/main.partnership', 'tie C'))[0]);
        expect(edited['n/main.partnership']).toBe(crlf(`${NETWORK}partner C\n\ntie A -- B {\n    effort 2 hours/month\n    last-checkin 2026-11-01\n}\n\ntie C -- A {\n    last-checkin 2026-11-01\n}\n`));
        expect(await formatted(edited['n/main.partnership'])).toBe(edited['n/main.partnership']);
        await rebuiltWithout(edited, 'never-checked-in');
    });

    it('writes the server\'s today: the today setting, else the local date', async () => {
        const files = { 'n/main.partnership': `${NETWORK}tie A -- B {\n    last-checkin 2026-02-30\n}\n` };
        const f = await fixture(files);
        // A date that is no day (an invalid-date error) is replaced too.
        expect(f.built.summary()).toContain('n/main.partnership:10:18 error invalid-date');
        f.built.services.Partnership.network.Settings.today = undefined;
        const [action] = f.actionsAt('n/main.partnership', at(f, 'n/main.partnership', 'tie A'));
        const now = new Date();
        const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
        expect(action.title).toBe(`Record a check-in today (last-checkin ${local})`);
        const edited = apply(files, action);
        expect(edited['n/main.partnership']).toBe(`${NETWORK}tie A -- B {\n    last-checkin ${local}\n}\n`);
        await rebuiltWithout(edited, 'invalid-date');
    });
});
