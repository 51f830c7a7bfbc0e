/**
 * The HTML of the extension's webviews, as plain functions of their data (no VS Code API, so tests
 * render them in Chromium), and the nonce of their Content-Security-Policy. Every text from a network
 * goes through htmlEscape here or into DOM text nodes in the graph's page script; the policy allows
 * only the page's own style and (for the graph) its one script, by nonce — nothing remote, nothing
 * inline without the nonce. The tables' rows are those of the HTML report (partnership-views/html).
 */
import { goalRowHtml, htmlEscape, metricsHeaderHtml, metricsRowHtml, summaryTableHtml } from 'partnership-views/html';
import { trustValueSectionHtml } from 'partnership-views/trust-value-chart';
import type { MetricsData } from '../protocol.js';

/** A random nonce for a webview's Content-Security-Policy. */
export function nonce(): string {
    const bytes = new Uint8Array(18);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

/** The graph view's page: the drawing is made by `script` (out/webview/graph.js) from posted data. */
export function graphHtml(n: string, script: string): string {
    const csp = [
        "default-src 'none'",
        `style-src 'nonce-${n}'`,
        `script-src 'nonce-${n}'`,
        "img-src data:"
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Network graph</title>
<style nonce="${n}">
html, body { margin: 0; padding: 0; height: 100%; overflow: hidden; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
body { display: flex; flex-direction: column; }
#bar { padding: 6px 10px 4px; border-bottom: 1px solid var(--vscode-panel-border); }
#bar .note { color: var(--vscode-descriptionForeground); margin-left: 1em; }
#legend { display: flex; flex-wrap: wrap; gap: 2px 14px; margin-top: 4px; font-size: 11px; color: var(--vscode-descriptionForeground); }
#legend div { display: flex; align-items: center; gap: 5px; }
#legend span.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; }
#legend span.swatch.line { width: 18px; height: 4px; border-radius: 0; }
#bar label.colouring { margin-left: 1em; color: var(--vscode-descriptionForeground); }
#bar select { color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border, transparent); font: inherit; }
#graph { flex: 1; min-height: 0; }
#graph svg { width: 100%; height: 100%; cursor: grab; display: block; }
.tie { stroke-opacity: 0.8; cursor: pointer; }
.tie:hover { stroke: var(--vscode-focusBorder); }
.partner circle { stroke: var(--vscode-editor-foreground); cursor: pointer; }
.partner:hover circle, .partner:focus circle { stroke: var(--vscode-focusBorder); stroke-width: 3; outline: none; }
.partner text { fill: var(--vscode-editor-foreground); font-size: 11px; pointer-events: none; }
</style>
</head>
<body>
<div id="bar"><strong id="title">Loading the network…</strong><span class="note" id="note"></span>
<label class="colouring">Ties <select id="tie-colour"><option value="strength">by strength</option><option value="trust">by trust</option></select></label>
<div id="legend"></div></div>
<div id="graph"></div>
<script nonce="${n}" src="${htmlEscape(script)}"></script>
</body>
</html>`;
}

/** The goals table of the metrics view (the goals of `partnership metrics`), or nothing without goals. */
function goalsHtml(data: MetricsData): string {
    if (data.goals.length === 0) return '';
    return `<h3>Goals</h3>
<table class="goals">
${metricsHeaderHtml(data.goalColumns)}
${data.goals.map(row => goalRowHtml(row, data.goalColumns)).join('\n')}
</table>
<p class="legend">${htmlEscape(`Judged on ${data.today}; projected: at the pace from the baseline to the latest reading, the measure on the target's date.`)}</p>`;
}

/** Trust and value (the report's section: the chart, the points by quadrant, who is off it, the gaps), or nothing. */
function trustValueHtml(data: MetricsData): string {
    return data.trustValue ? `<h3>Trust and value</h3>\n${trustValueSectionHtml(data.trustValue)}` : '';
}

/** The metrics view's page: a summary, the partners' metrics, the goals and trust and value, no script. */
export function metricsHtml(n: string, data: MetricsData): string {
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
td.status.on-track, td.status.achieved { color: var(--vscode-testing-iconPassed, #1a7f37); }
td.status.achieved { font-weight: bold; }
td.status.off-track { color: var(--vscode-editorWarning-foreground); }
td.status.past-due { color: var(--vscode-errorForeground); font-weight: bold; }
.trust-value-chart { max-width: 100%; height: auto; display: block; border: 1px solid var(--vscode-panel-border); }
</style>
</head>
<body>
<h2>${htmlEscape(data.title)}</h2>
${summaryTableHtml(data.summary)}
<table class="metrics">
${metricsHeaderHtml(data.columns)}
${data.rows.map(row => metricsRowHtml(row, data.columns)).join('\n')}
</table>
<p class="legend">${htmlEscape(data.legend)}</p>
${goalsHtml(data)}
${trustValueHtml(data)}
</body>
</html>`;
}
