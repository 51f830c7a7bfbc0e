/**
 * `partnership explain <code>`: the documentation page of a rule (docs/rules/<code>.md) or the
 * section of a structural check (docs/rules/structural.md), rendered for the terminal. The pages are
 * built into the CLI (generated/docs.ts), so they are there wherever the CLI is installed.
 */
import { marked, type Token, type Tokens } from 'marked';
import pc from 'picocolors';
// The rule catalog and the suggestion helper alone, not the whole language (parser, LSP).
import { DEFAULT_DOCS_BASE, docsUrl, isStructuralCode, RULES, RULES_BY_CODE, STRUCTURAL_CODES } from 'partnership-language/rules';
import { suggest } from 'partnership-language/suggest';
import { UsageError } from './errors.js';
import { RULE_DOCS } from './generated/docs.js';
import { colourOn, hyperlink, hyperlinksOn, textWidth } from './terminal.js';

export interface ExplainOptions {
    list?: boolean;
}

/** How to render: colour and styling, OSC 8 hyperlinks, the width to wrap prose at. */
export interface RenderStyle {
    colour: boolean;
    hyperlinks: boolean;
    width: number;
}

export function terminalStyle(): RenderStyle {
    return { colour: colourOn(), hyperlinks: hyperlinksOn(), width: textWidth() };
}

/** Every code `explain` knows: the rules', then the structural checks'. */
export function allCodes(): string[] {
    return [...RULES_BY_CODE.keys(), ...Object.keys(STRUCTURAL_CODES)];
}

/** Runs the command: prints the page, or the list; an unknown code is a usage error. */
export function runExplain(code: string | undefined, options: ExplainOptions, style = terminalStyle()): number {
    if (options.list || code === undefined) {
        process.stdout.write(listCodes(style));
        return 0;
    }
    process.stdout.write(explain(code, style));
    return 0;
}

/** The page of `code` rendered, or a UsageError naming the closest code. */
export function explain(given: string, style: RenderStyle, base = DEFAULT_DOCS_BASE): string {
    // As copied from a finding line: `[over-budget]`.
    const code = given.trim().replace(/^\[(.*)\]$/, '$1').toLowerCase();
    const page = pageOf(code, base);
    if (!page) {
        if (allCodes().includes(code)) throw new UsageError(`no page for '${code}' in this build of partnership (see ${docsUrl(code, isStructuralCode(code), base)})`);
        const guess = suggest(code, allCodes());
        throw new UsageError(`unknown code '${given}'${guess ? `; did you mean '${guess}'?` : ''} (partnership explain --list lists them)`);
    }
    const renderer = new TerminalRenderer(style, page.url);
    return `${renderer.render(page.markdown)}\n${renderer.footer(docsUrl(code, isStructuralCode(code), base))}`;
}

/** The Markdown of a code's page and the URL its relative links resolve against. */
export function pageOf(code: string, base = DEFAULT_DOCS_BASE): { markdown: string; url: string } | undefined {
    const folder = base.endsWith('/') ? base : `${base}/`;
    if (RULES_BY_CODE.has(code)) {
        const markdown = RULE_DOCS[`${code}.md`];
        return markdown === undefined ? undefined : { markdown, url: `${folder}${code}.md` };
    }
    if (isStructuralCode(code)) {
        const section = structuralSection(RULE_DOCS['structural.md'] ?? '', code);
        if (section === undefined) return undefined;
        const intro = `# ${code}\n\nA structural check: always an error. It can't be turned off or downgraded in \`policy\`, and \`@allow\` doesn't silence it.\n\n`;
        // The section's own `## code` heading is the page's title now.
        return { markdown: intro + section.replace(new RegExp(`^\\s*## ${code}\\s*\\n`), ''), url: `${folder}structural.md` };
    }
    return undefined;
}

