import { EmptyFileSystem } from 'langium';
import { AllSemanticTokenModifiers, SemanticTokensDecoder } from 'langium/lsp';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { createPartnershipServices } from '../../src/partnership-module.js';
import { build } from '../helpers.js';

const services = createPartnershipServices(EmptyFileSystem).Partnership;

function modifierNames(bits: number): string[] {
    return Object.entries(AllSemanticTokenModifiers).filter(([, bit]) => (bits & bit) !== 0).map(([name]) => name);
}

/** All semantic tokens of a file, as `text type[.modifier...]`. */
async function tokens(text: string): Promise<string[]> {
    const built = await build({ 'tokens/file.partnership': text });
    const document = built.documents.get('tokens/file.partnership')!;
    const provider = built.services.Partnership.lsp.SemanticTokenProvider!;
    const result = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
    return SemanticTokensDecoder.decode(result, provider.tokenTypes, document)
        .map(token => [`${token.text} ${token.tokenType}`, ...modifierNames(token.tokenModifiers)].join('.'));
}

describe('semantic tokens', () => {
    it('classifies declarations, references, keywords, vocabulary, units, numbers, dates and strings', async () => {
        const text = `network Demo "Demo" {
    us A
    budget 12 hours/month
    checkin every 3 months
}
goal G { due 2027-12-31 }
role R { provides funding, glitter serves G lane "outreach" }
partner A { sector nonprofit plays R stage active }
partner B
tie A -- B { strength strong trust reliability 4 A gives data }
meeting M { every 2 weeks duration 90 minutes roles R invites B }
`;
        expect(await tokens(text)).toEqual([
            'network keyword', 'Demo namespace.declaration', '"Demo" string',
            'us keyword', 'A class',
            'budget keyword', '12 number', 'hours type.defaultLibrary', '/ type.defaultLibrary', 'month type.defaultLibrary',
            'checkin keyword', 'every keyword', '3 number', 'months type.defaultLibrary',
            'goal keyword', 'G enum.declaration', 'due keyword', '2027-12-31 number',
            'role keyword', 'R interface.declaration', 'provides keyword', 'funding enumMember.defaultLibrary', 'glitter enumMember',
            'serves keyword', 'G enum', 'lane keyword', '"outreach" string',
            'partner keyword', 'A class.declaration', 'sector keyword', 'nonprofit enumMember.defaultLibrary', 'plays keyword', 'R interface',
            'stage keyword', 'active enumMember',
            'partner keyword', 'B class.declaration',
            'tie keyword', 'A class', '-- operator', 'B class', 'strength keyword', 'strong enumMember', 'trust keyword', 'reliability enumMember', '4 number',
            'A class', 'gives keyword', 'data enumMember.defaultLibrary',
            'meeting keyword', 'M function.declaration', 'every keyword', '2 number', 'weeks type.defaultLibrary',
            'duration keyword', '90 number', 'minutes type.defaultLibrary', 'roles keyword', 'R interface', 'invites keyword', 'B class'
        ]);
    });

    it('classifies the second wave: purpose, strings, readings with on/by, needs and asks, stage since, introduced-by', async () => {
        const text = `network Demo {
    purpose sharing
    vision "v"
    review every 12 months
    last-review 2026-01-15
}
goal G { needs data, glitter baseline 1 on 2026-01-01 target 3 by 2027-01-01 progress 2 on 2026-06-01 achieved 2026-10-01 }
partner A { stage exploring since 2026-02-01 }
partner B
partner C
tie A -- B { introduced-by C B asks funding }
`;
        expect(await tokens(text)).toEqual([
            'network keyword', 'Demo namespace.declaration',
            'purpose keyword', 'sharing enumMember', 'vision keyword', '"v" string',
            'review keyword', 'every keyword', '12 number', 'months type.defaultLibrary', 'last-review keyword', '2026-01-15 number',
            'goal keyword', 'G enum.declaration', 'needs keyword', 'data enumMember.defaultLibrary', 'glitter enumMember',
            'baseline keyword', '1 number', 'on keyword', '2026-01-01 number', 'target keyword', '3 number', 'by keyword', '2027-01-01 number',
            'progress keyword', '2 number', 'on keyword', '2026-06-01 number', 'achieved keyword', '2026-10-01 number',
            'partner keyword', 'A class.declaration', 'stage keyword', 'exploring enumMember', 'since keyword', '2026-02-01 number',
            'partner keyword', 'B class.declaration', 'partner keyword', 'C class.declaration',
            'tie keyword', 'A class', '-- operator', 'B class', 'introduced-by keyword', 'C class', 'B class', 'asks keyword', 'funding enumMember.defaultLibrary'
        ]);
    });

    it('marks rule codes and threshold keys in a policy, and `@allow` with its known codes in comments', async () => {
        const text = `// @allow no-backbone, not-a-rule -- a reason
network N {
    policy {
        min-trust 50%
        rule unused-role off
        rule made-up error
    }
}
/* @allow unused-role */
`;
        expect(await tokens(text)).toEqual([
            '@allow decorator', 'no-backbone enumMember.defaultLibrary',
            'network keyword', 'N namespace.declaration',
            'policy keyword', 'min-trust property', '50 number', '% type.defaultLibrary',
            'rule keyword', 'unused-role enumMember.defaultLibrary', 'off enumMember',
            'rule keyword', 'made-up enumMember', 'error enumMember'
        ]);
    });

    it('highlights a requested range only', async () => {
        const built = await build({ 'tokens/range.partnership': 'partner A\npartner B\npartner C\n' });
        const document = built.documents.get('tokens/range.partnership')!;
        const provider = built.services.Partnership.lsp.SemanticTokenProvider!;
        const result = await provider.semanticHighlightRange(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } }
        });
        expect(SemanticTokensDecoder.decode(result, provider.tokenTypes, document).map(t => t.text)).toEqual(['partner', 'B']);
    });

    it('works with langium/test', async () => {
        const highlight = highlightHelper(services);
        const result = await highlight('role <|Helper|>\npartner A { plays <|Helper|> capacity <|4|> <|hours|>/month }');
        expectSemanticToken(result, { rangeIndex: 0, tokenType: SemanticTokenTypes.interface });
        expectSemanticToken(result, { rangeIndex: 1, tokenType: SemanticTokenTypes.interface });
        expectSemanticToken(result, { rangeIndex: 2, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(result, { rangeIndex: 3, tokenType: SemanticTokenTypes.type });
    });

    it('announces the token types and modifiers it uses in its legend', () => {
        const legend = services.lsp.SemanticTokenProvider!.semanticTokensOptions.legend;
        for (const type of ['namespace', 'class', 'interface', 'enum', 'function', 'keyword', 'enumMember', 'type', 'number', 'string', 'property', 'decorator', 'operator']) {
            expect(legend.tokenTypes).toContain(type);
        }
        expect(legend.tokenModifiers).toEqual(expect.arrayContaining(['declaration', 'defaultLibrary']));
    });
});

