/**
 * `partnership report`: one self-contained HTML page. Checked statically (escaping, CSP, no script,
 * nothing loaded), then rendered in headless Chromium (DOM text and a screenshot) when
 * /usr/bin/chromium is installed (.ci/run installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { DEFAULT_DOCS_BASE } from 'partnership-language';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from './cli-run.js';
import { chromium, HAS_CHROMIUM, NO_CHROMIUM, textOf } from './chromium.js';


const FOOD = path.join(ROOT, 'examples/food-access');

// Titles that would run script or break out of an attribute if they were not escaped.
const EVIL = `network Evil "Evil <script>alert(1)</script> network" {
    us A
}
partner A "<script>alert(1)</script>" { sector nonprofit }
partner B "\\"onmouseover=alert(2) x" { sector media }
partner C "javascript:alert(1)"
partner D "Fish &amp; Chips"
tie A -- B { strength strong }
tie B -- C
tie C -- D { strength weak }
`;
const EVIL_TEXTS = ['<script>alert(1)</script>', '"onmouseover=alert(2) x', 'javascript:alert(1)', 'Fish &amp; Chips'];

// Four goals, judged on 2026-06-01: off track, on track, achieved and one with no measure, under
// titles and measures that would run script, break out of an attribute or close the chart's <svg>
// if they were not escaped. A payload that ran would rename the page or mark its body.
const GOALS = `network Aims "Aims" {
    us Bank
}
goal FreshProduce "</svg><script>document.title='pwned'</script>" {
    needs funding, data, lived-experience
    measure "\\"><img src=x onerror=\\"document.body.id='pwned'\\">"
    baseline 1200 on 2025-01-01
    target 1440 by 2027-12-31
    progress 1290 on 2026-03-31
    progress 1310 on 2026-09-30
}
goal Meals "<script>document.title='pwned'</script>" {
    measure "</title></svg><svg onload=\\"document.body.id='pwned'\\">"
    baseline 100 on 2025-01-01
    target 200 by 2026-12-31
    progress 180 on 2025-12-31
}
goal Garden "Fish &amp; Chips <i>garden</i>" {
    measure "gardens"
    baseline 0 on 2025-01-01
    target 1 by 2026-12-31
    progress 1 on 2026-03-01
    achieved 2026-03-01
}
goal Someday "javascript:alert(1)" { due 2027-01-01  needs data }
role Distributor { provides data  serves FreshProduce, Someday }
role Funder { serves FreshProduce }
partner Bank { plays Distributor  sector nonprofit }
partner Way { plays Funder  sector philanthropy }
partner Union { sector community-group }
tie Bank -- Way { Way gives funding }
tie Bank -- Union { Union gives lived-experience }
`;

let dir: string;
let foodHtml: string;
let evilHtml: string;
let goalsHtml: string;
const foodFile = () => path.join(dir, 'food.html');
const evilFile = () => path.join(dir, 'evil.html');
const goalsFile = () => path.join(dir, 'goals.html');

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-report-'));
    mkdirSync(path.join(dir, 'evil'));
    writeFileSync(path.join(dir, 'evil/network.partnership'), EVIL);
    mkdirSync(path.join(dir, 'goals'));
    writeFileSync(path.join(dir, 'goals/network.partnership'), GOALS);
    const food = runCli(['report', '.', '--today', '2026-06-01', '-o', foodFile()], FOOD);
    expect(food.stderr).toBe('');
    expect(food.status).toBe(0);
    expect(food.stdout).toBe(`wrote ${foodFile()}\n`);
    const evil = runCli(['report', 'evil', '-o', evilFile()], dir);
    expect(evil.stderr).toBe('');
    expect(evil.status).toBe(0);
    const goals = runCli(['report', 'goals', '--today', '2026-06-01', '-o', goalsFile()], dir);
    expect(goals.stderr).toBe('');
    expect(goals.status).toBe(0);
    foodHtml = readFileSync(foodFile(), 'utf8');
    evilHtml = readFileSync(evilFile(), 'utf8');
    goalsHtml = readFileSync(goalsFile(), 'utf8');
});

/** Every src/href attribute value in the page. */
const links = (html: string) => [...html.matchAll(/\s(?:src|href|xlink:href|action|srcset)\s*=\s*"([^"]*)"/gi)].map(m => m[1]);

