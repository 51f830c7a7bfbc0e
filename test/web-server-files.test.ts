/**
 * The language server of VS Code for the web has no disk: the extension hands it the workspace's
 * files (packages/extension/src/server/client-file-system.ts). With those files, a network split
 * over several files links and validates as on the desktop; the client's news of a changed file
 * updates the findings; and closing a file in the editor keeps it in the network (it is read
 * again from the handed-over files), while an unsaved buffer that is closed is dropped.
 */
import { URI } from 'langium';
import { createPartnershipServices } from 'partnership-language';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationToken, type Connection } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { ClientFileSystem } from '../packages/extension/src/server/client-file-system.js';
import type { PartnershipDocumentUpdateHandler } from '../packages/language/src/lsp/document-update-handler.js';
import { registerPartnershipRequests } from '../packages/extension/src/server/requests.js';
import { CHECKINS, GRAPH, REPORT, type CheckinsData, type GraphData, type ReportData } from '../packages/extension/src/protocol.js';

const ROOT = 'vscode-test-web://mount/';
const NETWORK = `network Coalition {
    us Hub
    budget 10 hours/month
}

partner Hub { sector nonprofit }
partner School { sector education }
`;
const ties = (effort: number) => `tie Hub -- School {
    effort ${effort} hours/month
    Hub gives space
    School gives volunteers
}
`;

async function workspace() {
    const files = new ClientFileSystem();
    files.replaceAll([
        { uri: `${ROOT}network.partnership`, text: NETWORK },
        { uri: `${ROOT}ties.partnership`, text: ties(12) }
    ]);
    const services = createPartnershipServices({ fileSystemProvider: () => files });
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: ROOT, name: 'mount' }]);
    // Opening the network file, as the editor does first: the network's files are validated.
    await services.shared.workspace.DocumentBuilder.update([URI.parse(`${ROOT}network.partnership`)], []);
    const codes = (name: string) => {
        const documents = services.shared.workspace.LangiumDocuments;
        const uri = URI.parse(`${ROOT}${name}`);
        return documents.hasDocument(uri) ? (documents.getDocument(uri)!.diagnostics ?? []).map(d => String(d.code)).sort() : undefined;
    };
    return { files, services, codes };
}

