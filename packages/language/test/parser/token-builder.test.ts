/** The name reader's ASCII fast path reads exactly what the grammar's Unicode pattern reads. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GrammarAST, GrammarUtils } from 'langium';
import { PartnershipGrammar } from '../../src/generated/grammar.js';
import { namePattern } from '../../src/parser/token-builder.js';

const terminal = PartnershipGrammar().rules.find((rule): rule is GrammarAST.TerminalRule => GrammarAST.isTerminalRule(rule) && rule.name === 'ID')!;
const unicode = GrammarUtils.terminalRegex(terminal);
const read = namePattern(unicode);
const sticky = new RegExp(unicode.source, 'uy');

function expected(text: string, offset: number): string | undefined {
    sticky.lastIndex = offset;
    return sticky.exec(text)?.[0];
}

describe('names', () => {
    test.each(['JoséMartíCenter', 'Jose\u0301', 'Église', 'مركز', 'staff-time', 'a-é', 'Hub“x”', '𝐀bc', '_2026', '2026', '-x', 'x-', 'x--y'])('%s', text => {
        expect(read(text, 0)?.[0]).toBe(expected(text, 0));
    });

    test('agree with the Unicode pattern on any text, at any offset', () => {
        const char = fc.constantFrom('a', 'Z', '_', '0', '9', '-', ' ', 'é', '\u0301', 'م', '١', '𝐀', '“', '"', '{', '/', '.');
        fc.assert(fc.property(fc.array(char, { maxLength: 12 }).map(chars => chars.join('')), fc.nat(), (text, at) => {
            const offset = text.length === 0 ? 0 : at % text.length;
            expect(read(text, offset)?.[0]).toBe(expected(text, offset));
        }), { numRuns: 3000, seed: 20261202 });
    });
});
