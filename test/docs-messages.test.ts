/**
 * Every message quoted in docs/ is what the tool prints.
 *
 * - Each ```partnership block followed by an output block (lines like `network.partnership:2:21
 *   error ... [code]`) is validated alone as network.partnership in a folder named `coalition`, with
 *   --today 2026-11-01. The output block must be exactly the findings printed of the codes it shows
 *   (a page may show only the finding it is about: "The examples below show only the structural
 *   diagnostic").
 * - A block listing files (`coalition/network.partnership   network Coalition`, one line each)
 *   followed by an output block: those files are written and their folder validated.
 * - A block starting `$ partnership validate ...` is run from the repository's root and must print
 *   the rest of the block.
 * - Messages quoted inline after "the message is", "the message reads"... (QUOTED below) are
 *   checked by running the input the page describes.
 *
 * The rule pages' "## Example" pairs are test/docs-examples.test.ts's. A pair that can't be checked
 * is marked in the page, before its output block, with `<!-- not-checked: reason -->`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runCli, textFindings } from './cli-run.js';
import { RULES_BY_CODE } from '../packages/language/src/rules/index.js';

const TODAY = '2026-11-01';
const FINDING = /^(\S+\.partnership):\d+:\d+ (error|warning|info) .* \[([\w-]+)\]$/;
const LISTING = /^(\S+\.partnership)\s{2,}(.+)$/;
const NOT_CHECKED = /<!--\s*not-checked:\s*(.+?)\s*-->/;


interface Block {
    lang: string;
    body: string;
    /** 1-based line of the opening fence. */
    line: number;
    /** The text between the previous block (or the page's start) and this one. */
    before: string;
}

function blocksOf(markdown: string): Block[] {
    const blocks: Block[] = [];
    let end = 0;
    for (const match of markdown.matchAll(/^ *```(\w*)\n([\s\S]*?)^ *```$/gm)) {
        blocks.push({ lang: match[1], body: match[2], line: markdown.slice(0, match.index).split('\n').length, before: markdown.slice(end, match.index) });
        end = match.index + match[0].length;
    }
    return blocks;
}

const isOutput = (block: Block) => block.lang === '' && FINDING.test(block.body.split('\n')[0]);
const isListing = (block: Block) => block.lang === '' && block.body.trimEnd().split('\n').every(line => LISTING.test(line));
const isCommand = (block: Block) => block.lang === '' && block.body.startsWith('$ partnership validate ') && !block.body.includes('--format');

const PAGES = [
    ...readdirSync(path.join(ROOT, 'docs')).filter(file => file.endsWith('.md')).map(file => `docs/${file}`),
    ...readdirSync(path.join(ROOT, 'docs/rules')).filter(file => file.endsWith('.md')).map(file => `docs/rules/${file}`)
].sort();

interface Pair {
    /** page#anchor (the section's anchor or heading) and line, for the test's name. */
    name: string;
    page: string;
    kind: 'source' | 'files' | 'command';
    input: Block;
    output: Block;
}

/** The nearest anchor (`<a id>`) or heading above `line`, as the section's id. */
function sectionAt(markdown: string, line: number): string {
    const lines = markdown.split('\n').slice(0, line - 1).reverse();
    for (const text of lines) {
        const anchor = /<a id="([^"]+)"><\/a>/.exec(text);
        if (anchor) return anchor[1];
        const heading = /^#{1,6} (.+)$/.exec(text);
        if (heading) return heading[1].toLowerCase().replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-');
    }
    return '';
}

