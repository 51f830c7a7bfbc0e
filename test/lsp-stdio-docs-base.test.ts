/**
 * `ruleDocsBase` in the initialization options: every documentation link the server gives (the
 * diagnostics' code descriptions of rules and structural checks, rule hovers in policies and
 * `@allow` comments, completion of rule codes) points under it. The base is the server's own
 * setting, not a module-wide default: a second server in the same test run keeps the default.
 *
 * Needs the build output (`npm run build`).
 */
import { describe, expect, it } from 'vitest';
import type { CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { useLspServer } from './lsp-client.js';

const MIRROR = 'https://mirror.example.org/partnership/rules';
const DEFAULT = 'https://github.com/partnership-lang/partnership-lang/blob/main/docs/rules/';

const mirrored = useLspServer('docs-base', { initializationOptions: { today: '2026-11-01', ruleDocsBase: MIRROR } });
const plain = useLspServer('docs-default', { initializationOptions: { today: '2026-11-01' } });

const TEXT = `network N {
    us A
    policy {
        rule unused-role warning
    }
}

role Idle

// @allow partner-without-role -- a test
partner A { sector nonprofit }

partner B { sector nonprofit }

tie A -- A
`;

describe('ruleDocsBase', () => {
    it('links diagnostics of rules and of structural checks under the configured base', async () => {
        const uri = await mirrored.openFile('n/network.partnership', TEXT);
        const diagnostics = await mirrored.client.waitForDiagnostics(uri, list => list.some(d => d.code === 'self-tie'));
        const links = Object.fromEntries(diagnostics.map(d => [String(d.code), d.codeDescription?.href]));
        expect(links['unused-role']).toBe(`${MIRROR}/unused-role.md`);
        expect(links['self-tie']).toBe(`${MIRROR}/structural.md#self-tie`);
        expect(links['partner-without-role']).toBe(`${MIRROR}/partner-without-role.md`);
    });

    it('links rule hovers and rule completions under it', async () => {
        const uri = await mirrored.openFile('h/network.partnership', TEXT);
        const line = TEXT.split('\n').findIndex(l => l.includes('rule unused-role'));
        const hover = await mirrored.client.connection.sendRequest<Hover | null>('textDocument/hover', {
            textDocument: { uri }, position: { line, character: TEXT.split('\n')[line].indexOf('unused-role') + 2 }
        });
        expect((hover?.contents as MarkupContent).value).toContain(`(${MIRROR}/unused-role.md)`);
        const allowLine = TEXT.split('\n').findIndex(l => l.includes('@allow'));
        const allowHover = await mirrored.client.connection.sendRequest<Hover | null>('textDocument/hover', {
            textDocument: { uri }, position: { line: allowLine, character: TEXT.split('\n')[allowLine].indexOf('partner-without-role') + 2 }
        });
        expect((allowHover?.contents as MarkupContent).value).toContain(`(${MIRROR}/partner-without-role.md)`);
        const completion = await mirrored.client.connection.sendRequest<CompletionList | null>('textDocument/completion', {
            textDocument: { uri }, position: { line, character: TEXT.split('\n')[line].indexOf('unused-role') }
        });
        const item = completion?.items.find(i => i.label === 'unused-role');
        const resolved = item?.documentation ?? (item && await mirrored.client.connection.sendRequest<typeof item>('completionItem/resolve', item))?.documentation;
        expect(JSON.stringify(resolved)).toContain(`${MIRROR}/unused-role.md`);
    });

    it('leaves another server at the default', async () => {
        const uri = await plain.openFile('n/network.partnership', TEXT);
        const diagnostics = await plain.client.waitForDiagnostics(uri, list => list.some(d => d.code === 'self-tie'));
        expect(diagnostics.find(d => d.code === 'unused-role')?.codeDescription?.href).toBe(`${DEFAULT}unused-role.md`);
        expect(diagnostics.find(d => d.code === 'self-tie')?.codeDescription?.href).toBe(`${DEFAULT}structural.md#self-tie`);
    });
});