describe('semantic tokens over names in any script', () => {
    /** The raw tokens (LSP's relative encoding undone): line, UTF-16 column and length, the text they cover, and the type. */
    async function raw(text: string): Promise<Array<{ line: number; character: number; length: number; text: string; type: string }>> {
        const built = await build({ 'tokens/file.partnership': text });
        const document = built.documents.get('tokens/file.partnership')!;
        const provider = built.services.Partnership.lsp.SemanticTokenProvider!;
        const { data } = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        const types = Object.entries(provider.tokenTypes).reduce<Record<number, string>>((all, [name, index]) => ({ ...all, [index]: name }), {});
        const result = [];
        let line = 0;
        let character = 0;
        for (let i = 0; i < data.length; i += 5) {
            line += data[i];
            character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
            const length = data[i + 2];
            const range = { start: { line, character }, end: { line, character: character + length } };
            result.push({ line, character, length, text: document.textDocument.getText(range), type: types[data[i + 3]] });
        }
        return result;
    }

    it('covers each name exactly, with lengths in UTF-16 code units: accents, NFD, Arabic, letters outside the BMP', async () => {
        const nfd = 'Église'.normalize('NFD');
        const text = `partner JoséMartíCenter\npartner ${nfd}\npartner مركز-المدينة\npartner 𝐀lpha\ntie JoséMartíCenter -- ${nfd}\ntie مركز-المدينة -- 𝐀lpha\n`;
        const names = (await raw(text)).filter(token => token.type === 'class');
        expect(names.map(token => [token.line, token.character, token.length, token.text])).toEqual([
            [0, 8, 15, 'JoséMartíCenter'],
            [1, 8, 7, nfd],
            [2, 8, 12, 'مركز-المدينة'],
            [3, 8, 6, '𝐀lpha'],
            [4, 4, 15, 'JoséMartíCenter'],
            [4, 23, 7, nfd],
            [5, 4, 12, 'مركز-المدينة'],
            [5, 20, 6, '𝐀lpha']
        ]);
        // The keyword after each name starts where the name ends.
        expect((await raw(text)).filter(token => token.text === '--').map(token => [token.line, token.character])).toEqual([[4, 20], [5, 17]]);
    });
});
