/**
 * Text in the XML the graph exports write (GraphML, GEXF, SVG): well-formed whatever the display
 * strings hold, and safe to print (they go to stdout unless `-o` is given).
 *
 * xmlText drops what XML 1.0 forbids (C0 controls but tab, line feed and carriage return; lone
 * surrogates; U+FFFE, U+FFFF) and what a terminal would act on (DEL, the C1 controls
 * U+0080–U+009F, the bidirectional overrides and isolates U+202A–U+202E and U+2066–U+2069);
 * xmlEscape also escapes `&`, `<`, `>`, `"` and `'`, for text and attribute values, and writes tab
 * and carriage return as character references (`&#9;`, `&#13;`: the same text for an XML reader,
 * and nothing a terminal acts on). xmlPrintable is for a writer that escapes markup itself
 * (graphology-gexf): xmlText, with tabs as spaces and carriage returns as line feeds (what an XML
 * reader makes of them in an attribute value anyway). No imports.
 */

// eslint-disable-next-line no-control-regex
const DROPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without the characters XML 1.0 forbids, nor those a terminal acts on. */
export function xmlText(text: string): string {
    return text.replace(DROPPED, '');
}

/** Text or attribute value for XML: xmlText, with &, <, >, " and ' escaped, tab and carriage return as references. */
export function xmlEscape(text: string): string {
    return xmlText(text)
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
        .replace(/\t/g, '&#9;').replace(/\r/g, '&#13;');
}

/** xmlText with tabs as spaces and carriage returns as line feeds, for a writer that escapes markup itself. */
export function xmlPrintable(text: string): string {
    return xmlText(text).replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}
