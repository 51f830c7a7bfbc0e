/**
 * The trust × value chart and the table of trust gaps (trust-value.ts computes them): an inline SVG
 * with presentation attributes only (no style attribute, no script), every text escaped, a <title>
 * per point; the partners left off the chart listed under it; the ties rated by both sides, largest
 * gap first. The HTML report and the editor's metrics view (from the data its server sends) draw
 * the same section.
 *
 * No imports but html.ts and xml-text.ts (no imports either): it bundles anywhere, the extension's
 * client too (`partnership-views/trust-value-chart`).
 */
import { htmlEscape } from './html.js';
import { xmlText } from './xml-text.js';

/** The scale's midpoint (1 to 5): a score of 3 or more is high. */
export const TRUST_VALUE_MIDPOINT = 3;

/** The ties with the largest trust gaps the report lists. */
export const TRUST_GAP_ROWS = 10;

export type Quadrant = 'rely-on' | 'invest-in' | 're-engage' | 'reconsider';

/** Each quadrant in plain words, and what it asks of the coordinator. */
export const QUADRANTS: Readonly<Record<Quadrant, { label: string; meaning: string }>> = {
    'rely-on': { label: 'rely on', meaning: 'high value, high trust: partners the coalition can rely on' },
    'invest-in': { label: 'invest in', meaning: 'high value, low trust: worth investing in the relationship to strengthen trust' },
    're-engage': { label: 're-engage', meaning: 'low value, high trust: trusted, but contributing little yet; grow their involvement' },
    'reconsider': { label: 'reconsider', meaning: 'low value, low trust: reconsider what the partnership asks of and offers them' }
};

/** The quadrant of a trust and a value score: each high from the midpoint (3) up. */
export function quadrantOf(trust: number, value: number): Quadrant {
    const trusted = trust >= TRUST_VALUE_MIDPOINT;
    return value >= TRUST_VALUE_MIDPOINT ? (trusted ? 'rely-on' : 'invest-in') : (trusted ? 're-engage' : 'reconsider');
}

/** A partner on the chart. */
export interface TrustValuePoint {
    id: string;
    /** The display name: its title, else its name. */
    label: string;
    /** The mean of what the other side of each of its ties says of it (1 to 5). */
    trust: number;
    /** Its value score: the mean of influence, involvement and resources given (1 to 5). */
    value: number;
    /** The value parts as written, for the point's description. */
    influence?: number;
    involvement?: number;
    resources?: number;
    /** How many of its ties' trust came from the other side's rating, and how many from a stated `trust`. */
    rated: number;
    stated: number;
    quadrant: Quadrant;
}

/** A partner left off the chart, and why; with the one score it has, if any. */
export interface TrustValueOff {
    id: string;
    label: string;
    reason: string;
    trust?: number;
    value?: number;
}

/** One side's latest rating of a tie. */
export interface SideRating {
    rater: string;
    average: number;
    date: string;
}

/** A tie rated by both of its sides. */
export interface TrustGapRow {
    tie: string;
    left: SideRating;
    right: SideRating;
    /** The difference of the two averages (never negative). */
    gap: number;
    /** At least the network's `max-trust-gap`: the tie has a trust-gap finding. */
    flagged: boolean;
}

export interface TrustValueView {
    points: TrustValuePoint[];
    off: TrustValueOff[];
    /** The ties rated by both sides, largest gap first, at most TRUST_GAP_ROWS. */
    gaps: TrustGapRow[];
    /** How many ties both sides rated (gaps holds the first TRUST_GAP_ROWS of them). */
    ratedByBoth: number;
    /** The network's `max-trust-gap`. */
    maxGap: number;
}

const WIDTH = 480;
const HEIGHT = 380;
const LEFT = 50;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 44;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;
/** A label's text at font-size 10: about this wide per character, this tall. */
const CHAR_W = 5.8;
const LINE_H = 12;
const MAX_LABEL = 28;