/** The part of structural.md from `<a id="code"></a>` up to the next such anchor. */
export function structuralSection(markdown: string, code: string): string | undefined {
    const anchor = `<a id="${code}"></a>`;
    const start = markdown.indexOf(anchor);
    if (start < 0) return undefined;
    const rest = markdown.slice(start + anchor.length);
    const next = rest.search(/<a id="[^"]*"><\/a>/);
    return next < 0 ? rest : rest.slice(0, next);
}

/** Every code with its one-line summary: rules with their default severity, then the structural checks. */
export function listCodes(style: RenderStyle): string {
    const c = pc.createColors(style.colour);
    const rules = [...RULES].sort((a, b) => a.meta.code.localeCompare(b.meta.code));
    const structural = Object.entries(STRUCTURAL_CODES).sort(([a], [b]) => a.localeCompare(b));
    const pad = allCodes().reduce((longest, code) => Math.max(longest, code.length), 0) + 2;
    const severityColour = { error: c.red, warning: c.yellow, info: c.blue };
    const lines = [c.bold('Rules (default severity; a network\'s policy can change it):')];
    for (const { meta } of rules) {
        lines.push(`  ${c.bold(meta.code.padEnd(pad))}${severityColour[meta.defaultSeverity](meta.defaultSeverity.padEnd(9))}${meta.summary}`);
    }
    lines.push('', c.bold('Structural checks (always errors):'));
    for (const [code, summary] of structural) lines.push(`  ${c.bold(code.padEnd(pad))}${summary}`);
    lines.push('', `partnership explain CODE shows the page of one code.`);
    return `${lines.join('\n')}\n`;
}

const ANSI = /\u001B\[[0-9;]*m|\u001B\]8;;[^\u001B]*\u001B\\/g;

/** The width of `text` on screen: without colour codes and hyperlink targets. */
function visibleLength(text: string): number {
    return text.replace(ANSI, '').length;
}