describe('the web language server on the files the client hands over', () => {
    test('reads the workspace folder from them: the network spans both files', async () => {
        const { codes, files } = await workspace();
        expect(files.readDirectorySync(URI.parse(ROOT)).map(n => n.uri.toString())).toEqual([`${ROOT}network.partnership`, `${ROOT}ties.partnership`]);
        // 12 h/month of tie effort against a 10 h/month budget, across the two files.
        expect(codes('network.partnership')).toContain('over-budget');
    });

    test("the client's news of a changed file updates the findings of the other file", async () => {
        const { codes, files, services } = await workspace();
        await files.apply({ changed: [{ uri: `${ROOT}ties.partnership`, text: ties(4) }], deleted: [] }, services.shared);
        expect(codes('network.partnership')).not.toContain('over-budget');
        await files.apply({ changed: [], deleted: [`${ROOT}ties.partnership`] }, services.shared);
        expect(codes('ties.partnership')).toBeUndefined();
        expect(files.existsSync(URI.parse(`${ROOT}ties.partnership`))).toBe(false);
    });

    test('a file closed in the editor stays in the network; a closed unsaved buffer is dropped', async () => {
        const { codes, services } = await workspace();
        const handler = services.shared.lsp.DocumentUpdateHandler as PartnershipDocumentUpdateHandler;
        // A read waits for the pending update (a write would cancel it).
        const settle = () => services.shared.workspace.WorkspaceLock.read(async () => undefined);
        handler.didCloseDocument({ document: TextDocument.create(`${ROOT}ties.partnership`, 'partnership', 1, ties(12)) });
        await new Promise(resolve => setTimeout(resolve, 50));
        await settle();
        expect(codes('ties.partnership')).toEqual([]);
        expect(codes('network.partnership')).toContain('over-budget');

        const untitled = 'untitled:Untitled-1.partnership';
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(ties(30), URI.parse(untitled));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        handler.didCloseDocument({ document: TextDocument.create(untitled, 'partnership', 1, ties(30)) });
        await new Promise(resolve => setTimeout(resolve, 50));
        await settle();
        expect(services.shared.workspace.LangiumDocuments.hasDocument(URI.parse(untitled))).toBe(false);
    });

    test('the report of a network named in another script is saved under its name', async () => {
        const files = new ClientFileSystem();
        files.replaceAll([{ uri: `${ROOT}network.partnership`, text: NETWORK.replace('network Coalition', 'network Église') }, { uri: `${ROOT}ties.partnership`, text: ties(4) }]);
        const services = createPartnershipServices({ fileSystemProvider: () => files });
        await services.shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: ROOT, name: 'mount' }]);
        await services.shared.workspace.DocumentBuilder.update([URI.parse(`${ROOT}network.partnership`)], []);
        const handlers = new Map<string, (params: { uri: string }, token: CancellationToken) => Promise<unknown>>();
        registerPartnershipRequests({ onRequest: (method: string, handler: never) => handlers.set(method, handler) } as unknown as Connection, services);
        const report = await handlers.get(REPORT)!({ uri: `${ROOT}network.partnership` }, CancellationToken.None) as ReportData;
        expect(report.fileName).toBe('Église-report.html');
    });

    test('the graph view keeps its layout while only attributes change, and lays out again when a tie comes', async () => {
        const { files, services } = await workspace();
        const handlers = new Map<string, (params: { uri: string }, token: CancellationToken) => Promise<unknown>>();
        registerPartnershipRequests({ onRequest: (method: string, handler: never) => handlers.set(method, handler) } as unknown as Connection, services);
        const graph = async () => await handlers.get(GRAPH)!({ uri: `${ROOT}network.partnership` }, CancellationToken.None) as GraphData;
        const positions = (data: GraphData) => data.nodes.map(n => `${n.id} ${n.x} ${n.y}`);
        const first = await graph();
        expect(first.edges.map(e => e.label)).toEqual(['strength not stated · 12 h/month']);
        await files.apply({ changed: [{ uri: `${ROOT}ties.partnership`, text: ties(4) }], deleted: [] }, services.shared);
        const second = await graph();
        expect(second.edges.map(e => e.label)).toEqual(['strength not stated · 4 h/month']);
        expect(positions(second)).toEqual(positions(first));
        await files.apply({ changed: [{ uri: `${ROOT}ties.partnership`, text: `${ties(4)}\npartner Clinic { sector healthcare }\n\ntie Clinic -- School {\n    effort 1 hour/month\n}\n` }], deleted: [] }, services.shared);
        const third = await graph();
        expect(third.nodes.map(n => n.id).sort()).toEqual(['Clinic', 'Hub', 'School']);
        expect(positions(third).filter(p => !p.startsWith('Clinic'))).not.toEqual(positions(first));
    });

    test('the Check-ins view\'s request: every network of the workspace with check-ins, by folder, as of the today setting', async () => {
        const files = new ClientFileSystem();
        files.replaceAll([
            { uri: `${ROOT}coalition/network.partnership`, text: NETWORK.replace('    us Hub\n', '    us Hub\n    checkin every 2 months\n') },
            { uri: `${ROOT}coalition/ties.partnership`, text: ties(4).replace('}', '    last-checkin 2026-08-20\n}') },
            { uri: `${ROOT}annex/loose.partnership`, text: 'partner Clinic "Eastside Clinic"\n\npartner Shelter\n\ntie Clinic -- Shelter {\n    checkin every 1 week\n    last-checkin 2026-11-02\n}\n' },
            { uri: `${ROOT}quiet/network.partnership`, text: 'network Quiet\n\npartner A\n\npartner B\n\ntie A -- B {\n    last-checkin 2026-01-01\n}\n' }
        ]);
        const services = createPartnershipServices({ fileSystemProvider: () => files });
        services.Partnership.network.Settings.today = '2026-11-01';
        // The folders as the client's `initialize` gives them: folders are named relative to them.
        services.shared.workspace.WorkspaceManager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: ROOT, name: 'mount' }] });
        await services.shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: ROOT, name: 'mount' }]);
        const handlers = new Map<string, (params: unknown, token: CancellationToken) => Promise<unknown>>();
        registerPartnershipRequests({ onRequest: (method: string, handler: never) => handlers.set(method, handler) } as unknown as Connection, services);
        const checkins = async () => await handlers.get(CHECKINS)!({}, CancellationToken.None) as CheckinsData;
        const lines = (data: CheckinsData) => data.networks.map(n => [`${n.name} (${n.folder})`, ...(['overdue', 'dueThisMonth', 'later', 'never'] as const)
            .flatMap(group => n[group].map(c => `${group}: ${c.partners.map(p => p.title).join(' — ')}, due ${c.due}${c.overdueDays ? `, ${c.overdueDays} days late` : ''}`))]);
        const first = await checkins();
        expect(first.today).toBe('2026-11-01');
        // Quiet has no cadence: no check-ins, left out.
        expect(lines(first)).toEqual([
            ['Loose files in annex (annex)', 'dueThisMonth: Eastside Clinic — Shelter, due 2026-11-09'],
            ['Coalition (coalition)', 'overdue: Hub — School, due 2026-10-20, 12 days late']
        ]);
        const [tie] = first.networks[1].overdue;
        expect(tie.location).toEqual({ uri: `${ROOT}coalition/ties.partnership`, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 1 } } });
        // `tie Hub -- School`: where the view puts the cursor.
        expect(tie.nameLocation.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 17 } });
        expect([tie.tie, tie.lastCheckin, tie.cadence, tie.cadenceOf, first.networks[1].title]).toEqual(['Hub -- School', '2026-08-20', 'every 2 months', 'network', undefined]);
        // An edit the client reports: the next answer has it.
        await files.apply({ changed: [{ uri: `${ROOT}coalition/ties.partnership`, text: ties(4).replace('}', '    last-checkin 2026-10-30\n}') }], deleted: [] }, services.shared);
        expect(lines(await checkins())[1]).toEqual(['Coalition (coalition)', 'later: Hub — School, due 2026-12-30']);
    });
});
