/** Inlay hints: rates in h/month, a partner's load after its capacity, meeting hours, tie trust. */
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver-types';
import { build, type Built } from '../helpers.js';
import { buildCoalition, NETWORK, NETWORK_FILE, TIES_FILE } from './coalition-fixture.js';

/** The hints of a file as `text before the hint|label`, with the text of the line up to the hint. */
async function hints(built: Built, file: string, range?: InlayHint['position'][]): Promise<string[]> {
    const document = built.documents.get(file)!;
    const result = await built.services.Partnership.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: range ? { start: range[0], end: range[1] } : { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) }
    });
    return (result ?? []).map(hint => {
        expect(hint.paddingLeft).toBe(true);
        const line = document.textDocument.getText({ start: { line: hint.position.line, character: 0 }, end: hint.position });
        return `${hint.position.line + 1}: ${line.trim()}|${hint.label as string}`;
    });
}

describe('inlay hints', () => {
    it('network file: a capacity per week in h/month with the partner\'s load; a meeting\'s monthly hours', async () => {
        const built = await buildCoalition();
        // budget 40 hours/month and commitment 2 hours/month are per month already: no hint.
        expect(await hints(built, NETWORK_FILE)).toEqual([
            '38: capacity 2 hours/week|≈ 8.7 h/month · load 11.6 h/month, 2.9 over',
            '54: duration 90 minutes|≈ 3.3 h/month'
        ]);
    });

    it('ties file: the trust after each header that states it, and rates that are not per month', async () => {
        const built = await buildCoalition();
        expect(await hints(built, TIES_FILE)).toEqual([
            '1: tie FoodBank -- Clinic|trust 4.33',
            '10: tie FoodBank -- Funder|trust 2',
            '11: effort 24 hours/year|= 2 h/month',
            '17: effort 1 hour/week|≈ 4.3 h/month'
        ]);
    });

    it('tooltips say how the number was worked out', async () => {
        const built = await buildCoalition();
        const document = built.documents.get(TIES_FILE)!;
        const result = await built.services.Partnership.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } }
        });
        expect(result?.map(hint => hint.tooltip)).toEqual([
            'mean of the trust aspects given',
            undefined,
            '24 h a year ÷ 12 months',
            '1 h a week × 52/12 weeks a month'
        ]);
    });

    it('only the hints in the requested range', async () => {
        const built = await buildCoalition();
        expect(await hints(built, TIES_FILE, [{ line: 9, character: 0 }, { line: 12, character: 0 }])).toEqual([
            '10: tie FoodBank -- Funder|trust 2',
            '11: effort 24 hours/year|= 2 h/month'
        ]);
    });

    it('a capacity per month shows only the load; `us` shows none (its load is held against the budget)', async () => {
        const built = await buildCoalition({
            [NETWORK_FILE]: NETWORK.replace('capacity 2 hours/week', 'capacity 20 hours/month').replace('    gatekeeper\n', '    gatekeeper\n    capacity 1 hour/week\n')
        });
        expect(await hints(built, NETWORK_FILE)).toEqual([
            '33: capacity 1 hour/week|≈ 4.3 h/month',
            '39: capacity 20 hours/month|load 11.6 h/month',
            '55: duration 90 minutes|≈ 3.3 h/month'
        ]);
    });

    it('a meeting without cadence has no hours; a monthly one is exact; budgets and commitments per week or year', async () => {
        const built = await build({
            'n/network.partnership': `network N {
    budget 10 hours/week
}
role R { commitment 6 hours/year }
meeting Once { duration 2 hours }
meeting Monthly {
    every month
    duration 2 hours
}
meeting Quarterly {
    every 3 months
    duration 45 minutes
}
`
        });
        expect(await hints(built, 'n/network.partnership')).toEqual([
            '2: budget 10 hours/week|≈ 43.3 h/month',
            '4: role R { commitment 6 hours/year|= 0.5 h/month',
            '8: duration 2 hours|= 2 h/month',
            // every 3 months × 45 minutes = 0.25 h/month, shown with one decimal
            '12: duration 45 minutes|≈ 0.3 h/month'
        ]);
    });

    it('loads follow edits in another file of the network', async () => {
        const built = await buildCoalition();
        const { shared } = built.services;
        const ties = built.documents.get(TIES_FILE)!;
        const text = ties.textDocument.getText().replace('effort 1 hour/week', 'effort 1 hour/month');
        setTextDocument(shared, TextDocument.create(ties.uri.toString(), 'partnership', 2, text));
        await shared.workspace.DocumentBuilder.update([ties.uri], []);
        // Clinic: 4 + 1 + 3.25 = 8.25 h/month, within its 8.67.
        expect(await hints(built, NETWORK_FILE)).toEqual([
            '38: capacity 2 hours/week|≈ 8.7 h/month · load 8.3 h/month',
            '54: duration 90 minutes|≈ 3.3 h/month'
        ]);
    });

    // The hint and the hover read the tie's trust from the same model: they cannot disagree (the
    // hint once averaged the written scores itself and showed `trust 9` where the hover said `—`).
    const TRUSTS: Array<[written: string, hover: string]> = [
        ['trust 4', '4'],
        ['trust reliability 4 mission 5 openness 4', '4.33 (reliability 4 · mission 5 · openness 4)'],
        ['trust reliability 4 reliability 2', '4 (reliability 4)'],
        ['trust 9', '—'],
        ['trust 0', '—'],
        ['trust 3.5', '—'],
        ['trust reliability 4 mission 9', '— (reliability 4 · mission 9)']
    ];
    it.each(TRUSTS)('`%s`: the hint shows the hover\'s trust (%s), or nothing when the hover has none', async (written, hoverTrust) => {
        const file = 'n/network.partnership';
        const text = `network N\npartner A\npartner B\ntie A -- B { ${written} }\n`;
        const built = await build({ [file]: text });
        const document = built.documents.get(file)!;
        const hover = await built.services.Partnership.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf('tie A') + 1)
        });
        const shown = /\*\*Trust:\*\* (.*)/.exec((hover?.contents as { value: string }).value)?.[1];
        expect(shown).toBe(hoverTrust);
        const number = hoverTrust.startsWith('—') ? undefined : hoverTrust.split(' ')[0];
        expect(await hints(built, file)).toEqual(number === undefined ? [] : [`4: tie A -- B|trust ${number}`]);
    });

    it('a tie the analysis leaves out (a self-tie, an unknown partner) shows no trust, like its hover', async () => {
        const file = 'n/network.partnership';
        const built = await build({ [file]: 'network N\npartner A\ntie A -- A { trust 4 }\ntie A -- Nobody { trust 4 }\n' });
        expect(await hints(built, file)).toEqual([]);
    });

    it('never throws on half-typed text', async () => {
        const text = NETWORK;
        for (let cut = 0; cut < text.length; cut += 17) {
            const built = await build({ 'n/network.partnership': text.slice(0, cut) });
            await hints(built, 'n/network.partnership');
        }
    });
});
