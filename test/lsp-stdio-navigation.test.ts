/**
 * End-to-end tests of completion, navigation, rename, symbols, folding and semantic tokens over
 * stdio, against the built language server (`npm run build`), the way an editor asks for them.
 *
 * The workspace holds one network split over three files (`coalition/`) and a second network in a
 * subfolder (`coalition/youth/`) that declares the same partner name, so every request is also a
 * check that names stay within their network.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type {
    CompletionItem, CompletionList, DocumentSymbol, FoldingRange, Location, LocationLink, Range,
    SemanticTokens, WorkspaceEdit, WorkspaceSymbol
} from 'vscode-languageserver-protocol';
import { useLspServer } from './lsp-client.js';

const WAIT_MS = 15_000;

const NETWORK = `network Coalition "Eastside Coalition" {
    us FoodBank
    backbone FoodBank
}

goal Meals "Nobody goes hungry" {
    cocreated-by FoodBank, Clinic
}

role Funder "Funds programmes" {
    provides funding
    serves Meals
}

role Outreach {
    serves Meals
}
`;

const PARTNERS = `partner FoodBank "Eastside Food Bank" {
    sector nonprofit
    plays Outreach
}

partner Clinic {
    sector healthcare
    plays Funder
}

partner Library {
    sector government
    plays Outreach
}
`;

const TIES = `// Who works with whom.
tie FoodBank -- Clinic {
    trust 4
    FoodBank gives data
    Clinic gives funding
}

tie Library -- Clinic {
    trust 4
    Library gives space
    Clinic gives funding
}
`;

const YOUTH = `network Youth

role Mentor

partner Clinic {
    plays Mentor
}
`;

const server = useLspServer('navigation', { initializationOptions: { today: '2026-11-01' } });
const uris: Record<string, string> = {};
const texts: Record<string, string> = {};

/** Opens a file and records its URI and text by path. */
async function openFile(path: string, text: string): Promise<string> {
    texts[path] = text;
    uris[path] = await server.openFile(path, text);
    return uris[path];
}

/** The range of the `occurrence`-th `needle` in a file's text, counted after `after` if given. */
function rangeOf(path: string, needle: string, options: { after?: string; occurrence?: number } = {}): Range {
    const text = texts[path];
    let offset = options.after === undefined ? 0 : text.indexOf(options.after);
    for (let i = 0; i <= (options.occurrence ?? 0); i++) {
        offset = text.indexOf(needle, i === 0 ? offset : offset + 1);
        if (offset < 0) throw new Error(`'${needle}' is not in ${path}`);
    }
    const position = (at: number) => {
        const before = text.slice(0, at).split('\n');
        return { line: before.length - 1, character: before[before.length - 1].length };
    };
    return { start: position(offset), end: position(offset + needle.length) };
}

/** A position inside the `occurrence`-th `needle`. */
function inside(path: string, needle: string, options: { after?: string; occurrence?: number } = {}) {
    const { start } = rangeOf(path, needle, options);
    return { textDocument: { uri: uris[path] }, position: { line: start.line, character: start.character + 1 } };
}

const request = <T>(method: string, params: unknown) => server.client.connection.sendRequest<T>(method, params);

