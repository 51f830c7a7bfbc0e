/**
 * The escaping of display strings for the renderers they land in (src/terminal-text.ts,
 * src/markdown-text.ts, src/xml-text.ts): a table of inputs and what each target makes of them,
 * then Markdown read back with marked (GitHub-flavoured) and XML with saxes (a strict parser).
 */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { mentionsIn, tokensOf } from '../../../test/markdown-read.js';
import { markdownCode, markdownText, terminalJson, terminalLines, terminalText, visibleEscape, withoutMentions, xmlEscape, xmlPrintable, xmlText } from '../src/index.js';

describe('terminalText: what a terminal would act on is shown as an escape', () => {
    it.each([
        ['ESC sequences that erase the previous line', 'a\u001b[1A\u001b[2Kb', 'a\\x1b[1A\\x1b[2Kb'],
        ['ESC sequence that hides what follows', '\u001b[8msecret', '\\x1b[8msecret'],
        ['an OSC 8 hyperlink', '\u001b]8;;https://x\u001b\\here', '\\x1b]8;;https://x\\x1b\\here'],
        ['tab, line feed, carriage return', 'a\tb\nc\rd', 'a\\tb\\nc\\rd'],
        ['NUL, BEL, DEL', '\u0000\u0007\u007f', '\\x00\\x07\\x7f'],
        ['C1 controls (CSI, NEL)', '\u009b2J\u0085', '\\x9b2J\\x85'],
        ['bidi overrides and isolates', '\u202eevil\u202c \u2066x\u2069', '\\u202eevil\\u202c \\u2066x\\u2069'],
        ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
        ['letters of any script, emoji, marks', 'Café ناس 東京 😀 e\u0301', 'Café ناس 東京 😀 e\u0301'],
        ['a backslash as it is', 'C:\\x1b', 'C:\\x1b']
    ])('%s', (_name, input, expected) => {
        expect(terminalText(input)).toBe(expected);
    });

    it('terminalLines keeps line feeds and escapes the rest, line by line', () => {
        expect(terminalLines('one \u001b[2K\ntwo\r\n')).toBe('one \\x1b[2K\ntwo\\r\n');
    });

    it('visibleEscape: \\xHH below U+0100, \\uHHHH above', () => {
        expect(['\u001b', '\u0085', '\u202e'].map(visibleEscape)).toEqual(['\\x1b', '\\x85', '\\u202e']);
    });

    it('terminalJson: DEL, C1 and bidi as \\u escapes; the same value when parsed', () => {
        const value = { title: 'a\u007f\u0085\u202e\u2028\u001b"b' };
        const json = terminalJson(JSON.stringify(value));
        expect(json).toBe('{"title":"a\\u007f\\u0085\\u202e\\u2028\\u001b\\"b"}');
        expect(JSON.parse(json)).toEqual(value);
    });
});

