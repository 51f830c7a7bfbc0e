/**
 * The smaller syntax-tree nodes (parser/cst-nodes.ts) give what Langium's gave: every token's range
 * is the one the lexer reported, every node's offset, length, range and text are those of a tree
 * built with Langium's own node builder, and the diagnostics (ranges, related locations, messages)
 * of whole networks are the same.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CstUtils, EmptyFileSystem, isLeafCstNode, URI, type CstNode, type LangiumDocument } from 'langium';
import type { IToken } from 'chevrotain';
import { createPartnershipServices } from '../../src/partnership-module.js';
import { CompactLeafCstNode } from '../../src/parser/cst-nodes.js';
import { lineStarts } from '../../src/parser/syntax-errors.js';
import { generateNetwork } from '../../../../bench/generate-network.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Every .partnership file of the repository's examples and test fixtures. */
function repositoryFiles(): string[] {
    const found: string[] = [];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.name.endsWith('.partnership')) found.push(full);
        }
    };
    for (const folder of ['examples', 'test/fixtures', 'packages/language/test']) walk(path.join(repo, folder));
    return found.sort();
}

/** Texts that stress lines and columns: CRLF and lone CR line ends, comments over lines, wide characters, slips. */
const TRICKY: Record<string, string> = {
    'crlf.partnership': 'network N {\r\n    us A\r\n}\r\n\r\npartner A "A" {\r\n    sector nonprofit\r\n}\r\n/* a\r\n comment */ partner B "B" { sector faith }\r\ntie A -- B { effort 1 hour/month }\r\n',
    'cr.partnership': 'network N {\r    us A\r}\rpartner A "Á — 𝐀" {\r    sector nonprofit\r}\r// line comment\rtie A -- Z\r',
    'mixed.partnership': '/* header\n\r\n */\npartner Église "École 🎉" {\n\tsector education // trailing\n}\n\npartner مركز "مركز" { sector community-group }\ntie Église -- مركز {\n    trust reliability 4 mission 4 openness 3\n    Église gives funding\n}\n',
    'slips.partnership': 'network N {\n    us A\n    budget 40 hrs/month\n}\npartner A "A" {\n    sector\n    plays Measurement\n}\ntie A -- {\n    effort 4 hrs/month\n}\npartner B “curly” { sector faith }\ngoal\n@#\n',
    'empty.partnership': '',
    'unclosed.partnership': 'partner A "A" {\n    sector nonprofit\n\npartner B "B" {\n    sector faith\n}\n/* not closed\n'
};

/** Services with compact trees (what `partnership validate` uses), or with Langium's node builder (the default, the language server's). */
function services(stockBuilder = false) {
    const created = createPartnershipServices(EmptyFileSystem, { compactSyntaxTrees: !stockBuilder });
    created.Partnership.network.Settings.today = '2026-11-01';
    return created;
}

function allNodes(document: LangiumDocument): CstNode[] {
    const root = document.parseResult.value.$cstNode;
    return root ? [...CstUtils.streamCst(root)] : [];
}

/** The LSP range of a token as Langium's leaf took it from Chevrotain (lines and columns from 1, end column inclusive). */
function tokenRange(token: IToken) {
    return { start: { line: token.startLine! - 1, character: token.startColumn! - 1 }, end: { line: token.endLine! - 1, character: token.endColumn! } };
}

