/**
 * `partnership report`'s Trust and value section, on examples/county-emergency (its partners' survey:
 * value scores, ratings, a tie the two sides see differently): the chart, the points by quadrant,
 * who is off it and the trust gaps, in the page as written and rendered in headless Chromium (its
 * DOM, and a screenshot in which every quadrant's points are drawn). A network without values or
 * ratings has no such section.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { QUADRANT_COLOURS } from 'partnership-views';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from './cli-run.js';
import { chromium, HAS_CHROMIUM, NO_CHROMIUM, textOf } from './chromium.js';

let dir: string;
let html: string;
const section = () => html.substring(html.indexOf('<h3>Trust and value</h3>'), html.indexOf('<h3>Findings</h3>'));

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-report-trust-'));
    const run = runCli(['report', path.join(ROOT, 'examples/county-emergency'), '-o', path.join(dir, 'county.html'), '--today', '2026-11-01']);
    expect(run.status, run.stderr).toBe(0);
    html = readFileSync(path.join(dir, 'county.html'), 'utf8');
});

describe('the report of examples/county-emergency', () => {
    test('has a Trust and value section after the goals, with the chart, the points by quadrant, who is off it and the gaps', () => {
        expect(html.indexOf('<h3>Goals</h3>')).toBeLessThan(html.indexOf('<h3>Trust and value</h3>'));
        const body = section();
        expect(body.match(/<svg [^>]*class="trust-value-chart"[^>]*role="img"/g)).toHaveLength(1);
        expect(body.match(/<circle class="point /g)).toHaveLength(6);
        const rows = [...body.matchAll(/<tr><td>([^<]*)<\/td><td class="n">([^<]*)<\/td><td class="n">([^<]*)<\/td><td class="quadrant [a-z-]+">([^<]*)<\/td><\/tr>/g)].map(m => m.slice(1).join(' | '));
        expect(rows).toEqual([
            'Harbor County Office of Emergency Management (CountyOEM) | 3.83 | 4.67 | rely on',
            'Red Cross, Harbor chapter (RedCross) | 4.17 | 4.33 | rely on',
            'Harbor Interfaith Council (FaithCouncil) | 4 | 3 | rely on',
            'Harbor Community Foundation (CommunityFoundation) | 2.67 | 3.67 | invest in',
            'Harbor Unified School District (SchoolDistrict) | 4 | 2.33 | re-engage',
            'Harbor General Hospital (HarborGeneral) | 2.67 | 2 | reconsider'
        ]);
        expect(body).toContain('<p class="off-chart">Not on the chart: Harbor Amateur Radio Emergency Service (AmateurRadio): no value score.</p>');
        const gaps = [...body.matchAll(/<table class="trust-gaps">([\s\S]*?)<\/table>/g)][0][1];
        expect(gaps.split('\n').filter(line => line.startsWith('<tr><td>'))).toEqual([
            '<tr><td>CountyOEM -- SchoolDistrict</td><td>CountyOEM: 4</td><td>2026-09-02</td><td>SchoolDistrict: 2.33</td><td>2026-09-02</td><td class="n over">1.67 !</td></tr>',
            '<tr><td>CountyOEM -- RedCross</td><td>CountyOEM: 4.33</td><td>2026-08-20</td><td>RedCross: 4.67</td><td>2026-08-20</td><td class="n">0.33</td></tr>'
        ]);
        // The page's policy is untouched: no script, no style attribute for the chart.
        expect(body).not.toMatch(/<script|\sstyle=/i);
    });

    test('a network without values or ratings has none', () => {
        const plain = path.join(dir, 'plain.html');
        expect(runCli(['report', path.join(ROOT, 'examples/clean-network'), '-o', plain, '--today', '2026-11-01']).status).toBe(0);
        expect(readFileSync(plain, 'utf8')).not.toContain('Trust and value');
    });
});

/** The colour of a point of `colour` as drawn: 85% over its quadrant's 7% tint of white. */
function drawn(colour: string): [number, number, number] {
    const c = [1, 3, 5].map(i => parseInt(colour.slice(i, i + 2), 16));
    return c.map(v => 0.85 * v + 0.15 * (0.07 * v + 0.93 * 255)) as [number, number, number];
}

describe('the section in headless Chromium', () => {
    test.skipIf(!HAS_CHROMIUM)(`the DOM holds the chart and the tables as a reader sees them${NO_CHROMIUM}`, () => {
        const dom = chromium(['--dump-dom', pathToFileURL(path.join(dir, 'county.html')).href]);
        const text = textOf(dom);
        const body = text.substring(text.indexOf(' Trust and value '), text.indexOf(' Findings '));
        // Each quadrant's name, its meaning (its tooltip) and its two words.
        expect(body).toContain(' invest in high value, low trust: worth investing in the relationship to strengthen trust high value, low trust ');
        expect(body).toContain(' re-engage low value, high trust: trusted, but contributing little yet; grow their involvement low value, high trust ');
        expect(body).toContain('Harbor Community Foundation (CommunityFoundation): trust 2.67 (from 1 rating by partners), value 3.67 (influence 4, involvement 2, resources 5): invest in');
        expect(body).toContain(' Harbor Unified School District (SchoolDistrict) 4 2.33 re-engage ');
        expect(body).toContain(' Ties with the largest trust gaps tie one side rates it on the other side on gap CountyOEM -- SchoolDistrict CountyOEM: 4 2026-09-02 SchoolDistrict: 2.33 2026-09-02 1.67 ! ');
        // Chromium parsed the chart as SVG: one per point, inside it.
        const chart = /<svg [^>]*class="trust-value-chart"[\s\S]*?<\/svg>/.exec(dom)![0];
        expect(chart.match(/<circle /g)).toHaveLength(6);
    });

    test.skipIf(!HAS_CHROMIUM)(`a screenshot shows the chart: the points of every quadrant are drawn in its colour${NO_CHROMIUM}`, () => {
        // The page's head (its policy and style) with the section alone, so that the chart is in the window.
        const page = path.join(dir, 'section.html');
        writeFileSync(page, `${html.substring(0, html.indexOf('<body>') + 6)}\n${section()}\n</body>\n</html>\n`);
        const shot = path.join(dir, 'section.png');
        chromium([`--screenshot=${shot}`, '--window-size=1000,900', '--force-device-scale-factor=1', pathToFileURL(page).href]);
        const png = PNG.sync.read(readFileSync(shot));
        expect([png.width, png.height]).toEqual([1000, 900]);
        const near = (target: [number, number, number]) => {
            let count = 0;
            for (let i = 0; i < png.data.length; i += 4) {
                if (Math.abs(png.data[i] - target[0]) <= 12 && Math.abs(png.data[i + 1] - target[1]) <= 12 && Math.abs(png.data[i + 2] - target[2]) <= 12) count++;
            }
            return count;
        };
        // A point (radius 5) has some 50 pixels of its own colour; rely on has three.
        expect(near(drawn(QUADRANT_COLOURS['rely-on']))).toBeGreaterThan(90);
        for (const quadrant of ['invest-in', 're-engage', 'reconsider'] as const) expect(near(drawn(QUADRANT_COLOURS[quadrant])), quadrant).toBeGreaterThan(30);
    });
});
