/**
 * "Partnership: Show Metrics" (also the network's code lens and the status bar item): the network's
 * summary, every partner's metrics and where each goal stands in webview tables — the numbers of
 * `partnership metrics`. The page has no script; its Content-Security-Policy allows only its own
 * style, by nonce.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { METRICS, type MetricsData } from '../protocol.js';
import { metricsHtml, nonce } from './webview-html.js';

export class MetricsPanel {
    private panel: vscode.WebviewPanel | undefined;
    private uri: vscode.Uri | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: BaseLanguageClient) {}

    /** Opens (or reveals) the table for the network of `uri`; resolves to what it shows. */
    async show(uri: vscode.Uri): Promise<MetricsData | undefined> {
        this.uri = uri;
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel('partnership.metrics', 'Network metrics', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
                enableScripts: false,
                localResourceRoots: []
            });
            this.panel.onDidDispose(() => {
                this.panel = undefined;
                clearTimeout(this.timer);
            }, undefined, this.context.subscriptions);
        } else {
            this.panel.reveal(vscode.ViewColumn.Beside, true);
        }
        return this.refresh();
    }

    refreshSoon(): void {
        if (!this.panel) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), 300);
    }

    private async refresh(): Promise<MetricsData | undefined> {
        if (!this.panel || !this.uri) return undefined;
        let data: MetricsData | null;
        try {
            data = await this.client.sendRequest<MetricsData | null>(METRICS, { uri: this.uri.toString() });
        } catch {
            return undefined;
        }
        if (!data || !this.panel) return undefined;
        this.panel.title = `Metrics: ${data.name}`;
        this.panel.webview.html = metricsHtml(nonce(), data);
        return data;
    }
}
