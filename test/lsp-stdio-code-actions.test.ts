/**
 * Quick fixes over stdio: the built language server answers `textDocument/codeAction` for the
 * diagnostics it published, with WorkspaceEdits that, applied the way an editor applies them (and
 * sent back as a change), clear the finding.
 *
 * Needs the build output (`npm run build`). Each test works in its own network folder.
 */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver-protocol';
import { useLspServer } from './lsp-client.js';

const WAIT_MS = 15_000;

const server = useLspServer('actions', { initializationOptions: { today: '2026-11-01' } });

/** The current text of every open document, by URI. */
const texts = new Map<string, string>();

async function openFile(path: string, text: string): Promise<string> {
    const uri = await server.openFile(path, text);
    texts.set(uri, text);
    return uri;
}

const withCode = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some(d => d.code === code);
const withoutCode = (code: string) => (diagnostics: Diagnostic[]) => !diagnostics.some(d => d.code === code);

async function codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const params: CodeActionParams = { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } };
    const result = await server.client.connection.sendRequest<Array<CodeAction | Command> | null>(CodeActionRequest.method, params);
    return (result ?? []) as CodeAction[];
}

/** Applies a code action's edit as an editor would: to the open documents, sent as changes. */
async function applyAction(action: CodeAction): Promise<void> {
    for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
        const text = texts.get(uri);
        if (text === undefined) throw new Error(`edit of a document that is not open: ${uri}`);
        const edited = TextDocument.applyEdits(TextDocument.create(uri, 'partnership', 1, text), edits);
        texts.set(uri, edited);
        await server.client.change(uri, edited);
    }
}

const NETWORK = `network Reading {
    us Library
}

goal Literacy {
    cocreated-by Library, School
}

role Tutoring {
    provides volunteers
    serves Literacy
}

partner Library { sector government  plays Tutoring }
partner School { sector education  plays Tutoring }
`;