/** A colour per quadrant (Okabe and Ito's colour-blind-safe palette); each quadrant is also named on the chart. */
export const QUADRANT_COLOURS: Readonly<Record<Quadrant, string>> = {
    'rely-on': '#009e73',
    'invest-in': '#e69f00',
    're-engage': '#0072b2',
    'reconsider': '#d55e00'
};

/**
 * Trust 1 to 5 as a colour, low to high, on viridis (dark purple, blue, teal, green, yellow): a scale
 * readers with any common colour blindness see in order, light to dark. The graph view colours ties by it.
 */
export const TRUST_SCALE: ReadonlyArray<readonly [number, string]> = [[1, '#440154'], [2, '#3b528b'], [3, '#21918c'], [4, '#5ec962'], [5, '#fde725']];
/** A tie without trust, on the same scale's legend. */
export const NO_TRUST_COLOUR = '#aaaaaa';

/** The colour of a trust score (clamped to 1–5, between the scale's stops linearly); grey for none. */
export function trustColour(trust: number | undefined): string {
    if (trust === undefined || !Number.isFinite(trust)) return NO_TRUST_COLOUR;
    const t = Math.min(5, Math.max(1, trust));
    const i = Math.min(TRUST_SCALE.length - 2, Math.floor(t - 1));
    const [[from, a], [, b]] = [TRUST_SCALE[i], TRUST_SCALE[i + 1]];
    const share = t - from;
    const channel = (hex: string, k: number) => parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16);
    return `#${[0, 1, 2].map(k => Math.round(channel(a, k) + (channel(b, k) - channel(a, k)) * share).toString(16).padStart(2, '0')).join('')}`;
}

const fixed = (n: number) => String(Math.round(n * 10) / 10);
/** A score for reading: at most two decimals ("3.67", "4"). */
export const scoreText = (n: number) => String(Math.round(n * 100) / 100);
/** Display text: nothing XML forbids nor a terminal acts on, then HTML-escaped. */
const esc = (text: string) => htmlEscape(xmlText(text));

/** Where a score (1 to 5) lands across and up. */
export function chartX(trust: number): number {
    return LEFT + ((Math.min(5, Math.max(1, trust)) - 1) / 4) * PLOT_W;
}
export function chartY(value: number): number {
    return TOP + (1 - (Math.min(5, Math.max(1, value)) - 1) / 4) * PLOT_H;
}

/** A point's description: its name, both scores and where they come from. */
export function pointDescription(p: TrustValuePoint): string {
    const parts = [
        p.influence === undefined ? '' : `influence ${p.influence}`,
        p.involvement === undefined ? '' : `involvement ${p.involvement}`,
        p.resources === undefined ? '' : `resources ${p.resources}`
    ].filter(Boolean).join(', ');
    const from = [
        p.rated > 0 ? `${p.rated} rating${p.rated === 1 ? '' : 's'} by partners` : '',
        p.stated > 0 ? `${p.stated} stated trust${p.stated === 1 ? '' : 's'}` : ''
    ].filter(Boolean).join(', ');
    const name = p.label === p.id ? p.id : `${p.label} (${p.id})`;
    return `${name}: trust ${scoreText(p.trust)} (from ${from}), value ${scoreText(p.value)}${parts ? ` (${parts})` : ''}: ${QUADRANTS[p.quadrant].label}`;
}

interface Box { x1: number; y1: number; x2: number; y2: number }
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The label of the points at one place: their names, cut to MAX_LABEL characters with "+N" for the rest. */
function groupLabel(points: readonly TrustValuePoint[]): string {
    let text = '';
    let shown = 0;
    for (const p of points) {
        const next = shown === 0 ? p.label : `${text}, ${p.label}`;
        if (shown > 0 && next.length > MAX_LABEL) break;
        text = next;
        shown++;
    }
    if ([...text].length > MAX_LABEL) text = `${[...text].slice(0, MAX_LABEL - 1).join('')}…`;
    return shown < points.length ? `${text} +${points.length - shown}` : text;
}

