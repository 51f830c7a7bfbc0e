import { EmptyFileSystem } from 'langium';
import { expectFoldings, expectSymbols } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { FoldingRangeKind, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { createPartnershipServices } from '../../src/partnership-module.js';
import { build } from '../helpers.js';
import { FILES } from './fixture.js';
import { rangeIn, uriOf } from './lsp-helpers.js';

const OUTLINE = `network Demo "Demo network" {
    us A
    policy {
        min-trust 3
        rule unused-role off
    }
}

goal G "A goal"

goal Done {
    achieved 2026-10-15
}

role R {
    serves G
}

partner A "Alpha" {
    plays R
}

partner B {
    stage exploring since 2026-07-01
}

partner C {
    stage dormant
}

tie A -- B {
    trust 4
}

meeting M {
    every 2 weeks
}
`;

describe('document symbols', () => {
    it('lists the declarations of a file with kinds, display strings and ranges; ties as `A -- B`', async () => {
        const built = await build({ 'demo/network.partnership': OUTLINE });
        const document = built.documents.get('demo/network.partnership')!;
        const symbols = await built.services.Partnership.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        const brief = (symbol: DocumentSymbol): unknown => ({
            name: symbol.name, kind: symbol.kind, detail: symbol.detail,
            ...(symbol.children ? { children: symbol.children.map(brief) } : {})
        });
        expect(symbols.map(brief)).toEqual([
            { name: 'Demo', kind: SymbolKind.Namespace, detail: 'Demo network', children: [{ name: 'policy', kind: SymbolKind.Object, detail: '2 settings' }] },
            { name: 'G', kind: SymbolKind.Enum, detail: 'A goal' },
            { name: 'Done', kind: SymbolKind.Enum, detail: 'goal · achieved 2026-10-15' },
            { name: 'R', kind: SymbolKind.Interface, detail: 'role' },
            { name: 'A', kind: SymbolKind.Class, detail: 'Alpha' },
            { name: 'B', kind: SymbolKind.Class, detail: 'partner · exploring since 2026-07-01' },
            { name: 'C', kind: SymbolKind.Class, detail: 'partner · dormant' },
            { name: 'A -- B', kind: SymbolKind.Operator, detail: 'tie' },
            { name: 'M', kind: SymbolKind.Event, detail: 'meeting' }
        ]);
        const partnerA = symbols[4];
        expect(partnerA.range).toEqual(rangeIn(document, 'partner A "Alpha" {\n    plays R\n}'));
        expect(partnerA.selectionRange).toEqual(rangeIn(document, 'A', { after: 'partner A' }));
        const tie = symbols[7];
        expect(tie.range).toEqual(rangeIn(document, 'tie A -- B {\n    trust 4\n}'));
        expect(tie.selectionRange).toEqual(rangeIn(document, 'A -- B'));
        expect(symbols[0].children![0].range).toEqual(rangeIn(document, 'policy {\n        min-trust 3\n        rule unused-role off\n    }'));
    });

    it('works with langium/test', async () => {
        const services = createPartnershipServices(EmptyFileSystem).Partnership;
        await expectSymbols(services)({
            text: 'partner A\npartner B\ntie A--B\nrole R\n',
            expectedSymbols: ['A', 'B', 'A -- B', 'R'],
            disposeAfterCheck: true
        });
    });
});

describe('workspace symbols', () => {
    it('lists the declarations of all networks, with the network as container', async () => {
        const built = await build({ ...FILES, 'loose/notes.partnership': 'partner Stray\n' });
        const provider = built.services.shared.lsp.WorkspaceSymbolProvider!;
        const symbols = await provider.getSymbols({ query: '' });
        const kinds = new Map<number, string>(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));
        const brief = symbols.map(s => `${s.name} ${kinds.get(s.kind)} ${s.containerName ?? '-'}`).sort();
        expect(brief).toEqual([
            'Clinic Class Coalition',
            'Clinic Class Youth',
            'Coalition Namespace -',
            'FoodBank Class Coalition',
            'Funder Interface Coalition',
            'Meals Enum Coalition',
            'Mentor Interface Youth',
            'Outreach Interface Coalition',
            'Stray Class loose (no network)',
            'Youth Namespace -',
            'YouthCouncil Class Youth'
        ]);
        const funder = symbols.find(s => s.name === 'Funder')!;
        expect(funder.location).toEqual({ uri: uriOf(built, 'coalition/roles.partnership'), range: rangeIn(built.documents.get('coalition/roles.partnership')!, 'Funder') });
    });

    it('filters by the query', async () => {
        const built = await build(FILES);
        const symbols = await built.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Clinic' });
        expect(symbols.map(s => `${s.name} ${s.containerName}`).sort()).toEqual(['Clinic Coalition', 'Clinic Youth']);
        const camel = await built.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'FB' });
        expect(camel.map(s => s.name)).toEqual(['FoodBank']);
    });
});

describe('folding ranges', () => {
    const services = createPartnershipServices(EmptyFileSystem).Partnership;

    it('folds blocks up to the line before their closing brace (langium/test)', async () => {
        await expectFoldings(services)({
            text: '<|network N {\n    policy {\n        min-trust 3\n    }\n|>}\n<|partner A {\n    sector nonprofit\n|>}\npartner B { sector media }\n',
            disposeAfterCheck: true,
            assert: (foldings) => {
                expect(foldings.map(f => [f.startLine, f.endLine, f.kind])).toEqual([[0, 3, undefined], [1, 2, undefined], [5, 6, undefined]]);
            }
        });
    });

    it('folds block comments and runs of line comments', async () => {
        const text = [
            '// Eastside coalition',            // 0
            '// maintained by the steering group', // 1
            '// last reviewed 2026-10',          // 2
            '',                                  // 3
            '// a single line is not folded',    // 4
            'partner A // trailing comments do not join a run', // 5
            '// @allow isolated-partner -- new', // 6
            '// partner since October',          // 7
            'partner B',                         // 8
            '/* a block',                        // 9
            '   comment */',                     // 10
            'partner C'                          // 11
        ].join('\n');
        const built = await build({ 'f/file.partnership': text });
        const document = built.documents.get('f/file.partnership')!;
        const foldings = await built.services.Partnership.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        expect(foldings.map(f => [f.startLine, f.endLine, f.kind])).toEqual([
            [0, 2, FoldingRangeKind.Comment],
            [6, 7, FoldingRangeKind.Comment],
            [9, 10, FoldingRangeKind.Comment]
        ]);
    });
});
