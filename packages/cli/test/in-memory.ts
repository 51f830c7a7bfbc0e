/**
 * Builds networks from texts in memory (no disk, no CLI process) with the same language services as
 * the CLI, for the unit tests of the CLI's pure parts: the diff, the CSV and the SARIF output.
 */
import { EmptyFileSystem, URI } from 'langium';
import { createPartnershipServices, thresholdOf } from 'partnership-language';
import { folderOfGroup, type NetworkSnapshot } from '../src/diff.js';
import { networkReport, type NetworkReport } from 'partnership-views';

export type Services = ReturnType<typeof createPartnershipServices>;

/** Builds `{ 'folder/file.partnership': text }` under file:///ws/ and returns the services and the network group keys, sorted. */
export async function buildFiles(files: Record<string, string>, today = '2026-11-01'): Promise<{ services: Services; keys: string[] }> {
    const services = createPartnershipServices(EmptyFileSystem);
    services.Partnership.network.Settings.today = today;
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = Object.entries(files).map(([name, text]) => {
        const document = LangiumDocumentFactory.fromString(text, URI.parse(`file:///ws/${name}`));
        LangiumDocuments.addDocument(document);
        return document;
    });
    await DocumentBuilder.build(documents, { validation: true });
    const keys = [...new Set(documents.map(doc => services.shared.network.Groups.groupOf(doc.uri)))].sort();
    return { services, keys };
}

/** One side of a diff: each network's model, findings and analysis, as `partnership diff` loads them from a folder. */
export async function snapshotsOf(files: Record<string, string>): Promise<NetworkSnapshot[]> {
    const { services, keys } = await buildFiles(files);
    return keys.map(key => {
        const result = services.Partnership.network.Analyzer.resultFor(key);
        const network = result.network;
        return {
            name: network.declaration?.name,
            folder: folderOfGroup(key, '/ws'),
            title: network.declaration?.title,
            network,
            findings: result.findings,
            analysis: result.analysis(),
            brokerFrom: thresholdOf(network, 'broker-betweenness')
        };
    });
}

/** The metrics reports of the networks, as `partnership metrics` makes them; paths are shown relative to file:///ws/. */
export async function reportsOf(files: Record<string, string>): Promise<NetworkReport[]> {
    const { services, keys } = await buildFiles(files);
    const displayPath = (uri: URI) => decodeURIComponent(uri.path.replace(/^\/ws\/?/, '')) || '.';
    return keys.map(key => networkReport({ services, displayPath }, key));
}
