/**
 * The extension's requests (src/protocol.ts), answered from the same built network as the
 * diagnostics: the status bar's summary, the graph view, the metrics view, the Check-ins view and the HTML report. The
 * views are those the CLI writes (`partnership-views`), so the editor and `partnership graph` /
 * `partnership report` draw the same picture.
 */
import { DocumentState, TextDocument, URI, UriUtils } from 'langium';
import { ImportError, importNetwork, importSummary } from 'partnership-views/import';
import type { Connection } from 'vscode-languageserver';
import { CancellationToken, ResponseError, ErrorCodes } from 'vscode-languageserver';
import { compareStrings, isLooseGroup, localToday, LOOSE_PREFIX, networkCheckins, StarterError, starterAnswers, starterFiles, type PartnershipServices, type PartnershipSharedServices } from 'partnership-language';
import {
    exportGraph, GOAL_COLUMNS, goalRows, goalViews, hasTrustValue, layout, METRICS_COLUMNS, metricsLegend, metricsRows, networkLabel, networkReport,
    renderReportHtml, sectorLegend, summaryRows, tieDescription, trustValueView, type NetworkReport, type ViewContext
} from 'partnership-views';
import {
    CHECKINS, GRAPH, IMPORT, METRICS, NETWORK_SUMMARY, REPORT, STARTER,
    type CheckinsData, type NetworkCheckinsData, type DocumentParams, type ImportParams, type ImportResult, type StarterParams, type StarterResult, type GraphData, type GraphEdge, type GraphNode, type MetricsData, type NetworkSummary, type ReportData
} from '../protocol.js';
import { baseName } from '../paths.js';

interface Services {
    shared: PartnershipSharedServices;
    Partnership: PartnershipServices;
}

export function registerPartnershipRequests(connection: Connection, services: Services): void {
    const context: ViewContext = { services, displayPath: uri => workspacePath(services, uri) };
    const layouts: LayoutCache = new Map();
    const gate = services.shared.requests.Gate;
    // In their place among the document updates, as the LSP requests (partnership-language's request gate).
    const withReport = <T>(handler: (report: NetworkReport) => T) =>
        (params: DocumentParams, token: CancellationToken) => gate.run(token, undefined, token => answerWithReport(params, token, handler));
    const answerWithReport = async <T>(params: DocumentParams, token: CancellationToken, handler: (report: NetworkReport) => T): Promise<T | null> => {
        const uri = URI.parse(params.uri);
        const documents = services.shared.workspace.LangiumDocuments;
        if (!documents.hasDocument(uri)) return null;
        // Answer from the build that includes the latest edits.
        await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        if (token.isCancellationRequested) throw new ResponseError(ErrorCodes.PendingResponseRejected, 'cancelled');
        if (!documents.hasDocument(uri)) return null;
        return handler(networkReport(context, services.shared.network.Groups.groupOf(uri)));
    };

    connection.onRequest(NETWORK_SUMMARY, withReport(report => summaryOf(services, report)));
    connection.onRequest(GRAPH, withReport(report => graphOf(services, context, report, layouts)));
    connection.onRequest(METRICS, withReport(report => metricsOf(services, report)));
    connection.onRequest(REPORT, withReport(report => reportOf(services, context, report)));
    connection.onRequest(CHECKINS, (_params: unknown, token: CancellationToken) => gate.run(token, undefined, async token => {
        // Answer from the build that includes the latest edits, of every document of the workspace.
        await services.shared.workspace.WorkspaceManager.ready;
        await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
        if (token.isCancellationRequested) throw new ResponseError(ErrorCodes.PendingResponseRejected, 'cancelled');
        return checkinsOf(services, context);
    }));
    connection.onRequest<ImportResult, void>(IMPORT, (params: ImportParams) => importOf(services, params));
    connection.onRequest<StarterResult, void>(STARTER, (params: StarterParams) => starterOf(params, services.Partnership.network.Settings.today ?? localToday()));
}

/**
 * The Check-ins view's data: per network of the workspace (each group of documents, loose files
 * included), its ties' check-ins on the rules' today; networks without any are left out.
 */
