/**
 * End-to-end tests of the built language server, driven the way an editor drives it: spawn
 * `node packages/language/bin/server.js --stdio`, initialize, open and edit documents with full
 * text sync, and look at the `textDocument/publishDiagnostics` notifications.
 *
 * Needs the build output (`npm run build`). One server serves the whole file; every test works in
 * its own folder of the temporary workspace, and each folder declares its own network, so the
 * tests do not see each other's declarations.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { useLspServer } from './lsp-client.js';

const ERROR = 1;
const WARNING = 2;
/** Diagnostics arrive within a second or two; this only bounds how long a failing test hangs. */
const WAIT_MS = 15_000;

const server = useLspServer('diagnostics', { initializationOptions: { today: '2026-11-01' } });
const { openFile } = server;

const waitFor = (uri: string, predicate: (diagnostics: Diagnostic[]) => boolean) =>
    server.client.waitForDiagnostics(uri, predicate, WAIT_MS);
const withCode = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some(d => d.code === code);
const withoutCode = (code: string) => (diagnostics: Diagnostic[]) => !diagnostics.some(d => d.code === code);
const codesOf = (diagnostics: Diagnostic[]) => diagnostics.map(d => d.code).sort();

/**
 * The range of the `occurrence`-th (0-based) `needle` in `text`, counted after the first `after`
 * if given: so expectations name the text a squiggle should cover instead of bare coordinates.
 */
function rangeOf(text: string, needle: string, options: { after?: string; occurrence?: number } = {}): Range {
    let offset = options.after === undefined ? 0 : text.indexOf(options.after);
    if (offset < 0) throw new Error(`'${options.after}' is not in the text`);
    for (let i = 0; i <= (options.occurrence ?? 0); i++) {
        offset = text.indexOf(needle, i === 0 ? offset : offset + 1);
        if (offset < 0) throw new Error(`'${needle}' is not in the text`);
    }
    const position = (at: number) => {
        const before = text.slice(0, at).split('\n');
        return { line: before.length - 1, character: before[before.length - 1].length };
    };
    return { start: position(offset), end: position(offset + needle.length) };
}

// A small, otherwise clean network: every partner plays a role, every role serves the goal (which
// partners co-created, with a measure and a target), every tie is reciprocal and checked in with,
// outreach brings lived experience, and no partner is the only link to another. FoodBank is `us`;
// its load is the effort of its two ties. (It is not the backbone as well: over budget, a backbone
// that is `us` is also backbone-overloaded, and these tests are about over-budget.)
const COALITION = `network Coalition "Eastside Coalition" {
    us FoodBank
    budget 40 hours/month
    checkin every 3 months
    purpose joint-action
}

goal Meals "Nobody in Eastside goes hungry" {
    cocreated-by FoodBank, Clinic
    measure "meals served a week"
    target 500 by 2027-12-31
}

role Distribution {
    provides space
    serves Meals
}

role Outreach {
    provides connections, lived-experience
    serves Meals
}

partner FoodBank "Eastside Food Bank" {
    sector nonprofit
    plays Distribution
}

partner Clinic "Eastside Clinic" {
    sector healthcare
    plays Outreach
}

partner Funder "United Way East" {
    sector philanthropy
    plays Outreach
}
`;

const coalitionTies = (clinicEffort: number, funderEffort: number) => `// What each tie costs each side.
tie FoodBank -- Clinic {
    effort ${clinicEffort} hours/month
    trust 4
    FoodBank gives space
    Clinic gives data
    last-checkin 2026-10-01
}

tie FoodBank -- Funder {
    effort ${funderEffort} hours/month
    trust 4
    FoodBank gives data
    Funder gives funding
    last-checkin 2026-10-01
}

tie Clinic -- Funder {
    trust 4
    Clinic gives data
    Funder gives funding
    last-checkin 2026-10-01
}
`;