/** Width and height from the IHDR chunk (bytes 16–23 of a PNG). */
function ihdr(file: string): { width: number; height: number } {
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Pixels that are not (near) white, and the number of distinct colours. */
function ink(file: string): { inked: number; colours: number } {
    const png = PNG.sync.read(readFileSync(file));
    let inked = 0;
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
        colours.add((r << 16) | (g << 8) | b);
        if (r < 240 || g < 240 || b < 240) inked++;
    }
    return { inked, colours: colours.size };
}

describe('partnership report (static HTML)', () => {
    test('food-access: summary, graph, metrics and findings grouped by rule with doc links', () => {
        expect(foodHtml.startsWith('<!DOCTYPE html>\n')).toBe(true);
        expect(foodHtml).toContain('<h2>Network EastsideFood — Eastside Food Access Coalition</h2>');
        expect(foodHtml).toContain('<tr><th>partners</th><td>8</td></tr>');
        expect(foodHtml).toContain('<tr><th>ties</th><td>7</td></tr>');
        expect(foodHtml).toContain('<tr><th>density</th><td>0.25</td></tr>');
        expect(foodHtml).toContain('<tr><th>us load vs budget</th><td>EastsideFoodBank: 41.6 h/month of a 40 h/month budget (over budget)</td></tr>');
        expect(foodHtml).toContain('<tr><th>findings</th><td>1 error, 8 warnings, 3 info</td></tr>');
        expect(foodHtml).toContain('check-ins checked against 2026-06-01');
        // The SVG of partnership graph, inline, without its XML declaration.
        expect(foodHtml).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
        expect(foodHtml).not.toContain('<?xml');
        // One circle per partner in the network graph (the goal charts below draw their own).
        const graphSvg = foodHtml.slice(foodHtml.indexOf('<svg xmlns="http://www.w3.org/2000/svg"'), foodHtml.indexOf('</svg>') + 6);
        expect(graphSvg.match(/<circle /g)).toHaveLength(8);
        // Metrics table: brokers and cut vertices marked, first by betweenness.
        expect(foodHtml).toMatch(/<table class="metrics">\n<tr>.*<\/tr>\n<tr class="broker"><td>EastsideFoodBank ◆ ✂<\/td><td>Eastside Food Bank<\/td>/);
        expect(foodHtml).toContain('<td class="n over">15 / 8 !</td>');
        // Findings grouped by code, with the rule's page and file:line:col.
        expect(foodHtml).toContain(`<h4><a href="${DEFAULT_DOCS_BASE}over-budget.md">over-budget</a> (1)</h4>`);
        expect(foodHtml).toContain(`<h4><a href="${DEFAULT_DOCS_BASE}single-point-of-failure.md">single-point-of-failure</a> (1)</h4>`);
        expect(foodHtml).toContain('<span class="where">network.partnership:7:12</span> EastsideFoodBank spends 41.6 h/month');
        expect(foodHtml.indexOf('over-budget')).toBeLessThan(foodHtml.indexOf('>unused-role<'));
    });

    test('same input, same bytes; no date without --today', () => {
        const again = path.join(dir, 'again.html');
        expect(runCli(['report', '.', '--today', '2026-06-01', '-o', again], FOOD).status).toBe(0);
        expect(readFileSync(again, 'utf8')).toBe(foodHtml);
        expect(evilHtml).not.toContain('checked against');
        expect(evilHtml).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    });

    test('strict CSP, no script, nothing loaded from elsewhere', () => {
        for (const html of [foodHtml, evilHtml]) {
            expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
            expect(html).not.toMatch(/<script/i);
            expect(html).not.toMatch(/<(link|img|iframe|object|embed|base|form)\b/i);
            expect(html).not.toMatch(/url\(|@import/i);
            expect(html).not.toMatch(/\son\w+\s*=/i);
            for (const link of links(html)) expect(link.startsWith(DEFAULT_DOCS_BASE) || link.startsWith('#'), link).toBe(true);
        }
        expect(links(foodHtml).length).toBeGreaterThan(0);
    });

    test('names, titles and messages are HTML-escaped', () => {
        expect(evilHtml).toContain('<h2>Network Evil — Evil &lt;script&gt;alert(1)&lt;/script&gt; network</h2>');
        expect(evilHtml).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
        expect(evilHtml).toContain('<td>&quot;onmouseover=alert(2) x</td>');
        expect(evilHtml).toContain('<td>javascript:alert(1)</td>');
        expect(evilHtml).toContain('<td>Fish &amp;amp; Chips</td>');
        expect(evilHtml).not.toContain('"onmouseover');
        expect(evilHtml).not.toMatch(/(href|src)="javascript/i);
    });

    test('goals: one block each, in declaration order, a chart for each measured goal, every title and measure escaped', () => {
        const section = goalsHtml.substring(goalsHtml.indexOf('<h3>Goals</h3>'), goalsHtml.indexOf('<h3>Findings</h3>'));
        expect(section.match(/<div class="goal">/g)).toHaveLength(4);
        expect([...section.matchAll(/<h4>(\w+) — /g)].map(m => m[1])).toEqual(['FreshProduce', 'Meals', 'Garden', 'Someday']);
        // Three charts (Someday has nothing to draw) besides the network's graph.
        expect(section.match(/<svg /g)).toHaveLength(3);
        expect(goalsHtml.match(/<svg /g)).toHaveLength(4);
        expect(section.match(/<\/svg>/g)).toHaveLength(3);
        expect(section).toContain('<h4>FreshProduce — &lt;/svg&gt;&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; <span class="badge off-track">off track</span></h4>');
        expect(section).toContain('<tr><th>measure</th><td>&quot;&gt;&lt;img src=x onerror=&quot;document.body.id=&#39;pwned&#39;&quot;&gt;</td></tr>');
        expect(section).toContain('<title>Chart of FreshProduce: &quot;&gt;&lt;img src=x onerror=&quot;document.body.id=&#39;pwned&#39;&quot;&gt;</title>');
        expect(section).toContain('<title>Chart of Meals: &lt;/title&gt;&lt;/svg&gt;&lt;svg onload=&quot;document.body.id=&#39;pwned&#39;&quot;&gt;</title>');
        expect(section).toContain('<h4>Garden — Fish &amp;amp; Chips &lt;i&gt;garden&lt;/i&gt; <span class="badge achieved">✓ Achieved on 2026-03-01</span></h4>');
        expect(section).toContain('<p class="legend">Judged on 2026-06-01. Charts: ');
        // The same policy, no script, no element or handler from the payloads (in the text, every < is escaped).
        expect(goalsHtml).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
        expect(goalsHtml).not.toMatch(/<(script|img|iframe|object|embed|link|base|form)\b/i);
        expect(goalsHtml).not.toMatch(/<[^>]*\son\w+\s*=/i);
        for (const link of links(goalsHtml)) expect(link.startsWith(DEFAULT_DOCS_BASE) || link.startsWith('#'), link).toBe(true);
        // The food-access goals state no measure: no chart, no judging date without --today elsewhere.
        expect(foodHtml).toContain('<h3>Goals</h3>');
        expect(evilHtml).toContain('<h3>Goals</h3>\n<p>No goals.</p>');
    });

    test('usage errors exit 2 and write nothing', () => {
        const out = path.join(dir, 'missing.html');
        const run = runCli(['report', 'no-such-folder', '-o', out], dir);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(existsSync(out)).toBe(false);
        const bad = runCli(['report', 'evil', '-o', path.join(dir, 'no/such/dir/x.html')], dir);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toMatch(/^partnership: cannot write /);
        expect(runCli(['report', 'evil', '--today', 'soon'], dir).status).toBe(2);
    });
});

describe('partnership report in headless Chromium', () => {
    test.skipIf(!HAS_CHROMIUM)(`the DOM holds the network, its partners, and the malicious titles as text${NO_CHROMIUM}`, () => {
        const food = chromium(['--dump-dom', pathToFileURL(foodFile()).href]);
        const foodText = textOf(food);
        expect(foodText).toContain('Network EastsideFood — Eastside Food Access Coalition');
        expect(foodText).toContain('EastsideFoodBank');
        expect(foodText).toContain('Eastside Tenants Union');
        const evil = chromium(['--dump-dom', pathToFileURL(evilFile()).href]);
        expect(evil).not.toMatch(/<script/i);
        expect(evil).not.toMatch(/<[^>]*\sonmouseover\s*=/i);
        const evilText = textOf(evil);
        for (const text of EVIL_TEXTS) expect(evilText).toContain(text);
    });

    test.skipIf(!HAS_CHROMIUM)(`goals read as a reader sees them, hostile titles and measures as text, no payload run${NO_CHROMIUM}`, () => {
        // The page as written, and without its Content-Security-Policy: the escaping alone keeps the payloads text.
        const bare = path.join(dir, 'goals-without-csp.html');
        writeFileSync(bare, goalsHtml.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, ''));
        expect(readFileSync(bare, 'utf8')).not.toContain('Content-Security-Policy');
        for (const dom of [chromium(['--dump-dom', pathToFileURL(bare).href]), chromium(['--dump-dom', pathToFileURL(goalsFile()).href])]) {
            // Nothing ran: the title and the body are as written, and no element came of a payload.
            expect(dom).toContain('<title>Partnership report: Aims — Aims</title>');
            expect(dom).not.toMatch(/<body[^>]*\sid=/i);
            expect(dom).not.toMatch(/<(script|img)\b/i);
            expect(dom).not.toMatch(/<[^>]*\son\w+\s*=/i);
        }
        const dom = chromium(['--dump-dom', pathToFileURL(goalsFile()).href]);
        // Three charts and the graph: no title or measure closed an <svg> early or opened one.
        expect(dom.match(/<svg /g)).toHaveLength(4);
        expect(dom.match(/<svg [^>]*class="goal-chart"/g)).toHaveLength(3);
        const text = textOf(dom);
        const goals = text.substring(text.indexOf(' Goals '), text.indexOf(' Findings '));
        // Off track: the heading, the status in words with the projection, the measure, the readings, the
        // due date, who serves it, and its needs.
        expect(goals).toContain(" FreshProduce — </svg><script>document.title='pwned'</script> off track"
            + ' Off track: at the current pace 1,388.9 of 1,440 by 2027-12-31 ');
        expect(goals).toContain(` measure "><img src=x onerror="document.body.id='pwned'">`
            + ' baseline 1,200 on 2025-01-01 latest 1,310 on 2026-09-30 (46% of the way from 1,200 to 1,440)'
            + ' target 1,440 by 2027-12-31 due 2027-12-31, in 578 days served by Distributor: Bank; Funder: Way'
            + ' needs met funding (Way gives it in Bank -- Way), data (Bank as Distributor) needs unmet lived-experience ');
        // The chart's own words: its axes, the on-track line, each reading, the pace and the target.
        expect(goals).toContain(` Chart of FreshProduce: "><img src=x onerror="document.body.id='pwned'"> 1,440 1,200 2025-01-01 2027-12-31`
            + ' on-track line: 1,200 on 2025-01-01 to 1,440 by 2027-12-31 at the current pace 1,388.9 by 2027-12-31'
            + ' baseline 1,200 on 2025-01-01 1,290 on 2026-03-31 1,310 on 2026-09-30 target 1,440 by 2027-12-31 ');
        // On track.
        expect(goals).toContain(" Meals — <script>document.title='pwned'</script> on track On track: at the current pace 260.2 of 200 by 2026-12-31 ");
        expect(goals).toContain(` measure </title></svg><svg onload="document.body.id='pwned'"> baseline 100 on 2025-01-01`);
        expect(goals).toContain(' due 2026-12-31, in 213 days served by no role serves it ');
        // Achieved: celebrated, no alarm and no pace.
        expect(goals).toContain(' Garden — Fish &amp; Chips <i>garden</i> ✓ Achieved on 2026-03-01 ');
        expect(goals).toContain(' due 2026-12-31, achieved 305 days early ');
        const garden = goals.substring(goals.indexOf(' Garden — '), goals.indexOf(' Someday — '));
        expect(garden).not.toMatch(/off track|past due|at the current pace/i);
        // No measure: what it has, and what it lacks.
        expect(goals).toContain(' Someday — javascript:alert(1) not measured Not measured yet: no measure, no baseline, no target'
            + ' due 2027-01-01, in 214 days served by Distributor: Bank needs met data (Bank as Distributor) needs unmet none ');
        expect(goals).toContain(' Judged on 2026-06-01. Charts: the dashed grey line is the on-track line');
    });

    test.skipIf(!HAS_CHROMIUM)(`a screenshot of the page has the window's size and is not blank${NO_CHROMIUM}`, () => {
        const shot = path.join(dir, 'food.png');
        chromium([`--screenshot=${shot}`, '--window-size=1200,1600', pathToFileURL(foodFile()).href]);
        const blankHtml = path.join(dir, 'blank.html');
        writeFileSync(blankHtml, '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>\n');
        const blankShot = path.join(dir, 'blank.png');
        chromium([`--screenshot=${blankShot}`, '--window-size=1200,1600', pathToFileURL(blankHtml).href]);
        expect(ihdr(shot)).toEqual({ width: 1200, height: 1600 });
        expect(ihdr(blankShot)).toEqual({ width: 1200, height: 1600 });
        const page = ink(shot);
        const blank = ink(blankShot);
        expect(blank.inked).toBe(0);
        // Text, table borders and the coloured sector circles.
        expect(page.inked).toBeGreaterThan(20_000);
        expect(page.colours).toBeGreaterThan(50);
        expect(statSync(shot).size).toBeGreaterThan(10 * statSync(blankShot).size);
    });
});