describe('markdownText: a display string stays text on its line, in its cell, and pings nobody', () => {
    it.each([
        ['a comment that would hide the rest', 'x\n<!-- hidden', 'x &lt;\\!-- hidden'],
        ['HTML', '<details><img src=x onerror=alert(1)></table>', '&lt;details&gt;&lt;img src=x onerror=alert\\(1\\)&gt;&lt;/table&gt;'],
        ['a mention and a team mention', 'ask @octocat and @org/team', 'ask @\u200doctocat and @\u200dorg/team'],
        ['an e-mail address is no mention', 'dana@example.org', 'dana@example.org'],
        ['a pipe, emphasis, code, a link, an image', '| *a* _b_ `c` [d](e) ![f](g)', '\\| \\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\!\\[f\\]\\(g\\)'],
        ['math, strikethrough, a heading mark', '$x$ ~~y~~ #z', '\\$x\\$ \\~\\~y\\~\\~ \\#z'],
        ['an entity', '&lt;b&gt;', '&amp;lt;b&amp;gt;'],
        ['line breaks of every kind', 'a\r\nb\rc\u2028d\u0085e', 'a b c d e'],
        ['controls, as on a terminal', '\u001b[8m', '\\\\x1b\\[8m'],
        ['plain words', 'Eastside Food Bank, 2nd floor.', 'Eastside Food Bank, 2nd floor.']
    ])('%s', (_name, input, expected) => {
        expect(markdownText(input)).toBe(expected);
    });

    it('markdownCode: a code span on one line, backticks and pipes made harmless', () => {
        expect(markdownCode('A')).toBe('`A`');
        expect(markdownCode('a`b|c\nd')).toBe('`aˋb\\|c d`');
        expect(markdownCode(' spaced ')).toBe('`  spaced  `');
    });

    it('withoutMentions leaves what is no mention', () => {
        expect(withoutMentions('@ alone, a@b, @@x')).toBe('@ alone, a@b, @@\u200dx');
    });

    it('read back by marked: no HTML, the table keeps its rows and cells, no mention left', () => {
        const hostile = ['x\n<!--', '</table><img src=x>', '| a | b |', '`code`', '@octocat', ']]>', '\u202e', '<details>'];
        const markdown = ['| a | b |', '|---|---|', ...hostile.map(text => `| ${markdownText(text)} | ${markdownCode(text)} |`)].join('\n');
        const document = `### ${markdownText('title <!-- @team')}\n\n${markdown}\n`;
        const tokens = tokensOf(document);
        expect(tokens.filter(token => token.type === 'html')).toEqual([]);
        const table = tokens.find(token => token.type === 'table') as { rows: unknown[][] } | undefined;
        expect(table?.rows.map(row => row.length)).toEqual(hostile.map(() => 2));
        // (GitHub reads no mention in a code span: markdownCode keeps the text verbatim.)
        expect(mentionsIn(document)).toEqual([]);
        expect(mentionsIn(`x @octocat, \`@code\`, _@team, a@b.org`)).toEqual(['@octocat']);
        expect(tokens.filter(token => token.type === 'heading')).toHaveLength(1);
    });
});

/** The first error of a strict XML parser, or undefined for a well-formed document. */
function xmlError(xml: string): string | undefined {
    const parser = new SaxesParser();
    let error: string | undefined;
    parser.on('error', e => { error ??= e.message; });
    parser.write(xml).close();
    return error;
}

describe('xmlText and xmlEscape: well-formed XML whatever the text', () => {
    it.each([
        ['C0 controls but tab, line feed and carriage return', 'a\u0000\u0001\u001b\u0008\u000b\u000c\tb\nc\rd', 'a\tb\nc\rd'],
        ['DEL and C1 controls', 'a\u007f\u0085\u009bb', 'ab'],
        ['bidi overrides and isolates', '\u202ea\u202c\u2066b\u2069', 'ab'],
        ['lone surrogates, U+FFFE, U+FFFF; a pair is kept', 'a\ud800b\udc00c\ufffe\uffff😀', 'abc😀'],
        ['a CDATA end and markup (escaped by xmlEscape)', ']]><x/>', ']]><x/>']
    ])('xmlText drops %s', (_name, input, expected) => {
        expect(xmlText(input)).toBe(expected);
    });

    it('xmlEscape escapes markup; the result parses strictly, in text and in attributes', () => {
        const text = 'a]]><!--&"\'\u001b\u0085\ud800<x/>';
        expect(xmlEscape(text)).toBe('a]]&gt;&lt;!--&amp;&quot;&apos;&lt;x/&gt;');
        expect(xmlEscape('a\tb\r\nc')).toBe('a&#9;b&#13;\nc');
        expect(xmlPrintable('a\tb\r\nc\rd\u001b')).toBe('a b\nc\nd');
        expect(xmlError(`<r a="${xmlEscape(text)}">${xmlEscape(text)}</r>`)).toBeUndefined();
        // The parser is strict: the raw text would not parse.
        expect(xmlError(`<r>${text}</r>`)).toBeDefined();
    });
});
