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
import { describe, expect, test } from 'vitest';
import { ClientFileSystem } from '../packages/extension/src/server/client-file-system.js';
import { PartnershipDocumentUpdateHandler } from '../packages/language/src/lsp/document-update-handler.js';

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
});
