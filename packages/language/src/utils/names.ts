/**
 * Names as the grammar takes them (terminal ID: a letter of any script or `_`, then letters, combining
 * marks, digits and `_`, with single hyphens between them; compared in Unicode normal form NFC), and
 * names made from a display string for `partnership init` and `partnership import`:
 * "St. Mark's Church Pantry" → StMarksChurchPantry, "José Martí Center" → JoséMartíCenter.
 */
import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import { PartnershipGrammar } from '../generated/grammar.js';

/** A whole text that is a name: the grammar's terminal ID (a Unicode regular expression). */
export const NAME_PATTERN: RegExp = (() => {
    const id = PartnershipGrammar().rules.find((rule): rule is GrammarAST.TerminalRule => GrammarAST.isTerminalRule(rule) && rule.name === 'ID');
    if (!id) throw new Error('the grammar has no ID terminal');
    const terminal = GrammarUtils.terminalRegex(id);
    return new RegExp(`^(?:${terminal.source})$`, terminal.flags.includes('u') ? terminal.flags : `${terminal.flags}u`);
})();

/**
 * One UTF-16 code unit that can be part of a name, for "the name at the cursor": `_`, a letter, a
 * combining mark, a digit, or half of a character outside the BMP (𝐀, 𠀀).
 */
export const NAME_CHARACTER = /^[_\p{L}\p{M}\p{N}\p{Cs}]$/u;

let keywords: ReadonlySet<string> | undefined;

/** The grammar's words (`partner`, `stage`, `hours`...): a name can't be one, the lexer would read the keyword. */
export function keywordsOfGrammar(): ReadonlySet<string> {
    keywords ??= new Set(AstUtils.streamAllContents(PartnershipGrammar())
        .filter(GrammarAST.isKeyword)
        .map(keyword => keyword.value)
        .filter(value => /^[_\p{L}]/u.test(value)));
    return keywords;
}

/** Whether `text` can be written as a name (in any normal form: the name is its NFC). */
export function isName(text: string): boolean {
    return NAME_PATTERN.test(text) && !keywordsOfGrammar().has(text.normalize('NFC'));
}

/**
 * A name for a display string: its words joined in PascalCase (the first letter of each word made a
 * capital, in scripts that have capitals), letters of any script kept with their accents, in NFC
 * ("José Martí" → JoséMartí, "مركز المدينة" → مركزالمدينة); apostrophes and punctuation left out.
 * One that would start with a digit gets `_` in front, and one that is a keyword gets `-1`.
 * `fallback` when nothing usable is left.
 */
export function nameFromText(text: string, fallback = 'Unnamed'): string {
    const words = text.normalize('NFC')
        .replace(/['’`ʼ]/g, '')
        .split(/[^\p{L}\p{M}\p{N}]+/u)
        // A combining mark left at the start of a word (after punctuation) has no letter to sit on.
        .map(word => word.replace(/^\p{M}+/u, ''))
        .filter(Boolean);
    if (words.length === 0) return fallback;
    let name = words.map(word => (/^[\p{Lu}\p{N}]+$/u.test(word) && [...word].length <= 4 ? word : capitalise(word))).join('').normalize('NFC');
    if (!/^\p{L}/u.test(name)) name = `_${name}`;
    return keywordsOfGrammar().has(name) ? `${name}-1` : name;
}

/** The word with its first letter a capital (`straße` → Straße); a script without capitals is left as it is. */
function capitalise(word: string): string {
    const first = String.fromCodePoint(word.codePointAt(0)!);
    const upper = first.toUpperCase();
    // A capital that is more than one letter (ß → SS) would change the word's spelling: keep the letter.
    return ([...upper].length === 1 ? upper : first) + word.slice(first.length);
}
