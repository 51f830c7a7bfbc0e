/**
 * Code lens over the `network` line: the state of the network as of the last build,
 * `load 41.6 / 40 h/month budget · 8 partners · 7 ties · density 0.25`.
 *
 * The lens carries the command `partnership.showMetrics` with the network file's URI as its one
 * argument. The server does not implement it: it is for the VS Code extension (see docs/editor.md).
 */
import type { CodeLensProvider } from 'langium/lsp';
import { Cancellation, type LangiumDocument } from 'langium';
import type { CodeLens } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { NetworkAnalyzer } from '../validation/network-analyzer.js';
import type { PartnershipServices } from '../partnership-module.js';
import { networkSummary } from './describe.js';
import { isAt } from './declarations.js';
import { refreshAfterBuilds } from './refresh.js';

/** The client-side command a network's code lens runs, with the network file's URI. */
export const SHOW_METRICS_COMMAND = 'partnership.showMetrics';

export class PartnershipCodeLensProvider implements CodeLensProvider {
    private readonly analyzer: NetworkAnalyzer;

    constructor(services: PartnershipServices) {
        this.analyzer = services.network.Analyzer;
        refreshAfterBuilds(services, 'codeLens');
    }

    async provideCodeLens(document: LangiumDocument, _params?: unknown, cancelToken = Cancellation.CancellationToken.None): Promise<CodeLens[]> {
        const root = document.parseResult?.value;
        if (!ast.isModel(root) || !root.elements.some(ast.isNetwork)) return [];
        const uri = document.uri.toString();
        const result = await this.analyzer.resultForDocumentAsync(uri, cancelToken);
        const declaration = result.network.declaration;
        // Only the network block the analysis uses: a second one in the folder tree is ignored.
        const node = root.elements.find(element => ast.isNetwork(element) && declaration !== undefined && isAt(declaration.location, uri, element));
        if (!declaration || !node?.$cstNode) return [];
        const range = { start: node.$cstNode.range.start, end: declaration.nameLocation.range.end };
        return [{ range, command: { title: networkSummary(result), command: SHOW_METRICS_COMMAND, arguments: [uri] } }];
    }
}
