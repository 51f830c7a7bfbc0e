/**
 * The history of a network as HTML: line charts of its figures over time (inline SVG with
 * presentation attributes only, no script, every text escaped), the list of events and the table of
 * versions. `partnership history --format html` writes a page of them under the report's
 * Content-Security-Policy; `partnership report --history` adds the same section to the report.
 *
 * Browser-safe (no Node import).
 */
import { daysBetween, formatHours, maxOf, minOf } from 'partnership-language';
import { HISTORY_FIGURES, type HistoryRow, type NetworkHistory } from './history.js';
import { htmlEscape } from './html.js';
import { REPORT_CSP, REPORT_STYLE } from './report-style.js';

const WIDTH = 300;
const HEIGHT = 140;
const LEFT = 44;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 24;

interface Series {
    label: string;
    colour: string;
    values: Array<number | null>;
    /** Dashed: a limit, not a reading. */
    dashed?: boolean;
}

interface ChartSpec {
    title: string;
    series: Series[];
    /** The lowest and highest value the axis shows at least (e.g. 1 to 5 for trust). */
    floor?: number;
    ceiling?: number;
    format?: (value: number) => string;
}

const fixed = (n: number) => String(Math.round(n * 10) / 10);
const short = (commit: string) => commit.slice(0, 7);
const plain = (value: number) => String(Math.round(value * 1000) / 1000);
const percent = (value: number) => `${Math.round(value * 100)}%`;

/** One line chart: the versions' dates across, the values up; each version a point with its figure as a tooltip. */
function lineChartSvg(rows: readonly HistoryRow[], spec: ChartSpec): string {
    const format = spec.format ?? plain;
    const values = spec.series.flatMap(s => s.values).filter((v): v is number => v !== null);
    let low = minOf(values, spec.floor ?? Infinity);
    let high = maxOf(values, spec.ceiling ?? -Infinity);
    if (!Number.isFinite(low) || !Number.isFinite(high)) { low = 0; high = 1; }
    if (low === high) { low -= 1; high += 1; }
    const first = rows[0].date;
    const last = rows[rows.length - 1].date;
    const span = Math.max(1, daysBetween(first, last));
    // Versions of one day share its place; a history of one day spreads them evenly.
    const sameDay = first === last;
    const x = (i: number) => fixed(LEFT + (sameDay ? (rows.length === 1 ? 0.5 : i / (rows.length - 1)) : daysBetween(first, rows[i].date) / span) * (WIDTH - LEFT - RIGHT));
    const y = (value: number) => fixed(TOP + (1 - (value - low) / (high - low)) * (HEIGHT - TOP - BOTTOM));
    const bottom = fixed(HEIGHT - BOTTOM);
    const out = [
        `<svg xmlns="http://www.w3.org/2000/svg" class="history-chart" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${htmlEscape(`Chart of ${spec.title} over time`)}">`,
        `<title>${htmlEscape(`${spec.title}, ${first} to ${last}`)}</title>`,
        `<text x="${LEFT}" y="${TOP - 2}" font-size="10" fill="#111111">${htmlEscape(spec.title)}</text>`,
        `<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${bottom}" stroke="#cccccc"/>`,
        `<line x1="${LEFT}" y1="${bottom}" x2="${WIDTH - RIGHT}" y2="${bottom}" stroke="#cccccc"/>`,
        `<text x="${LEFT - 4}" y="${fixed(TOP + 8)}" font-size="10" fill="#555555" text-anchor="end">${htmlEscape(format(high))}</text>`,
        `<text x="${LEFT - 4}" y="${bottom}" font-size="10" fill="#555555" text-anchor="end">${htmlEscape(format(low))}</text>`,
        `<text x="${LEFT}" y="${HEIGHT - 8}" font-size="10" fill="#555555" text-anchor="start">${htmlEscape(first)}</text>`,
        `<text x="${WIDTH - RIGHT}" y="${HEIGHT - 8}" font-size="10" fill="#555555" text-anchor="end">${htmlEscape(last)}</text>`
    ];
    for (const s of spec.series) {
        const points = s.values.flatMap((v, i) => (v === null ? [] : [[i, v] as const]));
        if (points.length > 1) {
            out.push(`<polyline class="series" points="${points.map(([i, v]) => `${x(i)},${y(v)}`).join(' ')}" fill="none" stroke="${s.colour}" stroke-width="${s.dashed ? 1.5 : 2}"${s.dashed ? ' stroke-dasharray="5 4"' : ''}/>`);
        }
        if (s.dashed) continue;
        for (const [i, v] of points) {
            out.push(`<circle class="point" cx="${x(i)}" cy="${y(v)}" r="2.5" fill="${s.colour}"><title>${htmlEscape(`${s.label} ${format(v)} on ${rows[i].date} (${short(rows[i].commit)})`)}</title></circle>`);
        }
    }
    out.push('</svg>');
    return out.join('\n');
}

const figure = (rows: readonly HistoryRow[], key: keyof HistoryRow) => rows.map(row => row[key] as number | null);

