/**
 * "Partnership: Show Network Graph": a webview that draws the network of the active file (positions
 * from the server's ForceAtlas2 layout, the same as `partnership graph --format svg`). The page's
 * script (src/webview/graph.ts) builds the drawing with DOM calls — names are text nodes, never
 * markup — under a Content-Security-Policy that allows only that script, by nonce. Clicking a
 * partner or a tie opens its declaration. The view follows the active file's network and redraws
 * when the network's findings are republished (after any edit to its files).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { GRAPH, type GraphData, type Location } from '../protocol.js';
import { baseName } from '../paths.js';
import { graphHtml, nonce } from './webview-html.js';

/** What the webview reports after drawing (the command returns it; tests assert it). */
export interface GraphDrawn {
    title: string;
    nodes: number;
    edges: number;
}

type FromWebview = { type: 'ready' } | { type: 'drawn'; nodes: number; edges: number } | { type: 'reveal'; location: Location };

export class GraphPanel {
    private panel: vscode.WebviewPanel | undefined;
    private uri: vscode.Uri | undefined;
    private data: GraphData | undefined;
    private ready = false;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private waiting: Array<(drawn: GraphDrawn) => void> = [];
    /** What the webview drew last (undefined while the view is closed). */
    lastDrawn: GraphDrawn | undefined;

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: BaseLanguageClient) {}

    /** Opens (or reveals) the view on the network of `uri`; resolves when the webview has drawn it. */
    async show(uri: vscode.Uri): Promise<GraphDrawn | undefined> {
        this.uri = uri;
        if (!this.panel) this.create();
        else this.panel.reveal(vscode.ViewColumn.Beside, true);
        const drawn = new Promise<GraphDrawn>(resolve => this.waiting.push(resolve));
        if (!(await this.refresh())) return undefined;
        return drawn;
    }

    /** The active editor moved to another file: follow its network if the view is open. */
    follow(uri: vscode.Uri): void {
        if (!this.panel || this.uri?.toString() === uri.toString()) return;
        this.uri = uri;
        this.refreshSoon();
    }

    refreshSoon(): void {
        if (!this.panel) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), 300);
    }

    private create(): void {
        const root = vscode.Uri.joinPath(this.context.extensionUri, 'out', 'webview');
        const panel = vscode.window.createWebviewPanel('partnership.graph', 'Network graph', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
            enableScripts: true,
            retainContextWhenHidden: true,
            localResourceRoots: [root]
        });
        this.panel = panel;
        this.ready = false;
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'images', 'icon.png');
        panel.webview.html = graphHtml(nonce(), panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'graph.js')).toString());
        panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message), undefined, this.context.subscriptions);
        panel.onDidDispose(() => {
            this.panel = undefined;
            this.data = undefined;
            this.lastDrawn = undefined;
            clearTimeout(this.timer);
        }, undefined, this.context.subscriptions);
    }

    private receive(message: FromWebview): void {
        if (message.type === 'ready') {
            this.ready = true;
            this.post();
        } else if (message.type === 'drawn') {
            const drawn = { title: this.data?.title ?? '', nodes: message.nodes, edges: message.edges };
            this.lastDrawn = drawn;
            this.waiting.splice(0).forEach(resolve => resolve(drawn));
        } else if (message.type === 'reveal') {
            const { uri, range } = message.location;
            const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
            void vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, viewColumn: vscode.ViewColumn.One });
        }
    }

    private async refresh(): Promise<boolean> {
        if (!this.panel || !this.uri) return false;
        let data: GraphData | null;
        try {
            data = await this.client.sendRequest<GraphData | null>(GRAPH, { uri: this.uri.toString() });
        } catch {
            return false; // Cancelled by a newer edit or a restarting server: the next refresh draws it.
        }
        if (!data || !this.panel) {
            if (this.panel) void vscode.window.showWarningMessage(`${baseName(this.uri.path)} is not part of a network the language server knows.`);
            return false;
        }
        this.data = data;
        this.panel.title = `Network graph: ${data.name}`;
        this.post();
        return true;
    }

    private post(): void {
        if (this.panel && this.ready && this.data) void this.panel.webview.postMessage({ type: 'graph', data: this.data });
    }
}