/**
 * The chart, or undefined when no partner has both scores. Points at one place share one label;
 * each label goes right, left, above or below its point, or a line further up or down, where it
 * overlaps no other label, no point and stays inside the chart; a label with no such place is left
 * out (the point keeps its <title>, and the table under the chart lists every point).
 */
export function trustValueChartSvg(view: Pick<TrustValueView, 'points'>): string | undefined {
    if (view.points.length === 0) return undefined;
    const midX = chartX(TRUST_VALUE_MIDPOINT);
    const midY = chartY(TRUST_VALUE_MIDPOINT);
    const bottom = TOP + PLOT_H;
    const right = LEFT + PLOT_W;
    const out = [
        `<svg xmlns="http://www.w3.org/2000/svg" class="trust-value-chart" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, Helvetica, Arial, sans-serif" role="img" aria-label="${esc(`Trust and value of ${view.points.length} partner${view.points.length === 1 ? '' : 's'}: trust across, value up, quadrants rely on, invest in, re-engage and reconsider`)}">`,
        '<title>Trust (what the other partners say of each partner) across, value score up</title>',
        `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
        // The quadrants, faintly tinted with their points' colours.
        `<rect class="quadrant rely-on" x="${fixed(midX)}" y="${TOP}" width="${fixed(right - midX)}" height="${fixed(midY - TOP)}" fill="${QUADRANT_COLOURS['rely-on']}" fill-opacity="0.07"/>`,
        `<rect class="quadrant invest-in" x="${LEFT}" y="${TOP}" width="${fixed(midX - LEFT)}" height="${fixed(midY - TOP)}" fill="${QUADRANT_COLOURS['invest-in']}" fill-opacity="0.07"/>`,
        `<rect class="quadrant re-engage" x="${fixed(midX)}" y="${fixed(midY)}" width="${fixed(right - midX)}" height="${fixed(bottom - midY)}" fill="${QUADRANT_COLOURS['re-engage']}" fill-opacity="0.07"/>`,
        `<rect class="quadrant reconsider" x="${LEFT}" y="${fixed(midY)}" width="${fixed(midX - LEFT)}" height="${fixed(bottom - midY)}" fill="${QUADRANT_COLOURS['reconsider']}" fill-opacity="0.07"/>`,
        `<rect x="${LEFT}" y="${TOP}" width="${PLOT_W}" height="${PLOT_H}" fill="none" stroke="#cccccc"/>`,
        `<line x1="${fixed(midX)}" y1="${TOP}" x2="${fixed(midX)}" y2="${bottom}" stroke="#888888" stroke-dasharray="4 3"/>`,
        `<line x1="${LEFT}" y1="${fixed(midY)}" x2="${right}" y2="${fixed(midY)}" stroke="#888888" stroke-dasharray="4 3"/>`
    ];
    for (let s = 1; s <= 5; s++) {
        out.push(`<text x="${fixed(chartX(s))}" y="${bottom + 13}" font-size="10" fill="#555555" text-anchor="middle">${s}</text>`);
        out.push(`<text x="${LEFT - 6}" y="${fixed(chartY(s) + 3.5)}" font-size="10" fill="#555555" text-anchor="end">${s}</text>`);
    }
    out.push(
        `<text x="${fixed(LEFT + PLOT_W / 2)}" y="${HEIGHT - 10}" font-size="11" fill="#111111" text-anchor="middle">trust: what the other partners say of it →</text>`,
        `<text x="14" y="${fixed(TOP + PLOT_H / 2)}" font-size="11" fill="#111111" text-anchor="middle" transform="rotate(-90 14 ${fixed(TOP + PLOT_H / 2)})">value score →</text>`
    );
    const corner = (quadrant: Quadrant, x: number, y: number, anchor: 'start' | 'end', note: string) => {
        out.push(`<text class="quadrant-label ${quadrant}" x="${fixed(x)}" y="${fixed(y)}" font-size="12" font-weight="bold" fill="${QUADRANT_COLOURS[quadrant]}" text-anchor="${anchor}">${esc(QUADRANTS[quadrant].label)}<title>${esc(QUADRANTS[quadrant].meaning)}</title></text>`);
        out.push(`<text x="${fixed(x)}" y="${fixed(y + 12)}" font-size="9" fill="#555555" text-anchor="${anchor}">${esc(note)}</text>`);
    };
    corner('invest-in', LEFT + 6, TOP + 14, 'start', 'high value, low trust');
    corner('rely-on', right - 6, TOP + 14, 'end', 'high value, high trust');
    corner('reconsider', LEFT + 6, bottom - 18, 'start', 'low value, low trust');
    corner('re-engage', right - 6, bottom - 18, 'end', 'low value, high trust');
    // The corner labels are taken: no point label goes over them.
    const placed: Box[] = [
        { x1: LEFT, y1: TOP, x2: LEFT + 110, y2: TOP + 30 },
        { x1: right - 110, y1: TOP, x2: right, y2: TOP + 30 },
        { x1: LEFT, y1: bottom - 32, x2: LEFT + 110, y2: bottom },
        { x1: right - 110, y1: bottom - 32, x2: right, y2: bottom }
    ];
    const groups = new Map<string, TrustValuePoint[]>();
    for (const p of view.points) {
        const key = `${fixed(chartX(p.trust))},${fixed(chartY(p.value))}`;
        const group = groups.get(key) ?? [];
        group.push(p);
        groups.set(key, group);
    }
    const dots: Box[] = [...groups.values()].map(([p]) => {
        const [cx, cy] = [chartX(p.trust), chartY(p.value)];
        return { x1: cx - 6, y1: cy - 6, x2: cx + 6, y2: cy + 6 };
    });
    for (const p of view.points) {
        const [cx, cy] = [fixed(chartX(p.trust)), fixed(chartY(p.value))];
        out.push(`<circle class="point ${p.quadrant}" cx="${cx}" cy="${cy}" r="5" fill="${QUADRANT_COLOURS[p.quadrant]}" fill-opacity="0.85" stroke="#ffffff" stroke-width="1"><title>${esc(pointDescription(p))}</title></circle>`);
    }
    [...groups.values()].forEach((group, index) => {
        const [cx, cy] = [chartX(group[0].trust), chartY(group[0].value)];
        const text = groupLabel(group);
        const width = [...text].length * CHAR_W;
        const candidates: Array<{ x: number; y: number; anchor: 'start' | 'end' | 'middle'; box: Box }> = [];
        const at = (x: number, y: number, anchor: 'start' | 'end' | 'middle') => {
            const x1 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
            candidates.push({ x, y, anchor, box: { x1, y1: y - 9, x2: x1 + width, y2: y + 3 } });
        };
        at(cx + 8, cy + 3.5, 'start');
        at(cx - 8, cy + 3.5, 'end');
        at(cx, cy - 9, 'middle');
        at(cx, cy + 16, 'middle');
        for (const shift of [1, -1, 2, -2]) {
            at(cx + 8, cy + 3.5 + shift * LINE_H, 'start');
            at(cx - 8, cy + 3.5 + shift * LINE_H, 'end');
        }
        const inside = (b: Box) => b.x1 >= LEFT + 1 && b.x2 <= right - 1 && b.y1 >= TOP + 1 && b.y2 <= bottom - 1;
        const free = candidates.find(c => inside(c.box)
            && !placed.some(b => overlaps(b, c.box))
            && !dots.some((d, i) => i !== index && overlaps(d, c.box)));
        if (!free) return;
        placed.push(free.box);
        const names = group.map(p => p.label).join(', ');
        out.push(`<text class="point-label" x="${fixed(free.x)}" y="${fixed(free.y)}" font-size="10" fill="#111111" text-anchor="${free.anchor}">${esc(text)}<title>${esc(names)}</title></text>`);
    });
    out.push('</svg>');
    return out.join('\n');
}

/** "A, B (no value score)": the partners left off the chart, with why. */
export function offChartText(off: readonly TrustValueOff[]): string {
    return off.map(o => `${o.label === o.id ? o.id : `${o.label} (${o.id})`}: ${o.reason}`).join('; ');
}

const QUADRANT_ORDER: readonly Quadrant[] = ['rely-on', 'invest-in', 're-engage', 'reconsider'];

/**
 * The Trust and value section's body: the chart and its legend, the points by quadrant, the
 * partners not on the chart, and the ties with the largest trust gaps.
 */
export function trustValueSectionHtml(view: TrustValueView): string {
    const chart = trustValueChartSvg(view);
    const out: string[] = [];
    if (chart) {
        out.push(`<div class="trust-value">\n${chart}\n</div>`);
        out.push(`<p class="legend">${esc(`Each partner with a value score and trust is a point: across, its trust — the mean of what the other side of each of its ties says (its latest rating of the tie, or the tie's stated trust where nobody rated it); up, its value score (the mean of influence, involvement and resources). The dashed lines are the scale's midpoint, ${TRUST_VALUE_MIDPOINT}: a score of ${TRUST_VALUE_MIDPOINT} or more is high. ${QUADRANT_ORDER.map(q => `${QUADRANTS[q].label}: ${QUADRANTS[q].meaning}`).join('. ')}.`)}</p>`);
        const sorted = [...view.points].sort((a, b) => QUADRANT_ORDER.indexOf(a.quadrant) - QUADRANT_ORDER.indexOf(b.quadrant) || b.value - a.value || b.trust - a.trust || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        out.push('<table class="trust-value-points">', '<tr><th>partner</th><th>trust</th><th>value</th><th>quadrant</th></tr>');
        for (const p of sorted) {
            out.push(`<tr><td>${esc(p.label === p.id ? p.id : `${p.label} (${p.id})`)}</td><td class="n">${esc(scoreText(p.trust))}</td><td class="n">${esc(scoreText(p.value))}</td><td class="quadrant ${p.quadrant}">${esc(QUADRANTS[p.quadrant].label)}</td></tr>`);
        }
        out.push('</table>');
    } else {
        out.push('<p>No partner has both a value score and trust: nothing to chart yet.</p>');
    }
    if (view.off.length > 0) out.push(`<p class="off-chart">${esc(`Not on the chart: ${offChartText(view.off)}.`)}</p>`);
    out.push('<h4>Ties with the largest trust gaps</h4>');
    if (view.gaps.length === 0) {
        out.push('<p>No tie is rated by both of its sides yet.</p>');
    } else {
        out.push('<table class="trust-gaps">', '<tr><th>tie</th><th>one side rates it</th><th>on</th><th>the other side</th><th>on</th><th>gap</th></tr>');
        for (const row of view.gaps) {
            out.push(`<tr><td>${esc(row.tie)}</td><td>${esc(`${row.left.rater}: ${scoreText(row.left.average)}`)}</td><td>${esc(row.left.date)}</td><td>${esc(`${row.right.rater}: ${scoreText(row.right.average)}`)}</td><td>${esc(row.right.date)}</td><td class="n${row.flagged ? ' over' : ''}">${esc(`${scoreText(row.gap)}${row.flagged ? ' !' : ''}`)}</td></tr>`);
        }
        out.push('</table>');
        const shown = view.ratedByBoth > view.gaps.length ? `The ${view.gaps.length} largest of ${view.ratedByBoth} ties rated by both sides. ` : '';
        out.push(`<p class="legend">${esc(`${shown}Each side's latest rating, the mean of its aspects. ! a gap of at least max-trust-gap (${scoreText(view.maxGap)}): a trust-gap finding.`)}</p>`);
    }
    return out.join('\n');
}