function sortLocations<T extends Location>(locations: T[]): T[] {
    return [...locations].sort((a, b) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

// Runs after the beforeAll of useLspServer, which starts the server.
beforeAll(async () => {
    await openFile('coalition/network.partnership', NETWORK);
    await openFile('coalition/partners.partnership', PARTNERS);
    await openFile('coalition/ties.partnership', TIES);
    await openFile('coalition/youth/network.partnership', YOUTH);
    // Everything is built once each file has been published.
    for (const uri of Object.values(uris)) await server.client.waitForDiagnostics(uri, () => true, WAIT_MS);
});

describe('editor features over stdio', () => {
    it('announces the features', () => {
        const capabilities = server.initializeResult.capabilities;
        expect(capabilities.completionProvider?.triggerCharacters).toEqual(expect.arrayContaining(['/', ',']));
        expect(capabilities.definitionProvider).toBe(true);
        expect(capabilities.referencesProvider).toBe(true);
        expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
        expect(capabilities.documentSymbolProvider).toBe(true);
        expect(capabilities.workspaceSymbolProvider).toBeTruthy();
        expect(capabilities.foldingRangeProvider).toBe(true);
        expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toEqual(expect.arrayContaining(['class', 'interface', 'enum', 'namespace', 'function', 'keyword', 'number']));
    });

    it('completes roles of the network after `plays`, and properties and vocabulary in a partner', async () => {
        const path = 'coalition/new.partnership';
        await openFile(path, 'partner Pantry {\n    plays \n}\n');
        await server.client.waitForDiagnostics(uris[path], () => true, WAIT_MS);
        const roles = await request<CompletionList>('textDocument/completion', { textDocument: { uri: uris[path] }, position: { line: 1, character: 10 } });
        // Funder and Outreach from network.partnership; not Mentor of the youth network.
        expect(roles.items.map(item => item.label).sort()).toEqual(['Funder', 'Outreach']);
        const funder = roles.items.find(item => item.label === 'Funder')!;
        expect(funder.detail).toBe('role "Funds programmes"');
        expect(funder.textEdit).toEqual({ newText: 'Funder', range: { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } } });

        await server.client.change(uris[path], 'partner Pantry {\n    plays Outreach\n    \n}\n');
        const keywords = await request<CompletionList>('textDocument/completion', { textDocument: { uri: uris[path] }, position: { line: 2, character: 4 } });
        expect(sorted(keywords.items).map(item => item.label)).toEqual(['sector', 'plays', 'capacity', 'gatekeeper', 'stage', 'contact', 'value']);

        // This client announces no snippet support: the declarations come as plain keywords only.
        await server.client.change(uris[path], 'partner Pantry {\n    plays Outreach\n}\n\n');
        const top = await request<CompletionList>('textDocument/completion', { textDocument: { uri: uris[path] }, position: { line: 4, character: 0 } });
        expect(sorted(top.items).map(item => [item.label, item.kind, item.insertTextFormat])).toEqual(
            ['network', 'goal', 'role', 'partner', 'tie', 'meeting'].map(label => [label, 14 /* Keyword */, undefined]));

        await server.client.change(uris[path], 'partner Pantry {\n    plays Outreach\n    sector \n}\n');
        const sectors = await request<CompletionList>('textDocument/completion', { textDocument: { uri: uris[path] }, position: { line: 2, character: 11 } });
        expect(sorted(sectors.items).map(item => item.label).slice(0, 3)).toEqual(['nonprofit', 'government', 'education']);
    });

    it('goes to the definition in another file, and finds nothing in another network', async () => {
        const links = await request<LocationLink[]>('textDocument/definition', inside('coalition/ties.partnership', 'Clinic'));
        expect(links.map(link => [link.targetUri, link.targetSelectionRange])).toEqual([
            [uris['coalition/partners.partnership'], rangeOf('coalition/partners.partnership', 'Clinic')]
        ]);
        const youth = await request<LocationLink[]>('textDocument/definition', inside('coalition/youth/network.partnership', 'Mentor', { after: 'plays' }));
        expect(youth.map(link => link.targetUri)).toEqual([uris['coalition/youth/network.partnership']]);
    });

    it('finds references across the files of the network only', async () => {
        const locations = await request<Location[]>('textDocument/references', {
            ...inside('coalition/partners.partnership', 'Clinic'),
            context: { includeDeclaration: true }
        });
        expect(sortLocations(locations)).toEqual(sortLocations([
            { uri: uris['coalition/partners.partnership'], range: rangeOf('coalition/partners.partnership', 'Clinic') },
            { uri: uris['coalition/network.partnership'], range: rangeOf('coalition/network.partnership', 'Clinic') },
            ...[0, 1, 2, 3].map(occurrence => ({ uri: uris['coalition/ties.partnership'], range: rangeOf('coalition/ties.partnership', 'Clinic', { occurrence }) }))
        ]));
    });

    it('renames across files, and refuses a name that is taken in the network', async () => {
        const prepared = await request<Range>('textDocument/prepareRename', inside('coalition/ties.partnership', 'Library'));
        expect(prepared).toEqual(rangeOf('coalition/ties.partnership', 'Library'));

        const edit = await request<WorkspaceEdit>('textDocument/rename', { ...inside('coalition/ties.partnership', 'Library'), newName: 'CityLibrary' });
        const changes = Object.fromEntries(Object.entries(edit.changes ?? {}).map(([uri, edits]) => [uri, sortLocations(edits.map(e => ({ uri, range: e.range, newText: e.newText })))]));
        expect(changes).toEqual({
            [uris['coalition/partners.partnership']]: [
                { uri: uris['coalition/partners.partnership'], range: rangeOf('coalition/partners.partnership', 'Library'), newText: 'CityLibrary' }
            ],
            [uris['coalition/ties.partnership']]: [0, 1].map(occurrence => (
                { uri: uris['coalition/ties.partnership'], range: rangeOf('coalition/ties.partnership', 'Library', { occurrence }), newText: 'CityLibrary' }
            ))
        });

        // Funder is a role of the network: a partner can't take its name.
        const refused = await request('textDocument/rename', { ...inside('coalition/ties.partnership', 'Library'), newName: 'Funder' })
            .then(() => undefined, (error: { code: number; message: string }) => error);
        expect(refused).toMatchObject({ code: -32803 });
        expect(refused?.message).toContain("'Funder' is already taken: a role named 'Funder'");
        // Mentor is only declared in the youth network, so it is free here.
        const free = await request<WorkspaceEdit>('textDocument/rename', { ...inside('coalition/ties.partnership', 'Library'), newName: 'Mentor' });
        expect(Object.keys(free.changes ?? {}).sort()).toEqual([uris['coalition/partners.partnership'], uris['coalition/ties.partnership']].sort());
    });

    it('lists document symbols and workspace symbols of all networks', async () => {
        const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uris['coalition/ties.partnership'] } });
        expect(symbols.map(symbol => symbol.name)).toEqual(['FoodBank -- Clinic', 'Library -- Clinic']);
        expect(symbols[0].selectionRange).toEqual(rangeOf('coalition/ties.partnership', 'FoodBank -- Clinic'));

        const clinics = await request<WorkspaceSymbol[]>('workspace/symbol', { query: 'Clinic' });
        expect(clinics.map(symbol => [symbol.name, symbol.containerName, 'uri' in symbol.location ? symbol.location.uri : '']).sort()).toEqual([
            ['Clinic', 'Coalition', uris['coalition/partners.partnership']],
            ['Clinic', 'Youth', uris['coalition/youth/network.partnership']]
        ]);
    });

    it('folds blocks and comment runs', async () => {
        const foldings = await request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: uris['coalition/partners.partnership'] } });
        expect(foldings.map(f => [f.startLine, f.endLine])).toEqual([[0, 2], [5, 7], [10, 12]]);
    });

    it('sends semantic tokens with the legend it announced', async () => {
        const result = await request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uris['coalition/youth/network.partnership'] } });
        const legend = server.initializeResult.capabilities.semanticTokensProvider!.legend;
        const decoded: string[] = [];
        let line = 0;
        let character = 0;
        const lines = texts['coalition/youth/network.partnership'].split('\n');
        for (let i = 0; i < result.data.length; i += 5) {
            const [deltaLine, deltaStart, length, type] = result.data.slice(i, i + 5);
            line += deltaLine;
            character = deltaLine === 0 ? character + deltaStart : deltaStart;
            decoded.push(`${lines[line].substring(character, character + length)} ${legend.tokenTypes[type]}`);
        }
        expect(decoded).toEqual([
            'network keyword', 'Youth namespace',
            'role keyword', 'Mentor interface',
            'partner keyword', 'Clinic class',
            'plays keyword', 'Mentor interface'
        ]);
    });
});

function sorted(items: CompletionItem[]): CompletionItem[] {
    return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}
