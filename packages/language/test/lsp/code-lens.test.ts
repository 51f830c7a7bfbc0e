/** Code lens over the network line: load against budget, partners, ties, density. */
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { build, type Built } from '../helpers.js';
import type { PartnershipServices } from '../../src/partnership-module.js';
import { refreshAfterBuilds } from '../../src/lsp/refresh.js';
import { buildCoalition, NETWORK, NETWORK_FILE, TIES, TIES_FILE } from './coalition-fixture.js';

async function lenses(built: Built, file: string) {
    const document = built.documents.get(file)!;
    const result = await built.services.Partnership.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return (result ?? []).map(lens => ({ covers: document.textDocument.getText(lens.range), command: lens.command }));
}

describe('code lens', () => {
    it('over the network line: load of us against the budget, partners, ties, density; command partnership.showMetrics', async () => {
        const built = await buildCoalition();
        expect(await lenses(built, NETWORK_FILE)).toEqual([{
            covers: 'network Coalition',
            command: {
                title: 'load 11.3 / 40 h/month budget · 4 partners · 3 ties · density 0.5',
                command: 'partnership.showMetrics',
                arguments: ['file:///ws/c/network.partnership']
            }
        }]);
    });

    it('none in files without the network block', async () => {
        const built = await buildCoalition();
        expect(await lenses(built, TIES_FILE)).toEqual([]);
        const loose = await build({ 'loose/a.partnership': 'partner A\n' });
        expect(await lenses(loose, 'loose/a.partnership')).toEqual([]);
    });

    it('without us, without a budget, singular counts; the second network block of a folder gets none', async () => {
        const noUs = await buildCoalition({ [NETWORK_FILE]: NETWORK.replace('    us FoodBank\n', '') });
        expect((await lenses(noUs, NETWORK_FILE))[0].command?.title).toBe('4 partners · 3 ties · density 0.5');
        const noBudget = await buildCoalition({ [NETWORK_FILE]: NETWORK.replace('    budget 40 hours/month\n', '') });
        expect((await lenses(noBudget, NETWORK_FILE))[0].command?.title).toBe('load 11.3 h/month (no budget) · 4 partners · 3 ties · density 0.5');
        const small = await build({ 'n/a.partnership': 'network A\npartner P\n', 'n/b.partnership': 'network B\n' });
        expect((await lenses(small, 'n/a.partnership')).map(lens => lens.command?.title)).toEqual(['1 partner · 0 ties · density 0']);
        expect(await lenses(small, 'n/b.partnership')).toEqual([]);
    });

    it('follows an edit in another file of the network', async () => {
        const built = await buildCoalition();
        const { shared } = built.services;
        const ties = built.documents.get(TIES_FILE)!;
        setTextDocument(shared, TextDocument.create(ties.uri.toString(), 'partnership', 2, `${TIES}tie Funder -- Radio { effort 10 hours/month }\ntie FoodBank -- Radio { effort 5 hours/month }\n`));
        await shared.workspace.DocumentBuilder.update([ties.uri], []);
        expect((await lenses(built, NETWORK_FILE))[0].command?.title).toBe('load 16.3 / 40 h/month budget · 4 partners · 5 ties · density 0.83');
    });

    it('never throws on half-typed text', async () => {
        for (let cut = 0; cut < NETWORK.length; cut += 13) {
            const built = await build({ 'n/network.partnership': NETWORK.slice(0, cut) });
            await lenses(built, 'n/network.partnership');
        }
    });

    it('asks the client to refresh lenses and hints after each build, only if it can', async () => {
        for (const refreshSupport of [true, false, undefined]) {
            const sent: string[] = [];
            let initialize: ((params: unknown) => void) | undefined;
            let validated: (() => void) | undefined;
            const services = {
                shared: {
                    lsp: {
                        Connection: { sendRequest: async (method: string) => { sent.push(method); } },
                        LanguageServer: { onInitialize: (listener: (params: unknown) => void) => { initialize = listener; } }
                    },
                    workspace: { DocumentBuilder: { onBuildPhase: (_state: unknown, listener: () => void) => { validated = listener; } } }
                }
            } as unknown as PartnershipServices;
            refreshAfterBuilds(services, 'codeLens');
            initialize!({ capabilities: { workspace: { codeLens: { refreshSupport } } } });
            validated!();
            expect(sent).toEqual(refreshSupport ? ['workspace/codeLens/refresh'] : []);
        }
    });
});