describe('language server over stdio', () => {
    it('reports over-budget on the network file, with the contributing ties of the other file as related information', async () => {
        const networkUri = await openFile('budget/network.partnership', COALITION);
        const ties = coalitionTies(30, 15);
        const tiesUri = await openFile('budget/ties.partnership', ties);

        const networkDiagnostics = await waitFor(networkUri, withCode('over-budget'));
        expect(codesOf(networkDiagnostics)).toEqual(['over-budget']);
        const [overBudget] = networkDiagnostics;
        expect(overBudget.severity).toBe(ERROR);
        expect(overBudget.range).toEqual(rangeOf(COALITION, '40 hours/month'));
        expect(overBudget.codeDescription?.href).toMatch(/^https?:\/\/.*\/over-budget\.md$/);
        // 30 + 15 = 45 hours against a budget of 40.
        expect(overBudget.message).toContain('FoodBank spends 45 h/month');
        expect(overBudget.message).toContain('budget is 40 h/month');
        expect(overBudget.message).toContain('5 h/month over');
        expect(overBudget.relatedInformation).toEqual([
            { message: 'tie FoodBank -- Clinic: 30 h/month', location: { uri: tiesUri, range: rangeOf(ties, '30 hours/month') } },
            { message: 'tie FoodBank -- Funder: 15 h/month', location: { uri: tiesUri, range: rangeOf(ties, '15 hours/month') } }
        ]);

        // The ties themselves are fine: the ties file is published, without diagnostics.
        expect(await waitFor(tiesUri, () => true)).toEqual([]);
    });

    it('re-checks the network file when an edit of the ties file changes the budget outcome', async () => {
        const networkUri = await openFile('refresh/network.partnership', COALITION);
        const tiesUri = await openFile('refresh/ties.partnership', coalitionTies(30, 15));
        await waitFor(networkUri, withCode('over-budget'));

        // 20 + 15 = 35 hours: within budget. Only the ties file changed, yet the network file must
        // be published again, without the error.
        await server.client.change(tiesUri, coalitionTies(20, 15));
        expect(await waitFor(networkUri, withoutCode('over-budget'))).toEqual([]);

        // 20 + 30 = 50 hours: over again, and the message has the new figures.
        await server.client.change(tiesUri, coalitionTies(20, 30));
        const again = await waitFor(networkUri, d => d.some(x => x.code === 'over-budget' && String(x.message).includes('50 h/month')));
        expect(codesOf(again)).toEqual(['over-budget']);
        expect(again[0].message).toContain('10 h/month over');
        expect(again[0].severity).toBe(ERROR);
        expect(await waitFor(tiesUri, () => true)).toEqual([]);
    });

    it('reports structural errors on the offending name or number when a document is opened', async () => {
        const text = `network Checks "Structural checks"

role Helper {
    provides expertise
}

partner Alpha "Alpha" { plays Helper }
partner Beta "Beta" { plays Helper }

tie Alpha -- Alpha {
    Alpha gives expertise
}

tie Alpha -- Beta {
    trust 7
    Alpha gives expertise
    Beta gives expertise
}

tie Beta -- Gamma {
    Beta gives expertise
}
`;
        const uri = await openFile('structural/network.partnership', text);
        // Rule findings (warnings such as partner-without-goal: Helper serves no goal) are not the subject here.
        const diagnostics = (await waitFor(uri, d => d.length > 0)).filter(d => d.severity === ERROR);
        expect(codesOf(diagnostics)).toEqual(['self-tie', 'trust-out-of-range', 'unresolved-reference']);
        const byCode = new Map(diagnostics.map(d => [d.code, d]));

        const selfTie = byCode.get('self-tie')!;
        // The second Alpha of `tie Alpha -- Alpha`: line 10, columns 14-18 as an editor counts (LSP is 0-based).
        expect(selfTie.range).toEqual({ start: { line: 9, character: 13 }, end: { line: 9, character: 18 } });
        expect(selfTie.range).toEqual(rangeOf(text, 'Alpha', { after: 'tie Alpha -- Alpha', occurrence: 1 }));
        expect(selfTie.message).toContain('joins Alpha to itself');

        const trust = byCode.get('trust-out-of-range')!;
        // The 7 of `trust 7`: line 15, column 11.
        expect(trust.range).toEqual({ start: { line: 14, character: 10 }, end: { line: 14, character: 11 } });
        expect(trust.range).toEqual(rangeOf(text, '7', { after: 'trust 7' }));
        expect(trust.message).toContain('it is 7');

        const unresolved = byCode.get('unresolved-reference')!;
        // Gamma of `tie Beta -- Gamma`: line 20, columns 13-17.
        expect(unresolved.range).toEqual({ start: { line: 19, character: 12 }, end: { line: 19, character: 17 } });
        expect(unresolved.range).toEqual(rangeOf(text, 'Gamma'));
        expect(unresolved.message).toContain("Unknown partner 'Gamma'");

        for (const diagnostic of diagnostics) {
            expect(diagnostic.severity).toBe(ERROR);
            expect(diagnostic.codeDescription?.href).toMatch(new RegExp(`/structural\\.md#${diagnostic.code}$`));
        }
    });

    it('shows one-sided-tie while only one side gives, and clears it once the other side gives too', async () => {
        // Only School gives: one-sided-tie (had only Library, `us`, given, it would be giving first, which is fine).
        const oneSided = `network Reciprocity "Reciprocity" {
    us Library
    purpose joint-action
}

goal Reading {
    cocreated-by Library, School
    measure "children reading at grade level"
    target 40 by 2027-06-30
}

role Tutoring {
    provides volunteers
    serves Reading
}

partner Library { sector government  plays Tutoring }
partner School { sector education  plays Tutoring }

tie Library -- School {
    effort 2 hours/month
    School gives volunteers
}
`;
        const uri = await openFile('reciprocity/network.partnership', oneSided);
        const diagnostics = await waitFor(uri, withCode('one-sided-tie'));
        expect(codesOf(diagnostics)).toEqual(['one-sided-tie']);
        const [warning] = diagnostics;
        expect(warning.severity).toBe(WARNING);
        expect(warning.range).toEqual(rangeOf(oneSided, 'tie Library -- School'));
        expect(warning.message).toContain('Only School gives anything in the tie Library -- School');
        expect(warning.codeDescription?.href).toMatch(/\/one-sided-tie\.md$/);
        expect(warning.relatedInformation).toEqual([
            { message: 'School gives volunteers', location: { uri, range: rangeOf(oneSided, 'School gives volunteers') } }
        ]);

        await server.client.change(uri, oneSided.replace('School gives volunteers', 'School gives volunteers\n    Library gives space'));
        expect(await waitFor(uri, withoutCode('one-sided-tie'))).toEqual([]);
    });

    it('survives garbage text and still validates a valid document afterwards', async () => {
        const garbage: Record<string, string> = {
            'random.partnership': pseudoRandomText(20_000),
            'braces.partnership': 'network N { us A budget 40 hours/month {{{ }}}} }\ntie -- {\n partner partner "unterminated\n{ { { role',
            'huge-line.partnership': `partner ${'P'.repeat(200_000)} { capacity ${'9'.repeat(100_000)} hours/month } ${'tie A -- B { '.repeat(2_000)}`,
            'empty.partnership': '',
            'nul.partnership': 'network N\u0000 {\u0000 us \u0000A }\npartner \u0000 "\u0000" {}\n\u0000\u0000\u0000'
        };
        // Each garbage file is processed (a publish arrives for it) without taking the server down,
        // and no check throws on the partial syntax tree (an exception in a check becomes an
        // internal-error diagnostic; Langium's own wording was "An error occurred during validation...").
        for (const [name, text] of Object.entries(garbage)) {
            const uri = await openFile(`garbage/${name}`, text);
            const diagnostics = await waitFor(uri, () => true);
            if (text === '') expect(diagnostics).toEqual([]);
            else expect(diagnostics.some(d => d.code === 'syntax-error')).toBe(true);
            expect(diagnostics.filter(d => d.code === 'internal-error' || String(d.message).startsWith('An error occurred')).map(d => d.message)).toEqual([]);
        }
        // Typing garbage into one open document, edit after edit, ending with a valid network. The
        // garbage versions come and go with `network` declarations, which regroups the workspace.
        const edited = await openFile('typing/network.partnership', '// scratch\n');
        await waitFor(edited, d => d.length === 0);
        for (const text of Object.values(garbage)) await server.client.change(edited, text);
        await server.client.change(edited, 'network Typed {\n    us Z\n    purpose sharing\n}\npartner Z "Done" { sector nonprofit }\n');
        const typed = await waitFor(edited, d => d.some(x => String(x.message).startsWith('Z plays no role')));
        expect(codesOf(typed)).toEqual(['isolated-partner', 'partner-without-role']);

        // A valid network opened afterwards gets exactly its expected diagnostics.
        const valid = `network Survivor "Still here" {
    us Hub
    purpose joint-action
}

goal Shelter {
    cocreated-by Hub, Spoke
    measure "beds"
    target 20 by 2027-12-31
}

role Host {
    provides space
    serves Shelter
}

partner Hub { sector nonprofit  plays Host }
partner Spoke { sector resident }

tie Hub -- Spoke {
    Spoke gives lived-experience
}
`;
        const uri = await openFile('survivor/network.partnership', valid);
        const diagnostics = await waitFor(uri, d => d.length >= 2);
        expect(diagnostics.map(d => [d.code, d.severity])).toEqual([
            ['partner-without-role', WARNING],
            ['one-sided-tie', WARNING]
        ]);
        expect(diagnostics[0].range).toEqual(rangeOf(valid, 'Spoke', { after: 'partner Spoke' }));
        expect(diagnostics[1].range).toEqual(rangeOf(valid, 'tie Hub -- Spoke'));

        expect(server.client.exit).toBeUndefined();
        expect(server.client.child.exitCode).toBeNull();
    });

    // Regression test for a bug this suite found: while a tie is half typed (`tie FoodBank`, no
    // `-- Partner` yet) the parser leaves `Tie.right` undefined, and buildNetwork
    // (packages/language/src/model/build.ts, `node.right.$refText`) threw. The whole network then
    // lost its findings: every file of it showed "An error occurred during tear-down of the
    // validation" (coded `syntax-error`) at 0:0 instead of, here, over-budget.
    it('keeps the network findings of other files while a tie is half typed', async () => {
        const networkUri = await openFile('typing-tie/network.partnership', COALITION);
        const tiesUri = await openFile('typing-tie/ties.partnership', coalitionTies(10, 10));
        // Until the ties file is in, the partners may show as isolated: wait for the settled state.
        await waitFor(networkUri, d => d.length === 0);

        // 30 + 15 hours is over budget; the user is in the middle of typing a third tie.
        await server.client.change(tiesUri, `${coalitionTies(30, 15)}\ntie FoodBank`);
        const tiesDiagnostics = await waitFor(tiesUri, d => d.length > 0);
        expect(codesOf(tiesDiagnostics)).toEqual(['syntax-error']);
        const networkDiagnostics = await waitFor(networkUri, d => d.length > 0);
        expect(networkDiagnostics.map(d => d.message)).toEqual([expect.stringContaining('FoodBank spends 45 h/month')]);
    });
});

/** Deterministic noise over the whole UTF-16 range: control characters, lone surrogates, NULs. */
function pseudoRandomText(length: number): string {
    let seed = 0x2f6b_1a3c;
    const codes: number[] = [];
    for (let i = 0; i < length; i++) {
        seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
        // Mostly ASCII (so tokens and keywords do occur), sometimes anything.
        codes.push(seed % 4 === 0 ? (seed >>> 8) & 0xffff : 0x20 + ((seed >>> 8) % 0x5f));
    }
    return String.fromCharCode(...codes);
}
