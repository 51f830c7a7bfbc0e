/**
 * Names as the grammar takes them (terminal ID: a letter or `_`, then letters, digits and `_`, with
 * single hyphens between them), and names made from a display string for `partnership init` and
 * `partnership import`: "St. Mark's Church Pantry" → StMarksChurchPantry.
 */
import { AstUtils, GrammarAST } from 'langium';
import { PartnershipGrammar } from '../generated/grammar.js';

const NAME = /^[_a-zA-Z]\w*(-\w+)*$/;

let keywords: ReadonlySet<string> | undefined;

/** The grammar's words (`partner`, `stage`, `hours`...): a name can't be one, the lexer would read the keyword. */
export function keywordsOfGrammar(): ReadonlySet<string> {
    keywords ??= new Set(AstUtils.streamAllContents(PartnershipGrammar())
        .filter(GrammarAST.isKeyword)
        .map(keyword => keyword.value)
        .filter(value => /^[_a-zA-Z]/.test(value)));
    return keywords;
}

/** Whether `text` can be written as a name. */
export function isName(text: string): boolean {
    return NAME.test(text) && !keywordsOfGrammar().has(text);
}

/**
 * A name for a display string: its words joined in PascalCase, accents dropped ("José" → Jose),
 * apostrophes and punctuation left out; one that would start with a digit gets `_` in front, and
 * one that is a keyword gets `-1`. `fallback` when nothing usable is left.
 */
export function nameFromText(text: string, fallback = 'Unnamed'): string {
    const words = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        .replace(/['’`]/g, '')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean);
    if (words.length === 0) return fallback;
    let name = words.map(word => (/^[A-Z0-9]+$/.test(word) && word.length <= 4 ? word : word[0].toUpperCase() + word.slice(1))).join('');
    if (/^\d/.test(name)) name = `_${name}`;
    return keywordsOfGrammar().has(name) ? `${name}-1` : name;
}
