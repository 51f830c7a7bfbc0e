/**
 * The extension's webviews show what a .partnership file says and never run it. A network whose
 * display strings carry HTML, scripts, `javascript:` links and control characters goes through the
 * language server's requests (packages/extension/src/server/requests.ts) into the graph view's page
 * (webview-html.ts + out/webview/graph.js) and the metrics view's page, rendered in headless Chromium:
 * the drawing is made, every payload appears as text, and none of them ran.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { GraphData, MetricsData } from '../packages/extension/src/protocol.js';
import { graphHtml, metricsHtml } from '../packages/extension/src/client/webview-html.js';
import { HAS_CHROMIUM, NO_CHROMIUM, textOf } from './chromium.js';
import { ROOT } from './cli-run.js';
import { renderPage, webviewData } from './webview-pages.js';

/** Each payload, if it ran, would mark the page: the test looks for the mark. */
const PAYLOADS = [
    "<img src=x onerror=document.documentElement.setAttribute('data-pwned','img')>",
    "<script>document.documentElement.setAttribute('data-pwned','script')</script>",
    "<a href=javascript:document.documentElement.setAttribute('data-pwned','link')>open</a>",
    "<svg onload=document.documentElement.setAttribute('data-pwned','svg')></svg>",
    "Bell\u0007 and <b>bold</b> & 'quotes'"
];

const TEXT = `network Evil "${PAYLOADS[4]}" {
    us Home
}

partner Home "${PAYLOADS[0]}" {
    sector nonprofit
}

partner Other "${PAYLOADS[1]}" {
    sector faith
}

partner Third "${PAYLOADS[2]}" {
    sector media
}

partner Fourth "${PAYLOADS[3]}" {
    sector business
}

tie Home -- Other {
    strength strong
}

tie Other -- Third {
    strength weak
}
`;

function requests(): Promise<{ graph: GraphData; metrics: MetricsData }> {
    return webviewData(TEXT, 'file:///evil/network.partnership');
}

/** The graph page with a stand-in for VS Code's webview API that posts the data and records the drawing. */
function graphPage(data: GraphData): string {
    const nonce = 'test0nonce';
    const script = pathToFileURL(path.join(ROOT, 'packages/extension/out/webview/graph.js')).href;
    const harness = `<script nonce="${nonce}">
window.acquireVsCodeApi = () => ({ postMessage(message) {
    if (message.type === 'ready') window.postMessage({ type: 'graph', data: ${JSON.stringify(data).replace(/</g, '\\u003c')} }, '*');
    if (message.type === 'drawn') {
        document.documentElement.setAttribute('data-drawn', String(message.nodes) + '/' + String(message.edges));
        // What a user's clicks do: on a partner, then on a tie.
        document.querySelector('.partner[data-id="Home"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
        document.querySelector('.tie').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    if (message.type === 'reveal') {
        const revealed = JSON.parse(document.documentElement.getAttribute('data-revealed') ?? '[]');
        revealed.push(message.location);
        document.documentElement.setAttribute('data-revealed', JSON.stringify(revealed));
    }
} });
</script>
`;
    const html = graphHtml(nonce, script);
    expect(html).toContain(`<script nonce="${nonce}" src="${script}"></script>`);
    return html.replace(`<script nonce="${nonce}" src=`, `${harness}<script nonce="${nonce}" src=`);
}


describe.skipIf(!HAS_CHROMIUM)(`the extension's webviews show names as text and run none of them${NO_CHROMIUM}`, () => {
    let graph: GraphData;
    let metrics: MetricsData;

    beforeAll(async () => {
        ({ graph, metrics } = await requests());
    });

    test('the server hands the display strings over unchanged (escaping is the page\'s job)', () => {
        expect(graph.nodes.map(n => n.label).sort()).toEqual([PAYLOADS[0], PAYLOADS[1], PAYLOADS[2], PAYLOADS[3]].sort());
        expect(graph.title).toBe(`Evil — ${PAYLOADS[4]}`);
    });

    test('the graph page draws every partner, shows each payload as text, and no payload runs', () => {
        const dom = renderPage(graphPage(graph), 'graph.html');
        expect(dom).toContain('data-drawn="4/2"');
        expect(dom).not.toMatch(/data-pwned=/);
        expect(dom).not.toMatch(/<img|<a |<svg onload|<b>/i);
        const text = textOf(dom);
        for (const payload of PAYLOADS.slice(0, 4)) expect(text).toContain(payload);
        expect(text).toContain("Bell\u0007 and <b>bold</b> & 'quotes'");
    });

    test('clicking a partner or a tie asks the extension to open its declaration', () => {
        const dom = renderPage(graphPage(graph), 'graph.html');
        const attribute = /data-revealed="([^"]*)"/.exec(dom)?.[1];
        expect(attribute, 'the page posted reveal messages').toBeDefined();
        const revealed = JSON.parse(attribute!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Array<{ uri: string; range: { start: { line: number } } }>;
        expect(revealed.map(l => [l.uri, l.range.start.line])).toEqual([
            ['file:///evil/network.partnership', TEXT.split('\n').findIndex(line => line.startsWith('partner Home'))],
            ['file:///evil/network.partnership', TEXT.split('\n').findIndex(line => line.startsWith('tie Home -- Other'))]
        ]);
    });

    test('the metrics page shows each payload as text and has no script at all', () => {
        const html = metricsHtml('test0nonce', metrics);
        expect(html).not.toMatch(/<script/i);
        const dom = renderPage(html, 'metrics.html');
        expect(dom).not.toMatch(/data-pwned=/);
        expect(dom).not.toMatch(/<img|<a |<svg onload|<b>/i);
        const text = textOf(dom);
        for (const payload of PAYLOADS.slice(0, 4)) expect(text).toContain(payload);
        // htmlEscape drops control characters from the page.
        expect(text).toContain("Bell and <b>bold</b> & 'quotes'");
    });

    test('both pages allow only their own nonce and nothing remote', () => {
        for (const html of [graphHtml('n1', 'https://file+.vscode-resource.vscode-cdn.net/graph.js'), metricsHtml('n1', metrics)]) {
            const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
            expect(csp).toBeDefined();
            expect(csp).toMatch(/default-src 'none'/);
            expect(csp).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
            for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) expect(tag).toContain('nonce="n1"');
        }
    });
});
