/**
 * What the desktop and the web extension share once their language client exists: the commands,
 * the status bar, the graph and metrics views, the Check-ins view and the report export. Everything here uses only the
 * VS Code API and the language server's requests (src/protocol.ts), so it runs in both hosts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { IMPORT, NETWORK_SUMMARY, REPORT, STARTER, type ImportResult, type InitializationOptions, type NetworkSummary, type ReportData, type StarterAnswersParams, type StarterResult } from '../protocol.js';
import { exceeds, formatHours } from 'partnership-language/numbers';
import { isValidDate } from 'partnership-language/units';
import { baseName } from '../paths.js';
import { GraphPanel, type GraphDrawn } from './graph-panel.js';
import { MetricsPanel } from './metrics-panel.js';
import { CheckinsView, type CheckinsShown } from './checkins-view.js';

export const LANGUAGE_ID = 'partnership';

/** The settings the server reads at start (a change restarts it). */
export function serverSettings(): InitializationOptions {
    const config = vscode.workspace.getConfiguration('partnership');
    const today = config.get<string>('today', '');
    return {
        today: isValidDate(today) ? today : undefined,
        // A plain copy: the configuration object is a proxy that cannot cross to a Web Worker.
        rules: { ...config.get<Record<string, string>>('rules', {}) },
        sampleAbove: config.get<number>('betweenness.sampleAbove', 2000)
    };
}

export function clientOptions(initializationOptions: () => InitializationOptions, extra: Partial<LanguageClientOptions> = {}): LanguageClientOptions {
    return {
        documentSelector: [{ language: LANGUAGE_ID }],
        initializationOptions,
        outputChannelName: 'Partnership Language Server',
        ...extra
    };
}

/** The document whose network a command works on: the active editor's, else the last one seen. */
class ActiveNetwork {
    private last: vscode.Uri | undefined;

    constructor(context: vscode.ExtensionContext) {
        const remember = (editor: vscode.TextEditor | undefined) => {
            if (editor?.document.languageId === LANGUAGE_ID) this.last = editor.document.uri;
        };
        remember(vscode.window.activeTextEditor);
        context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(remember));
    }

    uri(given?: unknown): vscode.Uri | undefined {
        if (given instanceof vscode.Uri) return given;
        if (typeof given === 'string') return vscode.Uri.parse(given);
        const active = vscode.window.activeTextEditor?.document;
        if (active?.languageId === LANGUAGE_ID) return active.uri;
        return this.last ?? vscode.window.visibleTextEditors.find(e => e.document.languageId === LANGUAGE_ID)?.document.uri;
    }

    require(given?: unknown): vscode.Uri | undefined {
        const uri = this.uri(given);
        if (!uri) void vscode.window.showInformationMessage('Open a .partnership file first: the command works on its network.');
        return uri;
    }
}

/** What the extension returns from `activate` (for other extensions and the tests). */
export interface PartnershipApi {
    /** The status bar item's text while it shows a network, else undefined. */
    statusText(): string | undefined;
    /** What the graph view drew last: its title and how many partners and ties (undefined when closed). */
    graphDrawn(): GraphDrawn | undefined;
    /** What the Check-ins view shows, fetched afresh: its groups' labels and items (label, description, tooltip, command). */
    checkins(): Promise<CheckinsShown>;
}