describe('quick fixes over stdio', () => {
    it('announces code actions', () => {
        expect(server.initializeResult.capabilities.codeActionProvider).toBeTruthy();
    });

    it('fixes partner-without-role by assigning a role', async () => {
        const networkUri = await openFile('roles/network.partnership', NETWORK);
        const partnersText = `partner Radio "Eastside Radio" {
    sector media
}
`;
        const partnersUri = await openFile('roles/partners.partnership', partnersText);
        await openFile('roles/ties.partnership', 'tie Library -- School { Library gives space  School gives volunteers }\ntie Library -- Radio { Library gives space  Radio gives visibility }\n');
        const [diagnostic] = (await server.client.waitForDiagnostics(partnersUri, withCode('partner-without-role'), WAIT_MS))
            .filter(d => d.code === 'partner-without-role');
        const actions = await codeActions(partnersUri, diagnostic);
        expect(actions.map(a => a.title)).toEqual([
            'Assign role Tutoring to Radio',
            'Create role RadioRole for Radio in network.partnership',
            'Allow partner-without-role here'
        ]);
        expect(actions.every(a => a.kind === 'quickfix')).toBe(true);
        const [assign, stub] = actions;
        expect(assign.isPreferred).toBe(true);
        expect(assign.diagnostics).toEqual([diagnostic]);
        expect(assign.edit).toEqual({
            changes: { [partnersUri]: [{ range: { start: { line: 1, character: 16 }, end: { line: 1, character: 16 } }, newText: '\n    plays Tutoring' }] }
        });
        expect(stub.edit?.changes?.[networkUri]).toEqual([
            { range: { start: { line: 11, character: 1 }, end: { line: 11, character: 1 } }, newText: '\n\nrole RadioRole' }
        ]);

        await applyAction(assign);
        expect(texts.get(partnersUri)).toBe('partner Radio "Eastside Radio" {\n    sector media\n    plays Tutoring\n}\n');
        expect(await server.client.waitForDiagnostics(partnersUri, withoutCode('partner-without-role'), WAIT_MS)).toEqual([]);
    });

    it('fixes one-sided-tie by adding what the other side gives', async () => {
        // Only School gives (were it only Library, `us`, that would be giving first: no finding).
        const tiesText = `tie Library -- School {
    effort 2 hours/month
    School gives volunteers
}
`;
        await openFile('gives/network.partnership', NETWORK);
        const tiesUri = await openFile('gives/ties.partnership', tiesText);
        const [diagnostic] = (await server.client.waitForDiagnostics(tiesUri, withCode('one-sided-tie'), WAIT_MS)).filter(d => d.code === 'one-sided-tie');
        const actions = await codeActions(tiesUri, diagnostic);
        // The diagnostic is in a tie: the tie's own action comes last.
        expect(actions.map(a => a.title)).toEqual(['Add what Library gives (Library gives volunteers)', 'Allow one-sided-tie here', 'Record a check-in today (last-checkin 2026-11-01)']);
        expect(actions[0].edit).toEqual({
            changes: { [tiesUri]: [{ range: { start: { line: 2, character: 27 }, end: { line: 2, character: 27 } }, newText: '\n    Library gives volunteers' }] }
        });
        expect(actions[1].edit).toEqual({
            changes: { [tiesUri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '// @allow one-sided-tie -- reason\n' }] }
        });
        await applyAction(actions[0]);
        expect(await server.client.waitForDiagnostics(tiesUri, withoutCode('one-sided-tie'), WAIT_MS)).toEqual([]);
    });

    it('fixes an unresolved reference by creating the partner in the partners file', async () => {
        await openFile('create/network.partnership', NETWORK);
        await openFile('create/partners.partnership', 'partner Clinic { sector healthcare  plays Tutoring }\n');
        const tiesUri = await openFile('create/ties.partnership', 'tie Library -- School { Library gives space  School gives volunteers }\ntie Clinic -- Shelter { Clinic gives data  Shelter gives space }\n');
        const unresolved = (await server.client.waitForDiagnostics(tiesUri, withCode('unresolved-reference'), WAIT_MS)).filter(d => d.code === 'unresolved-reference');
        expect(unresolved.map(d => d.message)).toEqual([expect.stringContaining("Unknown partner 'Shelter'"), expect.stringContaining("Unknown partner 'Shelter'")]);
        const actions = await codeActions(tiesUri, unresolved[0]);
        // The network file holds two partners, partners.partnership one.
        expect(actions.map(a => a.title)).toEqual(['Create partner Shelter in network.partnership', 'Record a check-in today (last-checkin 2026-11-01)']);
        await applyAction(actions[0]);
        expect(await server.client.waitForDiagnostics(tiesUri, withoutCode('unresolved-reference'), WAIT_MS)).toEqual([]);
    });

    it('records a check-in today: the fix of overdue-checkin, and on a tie at the cursor', async () => {
        const network = NETWORK.replace('    us Library\n', '    us Library\n    checkin every 3 months\n');
        await openFile('checkin/network.partnership', network);
        const tiesText = 'tie Library -- School {\r\n    Library gives space\r\n    School gives volunteers\r\n    last-checkin 2026-06-30\r\n}\r\n';
        const tiesUri = await openFile('checkin/ties.partnership', tiesText);
        const [overdue] = (await server.client.waitForDiagnostics(tiesUri, withCode('overdue-checkin'), WAIT_MS)).filter(d => d.code === 'overdue-checkin');
        const actions = await codeActions(tiesUri, overdue);
        expect(actions.map(a => [a.title, a.kind, a.isPreferred])).toEqual([['Record a check-in today (last-checkin 2026-11-01)', 'quickfix', true], ['Allow overdue-checkin here', 'quickfix', false]]);
        expect(actions[0].diagnostics).toEqual([overdue]);
        expect(actions[0].edit).toEqual({ changes: { [tiesUri]: [{ range: { start: { line: 3, character: 17 }, end: { line: 3, character: 27 } }, newText: '2026-11-01' }] } });
        await applyAction(actions[0]);
        expect(texts.get(tiesUri)).toBe(tiesText.replace('2026-06-30', '2026-11-01'));
        expect(await server.client.waitForDiagnostics(tiesUri, withoutCode('overdue-checkin'), WAIT_MS)).toEqual([]);

        // A tie without the line, the cursor on its header and no diagnostic: the line is added.
        const otherUri = await openFile('checkin/more.partnership', 'partner Clinic { sector healthcare  plays Tutoring }\n\ntie Clinic -- Library { }\n');
        await server.client.waitForDiagnostics(otherUri, withCode('never-checked-in'), WAIT_MS);
        const cursor = { start: { line: 2, character: 5 }, end: { line: 2, character: 5 } };
        const atCursor = await server.client.connection.sendRequest<CodeAction[] | null>(CodeActionRequest.method, { textDocument: { uri: otherUri }, range: cursor, context: { diagnostics: [] } } satisfies CodeActionParams);
        expect(atCursor?.map(a => [a.title, a.isPreferred, a.diagnostics])).toEqual([['Record a check-in today (last-checkin 2026-11-01)', false, undefined]]);
        await applyAction(atCursor![0]);
        expect(texts.get(otherUri)).toBe('partner Clinic { sector healthcare  plays Tutoring }\n\ntie Clinic -- Library {\n    last-checkin 2026-11-01\n}\n');
        expect(await server.client.waitForDiagnostics(otherUri, withoutCode('never-checked-in'), WAIT_MS)).toEqual([]);
    });

    it('allows a network finding above the network line, extending an @allow comment already there', async () => {
        const text = `// @allow no-backbone -- we are the backbone
network Budget {
    us Library
    budget 1 hour/month
    purpose joint-action
}
`;
        const networkUri = await openFile('allow/network.partnership', text);
        await openFile('allow/rest.partnership', NETWORK.slice(NETWORK.indexOf('goal')) + 'tie Library -- School { effort 2 hours/month  Library gives space  School gives volunteers }\n');
        const [diagnostic] = (await server.client.waitForDiagnostics(networkUri, withCode('over-budget'), WAIT_MS)).filter(d => d.code === 'over-budget');
        const actions = await codeActions(networkUri, diagnostic);
        expect(actions.map(a => a.title)).toEqual(['Allow over-budget here']);
        expect(actions[0].edit).toEqual({
            changes: { [networkUri]: [{ range: { start: { line: 0, character: 21 }, end: { line: 0, character: 21 } }, newText: ', over-budget' }] }
        });
        await applyAction(actions[0]);
        expect(texts.get(networkUri)).toBe(text.replace('no-backbone', 'no-backbone, over-budget'));
        expect(await server.client.waitForDiagnostics(networkUri, withoutCode('over-budget'), WAIT_MS)).toEqual([]);
    });
});