function chartsOf(rows: readonly HistoryRow[]): string[] {
    const specs: ChartSpec[] = [
        { title: 'partners and ties', floor: 0, series: [
            { label: 'partners', colour: '#0550ae', values: figure(rows, 'partners') },
            { label: 'ties', colour: '#8250df', values: figure(rows, 'ties') }
        ] },
        { title: 'density', floor: 0, series: [{ label: 'density', colour: '#0550ae', values: figure(rows, 'density') }] },
        { title: 'sector diversity (Blau)', floor: 0, series: [{ label: 'sector diversity', colour: '#0550ae', values: figure(rows, 'diversity') }] },
        { title: 'brokers and components', floor: 0, series: [
            { label: 'brokers', colour: '#0550ae', values: figure(rows, 'brokers') },
            { label: 'components', colour: '#8250df', values: figure(rows, 'components') }
        ] },
        { title: 'mean trust', floor: 1, ceiling: 5, series: [{ label: 'mean trust', colour: '#1a7f37', values: figure(rows, 'meanTrust') }] },
        { title: 'goal progress', floor: 0, ceiling: 1, format: percent, series: [{ label: 'goal progress', colour: '#1a7f37', values: figure(rows, 'goalProgress') }] },
        { title: 'errors and warnings', floor: 0, series: [
            { label: 'errors', colour: '#b00020', values: figure(rows, 'errors') },
            { label: 'warnings', colour: '#8a5a00', values: figure(rows, 'warnings') }
        ] }
    ];
    if (rows.some(row => row.usLoad !== null)) {
        specs.splice(4, 0, { title: 'us load vs budget (h/month)', floor: 0, format: formatHours, series: [
            { label: 'us load', colour: '#0550ae', values: figure(rows, 'usLoad') },
            { label: 'budget', colour: '#b00020', values: figure(rows, 'budget'), dashed: true }
        ] });
    }
    // A chart needs something to draw: a figure that is there in at least one version.
    return specs.filter(spec => spec.series.some(s => s.values.some(v => v !== null))).map(spec => lineChartSvg(rows, spec));
}

function cellOf(row: HistoryRow, key: (typeof HISTORY_FIGURES)[number][0]): string {
    const value = row[key];
    if (value === null) return '–';
    return key === 'goalProgress' ? percent(value) : key === 'usLoad' ? formatHours(value) : plain(value);
}

/** The history of one network: charts, events and the versions' table (an `<h3>` each). */
export function historySectionHtml(history: NetworkHistory): string {
    const { rows, events } = history;
    if (rows.length === 0) return '<p>No version of this network in the history.</p>';
    const out = [
        `<p>${htmlEscape(`${rows.length} version${rows.length === 1 ? '' : 's'}, ${rows[0].date} to ${rows[rows.length - 1].date}.`)}</p>`,
        '<div class="history-charts">',
        ...chartsOf(rows),
        '</div>',
        '<h4>Events</h4>'
    ];
    if (events.length === 0) out.push('<p>No partner joined or left, no tie changed, no goal was achieved.</p>');
    else {
        out.push('<table class="events">', '<tr><th>date</th><th>commit</th><th>what happened</th></tr>');
        for (const event of events) {
            out.push(`<tr class="${event.kind}"><td>${htmlEscape(event.date)}</td><td><code>${htmlEscape(short(event.commit))}</code></td><td>${htmlEscape(event.text)}</td></tr>`);
        }
        out.push('</table>');
    }
    out.push('<h4>Versions</h4>', '<table class="history">',
        `<tr><th>date</th><th>commit</th><th>author</th>${HISTORY_FIGURES.map(([, header]) => `<th>${htmlEscape(header)}</th>`).join('')}</tr>`);
    for (const row of rows) {
        out.push(`<tr><td>${htmlEscape(row.date)}</td><td><code title="${htmlEscape(row.subject)}">${htmlEscape(short(row.commit))}</code></td><td>${htmlEscape(row.author)}</td>${HISTORY_FIGURES.map(([key]) => `<td class="n">${htmlEscape(cellOf(row, key))}</td>`).join('')}</tr>`);
    }
    out.push('</table>');
    return out.join('\n');
}

export const HISTORY_STYLE = `
.history-charts { display: flex; flex-wrap: wrap; gap: .75rem; }
.history-chart { border: 1px solid #ddd; background: #fff; flex: none; }
table.events tr.partner-left td, table.events tr.tie-removed td { color: #8a5a00; }
table.events tr.goal-achieved td { color: #1a7f37; font-weight: bold; }
`.trim();

/** The page of `partnership history --format html`: one section per network, the report's policy and style. */
export function renderHistoryHtml(histories: readonly NetworkHistory[]): string {
    const heading = histories.length === 1 && histories[0].name
        ? `Partnership history: ${histories[0].name}${histories[0].title ? ` — ${histories[0].title}` : ''}`
        : 'Partnership history';
    const out = [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${htmlEscape(heading)}</title>`,
        `<style>\n${REPORT_STYLE}\n${HISTORY_STYLE}\n</style>`,
        '</head>',
        '<body>',
        `<h1>${htmlEscape(heading)}</h1>`
    ];
    if (histories.length === 0) out.push('<p>No network in the history.</p>');
    histories.forEach((history, i) => {
        const title = history.name ? `Network ${history.name}${history.title ? ` — ${history.title}` : ''}` : `Loose files in ${history.folder} (no network declared)`;
        out.push(`<section class="network" id="network-${i + 1}">`, `<h2>${htmlEscape(title)}</h2>`, historySectionHtml(history), '</section>');
    });
    out.push('</body>', '</html>');
    return out.join('\n') + '\n';
}
