import { describe, expect, it } from 'vitest';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { build, codes, covered } from '../helpers.js';

const PARTNERS = `partner A {
    sector nonprofit
}

partner B {
    sector government
}
`;

async function one(text: string, extra: Record<string, string> = {}) {
    const built = await build({ 'n/main.partnership': text, ...extra });
    const document = built.documents.get('n/main.partnership')!;
    const diagnostics = built.diagnostics('n/main.partnership').filter(d => d.severity === 1);
    return { built, document, diagnostics, covered: (code: string) => diagnostics.filter(d => d.code === code).map(d => covered(document, d)) };
}

describe('structural checks', () => {
    it('duplicate-name: within a file and across files of one network, any kind, with the first declaration related', async () => {
        const built = await build({
            'n/network.partnership': 'network N\npartner A\nrole A\n',
            'n/more.partnership': 'goal A\n'
        });
        expect(codes(built.diagnostics('n/network.partnership')).filter(c => c.includes('error'))).toEqual(['3:6 error duplicate-name']);
        const cross = built.diagnostics('n/more.partnership').find(d => d.code === 'duplicate-name')!;
        expect(cross.range).toEqual({ start: { line: 0, character: 5 }, end: { line: 0, character: 6 } });
        expect(cross.message).toBe("'A' is already declared as a partner (network.partnership:2:9); names must be unique in a network.");
        expect(cross.relatedInformation?.[0].location.uri).toBe('file:///ws/n/network.partnership');
    });

    it('duplicate-name: a partner may not share the network\'s name', async () => {
        const { diagnostics, covered } = await one('network Demo\npartner Demo\n');
        expect(covered('duplicate-name')).toEqual(['Demo']);
        expect(diagnostics[0].range.start.line).toBe(1);
        expect(diagnostics[0].message).toContain("already declared as a network");
    });

    it('loose files (outside any network folder) group by folder: unrelated folders stay apart', async () => {
        const built = await build({
            'loose-a/one.partnership': 'partner A\n',
            'loose-a/two.partnership': 'tie A -- B\npartner B\n',
            'loose-b/three.partnership': 'partner A\ntie A -- B\n'
        });
        expect(built.summary().filter(s => s.includes('error'))).toEqual(['loose-b/three.partnership:2:10 error unresolved-reference']);
        expect(built.diagnostics('loose-b/three.partnership').find(d => d.code === 'unresolved-reference')?.message)
            .toBe("Unknown partner 'B': no partner named 'B' is declared in folder 'loose-b' (no network declared there).");
    });

    it('invalid-allow: an @allow comment that is not CODE[, CODE] -- reason is flagged, not silently ignored', async () => {
        const { covered, diagnostics } = await one('network N\n// @allow isolated-partner because it is new\npartner A\n');
        expect(covered('invalid-allow')).toEqual(['// @allow isolated-partner because it is new']);
        expect(diagnostics.find(d => d.code === 'invalid-allow')?.message).toBe('Write a suppression as // @allow CODE[, CODE] -- reason; this comment silences nothing.');
    });

    it('syntax errors read as sentences: a keyword used as a name, a word where a number goes', async () => {
        const { diagnostics } = await one('partner active\npartner B {\n    capacity lots hours/month\n}\n');
        expect(diagnostics.filter(d => d.code === 'syntax-error').map(d => d.message)).toEqual([
            "'active' is a word of the language and can't be a name: choose another, such as Active.",
            "'capacity' needs a number of hours: capacity 10 hours/month, not 'lots'."
        ]);
    });

    it('an edit in one file re-checks the network but keeps the other file\'s own errors', async () => {
        const built = await build({
            'n/network.partnership': 'network N {\n    us A\n    budget 10 hours/month\n}\npartner A\npartner B\ntie A -- A\n',
            'n/ties.partnership': 'tie A -- B {\n    effort 4 hours/month\n}\n'
        });
        const network = () => codes(built.diagnostics('n/network.partnership')).filter(c => c.includes('error'));
        expect(network()).toEqual(['7:10 error self-tie']);
        const ties = built.documents.get('n/ties.partnership')!;
        const { shared } = built.services;
        setTextDocument(shared, TextDocument.create(ties.uri.toString(), 'partnership', 2, 'tie A -- B {\n    effort 40 hours/month\n}\n'));
        await shared.workspace.DocumentBuilder.update([ties.uri], []);
        const after = built.services.shared.workspace.LangiumDocuments.getDocument(built.documents.get('n/network.partnership')!.uri)!;
        expect(codes(after.diagnostics ?? []).filter(c => c.includes('error'))).toEqual(['3:12 error over-budget', '7:10 error self-tie']);
    });

    it('the same name in two different networks is fine', async () => {
        const built = await build({
            'one/network.partnership': 'network One\npartner A\n',
            'two/network.partnership': 'network Two\npartner A\n'
        });
        expect(built.summary().filter(s => s.includes('error'))).toEqual([]);
    });

    it('self-tie', async () => {
        const { diagnostics, covered: text } = await one(`${PARTNERS}tie A -- A\n`);
        expect(diagnostics.map(d => d.code)).toEqual(['self-tie']);
        expect(text('self-tie')).toEqual(['A']);
        expect(diagnostics[0].message).toBe('A tie joins two different partners; this one joins A to itself.');
    });

    it('duplicate-tie: A -- B and B -- A are the same tie, also across files', async () => {
        const built = await build({
            'n/network.partnership': `network N\n${PARTNERS}tie A -- B\n`,
            'n/ties.partnership': 'tie B -- A {\n    effort 2 hours/month\n}\n'
        });
        const duplicate = built.diagnostics('n/ties.partnership').filter(d => d.code === 'duplicate-tie');
        expect(duplicate).toHaveLength(1);
        expect(covered(built.documents.get('n/ties.partnership')!, duplicate[0])).toBe('tie B -- A');
        expect(duplicate[0].severity).toBe(1);
    });

    it('unresolved-reference names what is missing, and says when the name is of another kind', async () => {
        const { diagnostics, covered: text } = await one(`network N {\n    us Funder\n    backbone Ghost\n}\nrole Funder\n${PARTNERS}`);
        const messages = diagnostics.filter(d => d.code === 'unresolved-reference').map(d => d.message);
        expect(text('unresolved-reference')).toEqual(['Funder', 'Ghost']);
        expect(messages).toEqual([
            "'Funder' is a role, not a partner.",
            "Unknown partner 'Ghost': no partner named 'Ghost' is declared in network folder 'n'."
        ]);
    });

    it('names do not resolve into another network', async () => {
        const built = await build({
            'one/network.partnership': 'network One\npartner A\n',
            'two/network.partnership': 'network Two\npartner B\ntie A -- B\n'
        });
        expect(codes(built.diagnostics('two/network.partnership')).filter(c => c.includes('error'))).toEqual(['3:5 error unresolved-reference']);
    });

    it('trust-out-of-range: scores must be whole numbers from 1 to 5', async () => {
        const { diagnostics, covered: text } = await one(`${PARTNERS}tie A -- B {\n    trust reliability 6 mission 0 openness 3.5\n}\n`);
        expect(diagnostics.map(d => d.code)).toEqual(['trust-out-of-range', 'trust-out-of-range', 'trust-out-of-range']);
        expect(text('trust-out-of-range')).toEqual(['6', '0', '3.5']);
        expect(diagnostics[0].message).toBe('Trust reliability must be a whole number from 1 to 5; it is 6.');
        const overall = await one(`${PARTNERS}tie A -- B {\n    trust 9\n}\n`);
        expect(overall.covered('trust-out-of-range')).toEqual(['9']);
    });

    it('invalid-date: impossible calendar days', async () => {
        const { diagnostics, covered: text } = await one(`${PARTNERS}tie A -- B {\n    last-checkin 2026-02-30\n}\ngoal G {\n    due 2027-13-01\n}\ngoal H {\n    due 2028-02-29\n}\n`);
        expect(diagnostics.map(d => d.code)).toEqual(['invalid-date', 'invalid-date']);
        expect(text('invalid-date')).toEqual(['2026-02-30', '2027-13-01']);
        expect(diagnostics[0].message).toBe('2026-02-30 is not a real date; write dates as YYYY-MM-DD.');
    });

    it('giver-not-endpoint', async () => {
        const { diagnostics, covered: text } = await one(`${PARTNERS}partner C\ntie A -- B {\n    C gives data\n}\n`);
        expect(diagnostics.map(d => d.code)).toEqual(['giver-not-endpoint']);
        expect(text('giver-not-endpoint')).toEqual(['C']);
        expect(diagnostics[0].message).toBe('C is not part of the tie A -- B; only A or B can give in it.');
    });

    it('duplicate-network: a second network block in the same folder tree', async () => {
        const built = await build({
            'n/network.partnership': 'network N\n',
            'n/sub/other.partnership': 'partner A\n',
            'n/other.partnership': 'network Other\n'
        });
        expect(built.summary().filter(s => s.includes('duplicate-network'))).toEqual(['n/other.partnership:1:9 error duplicate-network']);
        const errors = built.diagnostics('n/other.partnership').filter(d => d.code === 'duplicate-network');
        expect(errors).toHaveLength(1);
        expect(covered(built.documents.get('n/other.partnership')!, errors[0])).toBe('Other');
        expect(errors[0].message).toMatch(/^This folder tree already declares network 'N' \(network.partnership:1:9\)/);
    });

    it('a network in a subfolder is a network of its own', async () => {
        const built = await build({
            'n/network.partnership': 'network N\npartner A\n',
            'n/sub/network.partnership': 'network Sub\npartner B\ntie A -- B\n'
        });
        expect(built.diagnostics('n/sub/network.partnership').map(d => d.code)).toContain('unresolved-reference');
        expect(built.summary().filter(s => s.includes('duplicate-network'))).toEqual([]);
    });

    it('duplicate-property: a single-valued property stated twice', async () => {
        const { diagnostics, covered: text } = await one('network N {\n    budget 4 hours/month\n    budget 8 hours/month\n}\n');
        expect(diagnostics.map(d => d.code)).toEqual(['duplicate-property']);
        expect(text('duplicate-property')).toEqual(['budget 8 hours/month']);
        expect(diagnostics[0].message).toBe("'budget' is stated more than once in network N; keep one.");
    });

    it('unknown-value and unknown-sector suggest the closest word', async () => {
        const { diagnostics, covered: text } = await one('partner A {\n    sector nonprofitt\n}\nrole R {\n    provides fundng, data\n}\n');
        expect(text('unknown-sector')).toEqual(['nonprofitt']);
        expect(text('unknown-value')).toEqual(['fundng']);
        expect(diagnostics.find(d => d.code === 'unknown-sector')!.message).toMatch(/^Unknown sector 'nonprofitt'; did you mean 'nonprofit'\?/);
    });

    it('invalid-amount: a cadence of 0 and a meeting of 0 hours', async () => {
        const { covered: text } = await one('meeting M {\n    every 0 months\n    duration 0 hours\n}\n');
        expect(text('invalid-amount')).toEqual(['0', '0']);
    });

    it('unknown-policy and unknown-rule in a policy', async () => {
        const { diagnostics, covered: text } = await one('network N {\n    policy {\n        max-densty 0.4\n        min-trust 7\n        rule one-sided-ties off\n        rule self-tie off\n    }\n}\n');
        expect(text('unknown-policy')).toEqual(['max-densty', '7']);
        expect(text('unknown-rule')).toEqual(['one-sided-ties', 'self-tie']);
        expect(diagnostics.find(d => d.code === 'unknown-rule')!.message).toBe("Unknown rule 'one-sided-ties'; did you mean 'one-sided-tie'?");
    });

    it('unknown-rule in an @allow comment', async () => {
        const { covered: text } = await one('// @allow isolated-partnr -- typo\npartner A\n');
        expect(text('unknown-rule')).toEqual(['isolated-partnr']);
    });

    it('every diagnostic carries a code and a link to its documentation', async () => {
        const { built } = await one(`network N {\n    us Nobody\n}\n${PARTNERS}tie A -- A\npartner {\n`);
        const all = built.diagnostics('n/main.partnership');
        expect(all.length).toBeGreaterThan(2);
        for (const d of all) {
            expect(d.code).toBeTypeOf('string');
            expect(d.codeDescription?.href).toMatch(/docs\/rules\/(structural\.md#[a-z-]+|[a-z-]+\.md)$/);
        }
        expect(all.map(d => d.code)).toContain('syntax-error');
    });
});