export async function startPartnership(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<PartnershipApi> {
    const active = new ActiveNetwork(context);
    const graph = new GraphPanel(context, client);
    const metrics = new MetricsPanel(context, client);
    const status = new NetworkStatus(client);
    let running!: () => void;
    const checkins = new CheckinsView(client, new Promise<void>(resolve => { running = resolve; }));
    void showCheckinsView(context);
    context.subscriptions.push(
        status,
        checkins,
        vscode.commands.registerCommand('partnership.refreshCheckins', () => checkins.refresh()),
        vscode.commands.registerCommand('partnership.showGraph', async (uri?: unknown) => {
            const target = active.require(uri);
            return target ? graph.show(target) : undefined;
        }),
        vscode.commands.registerCommand('partnership.showMetrics', async (uri?: unknown) => {
            const target = active.require(uri);
            return target ? metrics.show(target) : undefined;
        }),
        vscode.commands.registerCommand('partnership.exportReport', async (uri?: unknown, destination?: vscode.Uri) => {
            const target = active.require(uri);
            return target ? exportReport(client, target, destination) : undefined;
        }),
        vscode.commands.registerCommand('partnership.newNetwork', (folder?: unknown, answers?: StarterAnswersParams) =>
            newNetwork(client, folder instanceof vscode.Uri ? folder : undefined, answers)),
        vscode.commands.registerCommand('partnership.importFromFile', (files?: unknown, folder?: unknown) =>
            importFromFile(client, Array.isArray(files) ? files.filter((f): f is vscode.Uri => f instanceof vscode.Uri) : undefined, folder instanceof vscode.Uri ? folder : undefined)),
        vscode.commands.registerCommand('partnership.restartServer', () => restart(client)),
        vscode.workspace.onDidChangeConfiguration(event => {
            if (['partnership.today', 'partnership.rules', 'partnership.betweenness.sampleAbove'].some(s => event.affectsConfiguration(s))) {
                void restart(client);
            }
        }),
        // Findings are republished after every change to a network's files: the views follow.
        vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(uri => uri.path.endsWith('.partnership'))) {
                graph.refreshSoon();
                metrics.refreshSoon();
                status.refreshSoon();
                checkins.refreshSoon();
            }
        }),
        vscode.window.onDidChangeActiveTextEditor(editor => {
            if (editor?.document.languageId === LANGUAGE_ID) graph.follow(editor.document.uri);
            status.refreshSoon();
        })
    );
    await client.start();
    running();
    status.refreshSoon();
    checkins.refreshSoon();
    return { statusText: () => status.text(), graphDrawn: () => graph.lastDrawn, checkins: () => checkins.shown() };
}

/**
 * The Check-ins view is contributed for workspaces with `.partnership` files (its `when`): the
 * context key is set when the workspace has one, or when one is opened.
 */
async function showCheckinsView(context: vscode.ExtensionContext): Promise<void> {
    const show = () => vscode.commands.executeCommand('setContext', 'partnership.workspace', true);
    context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(document => {
        if (document.languageId === LANGUAGE_ID) void show();
    }));
    const open = vscode.workspace.textDocuments.some(document => document.languageId === LANGUAGE_ID);
    if (open || (await vscode.workspace.findFiles('**/*.partnership', '**/node_modules/**', 1)).length > 0) await show();
}

async function restart(client: BaseLanguageClient): Promise<void> {
    if (client.isRunning()) await client.stop();
    await client.start();
}

async function exportReport(client: BaseLanguageClient, uri: vscode.Uri, destination?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const report = await client.sendRequest<ReportData | null>(REPORT, { uri: uri.toString() });
    if (!report) {
        void vscode.window.showWarningMessage(`${baseName(uri.path)} is not part of a network the language server knows.`);
        return undefined;
    }
    let target = destination;
    if (!target) {
        const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
        target = await vscode.window.showSaveDialog({
            defaultUri: vscode.Uri.joinPath(folder, report.fileName),
            filters: { 'HTML report': ['html'] },
            title: 'Export the network report'
        });
        if (!target) return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report.html));
    if (!destination) {
        const open = target.scheme === 'file' ? 'Open in Browser' : undefined;
        void vscode.window.showInformationMessage(`Report written to ${vscode.workspace.asRelativePath(target)}.`, ...(open ? [open] : []))
            .then(choice => (choice === open ? vscode.env.openExternal(target!) : undefined));
    }
    return target;
}

/**
 * "New Network…": the starting network of `partnership init` in a folder the user picks, after
 * asking for the network's name, title, `us` and budget (each with a default, checked as typed by
 * the language server). `answers` given (from another extension or a test) are used as they are.
 * It writes nothing over an existing file. Returns the files written.
 */
