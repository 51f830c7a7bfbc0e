/**
 * Trust in the extension's webviews: the metrics view's Trust and value section (the chart, the
 * points by quadrant, who is off it, the gaps), drawn by the page from what the language server's
 * metrics request sends, and the graph view's "Ties by trust" colouring. The requests are answered
 * in process (packages/extension/src/server/requests.ts); the pages are rendered in headless
 * Chromium, with display names that would run script if they were not text.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { trustColour } from 'partnership-views';
import type { GraphData, MetricsData } from '../packages/extension/src/protocol.js';
import { graphHtml, metricsHtml } from '../packages/extension/src/client/webview-html.js';
import { HAS_CHROMIUM, NO_CHROMIUM, textOf } from './chromium.js';
import { ROOT } from './cli-run.js';
import { renderPage, webviewData } from './webview-pages.js';

const PAYLOAD = "<img src=x onerror=document.documentElement.setAttribute('data-pwned','img')>";

const TEXT = `network Survey {
    us Hub
}

partner Hub "${PAYLOAD}" {
    value influence 5 involvement 4 resources 4
}

partner Farm {
    value influence 2 involvement 2 resources 1
}

partner School {
}

tie Hub -- Farm {
    rating by Hub reliability 2 mission 2 openness 2 on 2026-06-01
    rating by Farm reliability 5 mission 5 openness 5 on 2026-06-02
}

tie Hub -- School {
    trust 4
}

tie Farm -- School {
}
`;

function requests(text: string): Promise<{ graph: GraphData; metrics: MetricsData }> {
    return webviewData(text, 'file:///survey/network.partnership');
}


/** The graph page with a stand-in for VS Code's webview API: once drawn, "Ties by trust" is chosen and the redrawn ties recorded. */
function graphPage(data: GraphData): string {
    const nonce = 'test0nonce';
    const script = pathToFileURL(path.join(ROOT, 'packages/extension/out/webview/graph.js')).href;
    const harness = `<script nonce="${nonce}">
let draws = 0;
window.acquireVsCodeApi = () => ({ postMessage(message) {
    if (message.type === 'ready') window.postMessage({ type: 'graph', data: ${JSON.stringify(data).replace(/</g, '\\u003c')} }, '*');
    if (message.type !== 'drawn') return;
    const record = name => document.documentElement.setAttribute(name, JSON.stringify([...document.querySelectorAll('.tie')].map(line => line.getAttribute('stroke'))));
    if (++draws === 1) {
        record('data-by-strength');
        const select = document.getElementById('tie-colour');
        select.value = 'trust';
        select.dispatchEvent(new Event('change'));
    } else {
        record('data-by-trust');
        document.documentElement.setAttribute('data-legend', document.getElementById('legend').textContent);
    }
} });
</script>
`;
    return graphHtml(nonce, script).replace(`<script nonce="${nonce}" src=`, `${harness}<script nonce="${nonce}" src=`);
}

describe('trust in the editor\'s views', () => {
    let graph: GraphData;
    let metrics: MetricsData;

    beforeAll(async () => {
        ({ graph, metrics } = await requests(TEXT));
    });

    test('the metrics request sends trust and value; the graph request each tie\'s trust', () => {
        expect(metrics.trustValue?.points.map(p => [p.id, Math.round(p.trust * 100) / 100, Math.round(p.value * 100) / 100, p.quadrant])).toEqual([
            ['Hub', 4.5, 4.33, 'rely-on'],
            ['Farm', 2, 1.67, 'reconsider']
        ]);
        expect(metrics.trustValue?.off).toEqual([{ id: 'School', label: 'School', reason: 'no value score', trust: 4 }]);
        expect(metrics.trustValue?.gaps.map(row => [row.tie, row.gap, row.flagged])).toEqual([['Hub -- Farm', 3, true]]);
        // Hub: Farm's rating 5 and School's stated 4 (Hub's own rating of Farm says nothing of Hub).
        // Hub -- Farm: the mean of the two sides' ratings (2 and 5); Hub -- School: its stated 4; Farm -- School: none.
        expect(graph.edges.map(edge => [edge.source, edge.target, edge.trust])).toEqual([['Hub', 'Farm', 3.5], ['Hub', 'School', 4], ['Farm', 'School', undefined]]);
    });

    test('a network with neither values nor ratings sends no trust and value, and its page has no such section', async () => {
        const { metrics: plain } = await requests('network Plain { }\npartner A { }\npartner B { }\ntie A -- B { trust 4 }\n');
        expect(plain.trustValue).toBeUndefined();
        expect(metricsHtml('n1', plain)).not.toContain('Trust and value');
    });

    test('the metrics page keeps its policy: no script, no style attribute, only its nonce', () => {
        const html = metricsHtml('n1', metrics);
        expect(html).toContain('<h3>Trust and value</h3>');
        expect(html).toMatch(/<svg [^>]*class="trust-value-chart"[^>]*role="img"/);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/\sstyle=/i);
        expect(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]).toBe("default-src 'none'; style-src 'nonce-n1'");
    });

    test.skipIf(!HAS_CHROMIUM)(`the metrics page shows the chart, its points and the gaps, the hostile name as text${NO_CHROMIUM}`, () => {
        const dom = renderPage(metricsHtml('test0nonce', metrics), 'metrics.html');
        expect(dom).not.toMatch(/data-pwned=/);
        expect(dom).not.toMatch(/<img/i);
        // Chromium parsed one chart, with a circle per point.
        expect(dom.match(/<svg [^>]*class="trust-value-chart"/g)).toHaveLength(1);
        expect(dom.match(/<circle class="point /g)).toHaveLength(2);
        const text = textOf(dom);
        expect(text).toContain(`${PAYLOAD} (Hub) 4.5 4.33 rely on`);
        expect(text).toContain('Farm 2 1.67 reconsider');
        expect(text).toContain('Not on the chart: School: no value score.');
        expect(text).toContain('Hub -- Farm Hub: 2 2026-06-01 Farm: 5 2026-06-02 3 !');
    });

    test.skipIf(!HAS_CHROMIUM)(`"Ties by trust" colours each tie by its trust, grey without, with a legend${NO_CHROMIUM}`, () => {
        const dom = renderPage(graphPage(graph), 'graph.html');
        expect(dom).not.toMatch(/data-pwned=/);
        const attribute = (name: string) => JSON.parse(new RegExp(`${name}="([^"]*)"`).exec(dom)![1].replace(/&quot;/g, '"')) as unknown;
        expect(attribute('data-by-strength')).toEqual(graph.edges.map(edge => edge.color));
        expect(attribute('data-by-trust')).toEqual([trustColour(3.5), trustColour(4), '#aaaaaa']);
        expect(trustColour(3.5)).toBe('#40ad77');
        const legend = /data-legend="([^"]*)"/.exec(dom)![1];
        expect(legend).toContain('trust 1 (low)trust 2trust 3trust 4trust 5 (high)no trust');
    });
});

describe('the trust scale', () => {
    test('runs from viridis\' dark purple at 1 to its yellow at 5, through its stops, clamped; grey for no trust', () => {
        expect([1, 2, 3, 4, 5].map(trustColour)).toEqual(['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725']);
        expect(trustColour(0)).toBe('#440154');
        expect(trustColour(7)).toBe('#fde725');
        expect(trustColour(undefined)).toBe('#aaaaaa');
        expect(trustColour(Number.NaN)).toBe('#aaaaaa');
    });
});