function checkinsOf(services: Services, context: ViewContext): CheckinsData {
    const today = services.Partnership.network.Settings.today ?? localToday();
    const groups = services.shared.network.Groups;
    const keys = new Set(services.shared.workspace.LangiumDocuments.all.map(doc => groups.groupOf(doc.uri)));
    const networks: NetworkCheckinsData[] = [];
    for (const key of keys) {
        const { network } = services.Partnership.network.Analyzer.resultFor(key);
        const checkins = networkCheckins(network, today);
        if (checkins.overdue.length + checkins.dueThisMonth.length + checkins.later.length + checkins.never.length === 0) continue;
        const folderUri = URI.parse(isLooseGroup(key) ? key.substring(LOOSE_PREFIX.length) : key);
        const folder = context.displayPath(folderUri) || '.';
        networks.push({
            name: network.declaration?.name ?? `Loose files in ${folder}`,
            title: network.declaration?.title,
            folder,
            overdue: checkins.overdue,
            dueThisMonth: checkins.dueThisMonth,
            later: checkins.later,
            never: checkins.never
        });
    }
    networks.sort((a, b) => compareStrings(a.folder, b.folder) || compareStrings(a.name, b.name));
    return { today, networks };
}

/** The starting network of "New Network…", or the answer that can't be used. */
function starterOf(params: StarterParams, today: string): StarterResult {
    try {
        const answers = starterAnswers(params.answers, params.folderName);
        return { answers, files: starterFiles(answers, params.today ?? today) };
    } catch (error) {
        if (error instanceof StarterError) return { error: { field: error.field, message: error.message } };
        throw error;
    }
}

/** A file's path relative to the workspace folder it is in (the whole URI's path otherwise). */
function workspacePath(services: Services, uri: URI): string {
    for (const folder of services.shared.workspace.WorkspaceManager.workspaceFolders ?? []) {
        const base = URI.parse(folder.uri);
        if (base.scheme === uri.scheme && base.authority === uri.authority && UriUtils.contains(base, uri)) {
            return UriUtils.relative(base, uri) || '.';
        }
    }
    return uri.path;
}

function diagnosticCounts(services: Services, key: string): { errors: number; warnings: number } {
    let errors = 0;
    let warnings = 0;
    for (const doc of services.shared.network.Groups.documentsOf(key)) {
        for (const d of doc.diagnostics ?? []) {
            if (d.severity === 1) errors++;
            else if (d.severity === 2) warnings++;
        }
    }
    return { errors, warnings };
}

function summaryOf(services: Services, report: NetworkReport): NetworkSummary {
    const net = report.analysis.network;
    return {
        name: report.name,
        title: report.title,
        folder: report.folder,
        files: report.files.length,
        partners: net.partners,
        ties: net.ties,
        density: net.density,
        us: report.us,
        load: report.us ? report.analysis.byId.get(report.us)?.load : undefined,
        budget: report.budget,
        ...diagnosticCounts(services, report.key)
    };
}

/** The last layout of each network, with the partners and ties it was computed for. */
type LayoutCache = Map<string, { topology: string; positions: ReturnType<typeof layout> }>;

/**
 * The graph view's data. The ForceAtlas2 layout costs about a second at 1,000 partners and would
 * hold up the server after every edit while the view is open: it is kept while the network's
 * partners and ties stay the same (an edit to an effort, a trust score or a name's title), which
 * also keeps the picture still, and computed again when a partner or a tie comes or goes.
 */
