/**
 * No call in the sources spreads a list that can be long into its arguments: `push(...findings)`,
 * `Math.max(...rows)`, `f(...items)` pass every item as an argument, and past about 125,000 of them
 * the call overflows the stack. That is how a document with 130,000 findings lost them all (Langium's
 * document validator, `diagnostics.push(...)`: "✔ no problems", exit 0). Long lists are appended with
 * pushAll and measured with maxOf / minOf (packages/language/src/utils/arrays.ts), or by a loop.
 *
 * The test reads every source file of the packages with the TypeScript parser and lists each call
 * with a spread argument (`new X(...a)` too); the few that are allowed are in ALLOWED, each with why
 * its list is short. A spread in an array literal (`[...a, ...b]`) copies without a call and is fine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { ROOT } from './cli-run.js';

/**
 * The calls allowed to spread, as `file: callee(...spread)`, with the reason their lists stay short.
 * The history entries are known long lists in files of the history work (packages/cli/src/history.ts).
 */
const ALLOWED: Record<string, string> = {
    'packages/language/src/main.ts: format(...args)': "console.log's own arguments, passed on",
    'packages/extension/src/client/common.ts: String.fromCharCode(...bytes.subarray(i, i + 0x8000))': 'chunks of 32,768 bytes',
    'packages/extension/src/client/common.ts: vscode.window.showInformationMessage(...(open ? [open] : []))': 'one button or none',
    'packages/language/src/lsp/code-actions.ts: actions.push(...this.assignRoleActions(diagnostic, fix.partner))': 'a quick fix per role of the network, for one diagnostic',
    'packages/language/src/lsp/code-actions.ts: actions.push(...this.addGivesActions(diagnostic, fix.tie, fix.giver))': 'a quick fix or two, for one diagnostic',
    'packages/language/src/lsp/code-actions.ts: actions.push(...this.addPropertyActions(diagnostic, fix.element, fix.lines, fix.title))': 'one quick fix, for one diagnostic',
    'packages/language/src/lsp/code-actions.ts: actions.push(...this.allowActions(diagnostic, code, element))': 'two quick fixes, for one diagnostic',
    "packages/views/src/graph-export.ts: out.push(...data('g', GRAPHML_GRAPH_KEYS, graph.getAttributes(), '    '))": 'one line per GraphML graph key (a fixed handful)',
    "packages/views/src/graph-export.ts: out.push(...data('n', GRAPHML_NODE_KEYS, a))": 'one line per GraphML node key (a fixed handful)',
    "packages/views/src/graph-export.ts: out.push(...data('e', GRAPHML_EDGE_KEYS, a))": 'one line per GraphML edge key (a fixed handful)',
    "packages/cli/src/diff.ts: path.join(...file.split('/'))": "a path's segments",
    "packages/cli/src/history.ts: path.join(...file.split('/'))": "a path's segments",
    "packages/cli/src/diff.ts: path.join(...(inRepository === '' ? [] : inRepository.split('/')))": "a path's segments",
    'packages/cli/src/files.ts: path.join(...segments.slice(0, index + 1))': "a path's segments",
    'packages/cli/src/memory.ts: Math.min(...V8_CRASH.map(mark => s.indexOf(mark)).filter(i => i >= 0))': "one index per V8 crash marker (a fixed handful)",
    'packages/language/src/lsp/request-gate.ts: handler(...rest)': "a request handler's own arguments after the token, passed on",
    'packages/cli/src/history.ts: out.push(...textColumns(trend, [false, false, false]).map(line => `    ${line}`))': 'a few rows per network',
};

function sourceFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) return ['generated', 'node_modules', 'out', 'dist', 'test'].includes(entry.name) ? [] : sourceFiles(file);
        return /\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
    });
}

/** `file: callee(...spread)` of every spread argument of a call or `new` in the file. */
export function spreadCalls(file: string, text = readFileSync(file, 'utf8')): string[] {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const name = path.relative(ROOT, file).split(path.sep).join('/');
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
            const callee = `${ts.isNewExpression(node) ? 'new ' : ''}${node.expression.getText(source)}`;
            for (const argument of node.arguments ?? []) {
                if (ts.isSpreadElement(argument)) found.push(`${name}: ${callee}(${argument.getText(source).replace(/\s*\n\s*/g, ' ')})`);
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
}

const FILES = readdirSync(path.join(ROOT, 'packages')).flatMap(name => sourceFiles(path.join(ROOT, 'packages', name, 'src')));

describe('no call spreads a list that can be long into its arguments', () => {
    test('the finder finds such calls (and only calls)', () => {
        const file = path.join(ROOT, 'packages/x/src/example.ts');
        expect(spreadCalls(file, 'a.push(1, ...b);\nMath.max(...rows.map(r => r.n));\nnew Set(...c);\nconst d = [...e, ...f];\nfunction g(...h: number[]) { return h; }\n')).toEqual([
            'packages/x/src/example.ts: a.push(...b)',
            'packages/x/src/example.ts: Math.max(...rows.map(r => r.n))',
            'packages/x/src/example.ts: new Set(...c)'
        ]);
    });

    test(`the sources of every package (${FILES.length} files) have none beyond the allowed`, () => {
        expect(FILES.length).toBeGreaterThan(100);
        const calls = FILES.flatMap(file => spreadCalls(file));
        expect(calls.filter(call => !(call in ALLOWED))).toEqual([]);
        // An allowed call that is gone (or was changed) is taken off the list.
        expect(Object.keys(ALLOWED).filter(call => !calls.includes(call))).toEqual([]);
    });
});
