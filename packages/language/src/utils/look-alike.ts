/**
 * Names that a reader can't tell apart: the same but for capital letters (`LincolnHigh`,
 * `Lincolnhigh`), or the same but for characters that look alike (Latin `a` and Cyrillic `а`, `0` and
 * `O`, `l`, `I` and `1`). The look-alikes are Unicode's (UTS #39, confusables.txt, as the
 * unhomoglyph package ships them): two names look alike when their skeletons are equal.
 */
import unhomoglyph from 'unhomoglyph';

export type Likeness = 'case' | 'look-alike' | 'case-and-look-alike';

/** UTS #39's skeleton: decomposed, every character replaced by its prototype, decomposed again. */
export function skeleton(text: string): string {
    if (!ASCII.test(text)) return unhomoglyph(text.normalize('NFD')).normalize('NFD');
    // Most names are ASCII, and few ASCII characters have another prototype (`0` → `O`, `m` → `rn`):
    // a table of the 128, taken from unhomoglyph once.
    const table = (asciiTable ??= Array.from({ length: 128 }, (_, code) => unhomoglyph(String.fromCharCode(code)).normalize('NFD')));
    let bones = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const prototype = table[text.charCodeAt(i)];
        if (prototype.length === 1 && prototype.charCodeAt(0) === text.charCodeAt(i)) continue;
        bones += text.slice(from, i) + prototype;
        from = i + 1;
    }
    return from === 0 ? text : bones + text.slice(from);
}

const ASCII = /^[\x00-\x7f]*$/;
let asciiTable: string[] | undefined;

/** The text with case folded away (`Straße` and `STRASSE` fold alike), in NFC. */
export function foldCase(text: string): string {
    return ASCII.test(text) ? text.toLowerCase() : text.toUpperCase().toLowerCase().normalize('NFC');
}

/**
 * The keys under which two names that a reader can't tell apart meet: equal case-folded, equal
 * skeletons, or equal after both (in either order: the skeleton of `I` is `l`, the case fold of `I`
 * is `i`).
 */
export function likenessKeys(name: string): readonly string[] {
    let keys = cache.get(name);
    if (!keys) {
        if (cache.size >= CACHE_SIZE) cache.clear();
        const folded = foldCase(name);
        const bones = skeleton(name);
        keys = [`c:${folded}`, `s:${bones}`, `cs:${foldCase(bones)}`, `sc:${skeleton(folded)}`];
        cache.set(name, keys);
    }
    return keys;
}

/** Names recur from one build to the next: their keys are kept (a network's names, many times over). */
const cache = new Map<string, readonly string[]>();
const CACHE_SIZE = 100_000;

/** How two different names (in NFC) are alike, or undefined when a reader can tell them apart. */
export function likeness(a: string, b: string): Likeness | undefined {
    if (a === b) return undefined;
    if (foldCase(a) === foldCase(b)) return 'case';
    if (skeleton(a) === skeleton(b)) return 'look-alike';
    const keys = new Set(likenessKeys(a));
    return likenessKeys(b).some(key => keys.has(key)) ? 'case-and-look-alike' : undefined;
}

const SCRIPTS = [
    'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Cherokee', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Nko',
    'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala',
    'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Ethiopic', 'Khmer', 'Mongolian', 'Hangul', 'Hiragana', 'Katakana', 'Han',
    'Canadian_Aboriginal', 'Tifinagh', 'Coptic', 'Runic', 'Ogham', 'Lisu', 'Vai', 'Bamum', 'Osage', 'Adlam'
].map(script => ({ name: script.replace(/_/g, ' '), pattern: new RegExp(`^\\p{Script=${script}}$`, 'u') }));

/**
 * One character for a message: `Cyrillic а (U+0430)`, `digit 0 (U+0030)`, `_ (U+005F)`. A combining
 * mark, which shows only on the letter before it, is described by its code point alone.
 */
export function describeCharacter(character: string): string {
    const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    if (/^\p{M}$/u.test(character)) return `the mark ${code}`;
    if (/^\p{Nd}$/u.test(character)) return `digit ${character} (${code})`;
    const script = SCRIPTS.find(s => s.pattern.test(character));
    return script ? `${script.name} ${character} (${code})` : `${character} (${code})`;
}

/**
 * Where two look-alike names differ: pairs of the characters (or runs of characters) of `a` and
 * of `b` that stand at the same place, at most `limit` of them. `Lіncoln` / `Lincoln` → [['і', 'i']];
 * `Barn` / `Bam` → [['rn', 'm']].
 */
export function differences(a: string, b: string, limit = 3): Array<[string, string]> {
    const left = [...a.normalize('NFC')];
    const right = [...b.normalize('NFC')];
    if (left.length === right.length) {
        const pairs: Array<[string, string]> = [];
        for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) pairs.push([left[i], right[i]]);
        return pairs.slice(0, limit);
    }
    let start = 0;
    while (start < left.length && start < right.length && left[start] === right[start]) start++;
    let end = 0;
    while (end < left.length - start && end < right.length - start && left[left.length - 1 - end] === right[right.length - 1 - end]) end++;
    return [[left.slice(start, left.length - end).join(''), right.slice(start, right.length - end).join('')]];
}

/** A run of characters for a message: one character as describeCharacter, more as `rn (U+0072 U+006E)`. */
export function describeRun(run: string): string {
    const characters = [...run];
    if (characters.length === 0) return 'nothing';
    if (characters.length === 1) return describeCharacter(run);
    return `${run} (${characters.map(c => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')})`;
}