async function newNetwork(client: BaseLanguageClient, given?: vscode.Uri, answers?: StarterAnswersParams): Promise<vscode.Uri[] | undefined> {
    const folder = given ?? (await vscode.window.showOpenDialog({
        canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
        openLabel: 'Create the network here',
        title: 'New Network: the folder for its files'
    }))?.[0];
    if (!folder) return undefined;
    const ask = (params: StarterAnswersParams) => client.sendRequest<StarterResult>(STARTER, {
        folderName: baseName(folder.path) || 'network', answers: params, today: serverSettings().today
    });
    let result = await ask(answers ?? {});
    if (!answers && !('error' in result)) {
        // One question per answer, its default filled in; the server says at once what it can't use.
        const chosen: StarterAnswersParams = {};
        const questions: Array<[keyof StarterAnswersParams, string]> = [
            ['name', 'The network\'s name: one word, like EastsideFood'],
            ['title', 'Its title, as people say it'],
            ['us', 'Your organisation, as one word: the partner that is you'],
            ['budget', 'The hours your organisation can give the coalition, like 40 hours/month']
        ];
        for (const [field, prompt] of questions) {
            const value = await vscode.window.showInputBox({
                title: 'New Network', prompt, value: result.answers[field],
                validateInput: async text => {
                    const check = await ask({ ...chosen, [field]: text });
                    return 'error' in check && check.error.field === field ? check.error.message : undefined;
                }
            });
            if (value === undefined) return undefined;
            chosen[field] = value;
        }
        result = await ask(chosen);
    }
    if ('error' in result) {
        void vscode.window.showErrorMessage(`New Network: the ${result.error.field === 'us' ? 'us partner' : result.error.field}: ${result.error.message}`);
        return undefined;
    }
    const files = Object.entries(result.files).map(([name, text]) => ({ uri: vscode.Uri.joinPath(folder, name), text }));
    for (const { uri } of files) {
        const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
        if (exists) {
            void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(uri)} already exists: New Network writes nothing over an existing file. Choose an empty folder.`);
            return undefined;
        }
    }
    await vscode.workspace.fs.createDirectory(folder);
    for (const { uri, text } of files) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(files[0].uri, { preview: false });
    void vscode.window.showInformationMessage(`New network ${result.answers.name} written: change what the comments say.`);
    return files.map(file => file.uri);
}

let importChannel: vscode.OutputChannel | undefined;

/** Bytes as base64, for a request (no Buffer in a browser). */
function base64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}

/**
 * "Import from File…": `partnership import` in the editor. The user picks the files (spreadsheets,
 * a Kumu export, graph files) and the folder; the language server reads them (partnership-views
 * import) and formats the three files; they are written there, never over a file, and the network
 * file is opened. The summary goes to the "Partnership Import" output. Returns the files written
 * and the summary.
 */
async function importFromFile(client: BaseLanguageClient, given?: vscode.Uri[], givenFolder?: vscode.Uri): Promise<{ written: vscode.Uri[]; summary: string } | undefined> {
    const files = given?.length ? given : await vscode.window.showOpenDialog({
        canSelectMany: true, canSelectFiles: true, canSelectFolders: false,
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
        openLabel: 'Import',
        title: 'Import a network: spreadsheets (CSV, TSV, XLSX), a Kumu export or graph files',
        filters: { 'Spreadsheets, Kumu and graph files': ['csv', 'tsv', 'txt', 'xlsx', 'json', 'gexf', 'graphml'] }
    });
    if (!files?.length) return undefined;
    const folder = givenFolder ?? (await vscode.window.showOpenDialog({
        canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
        defaultUri: vscode.workspace.getWorkspaceFolder(files[0])?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri,
        openLabel: 'Write the network here',
        title: 'Import: the folder for the network\'s files'
    }))?.[0];
    if (!folder) return undefined;
    const sources = await Promise.all(files.map(async uri => ({ name: baseName(uri.path), base64: base64(await vscode.workspace.fs.readFile(uri)) })));
    const folderLabel = vscode.workspace.asRelativePath(folder, false);
    const result = await client.sendRequest<ImportResult>(IMPORT, { files: sources, folderName: baseName(folder.path) || 'network', folderLabel: folderLabel === folder.toString() ? folder.path : folderLabel });
    if ('error' in result) {
        void vscode.window.showErrorMessage(`Import: ${result.error}`);
        return undefined;
    }
    const targets = Object.entries(result.files).map(([name, text]) => ({ uri: vscode.Uri.joinPath(folder, name), text }));
    for (const { uri } of targets) {
        if (await vscode.workspace.fs.stat(uri).then(() => true, () => false)) {
            void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(uri)} already exists: Import writes nothing over an existing file. Choose an empty folder.`);
            return undefined;
        }
    }
    await vscode.workspace.fs.createDirectory(folder);
    for (const { uri, text } of targets) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    importChannel ??= vscode.window.createOutputChannel('Partnership Import');
    importChannel.clear();
    importChannel.append(result.summary);
    await vscode.window.showTextDocument(targets[0].uri, { preview: false });
    const lines = result.summary.trimEnd().split('\n');
    void vscode.window.showInformationMessage(`${lines[1]} ${lines.at(-1)}`, 'Show Summary').then(choice => (choice ? importChannel?.show() : undefined));
    return { written: targets.map(t => t.uri), summary: result.summary };
}

