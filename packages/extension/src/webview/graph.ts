/**
 * The graph view's page script (runs in the webview, bundled for the browser). It draws the network
 * the extension posts with DOM calls only: every name and description goes into text nodes, so a
 * partner called `<img onerror=…>` is shown as those characters. Drag to pan, wheel to zoom, click a
 * partner or tie to open its declaration. "Ties by trust" colours each tie by its trust on a
 * colour-blind-safe scale (partnership-views' trustColour), grey without trust.
 */
import { roundTo } from 'partnership-language/numbers';
import { NO_TRUST_COLOUR, TRUST_SCALE, trustColour } from 'partnership-views/trust-value-chart';
import type { GraphData, GraphEdge, GraphNode, Location } from '../protocol.js';

interface VsCodeApi {
    postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    parent?.appendChild(element);
    return element;
}

function titled(element: Element, text: string): void {
    svg('title', {}, element).textContent = text;
}

function reveal(location: Location | undefined): void {
    if (location) vscode.postMessage({ type: 'reveal', location });
}

let view = { x: 0, y: 0, width: 1, height: 1 };
let firstDraw = true;
let latest: GraphData | undefined;
const colouring = document.getElementById('tie-colour') as HTMLSelectElement | null;
const byTrust = () => colouring?.value === 'trust';
colouring?.addEventListener('change', () => { if (latest) draw(latest); });

/** A row of the legend: a swatch (round, or a line for ties) and its words. */
function legendRow(color: string, text: string, line = false): HTMLDivElement {
    const row = document.createElement('div');
    const swatch = document.createElement('span');
    swatch.className = line ? 'swatch line' : 'swatch';
    swatch.style.background = color;
    const label = document.createElement('span');
    label.textContent = text;
    row.append(swatch, label);
    return row;
}

function draw(data: GraphData): void {
    latest = data;
    document.getElementById('title')!.textContent = data.title;
    const notes = [`${data.nodes.length} partners · ${data.edges.length} ties`];
    if (data.estimated) notes.push('betweenness estimated (large network)');
    if (data.errors > 0) notes.push(`${data.errors} errors in the files: the graph holds what parsed and linked`);
    document.getElementById('note')!.textContent = notes.join(' · ');

    const container = document.getElementById('graph')!;
    container.replaceChildren();
    const root = svg('svg', { role: 'img', 'aria-label': `Network graph of ${data.title}` }, container);
    const scene = svg('g', {}, root);
    const byId = new Map<string, GraphNode>(data.nodes.map(node => [node.id, node]));

    // Scale the layout to about 500 units across: partners and labels stay readable in a side panel.
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const node of data.nodes) {
        minX = Math.min(minX, node.x); maxX = Math.max(maxX, node.x);
        minY = Math.min(minY, node.y); maxY = Math.max(maxY, node.y);
    }
    const span = Math.max(maxX - minX, maxY - minY) || 1;
    const scale = data.nodes.length > 1 ? 500 / span : 0;
    const at = (node: GraphNode) => ({ x: (node.x - minX) * scale, y: (node.y - minY) * scale });

    const ties = svg('g', { class: 'ties' }, scene);
    data.edges.forEach((edge: GraphEdge) => {
        const s = byId.get(edge.source);
        const t = byId.get(edge.target);
        if (!s || !t) return;
        const a = at(s);
        const b = at(t);
        const line = svg('line', {
            class: 'tie', x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: byTrust() ? trustColour(edge.trust) : edge.color, 'stroke-width': edge.thickness,
            ...(edge.strength === 'weak' ? { 'stroke-dasharray': '4 3' } : {})
        }, ties);
        titled(line, `${s.label} — ${t.label}: ${edge.label}`);
        line.addEventListener('click', () => reveal(edge.location));
    });

    const partners = svg('g', { class: 'partners' }, scene);
    for (const node of data.nodes) {
        const p = at(node);
        const group = svg('g', { class: 'partner', tabindex: 0, 'data-id': node.id, transform: `translate(${p.x} ${p.y})` }, partners);
        svg('circle', {
            r: node.size, fill: node.color, 'stroke-width': node.broker ? 3 : 1,
            ...(node.cutVertex ? { 'stroke-dasharray': '3 2' } : {})
        }, group);
        const flags = [node.broker ? 'broker' : '', node.cutVertex ? 'cut vertex' : ''].filter(Boolean).join(', ');
        titled(group, `${node.label}${node.label !== node.id ? ` (${node.id})` : ''}${node.sector ? ` · ${node.sector}` : ''}`
            + ` · ${node.degree} ties · betweenness ${roundTo(node.betweenness, 3)}${flags ? ` · ${flags}` : ''}`);
        svg('text', { y: node.size + 12, 'text-anchor': 'middle' }, group).textContent = node.label;
        group.addEventListener('click', () => reveal(node.location));
        group.addEventListener('keydown', event => { if (event.key === 'Enter') reveal(node.location); });
    }

    const legend = document.getElementById('legend')!;
    legend.replaceChildren();
    for (const { sector, color } of data.sectors) legend.append(legendRow(color, sector));
    if (byTrust()) {
        for (const [score, color] of TRUST_SCALE) legend.append(legendRow(color, `trust ${score}${score === 1 ? ' (low)' : score === 5 ? ' (high)' : ''}`, true));
        legend.append(legendRow(NO_TRUST_COLOUR, 'no trust', true));
    }
    const key = document.createElement('div');
    key.textContent = 'thick border: broker · dashed: cut vertex · dashed tie: weak';
    legend.append(key);

    if (firstDraw) {
        // Room for half a long label left and right of the outermost partners.
        const [mx, my] = [120, 40];
        view = { x: -mx, y: -my, width: (maxX - minX) * scale + 2 * mx, height: (maxY - minY) * scale + 2 * my };
        firstDraw = false;
    }
    applyView(root);
    enablePanZoom(root);
    vscode.postMessage({ type: 'drawn', nodes: data.nodes.length, edges: data.edges.length });
}

function applyView(root: SVGSVGElement): void {
    root.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height}`);
}

function enablePanZoom(root: SVGSVGElement): void {
    let drag: { x: number; y: number } | undefined;
    root.addEventListener('wheel', event => {
        event.preventDefault();
        const factor = event.deltaY > 0 ? 1.15 : 1 / 1.15;
        const box = root.getBoundingClientRect();
        const px = view.x + ((event.clientX - box.left) / box.width) * view.width;
        const py = view.y + ((event.clientY - box.top) / box.height) * view.height;
        view = { x: px - (px - view.x) * factor, y: py - (py - view.y) * factor, width: view.width * factor, height: view.height * factor };
        applyView(root);
    }, { passive: false });
    root.addEventListener('pointerdown', event => {
        drag = { x: event.clientX, y: event.clientY };
    });
    root.addEventListener('pointermove', event => {
        if (!drag) return;
        const box = root.getBoundingClientRect();
        view.x -= ((event.clientX - drag.x) / box.width) * view.width;
        view.y -= ((event.clientY - drag.y) / box.height) * view.height;
        drag = { x: event.clientX, y: event.clientY };
        applyView(root);
    });
    root.addEventListener('pointerup', () => { drag = undefined; });
    root.addEventListener('pointerleave', () => { drag = undefined; });
}

window.addEventListener('message', event => {
    const message = event.data as { type: string; data?: GraphData };
    if (message?.type === 'graph' && message.data) draw(message.data);
});
vscode.postMessage({ type: 'ready' });
