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

let dir: string;
let foodHtml: string;
let evilHtml: string;
const foodFile = () => path.join(dir, 'food.html');
const evilFile = () => path.join(dir, 'evil.html');

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-report-'));
    mkdirSync(path.join(dir, 'evil'));
    writeFileSync(path.join(dir, 'evil/network.partnership'), EVIL);
    const food = runCli(['report', '.', '--today', '2026-06-01', '-o', foodFile()], FOOD);
    expect(food.stderr).toBe('');
    expect(food.status).toBe(0);
    expect(food.stdout).toBe(`wrote ${foodFile()}\n`);
    const evil = runCli(['report', 'evil', '-o', evilFile()], dir);
    expect(evil.stderr).toBe('');
    expect(evil.status).toBe(0);
    foodHtml = readFileSync(foodFile(), 'utf8');
    evilHtml = readFileSync(evilFile(), 'utf8');
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
        expect(foodHtml).toContain('<tr><th>findings</th><td>1 error, 4 warnings, 1 info</td></tr>');
        expect(foodHtml).toContain('check-ins checked against 2026-06-01');
        // The SVG of partnership graph, inline, without its XML declaration.
        expect(foodHtml).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
        expect(foodHtml).not.toContain('<?xml');
        expect(foodHtml.match(/<circle /g)).toHaveLength(8);
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