async function buildAll(files: Record<string, string>, stockBuilder: boolean): Promise<LangiumDocument[]> {
    const { shared } = services(stockBuilder);
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///ws/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

function generated(partners: number): Record<string, string> {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cst-nodes-'));
    try {
        generateNetwork(folder, partners, 4, 3);
        return Object.fromEntries(readdirSync(folder).sort().map(file => [`generated/${file}`, readFileSync(path.join(folder, file), 'utf8')]));
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

describe('line starts', () => {
    test('lines end at LF, CRLF and a lone CR', () => {
        expect([...lineStarts('')]).toEqual([0]);
        expect([...lineStarts('a\nb\r\nc\rd\n')]).toEqual([0, 2, 5, 7, 9]);
        expect([...lineStarts('\r\r\n\n')]).toEqual([0, 1, 3, 4]);
    });
});

describe('leaves', () => {
    const files = { ...TRICKY, ...Object.fromEntries(repositoryFiles().map(file => [path.relative(repo, file), readFileSync(file, 'utf8')])) };

    test.each(Object.keys(files))('%s: every leaf has the lexer\'s range, offset and length', name => {
        const text = files[name];
        const { Partnership } = services();
        const lexed = Partnership.parser.Lexer.tokenize(text);
        const byOffset = new Map<number, IToken>([...lexed.tokens, ...(lexed.hidden ?? [])].map(token => [token.startOffset, token]));
        const root = Partnership.parser.LangiumParser.parse(text).value.$cstNode!;
        let leaves = 0;
        for (const node of CstUtils.streamCst(root)) {
            if (!isLeafCstNode(node)) continue;
            leaves++;
            expect(node).toBeInstanceOf(CompactLeafCstNode);
            const token = byOffset.get(node.offset);
            expect(token, `a token at ${node.offset}`).toBeDefined();
            expect({ range: node.range, length: node.length, end: node.end, type: node.tokenType.name, text: node.text })
                .toEqual({ range: tokenRange(token!), length: token!.image.length, end: token!.startOffset + token!.image.length, type: token!.tokenType.name, text: token!.image });
            expect(node.hidden).toBe(node.grammarSource === undefined);
        }
        if (text.trim()) expect(leaves).toBeGreaterThan(0);
    });
});

test('the default services (the language server) keep Langium\'s leaves; compactSyntaxTrees gives the small ones', async () => {
    const text = TRICKY['slips.partnership'];
    const leafOf = async (stock: boolean) => {
        const [document] = await buildAll({ 'one.partnership': text }, stock);
        return [...CstUtils.streamCst(document.parseResult.value.$cstNode!)].find(isLeafCstNode)!;
    };
    expect(await leafOf(true)).not.toBeInstanceOf(CompactLeafCstNode);
    expect(await leafOf(false)).toBeInstanceOf(CompactLeafCstNode);
});

describe('against Langium\'s node builder', () => {
    const networks: Array<[string, Record<string, string>]> = [
        ['tricky texts', TRICKY],
        ['a generated 300-partner network', generated(300)],
        ...readdirSync(path.join(repo, 'examples'), { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => {
            const files: Record<string, string> = {};
            const walk = (folder: string) => {
                for (const item of readdirSync(folder, { withFileTypes: true })) {
                    const full = path.join(folder, item.name);
                    if (item.isDirectory()) walk(full);
                    else if (item.name.endsWith('.partnership')) files[path.relative(repo, full)] = readFileSync(full, 'utf8');
                }
            };
            walk(path.join(repo, 'examples', entry.name));
            return [`examples/${entry.name}`, files] as [string, Record<string, string>];
        })
    ];

    test.each(networks)('%s: the same tree positions and the same diagnostics', async (name, files) => {
        const [compact, stock] = await Promise.all([buildAll(files, false), buildAll(files, true)]);
        compact.forEach((document, i) => {
            const position = (node: CstNode) => ({ offset: node.offset, length: node.length, end: node.end, hidden: node.hidden, range: node.range, text: node.text, leaf: isLeafCstNode(node) });
            expect(allNodes(document).map(position)).toEqual(allNodes(stock[i]).map(position));
            expect(document.diagnostics).toEqual(stock[i].diagnostics);
        });
        // The texts made to go wrong, and the generated network (check-ins never recorded), have findings to compare.
        if (!name.startsWith('examples/')) expect(compact.some(document => (document.diagnostics ?? []).length > 0)).toBe(true);
    }, 60_000);
});

describe('ranges asked in any order', () => {
    // The compact nodes look for a line first near the last one asked (cst-nodes.ts lineAt): asked
    // backwards, by leaps, and alternating between two trees in one task, the answers are the same.
    test('backwards, shuffled and across two trees, the ranges of Langium\'s nodes', async () => {
        const files = { ...generated(60), 'tricky/mixed.partnership': TRICKY['mixed.partnership'], 'tricky/crlf.partnership': TRICKY['crlf.partnership'] };
        const [compact, stock] = await Promise.all([buildAll(files, false), buildAll(files, true)]);
        const pairs: Array<[CstNode, CstNode]> = [];
        compact.forEach((document, i) => {
            const stockNodes = allNodes(stock[i]);
            allNodes(document).forEach((node, j) => pairs.push([node, stockNodes[j]]));
        });
        let seed = 7;
        const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
        const orders = [[...pairs].reverse(), [...pairs].sort(() => random() - 0.5), pairs.filter((_, i) => i % 2 === 0).concat(pairs.filter((_, i) => i % 2 === 1))];
        for (const order of orders) {
            expect(order.map(([node]) => node.range)).toEqual(order.map(([, node]) => node.range));
        }
        expect(pairs.length).toBeGreaterThan(1000);
    }, 60_000);
});
