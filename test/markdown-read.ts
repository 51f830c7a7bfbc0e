/**
 * Markdown read back as GitHub would (GitHub-flavoured, with marked), for the tests of output that
 * lands in a PR comment or a job summary: its tokens, and the mentions GitHub would find in it.
 */
import { marked, type Token } from 'marked';

/** Every token of a Markdown document, nested ones included. */
export function tokensOf(markdown: string): Token[] {
    const all: Token[] = [];
    marked.walkTokens(marked.lexer(markdown, { gfm: true }), token => { all.push(token); });
    return all;
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The `@name`s GitHub would turn into mentions: in the rendered text outside code, an `@` that no
 * letter, digit, `_` or backtick precedes and a letter or digit follows (as GitHub's mention filter
 * reads it; `a@b.org` is none).
 */
export function mentionsIn(markdown: string): string[] {
    const html = marked.parse(markdown, { gfm: true, async: false });
    const text = html.replace(/<(code|pre)>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39);/g, entity => ENTITIES[entity]);
    return [...text.matchAll(/(?<![\p{L}\p{N}_`])@[\p{L}\p{N}][\p{L}\p{N}_/-]*/gu)].map(match => match[0]);
}
