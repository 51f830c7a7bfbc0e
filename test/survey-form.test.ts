/**
 * The survey's HTML form in headless Chromium (driven over the DevTools protocol, test/cdp.ts): filled
 * in with the keyboard only (Tab from group to group, arrow keys in a radio group, typing in the
 * comment box, Enter on the button and on the download link), the file it downloads is the answers
 * file `partnership survey` writes with the scores in, and `partnership import --survey` adds it to
 * the network. Hostile partner titles stay text: no dialog, no injected element; the CSP lets the
 * page's own script run and blocks an injected script, an image and a request. On a phone-sized
 * screen the page needs no sideways scrolling. Skipped with a note without /usr/bin/chromium.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM, HAS_CHROMIUM, NO_CHROMIUM } from './chromium.js';
import { Cdp } from './cdp.js';
import { runCli, textFindings, writeUnder } from './cli-run.js';

const SCRIPT_TITLE = '</script><img src=x onerror=alert(1)>';
const FORMULA_TITLE = `=cmd|' /C calc'!A0`;
const ATTRIBUTE_TITLE = `"><svg onload=alert(2)>`;

const NETWORK = `network Net "Evil <b>network</b>" {
    us Us
}

partner Us "Our ${ATTRIBUTE_TITLE.replace(/"/g, '\\"')}" { sector nonprofit }
partner Clinic "${SCRIPT_TITLE}" { sector healthcare }
partner Union "${FORMULA_TITLE}" { sector community-group }

tie Us -- Clinic {
    // kept through the import
    strength strong
}
tie Us -- Union
tie Clinic -- Union
`;

let dir: string;
let cdp: Cdp;
const downloads = () => path.join(dir, 'downloads');

beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-survey-form-'));
    writeUnder(dir, 'net/network.partnership', NETWORK);
    const run = runCli(['survey', 'net', '-o', 'surveys', '--today', '2026-11-01'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    if (!HAS_CHROMIUM) return;
    cdp = Cdp.launch(CHROMIUM);
    await cdp.openPage();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads(), eventsEnabled: true });
    // A dialog would block the page: dismiss it, and the test sees it in the events.
    cdp.waitFor(event => event.method === 'Page.javascriptDialogOpening', 600_000, false)
        .then(() => cdp.send('Page.handleJavaScriptDialog', { accept: false }, true), () => undefined);
}, 60_000);

afterAll(async () => {
    if (cdp) await cdp.close();
});

describe.skipIf(!HAS_CHROMIUM)(`the survey form in headless Chromium${NO_CHROMIUM}`, () => {
    test('filled in with the keyboard, it downloads the answers file, which the import adds to the network', async () => {
        await cdp.navigate(pathToFileURL(path.join(dir, 'surveys/Net-Us.html')).href);
        expect(await cdp.evaluate('document.title')).toBe(`Survey: Our ${ATTRIBUTE_TITLE} on Evil <b>network</b>`);
        // From the top of the page: Tab reaches each question's radio group, arrows choose a score.
        const scores = [4, 2, 5, 3, 3, 1];
        for (const score of scores) {
            await cdp.press('Tab');
            await cdp.press('ArrowRight', score);
        }
        await cdp.press('Tab');
        expect(await cdp.evaluate('document.activeElement.id')).toBe('t1-comment');
        await cdp.type('=SUM(A1) "quoted", new');
        await cdp.press('Enter');
        await cdp.type('line');
        // The second tie is left blank: past its six groups and its comment to the button.
        await cdp.press('Tab', 8);
        expect(await cdp.evaluate('document.activeElement.id')).toBe('make');
        await cdp.press('Enter');
        expect(await cdp.evaluate('document.getElementById("status").textContent')).toBe('The answers file is ready (6 answers): download it with the link below and send it back.');
        expect(await cdp.evaluate('document.activeElement.id')).toBe('download');
        const shown = await cdp.evaluate<string>('document.getElementById("csv").value');
        const done = cdp.waitFor(event => event.method === 'Browser.downloadProgress' && event.params.state === 'completed');
        await cdp.press('Enter');
        await done;
        expect(readdirSync(downloads())).toEqual(['Net-Us.csv']);
        const csv = readFileSync(path.join(downloads(), 'Net-Us.csv'), 'utf8');
        const written = readFileSync(path.join(dir, 'surveys/Net-Us.csv'), 'utf8').split('\r\n');
        expect(csv).toBe([
            written[0],
            `Net,Us,Clinic,${SCRIPT_TITLE},4,2,5,3,3,1,"'=SUM(A1) ""quoted"", new\nline"`,
            // The blank row is the row partnership survey wrote: the same cells, quoting and formula guard.
            written[2],
            ''
        ].join('\r\n'));
        expect(written[2]).toBe(`Net,Us,Union,'${FORMULA_TITLE},,,,,,,`);
        // The text to copy is the same (a textarea keeps its line breaks as \n).
        expect(shown).toBe(csv.slice(1).replace(/\r\n/g, '\n'));

        const imported = runCli(['import', '--survey', path.join(downloads(), 'Net-Us.csv'), 'net', '--date', '2026-11-03'], dir);
        expect(imported.stderr).toBe('');
        expect(imported.status).toBe(0);
        expect(imported.stdout).toContain('added 1 rating to 1 tie and set the value of 1 partner in net/network.partnership; skipped 0 rows, 1 row left blank\n');
        const text = readFileSync(path.join(dir, 'net/network.partnership'), 'utf8');
        expect(text).toContain([
            'tie Us -- Clinic {',
            '    // kept through the import',
            '    strength strong',
            '    // survey comment by Us (2026-11-03): =SUM(A1) "quoted", new line',
            '    rating by Us reliability 4 mission 2 openness 5 on 2026-11-03',
            '}'
        ].join('\n'));
        expect(text).toContain(`partner Clinic "${SCRIPT_TITLE}" {\n    sector healthcare\n    value influence 3 involvement 3 resources 1\n}`);
        const validated = runCli(['validate', 'net', '--today', '2026-11-04'], dir);
        expect(textFindings(validated.stdout).filter(f => f.severity === 'error')).toEqual([]);
    });

    test('hostile titles stay text: no dialog, no injected element; the CSP blocks injected script, images and requests', async () => {
        await cdp.navigate(pathToFileURL(path.join(dir, 'surveys/Net-Clinic.html')).href);
        const page = await cdp.evaluate<{ images: number; svgs: number; handlers: number; scripts: number; headings: string[]; h1: string }>(`({
            images: document.querySelectorAll('img').length,
            svgs: document.querySelectorAll('svg').length,
            handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
            scripts: document.scripts.length,
            headings: [...document.querySelectorAll('h2')].map(h => h.textContent),
            h1: document.querySelector('h1').textContent
        })`);
        expect(page).toEqual({
            images: 0, svgs: 0, handlers: 0, scripts: 1,
            headings: [`${FORMULA_TITLE} (Union)`, `Our ${ATTRIBUTE_TITLE} (Us)`],
            h1: `Evil <b>network</b>: how ${SCRIPT_TITLE} sees its partners`
        });
        expect(await cdp.evaluate('document.getElementById("survey").dataset.respondent')).toBe('Clinic');
        const violations = await cdp.evaluate<string[]>(`new Promise(resolve => {
            const seen = [];
            document.addEventListener('securitypolicyviolation', event => seen.push(event.effectiveDirective));
            const script = document.createElement('script');
            script.textContent = 'window.pwned = true';
            document.body.append(script);
            const image = document.createElement('img');
            image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
            document.body.append(image);
            fetch('https://example.org/').catch(() => undefined);
            setTimeout(() => resolve(seen.sort()), 500);
        })`);
        expect(violations).toEqual(['connect-src', 'img-src', 'script-src-elem']);
        expect(await cdp.evaluate('window.pwned === undefined')).toBe(true);
        // The page's own script runs under the CSP: its button works.
        await cdp.evaluate('document.getElementById("make").click()');
        expect(await cdp.evaluate('document.getElementById("download").hidden')).toBe(false);
        expect(cdp.events.filter(event => event.method === 'Page.javascriptDialogOpening')).toEqual([]);
    });

    test('on a phone-sized screen the page fits its width', async () => {
        await cdp.send('Emulation.setDeviceMetricsOverride', { width: 360, height: 740, deviceScaleFactor: 2, mobile: true }, true);
        await cdp.navigate(pathToFileURL(path.join(dir, 'surveys/Net-Union.html')).href);
        const width = await cdp.evaluate<{ scroll: number; client: number; viewport: string }>(`({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
            viewport: document.querySelector('meta[name=viewport]').content
        })`);
        expect(width.client).toBe(360);
        expect(width.scroll).toBeLessThanOrEqual(width.client);
        await cdp.send('Emulation.clearDeviceMetricsOverride', {}, true);
    });
});