/** Load vs budget of the active network, in the status bar. */
class NetworkStatus implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('partnership.network', vscode.StatusBarAlignment.Left, 50);
    private timer: ReturnType<typeof setTimeout> | undefined;
    private visible = false;

    constructor(private readonly client: BaseLanguageClient) {
        this.item.name = 'Partnership network';
        this.item.command = 'partnership.showMetrics';
    }

    refreshSoon(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), 200);
    }

    text(): string | undefined {
        return this.visible ? this.item.text : undefined;
    }

    private async refresh(): Promise<void> {
        const editor = vscode.window.activeTextEditor;
        const uri = editor?.document.languageId === LANGUAGE_ID ? editor.document.uri : undefined;
        if (!uri || !this.client.isRunning()) {
            this.hide();
            return;
        }
        let summary: NetworkSummary | null;
        try {
            summary = await this.client.sendRequest<NetworkSummary | null>(NETWORK_SUMMARY, { uri: uri.toString() });
        } catch {
            return; // The server restarts or the request was cancelled by a newer edit: the next refresh shows it.
        }
        if (!summary) {
            this.hide();
            return;
        }
        const name = summary.name ?? 'loose files';
        const over = summary.load !== undefined && summary.budget !== undefined && exceeds(summary.load, summary.budget);
        this.item.text = summary.us && summary.load !== undefined
            ? `$(organization) ${name}: ${formatHours(summary.load)}${summary.budget === undefined ? '' : ` / ${formatHours(summary.budget)}`} h/month`
            : `$(organization) ${name}: ${summary.partners} partners`;
        this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
        const tooltip = new vscode.MarkdownString(undefined, true);
        tooltip.isTrusted = false;
        tooltip.appendText(`${summary.title ?? name}\n\n`);
        if (summary.us) {
            tooltip.appendText(`${summary.us} (us): ${summary.load === undefined ? '–' : formatHours(summary.load)} h/month`
                + `${summary.budget === undefined ? ', no budget set' : ` of a ${formatHours(summary.budget)} h/month budget${over ? ' — over budget' : ''}`}\n\n`);
        }
        tooltip.appendText(`${summary.partners} partners · ${summary.ties} ties · density ${summary.density.toFixed(3)}\n\n`);
        tooltip.appendText(`${summary.errors} errors · ${summary.warnings} warnings in ${summary.files} file${summary.files === 1 ? '' : 's'}\n\nClick for the metrics.`);
        this.item.tooltip = tooltip;
        this.item.show();
        this.visible = true;
    }

    private hide(): void {
        this.item.hide();
        this.visible = false;
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.item.dispose();
    }
}