/** `text`'s words laid into lines of at most `width` columns, each line after `indent`. */
function wrap(text: string, width: number, indent: string): string[] {
    const words = text.split(/[ \t\n]+/).filter(Boolean);
    const lines: string[] = [];
    let line = '';
    let length = 0;
    const room = Math.max(20, width - indent.length);
    for (const word of words) {
        const size = visibleLength(word);
        if (line && length + 1 + size > room) {
            lines.push(line);
            line = word;
            length = size;
        } else {
            length += (line ? 1 : 0) + size;
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line) lines.push(line);
    return lines.map(l => indent + l);
}

/**
 * Markdown (marked's tokens) as terminal text. Without colour it is plain text: titles underlined
 * with = and -, `code` in backticks, links as `text (URL)`, code blocks indented by four spaces
 * without their fences. With colour, titles are bold and code is cyan; with hyperlinks, links are
 * OSC 8 links on their text. Relative links become absolute URLs against the page's URL.
 */
export class TerminalRenderer {
    private readonly c: ReturnType<typeof pc.createColors>;

    constructor(private readonly style: RenderStyle, private readonly pageUrl: string) {
        this.c = pc.createColors(style.colour);
    }

    render(markdown: string): string {
        return this.blocks(marked.lexer(markdown), '').join('\n\n') + '\n';
    }

    footer(url: string): string {
        const link = this.style.hyperlinks ? hyperlink(url, url) : url;
        return `${this.c.dim('Online:')} ${link}\n`;
    }

    /** The absolute URL of a link on the page. */
    url(href: string): string {
        try {
            return new URL(href, this.pageUrl).href;
        } catch {
            return href;
        }
    }

    /** Each block token as lines; the caller joins them. */
    private blocks(tokens: readonly Token[], indent: string, tight = false): string[] {
        const out: string[] = [];
        for (const token of tokens) {
            const text = this.block(token, indent);
            if (text !== undefined && text !== '') out.push(text);
        }
        return tight ? [out.join('\n')] : out;
    }

    private block(token: Token, indent: string): string | undefined {
        const c = this.c;
        switch (token.type) {
            case 'heading': {
                const { depth, tokens } = token as Tokens.Heading;
                const title = this.inline(tokens);
                if (this.style.colour) return indent + (depth === 1 ? c.bold(c.underline(title)) : c.bold(title));
                if (depth > 2) return indent + title;
                return `${indent}${title}\n${indent}${(depth === 1 ? '=' : '-').repeat(visibleLength(title))}`;
            }
            case 'paragraph':
            case 'text': {
                const { tokens, text } = token as Tokens.Paragraph | Tokens.Text;
                return wrap(tokens ? this.inline(tokens) : text, this.style.width, indent).join('\n');
            }
            case 'code': {
                const { text } = token as Tokens.Code;
                return text.split('\n').map(line => (line ? `${indent}    ${line}` : '')).join('\n');
            }
            case 'list': {
                const list = token as Tokens.List;
                const start = typeof list.start === 'number' ? list.start : 1;
                const items = list.items.map((item, i) => {
                    const marker = list.ordered ? `${start + i}. ` : '- ';
                    const inner = indent + ' '.repeat(marker.length);
                    const body = this.blocks(item.tokens, inner, !item.loose).join('\n\n');
                    return indent + (this.style.colour && !list.ordered ? c.dim('•') + ' ' : marker) + body.slice(inner.length);
                });
                return items.join(list.loose ? '\n\n' : '\n');
            }
            case 'blockquote':
                return this.blocks((token as Tokens.Blockquote).tokens, `${indent}    `).join('\n\n');
            case 'table': {
                const table = token as Tokens.Table;
                const rows = [table.header.map(cell => this.inline(cell.tokens)), ...table.rows.map(row => row.map(cell => this.inline(cell.tokens)))];
                const widths = table.header.map((_, column) => rows.reduce((widest, row) => Math.max(widest, visibleLength(row[column] ?? '')), 0));
                const line = (row: string[]) => indent + row.map((cell, column) => cell + ' '.repeat(widths[column] - visibleLength(cell))).join('  ').trimEnd();
                return [line(rows[0].map(cell => c.bold(cell))), indent + widths.map(w => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
            }
            case 'hr':
                return indent + c.dim('-'.repeat(Math.min(this.style.width, 40)));
            default:
                // space, html (anchors, comments), definitions: nothing to show.
                return undefined;
        }
    }

    private inline(tokens: readonly Token[] | undefined): string {
        if (!tokens) return '';
        const c = this.c;
        return tokens.map(token => {
            switch (token.type) {
                case 'text': {
                    const text = token as Tokens.Text;
                    return text.tokens ? this.inline(text.tokens) : text.text;
                }
                case 'escape':
                    return (token as Tokens.Escape).text;
                case 'strong':
                    return c.bold(this.inline((token as Tokens.Strong).tokens));
                case 'em':
                    return c.italic(this.inline((token as Tokens.Em).tokens));
                case 'del':
                    return this.inline((token as Tokens.Del).tokens);
                case 'codespan': {
                    const { text } = token as Tokens.Codespan;
                    return this.style.colour ? c.cyan(text) : `\`${text}\``;
                }
                case 'br':
                    return '\n';
                case 'link': {
                    const link = token as Tokens.Link;
                    const label = this.inline(link.tokens);
                    const url = this.url(link.href);
                    if (this.style.hyperlinks) return hyperlink(url, this.style.colour ? c.underline(label) : label);
                    return label === url || label === link.href ? url : `${label} (${c.dim(url)})`;
                }
                case 'image': {
                    const image = token as Tokens.Image;
                    return `[image: ${image.text}] (${this.url(image.href)})`;
                }
                default:
                    // Inline HTML (anchors) shows nothing.
                    return token.type === 'html' ? '' : ('text' in token ? String(token.text) : '');
            }
        }).join('');
    }
}