/** The pairs of a page, and its output blocks that belong to no pair. */
function pairsOf(page: string): { pairs: Pair[]; unpaired: Block[]; skipped: Array<{ block: Block; reason: string }> } {
    const markdown = readFileSync(path.join(ROOT, page), 'utf8');
    const blocks = blocksOf(markdown);
    const pairs: Pair[] = [];
    const unpaired: Block[] = [];
    const skipped: Array<{ block: Block; reason: string }> = [];
    // A rule page's example is test/docs-examples.test.ts's.
    const ruleCode = /^docs\/rules\/(.+)\.md$/.exec(page)?.[1];
    const exampleAt = ruleCode && RULES_BY_CODE.has(ruleCode) ? markdown.split('\n').findIndex(line => /^## Example\s*$/.test(line)) + 1 : 0;
    let exampleTaken = false;
    blocks.forEach((block, i) => {
        if (isCommand(block)) {
            const reason = NOT_CHECKED.exec(block.before)?.[1];
            if (reason) skipped.push({ block, reason });
            else pairs.push({ name: `${page}#${sectionAt(markdown, block.line)}:${block.line}`, page, kind: 'command', input: block, output: block });
            return;
        }
        if (!isOutput(block)) return;
        const input = blocks[i - 1];
        const reason = NOT_CHECKED.exec(block.before)?.[1] ?? (input ? NOT_CHECKED.exec(input.before)?.[1] : undefined);
        if (reason) {
            skipped.push({ block, reason });
            return;
        }
        const kind = input?.lang === 'partnership' ? 'source' : input && isListing(input) ? 'files' : undefined;
        if (!kind) {
            unpaired.push(block);
            return;
        }
        if (exampleAt > 0 && !exampleTaken && input.line > exampleAt) {
            exampleTaken = true;
            return;
        }
        pairs.push({ name: `${page}#${sectionAt(markdown, input.line)}`, page, kind, input, output: block });
    });
    return { pairs, unpaired, skipped };
}

const ALL = PAGES.map(page => ({ page, ...pairsOf(page) }));
const PAIRS = ALL.flatMap(({ pairs }) => pairs);
// Two pairs in one section: tell them apart by line.
for (const pair of PAIRS) if (PAIRS.filter(other => other.name === pair.name).length > 1) pair.name += `:${pair.input.line}`;

/** The printed findings (each with its related lines) of the codes in `codes`, as lines. */
function findingsOf(stdout: string, codes: ReadonlySet<string>): string[] {
    const kept: string[] = [];
    let keeping = false;
    for (const line of stdout.split('\n')) {
        const match = FINDING.exec(line);
        if (match) keeping = codes.has(match[3]);
        else if (!line.startsWith('    ')) keeping = false;
        if (keeping) kept.push(line);
    }
    return kept;
}

/** A fresh folder named coalition; `files` written into it. */
function coalition(files: Record<string, string>): string {
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'docs-messages-')), 'coalition');
    for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
        writeFileSync(path.join(folder, file), text);
    }
    return folder;
}

