/**
 * Text that ends up on someone's terminal (every text output of the CLI: findings, tables, notes,
 * file names): the characters a terminal acts on instead of showing are shown as escapes, so a
 * display string cannot move the cursor, erase a line, hide what follows (`\e[1A\e[2K`, `\e[8m`),
 * start a hyperlink or reorder the line.
 *
 * - C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls (U+0080–U+009F) become `\xHH`
 *   (`\x1b` for ESC), except tab, line feed and carriage return, which become `\t`, `\n` and `\r`:
 *   one finding stays one line;
 * - the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what
 *   follows them ("Trojan Source"), and the line and paragraph separators U+2028/U+2029 become
 *   `\u202e` and the like.
 *
 * Everything else is kept, letters of every script and emoji included. The escapes are what a
 * JavaScript or JSON string would say; a backslash already in the text is left as it is.
 * No imports: the VS Code extension's client can bundle it too.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** The escape that shows `char`: `\x1b`, `\u202e`, `\t`. */
export function visibleEscape(char: string): string {
    const code = char.charCodeAt(0);
    return SHORT[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** One line of terminal text: controls, bidi overrides and line breaks shown as escapes. */
export function terminalText(text: string): string {
    return text.replace(UNSAFE, visibleEscape);
}

/** Terminal text of several lines: the line feeds are kept, each line as terminalText. */
export function terminalLines(text: string): string {
    return text.split('\n').map(terminalText).join('\n');
}

// eslint-disable-next-line no-control-regex
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A JSON document (JSON.stringify's output) that is safe to print: JSON.stringify writes C0
 * controls as `\u001b` and the like but DEL, C1 controls and bidi overrides as they are; they can
 * only be inside strings, so writing them as `\u` escapes too gives the same value.
 */
export function terminalJson(json: string): string {
    return json.replace(JSON_UNSAFE, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
