/**
 * A goal's small chart for the HTML report: time across, the measure up; the on-track line (dashed
 * grey, the straight line from the baseline to the target), the readings as points joined by a line
 * from the baseline, the pace carried on to the target's date (dotted), the target as a diamond and
 * the day it was achieved as a green upright. Inline SVG with presentation attributes only (no style
 * attribute, no script), every text escaped: it sits in the report under its strict policy.
 *
 * Browser-safe (no Node import).
 */
import { daysBetween, maxOf, measureValue, minOf } from 'partnership-language';
import type { GoalStatus } from 'partnership-language';
import type { GoalView, Reading } from './goal-report.js';
import { htmlEscape } from './html.js';

const WIDTH = 320;
const HEIGHT = 150;
const LEFT = 52;
const RIGHT = 14;
const TOP = 14;
const BOTTOM = 26;

/** The colour of the readings by status: green on track or achieved, amber off track, red past due. */
export const STATUS_COLOURS: Readonly<Record<GoalStatus, string>> = {
    'achieved': '#1a7f37',
    'on-track': '#1a7f37',
    'off-track': '#8a5a00',
    'past-due': '#b00020',
    'unmeasured': '#555555'
};

const fixed = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The chart of a goal, or undefined when there is too little to draw (no baseline or reading, or
 * only one dated point).
 */
export function goalChartSvg(goal: GoalView): string | undefined {
    const { baseline, target, readings } = goal;
    const { status, projected, latest } = goal.progress;
    const line: Reading[] = [...(baseline ? [baseline] : []), ...readings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (line.length === 0 || line.length + (target ? 1 : 0) < 2) return undefined;
    const pace = projected !== undefined && latest && target && status !== 'achieved' ? { from: latest, to: { value: projected, date: target.date } } : undefined;
    const dates = [...line, ...(target ? [target] : [])].map(r => r.date).concat(goal.achieved ? [goal.achieved] : []);
    const values = [...line, ...(target ? [target] : []), ...(pace ? [pace.to] : [])].map(r => r.value);
    const first = dates.reduce((a, b) => (b < a ? b : a));
    const last = dates.reduce((a, b) => (b > a ? b : a));
    const span = Math.max(1, daysBetween(first, last));
    let low = minOf(values);
    let high = maxOf(values);
    if (low === high) { low -= 1; high += 1; }
    const x = (date: string) => fixed(LEFT + (daysBetween(first, date) / span) * (WIDTH - LEFT - RIGHT));
    const y = (value: number) => fixed(TOP + (1 - (value - low) / (high - low)) * (HEIGHT - TOP - BOTTOM));
    const colour = STATUS_COLOURS[status];
    const title = (text: string) => `<title>${htmlEscape(text)}</title>`;
    const label = `${goal.name}${goal.measure ? `: ${goal.measure}` : ''}`;
    const bottom = fixed(HEIGHT - BOTTOM);
    const out = [
        `<svg xmlns="http://www.w3.org/2000/svg" class="goal-chart" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${htmlEscape(`Chart of ${goal.name}`)}">`,
        title(`Chart of ${label}`),
        `<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${bottom}" stroke="#cccccc"/>`,
        `<line x1="${LEFT}" y1="${bottom}" x2="${WIDTH - RIGHT}" y2="${bottom}" stroke="#cccccc"/>`,
        `<text x="${LEFT - 4}" y="${fixed(TOP + 4)}" font-size="10" fill="#555555" text-anchor="end">${htmlEscape(measureValue(high))}</text>`,
        `<text x="${LEFT - 4}" y="${bottom}" font-size="10" fill="#555555" text-anchor="end">${htmlEscape(measureValue(low))}</text>`,
        `<text x="${LEFT}" y="${HEIGHT - 8}" font-size="10" fill="#555555" text-anchor="start">${htmlEscape(first)}</text>`,
        `<text x="${WIDTH - RIGHT}" y="${HEIGHT - 8}" font-size="10" fill="#555555" text-anchor="end">${htmlEscape(last)}</text>`
    ];
    if (goal.achieved) {
        out.push(`<line class="achieved" x1="${x(goal.achieved)}" y1="${TOP}" x2="${x(goal.achieved)}" y2="${bottom}" stroke="#1a7f37" stroke-width="2" stroke-dasharray="2 2">${title(`achieved on ${goal.achieved}`)}</line>`);
    }
    if (baseline && target) {
        out.push(`<line class="on-track" x1="${x(baseline.date)}" y1="${y(baseline.value)}" x2="${x(target.date)}" y2="${y(target.value)}" stroke="#888888" stroke-width="1.5" stroke-dasharray="5 4">${title(`on-track line: ${measureValue(baseline.value)} on ${baseline.date} to ${measureValue(target.value)} by ${target.date}`)}</line>`);
    }
    if (pace) {
        out.push(`<line class="pace" x1="${x(pace.from.date)}" y1="${y(pace.from.value)}" x2="${x(pace.to.date)}" y2="${y(pace.to.value)}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="1 3">${title(`at the current pace ${measureValue(pace.to.value)} by ${pace.to.date}`)}</line>`);
    }
    if (line.length > 1) {
        out.push(`<polyline class="readings" points="${line.map(r => `${x(r.date)},${y(r.value)}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    }
    if (baseline) {
        out.push(`<circle class="baseline" cx="${x(baseline.date)}" cy="${y(baseline.value)}" r="3.5" fill="#ffffff" stroke="#555555" stroke-width="1.5">${title(`baseline ${measureValue(baseline.value)} on ${baseline.date}`)}</circle>`);
    }
    for (const r of readings) {
        out.push(`<circle class="reading" cx="${x(r.date)}" cy="${y(r.value)}" r="3.5" fill="${colour}">${title(`${measureValue(r.value)} on ${r.date}`)}</circle>`);
    }
    if (target) {
        const [tx, ty] = [Number(x(target.date)), Number(y(target.value))];
        const diamond = [[tx, ty - 5], [tx + 5, ty], [tx, ty + 5], [tx - 5, ty]].map(([a, b]) => `${fixed(a)},${fixed(b)}`).join(' ');
        out.push(`<polygon class="target" points="${diamond}" fill="#ffffff" stroke="#111111" stroke-width="1.5">${title(`target ${measureValue(target.value)} by ${target.date}`)}</polygon>`);
    }
    out.push('</svg>');
    return out.join('\n');
}