function check(pair: Pair): void {
    const shown = pair.output.body.trimEnd().split('\n');
    if (pair.kind === 'command') {
        const [command, ...output] = shown;
        const args = command.slice('$ partnership '.length).split(' ');
        expect(runCli(args, ROOT).stdout.trimEnd().split('\n')).toEqual(output);
        return;
    }
    const codes = new Set(shown.flatMap(line => FINDING.exec(line)?.[3] ?? []));
    let run;
    if (pair.kind === 'source') {
        run = runCli(['validate', 'network.partnership', '--today', TODAY], coalition({ 'network.partnership': pair.input.body }));
    } else {
        const files = Object.fromEntries(pair.input.body.trimEnd().split('\n').map(line => {
            const [, file, text] = LISTING.exec(line)!;
            return [file.replace(/^coalition\//, ''), `${text}\n`];
        }));
        run = runCli(['validate', '.', '--today', TODAY], coalition(files));
    }
    expect(run.stderr).toBe('');
    expect(findingsOf(run.stdout, codes)).toEqual(shown);
}

describe('partnership blocks and their output', () => {
    test('there are pairs to check, in structural.md and language.md at least', () => {
        expect(PAIRS.filter(pair => pair.page === 'docs/rules/structural.md').length).toBeGreaterThanOrEqual(15);
        expect(PAIRS.some(pair => pair.page === 'docs/language.md')).toBe(true);
        expect(PAIRS.some(pair => pair.kind === 'files')).toBe(true);
    });

    test('every output block belongs to a pair, or says why it is not checked', () => {
        expect(ALL.flatMap(({ page, unpaired }) => unpaired.map(block => `${page}:${block.line}`))).toEqual([]);
        // Exceptions stay few.
        expect(ALL.flatMap(({ page, skipped }) => skipped.map(({ block, reason }) => `${page}:${block.line}: ${reason}`)).length).toBeLessThanOrEqual(3);
    });

    for (const pair of PAIRS) {
        test(pair.name, () => check(pair));
    }
});

/** The first `partnership` block under "## Example" of a rule page. */
function exampleOf(page: string): string {
    const section = readFileSync(path.join(ROOT, page), 'utf8').split(/^## Example\s*$/m)[1];
    return /^```partnership\n([\s\S]*?)^```$/m.exec(section)![1];
}

/** `text` with `from` replaced by `to`, which must be there. */
function edited(text: string, from: string, to: string): string {
    expect(text, `the example holds ${JSON.stringify(from)}`).toContain(from);
    return text.replace(from, to);
}

interface Quoted {
    page: string;
    /** As quoted, in backticks (line breaks as spaces). `...` at the end: the message starts so; at the start: it ends so. */
    quote: string;
    code: string;
    /** The files to validate, in a folder named coalition (`validate .` there) */
    files: () => Record<string, string>;
    /** Validate this folder of the files instead (a loose file's folder, say). */
    target?: string;
    /** The page says how the message ends ("the message would end `...`"). */
    ends?: boolean;
}

const QUOTED: Quoted[] = [
    {
        page: 'docs/rules/structural.md', code: 'duplicate-property',
        quote: 'Trust reliability is given twice; keep one score.',
        files: () => ({ 'network.partnership': 'network Demo\n\npartner FoodBank\npartner Clinic\n\ntie FoodBank -- Clinic {\n    trust reliability 4 reliability 5\n}\n' })
    },
    {
        page: 'docs/rules/structural.md', code: 'trust-out-of-range',
        quote: 'Trust score must be ...',
        files: () => ({ 'network.partnership': 'network Demo\n\npartner FoodBank\npartner Clinic\n\ntie FoodBank -- Clinic {\n    trust 6\n}\n' })
    },
    {
        page: 'docs/rules/structural.md', code: 'unresolved-reference',
        quote: "... is declared in folder 'notes' (no network declared there).",
        files: () => ({ 'notes/ideas.partnership': 'partner FoodBank\n\ntie FoodBank -- Clinic\n' }),
        target: 'notes'
    },
    {
        page: 'docs/language.md', code: 'unresolved-reference',
        quote: "'Funder' is a role, not a partner.",
        files: () => ({ 'network.partnership': 'network Demo {\n    us FoodBank\n    backbone Funder\n}\n\nrole Funder\n\npartner FoodBank\n' })
    },
    {
        page: 'docs/rules/goal-past-due.md', code: 'goal-past-due', ends: true,
        quote: 'The latest reading, 6 on 2026-07-31, meets the target: record when it was achieved (achieved YYYY-MM-DD).',
        files: () => ({ 'network.partnership': edited(exampleOf('docs/rules/goal-past-due.md'), 'progress 5 on 2026-07-31', 'progress 6 on 2026-07-31') })
    },
    {
        page: 'docs/rules/backbone-overloaded.md', code: 'backbone-overloaded',
        quote: "UnitedWay, the network's backbone, declares no capacity, so nobody can see whether it has the time to keep the coalition running (it is asked for 8 h/month now). ...",
        files: () => ({ 'network.partnership': edited(exampleOf('docs/rules/backbone-overloaded.md'), '    capacity 6 hours/month\n', '') })
    },
    {
        page: 'docs/rules/gatekeeper-not-tied.md', code: 'gatekeeper-not-tied',
        quote: 'Pastor is a gatekeeper, but FoodBank has no tie to it. Gatekeepers are trusted leaders who can connect FoodBank with the rest of the community: get to know it, ideally through a partner you both know, and record the tie.',
        files: () => ({ 'network.partnership': edited(exampleOf('docs/rules/gatekeeper-not-tied.md'), 'tie FoodBank -- Pastor  { strength weak }\n', '') })
    },
    {
        page: 'docs/rules/untrusted-broker.md', code: 'untrusted-broker',
        quote: 'Tenants is a broker (betweenness 0.6; the only link between parts of the network) but ...',
        files: () => ({ 'network.partnership': edited(exampleOf('docs/rules/untrusted-broker.md'), 'tie CountyHealth -- YouthLeague  { trust 3 }\n', '') })
    },
    {
        page: 'docs/rules/untrusted-broker.md', code: 'untrusted-broker',
        quote: 'Tenants is a broker (the only link between parts of the network) but ...',
        files: () => ({
            'network.partnership': edited(edited(exampleOf('docs/rules/untrusted-broker.md'), 'tie CountyHealth -- YouthLeague  { trust 3 }\n', ''),
                '    purpose joint-action\n', '    purpose joint-action\n    policy { broker-betweenness 0.9 }\n')
        })
    }
];

/** Quotes after "the message ..." that are not checked, with the reason. */
const QUOTES_NOT_CHECKED: Record<string, string> = {
    // Betweenness is estimated in networks of more than 5,000 partners only.
    'docs/rules/untrusted-broker.md: (betweenness 0.98, estimated)': 'an estimate needs a network of more than 5,000 partners',
    'docs/metrics.md: betweenness 0.98, estimated': 'an estimate needs a network of more than 5,000 partners'
};

const normalised = (text: string) => text.replace(/\s+/g, ' ');

describe('messages quoted inline', () => {
    test('every quote after "the message ..." in docs/ is checked here, or said why not', () => {
        const quotes = PAGES.flatMap(page => [...normalised(readFileSync(path.join(ROOT, page), 'utf8')).matchAll(/\bthe message (?:is|reads|says|names|would (?:read|end|begin))\b[^`.;|]{0,60}?`([^`]+)`/gi)]
            // Formats (`<Partner> is ...`) are not messages.
            .filter(match => !/<[\w-]+>/.test(match[1]))
            .map(match => `${page}: ${match[1]}`));
        const known = [...QUOTED.map(quoted => `${quoted.page}: ${quoted.quote}`), ...Object.keys(QUOTES_NOT_CHECKED)];
        expect(quotes.length).toBeGreaterThanOrEqual(QUOTED.length);
        expect(quotes.filter(quote => !known.includes(quote))).toEqual([]);
    });

    test.each(QUOTED.map(quoted => [`${quoted.page}: ${quoted.quote}`, quoted] as const))('%s', (_, quoted) => {
        expect(normalised(readFileSync(path.join(ROOT, quoted.page), 'utf8'))).toContain(`\`${quoted.quote}\``);
        const folder = coalition(quoted.files());
        const run = runCli(['validate', quoted.target ?? '.', '--today', TODAY], folder);
        const messages = textFindings(run.stdout).filter(finding => finding.code === quoted.code).map(finding => finding.message);
        const start = quoted.quote.endsWith(' ...') ? quoted.quote.slice(0, -4) : undefined;
        const end = quoted.quote.startsWith('... ') ? quoted.quote.slice(4) : quoted.ends ? quoted.quote : undefined;
        const matches = messages.filter(message => start !== undefined ? message.startsWith(start) : end !== undefined ? message.endsWith(end) : message === quoted.quote);
        expect(matches, messages.join('\n')).toHaveLength(1);
    });
});

test('structural.md: naming a rule of the catalog, low-trust-tie say, in policy is no unknown-rule', () => {
    expect(normalised(readFileSync(path.join(ROOT, 'docs/rules/structural.md'), 'utf8'))).toContain('`rule low-trust-tie off` turns that rule off and is no error');
    const folder = coalition({ 'network.partnership': 'network Demo {\n    policy {\n        rule low-trust-tie off\n    }\n}\n' });
    const run = runCli(['validate', '.', '--today', TODAY], folder);
    expect(textFindings(run.stdout).filter(finding => finding.code === 'unknown-rule')).toEqual([]);
    expect(run.status).toBe(0);
});
