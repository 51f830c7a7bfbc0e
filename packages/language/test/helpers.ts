/**
 * Test helpers: build in-memory networks from several named files and read back diagnostics the
 * way the editor would see them.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createPartnershipServices } from '../src/partnership-module.js';

export interface Built {
    documents: Map<string, LangiumDocument>;
    /** Diagnostics of one file, as `line:col severity code` plus message. */
    diagnostics(file: string): Diagnostic[];
    /** All diagnostics of all files: `file:line:col code`. */
    summary(): string[];
    services: ReturnType<typeof createPartnershipServices>;
}

const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'];

/** Builds files given as { 'folder/file.partnership': text }, under file:///ws/. */
export async function build(files: Record<string, string>, options: { today?: string } = {}): Promise<Built> {
    const services = createPartnershipServices(EmptyFileSystem);
    services.Partnership.network.Settings.today = options.today ?? '2026-11-01';
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///ws/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return {
        documents,
        services,
        diagnostics: file => documents.get(file)?.diagnostics ?? [],
        summary: () => [...documents.entries()].flatMap(([file, doc]) => (doc.diagnostics ?? [])
            .map(d => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITIES[d.severity ?? 1]} ${d.code}`))
    };
}

/** Diagnostics of one file as `line:col severity code` strings, sorted. */
export function codes(diagnostics: Diagnostic[]): string[] {
    return diagnostics
        .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITIES[d.severity ?? 1]} ${d.code}`)
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The text a diagnostic's range covers. */
export function covered(document: LangiumDocument, diagnostic: Diagnostic): string {
    return document.textDocument.getText(diagnostic.range);
}