function graphOf(services: Services, context: ViewContext, report: NetworkReport, layouts: LayoutCache): GraphData {
    const { network } = services.Partnership.network.Analyzer.resultFor(report.key);
    const graph = exportGraph(report, context);
    const topology = `${graph.mapNodes(id => id).join('\n')}\n--\n${graph.mapEdges((_key, _a, s, t) => (s < t ? `${s}\t${t}` : `${t}\t${s}`)).sort().join('\n')}`;
    let cached = layouts.get(report.key);
    if (cached?.topology !== topology) {
        cached = { topology, positions: layout(graph) };
        layouts.set(report.key, cached);
    }
    const positions = cached.positions;
    const nodes: GraphNode[] = graph.mapNodes((id, a) => ({
        id,
        label: a.label,
        sector: a.sector,
        color: a.color,
        size: a.size,
        x: positions.get(id)!.x,
        y: positions.get(id)!.y,
        betweenness: a.betweenness,
        degree: a.degree,
        broker: a.broker,
        cutVertex: a.cutVertex,
        location: network.partners.get(id)?.location
    }));
    const tieAt = new Map(network.ties.map(tie => [[tie.left, tie.right].sort().join('\u0000'), tie.location]));
    const edges: GraphEdge[] = graph.mapEdges((_key, a, source, target) => ({
        source,
        target,
        strength: a.strength,
        thickness: a.thickness,
        color: a.color,
        label: tieDescription(a),
        trust: a.trust,
        location: tieAt.get([source, target].sort().join('\u0000'))
    }));
    return {
        ...headingOf(report),
        nodes,
        edges,
        sectors: sectorLegend(graph),
        estimated: report.analysis.estimated,
        errors: report.errors
    };
}

/** A view's heading (name — title) and the name alone, for the view's tab. */
function headingOf(report: NetworkReport): { title: string; name: string } {
    const name = report.name || `Loose files in ${report.folder}`;
    return { title: networkLabel(report) ?? name, name };
}

function metricsOf(services: Services, report: NetworkReport): MetricsData {
    const { network } = services.Partnership.network.Analyzer.resultFor(report.key);
    // The goals are judged on the day the rules use: the `today` setting, else the local date.
    const today = services.Partnership.network.Settings.today ?? localToday();
    const summary = summaryRows(report);
    if (report.errors > 0) summary.push(['errors', `${report.errors} in the files: the metrics hold only what parsed and linked`]);
    return {
        ...headingOf(report),
        summary,
        columns: [...METRICS_COLUMNS],
        rows: metricsRows(report, network).map(row => ({ ...row, location: network.partners.get(row.id)?.location })),
        legend: metricsLegend(report),
        goalColumns: [...GOAL_COLUMNS],
        goals: goalRows(goalViews(network, today)).map(row => ({ ...row, location: network.goals.get(row.id)?.location })),
        today,
        // Drawn by the page itself (partnership-views/trust-value-chart), as the report draws it.
        trustValue: hasTrustValue(network) ? trustValueView(network) : undefined
    };
}

function reportOf(services: Services, context: ViewContext, report: NetworkReport): ReportData {
    const today = services.Partnership.network.Settings.today;
    const base = (report.name ?? (baseName(report.folder) || 'network')).replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-');
    return { fileName: `${base}-report.html`, html: renderReportHtml([report], context, { today }) };
}

/** The files of `partnership import` for "Import from File…", formatted as the CLI formats them. */
async function importOf(services: Services, params: ImportParams): Promise<ImportResult> {
    const sources = params.files.map(file => ({ file: file.name, bytes: Uint8Array.from(atob(file.base64), c => c.charCodeAt(0)) }));
    let imported: Awaited<ReturnType<typeof importNetwork>>;
    try {
        imported = await importNetwork(sources, { fallbackName: params.folderName });
    } catch (error) {
        if (error instanceof ImportError) return { error: error.message };
        throw error;
    }
    const formatter = services.Partnership.lsp.Formatter;
    const files: Record<string, string> = {};
    for (const [name, text] of Object.entries(imported.result.files)) {
        // Formatted as a document that is in no workspace: nothing is added to the server's documents.
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`inmemory:///import/${name}`));
        const edits = formatter && document.parseResult.parserErrors.length === 0 && document.parseResult.lexerErrors.length === 0
            ? await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } })
            : [];
        files[name] = TextDocument.applyEdits(document.textDocument, edits);
    }
    const written = Object.keys(files).map(name => (params.folderLabel ? `${params.folderLabel}/${name}` : name));
    return { files, summary: importSummary(imported.read, imported.result, written) };
}
