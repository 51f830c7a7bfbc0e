/**
 * Text that ends up in GitHub-flavoured Markdown someone else renders (the PR comment of
 * `partnership diff` and the Action's job summary): a display string stays text, on its line, in
 * its table cell, and pings nobody.
 *
 * markdownText (a heading, a paragraph or a table cell):
 * - line breaks (`\r`, `\n`, U+2028, U+2029, NEL) become spaces, so a string cannot end its line,
 *   its table row or its heading; other controls and bidi overrides are shown as escapes, as on a
 *   terminal (terminal-text.ts);
 * - `&`, `<` and `>` become `&amp;`, `&lt;` and `&gt;`: no HTML (`<!--` that hides the rest of the
 *   comment, `<details>`, `<img src=…>`, `</table>`) and no autolink;
 * - the ASCII punctuation Markdown acts on inline (`\` `` ` `` `*` `_` `[` `]` `(` `)` `!` `|` `~`
 *   `#` `$` `^`) is backslash-escaped: no emphasis, link, image, code, strikethrough, math, and no
 *   `|` that starts a new table cell;
 * - an `@` before a letter, digit or `-` (and not after one, as in an e-mail address) gets a
 *   zero-width joiner after it (`@\u200doctocat`): it reads the same, but GitHub mentions nobody
 *   (`@user`, `@org/team`).
 *
 * markdownCode: a code span (the text verbatim, on one line, backticks as `ˋ`, pipes escaped so a
 * table cell stays one cell). Imports only terminal-text.ts.
 */
import { terminalText } from './terminal-text.js';

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()!|~#$^]/g;
const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** `@` + zero-width joiner where GitHub would read a mention (not in an e-mail address: `a@b.org`). */
export function withoutMentions(text: string): string {
    return text.replace(/(?<![\p{L}\p{N}_])@(?=[\p{L}\p{N}_-])/gu, '@\u200d');
}

/** A display string as Markdown text: one line, no markup, no HTML, no mention. */
export function markdownText(text: string): string {
    const plain = terminalText(text.replace(LINE_BREAKS, ' '));
    return withoutMentions(plain.replace(MARKDOWN_PUNCTUATION, char => `\\${char}`).replace(/[&<>]/g, char => HTML[char]));
}

/** A display string as a Markdown code span: verbatim, one line, safe in a table cell. */
export function markdownCode(text: string): string {
    const plain = terminalText(text.replace(LINE_BREAKS, ' ')).replace(/`/g, 'ˋ').replace(/\|/g, '\\|');
    // A span that starts or ends with a space keeps it only with one more on each side.
    return /^ | $/.test(plain) ? `\` ${plain} \`` : `\`${plain}\``;
}
