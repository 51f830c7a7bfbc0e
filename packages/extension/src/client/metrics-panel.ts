/**
 * "Partnership: Show Metrics" (also the network's code lens and the status bar item): the network's
 * summary and every partner's metrics in a webview table — the numbers of `partnership metrics`. The
 * page has no script; its Content-Security-Policy allows only its own style, by nonce.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { htmlEscape } from 'partnership-cli/html';
import { METRICS, type MetricsData } from '../protocol.js';
import { nonce } from './common.js';

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
        this.panel.title = `Metrics: ${data.title.split(' — ')[0]}`;
        this.panel.webview.html = metricsHtml(data);
        return data;
    }
}

export function metricsHtml(data: MetricsData): string {
    const n = nonce();
    const numeric = new Set([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const rows = data.rows.map(row => `<tr${row.broker ? ' class="broker"' : ''}>${row.cells.map((cell, i) => {
        const classes = [numeric.has(i) ? 'n' : '', i === row.cells.length - 1 && row.over ? 'over' : ''].filter(Boolean).join(' ');
        return `<td${classes ? ` class="${classes}"` : ''}>${htmlEscape(cell)}</td>`;
    }).join('')}</tr>`);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${n}'">
<title>${htmlEscape(data.title)}</title>
<style nonce="${n}">
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 1em 1em; }
table { border-collapse: collapse; margin: .5em 0 1em; }
th, td { border: 1px solid var(--vscode-panel-border); padding: 2px 8px; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.broker td:first-child { font-weight: bold; }
.over { color: var(--vscode-errorForeground); font-weight: bold; }
.legend { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<h2>${htmlEscape(data.title)}</h2>
<table class="summary">
${data.summary.map(([k, v]) => `<tr><th>${htmlEscape(k)}</th><td>${htmlEscape(v)}</td></tr>`).join('\n')}
</table>
<table class="metrics">
<tr>${data.header.map(h => `<th>${htmlEscape(h)}</th>`).join('')}</tr>
${rows.join('\n')}
</table>
<p class="legend">${htmlEscape(data.legend)}</p>
</body>
</html>`;
}
