/**
 * Hover, inlay hints and code lens of the built language server over stdio, the way an editor asks
 * for them: a network in two files, then an edit of one file and the other file's hover, hints and
 * lens follow it.
 *
 * Needs the build output (`npm run build`).
 */
import { describe, expect, it } from 'vitest';
import type { CodeLens, Diagnostic, Hover, InlayHint, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { useLspServer } from './lsp-client.js';

const WAIT_MS = 15_000;

const server = useLspServer('hover', { initializationOptions: { today: '2026-11-01' } });
const { openFile } = server;

/** The position of the first `needle` after `after` (if given) in `text`, `shift` characters in. */
function at(text: string, needle: string, after = '', shift = 0): Position {
    const offset = text.indexOf(needle, text.indexOf(after));
    if (offset < 0) throw new Error(`'${needle}' is not in the text`);
    const before = text.slice(0, offset + shift).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

async function hover(uri: string, position: Position): Promise<string | undefined> {
    const result = await server.client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    return result ? (result.contents as MarkupContent).value : undefined;
}

async function inlayHints(uri: string): Promise<string[]> {
    const result = await server.client.connection.sendRequest<InlayHint[] | null>('textDocument/inlayHint', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } }
    });
    return (result ?? []).map(hint => `${hint.position.line + 1}:${hint.position.character + 1} ${hint.label as string}`);
}

async function codeLenses(uri: string): Promise<CodeLens[]> {
    return (await server.client.connection.sendRequest<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } })) ?? [];
}

const NETWORK = `network Coalition "Eastside Coalition" {
    us FoodBank
    budget 40 hours/month
    policy {
        rule one-sided-tie error
    }
}

goal Meals { cocreated-by FoodBank, Clinic }
role Distribution { serves Meals }

partner FoodBank "Eastside Food Bank" {
    sector nonprofit
    plays Distribution
}

partner Clinic "Eastside Clinic" {
    sector healthcare
    plays Distribution
    capacity 5 hours/week
}

// @allow partner-without-role -- joins next year
partner Funder { sector philanthropy }
`;

const ties = (clinicEffort: number) => `tie FoodBank -- Clinic {
    effort ${clinicEffort} hours/month
    trust reliability 4 mission 5 openness 4
    FoodBank gives space
    Clinic gives data
}

tie FoodBank -- Funder {
    effort 2 hours/week
    trust 4
    FoodBank gives data
    Funder gives funding
}
`;

const overBudget = (diagnostics: Diagnostic[]) => diagnostics.some(d => d.code === 'over-budget');

describe('hover, inlay hints and code lens over stdio', () => {
    it('announces the three features', () => {
        const capabilities = server.initializeResult.capabilities as Record<string, unknown>;
        expect(capabilities.hoverProvider).toBe(true);
        expect(capabilities.inlayHintProvider).toEqual({ resolveProvider: false });
        expect(capabilities.codeLensProvider).toEqual({ resolveProvider: false });
    });

    it('serve a network in two files, and follow an edit of one file in the other', async () => {
        const networkUri = await openFile('coalition/network.partnership', NETWORK);
        const tiesUri = await openFile('coalition/ties.partnership', ties(10));
        await server.client.waitForDiagnostics(networkUri, d => !overBudget(d), WAIT_MS);
        await server.client.waitForDiagnostics(tiesUri, () => true, WAIT_MS);

        // FoodBank: 10 + 2 × 52/12 = 18.7 h/month.
        const network = await hover(networkUri, at(NETWORK, 'Coalition'));
        expect(network).toBe(`**Eastside Coalition** — network \`Coalition\`

- 3 partners, 2 ties in 2 files
- density: 0.67
- sector diversity (Blau index): 0.67 over 3 sectors
- components: 1
- cut vertices: 1 (FoodBank)

**Load of \`us\` FoodBank:** 18.7 of 40 h/month budget`);

        // A reference in the ties file shows the partner declared in the network file.
        const clinic = await hover(tiesUri, at(ties(10), 'Clinic', '', 2));
        expect(clinic).toContain('**Eastside Clinic** — partner `Clinic`');
        expect(clinic).toContain('**Load:** 10 of 21.7 h/month capacity');
        expect(clinic).toContain('- average trust: 4.33 (1 of 1 tie state trust)');

        // The tie header, and a rule code in the policy and in an @allow comment.
        const tie = await hover(tiesUri, at(ties(10), 'tie'));
        expect(tie).toContain('**tie FoodBank -- Clinic**');
        expect(tie).toContain('**Gives:** FoodBank gives space; Clinic gives data');
        expect(await hover(networkUri, at(NETWORK, 'one-sided-tie'))).toContain('in this network: error (policy)');
        expect(await hover(networkUri, at(NETWORK, 'partner-without-role', '', 5))).toContain('docs/rules/partner-without-role.md');

        expect(await inlayHints(networkUri)).toEqual(['20:26 ≈ 21.7 h/month · load 10 h/month']);
        expect(await inlayHints(tiesUri)).toEqual(['1:23 trust 4.33', '8:23 trust 4', '9:24 ≈ 8.7 h/month']);
        const [lens] = await codeLenses(networkUri);
        expect(lens.command).toEqual({
            title: 'load 18.7 / 40 h/month budget · 3 partners · 2 ties · density 0.67',
            command: 'partnership.showMetrics',
            arguments: [networkUri]
        });
        expect(lens.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 17 } });
        expect(await codeLenses(tiesUri)).toEqual([]);

        // Only the ties file changes: 40 + 8.7 = 48.7 h/month, over budget.
        await server.client.change(tiesUri, ties(40));
        await server.client.waitForDiagnostics(networkUri, overBudget, WAIT_MS);
        expect(await hover(networkUri, at(NETWORK, 'Coalition'))).toContain('**Load of `us` FoodBank:** 48.7 of 40 h/month budget, 8.7 over');
        expect(await hover(networkUri, at(NETWORK, 'FoodBank', 'partner'))).toContain('**Load:** 48.7 of 40 h/month budget (`us`), 8.7 over');
        expect(await inlayHints(networkUri)).toEqual(['20:26 ≈ 21.7 h/month · load 40 h/month, 18.3 over']);
        expect((await codeLenses(networkUri))[0].command?.title).toBe('load 48.7 / 40 h/month budget · 3 partners · 2 ties · density 0.67');
    });
});
