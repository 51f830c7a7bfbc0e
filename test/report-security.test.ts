/**
 * `partnership report` on hostile files: titles, goal and role texts, lanes and
 * contacts holding HTML, `<script>`, `<img onerror>`, SVG handlers, `javascript:` links and control
 * characters are shown as text and never run. Checked in the HTML, then in headless Chromium
 * (/usr/bin/chromium, skipped with a note when absent): the page as written, and the same page with
 * its Content-Security-Policy removed, so that the escaping alone is shown to be enough. Also: nothing
 * a file says makes the CLI read another file (the language has no path-like feature; path-like
 * texts are just text).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './cli-run.js';
import { chromium, HAS_CHROMIUM, NO_CHROMIUM, textOf } from './chromium.js';


// Every payload, if it ran, would leave a mark that its text does not contain: the marks are built
// by concatenation ('HA' + 'CKED'), so finding HACKED anywhere in the rendered DOM means code ran.
const PAYLOADS = {
    script: `<script>document.title='HA'+'CKED'</script>`,
    img: `<img src=x onerror="document.body.setAttribute('data-x','HA'+'CKED')">`,
    svg: `<svg onload="document.title='HA'+'CKED'"></svg>`,
    breakout: `</td></tr></table></style></title><script>document.title='HA'+'CKED'</script>`,
    attribute: `' onmouseover='document.title=1' x='`,
    javascript: `javascript:document.title='HA'+'CKED'`,
    iframe: `<iframe src="javascript:parent.document.title='HA'+'CKED'"></iframe>`,
    entity: `&lt;script&gt; &amp;amp; &#60;b&#62;`
};
// Escaped for a .partnership string: " and \ need a backslash.
const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const CONTROL = 'Bell\u0007 Esc\u001b[31mRed\u001b[0m Del\u007f Back\u0008space';
const SECRET = 'SECRET-CONTENT-7f3a';

const NETWORK = `network Hostile ${quote(`Hostile ${PAYLOADS.script}`)} {
    us A
    budget 40 hours/month
}
goal G ${quote(PAYLOADS.img)} {
    cocreated-by A, B
}
role R ${quote(PAYLOADS.svg)} {
    serves G
    lane ${quote(PAYLOADS.iframe)}
}
partner A ${quote(PAYLOADS.breakout)} {
    sector nonprofit
    plays R
    contact ${quote('../../../../etc/passwd')}
}
partner B ${quote(PAYLOADS.attribute)} {
    sector media
    plays R
    contact ${quote('file:///etc/passwd')}
}
partner C ${quote(PAYLOADS.javascript)} {
    sector faith
    plays R
    contact ${quote(`../secret.txt`)}
}
partner D ${quote(PAYLOADS.entity)} {
    sector business
    plays R
}
partner E ${quote(CONTROL)} {
    sector resident
    plays R
}
meeting M ${quote(PAYLOADS.img)} {
    invites A, B
}
tie A -- B {
    effort 1 hour/month
    A gives funding
    B gives data
}
tie B -- C {
    effort 1 hour/month
    B gives data
    C gives space
}
tie C -- D
tie D -- E
`;

let dir: string;
let html: string;
const reportFile = () => path.join(dir, 'work/hostile.html');

beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-report-security-'));
    mkdirSync(path.join(dir, 'work/net'), { recursive: true });
    // A file outside the network folder that path-like texts point at: it must never be read.
    writeFileSync(path.join(dir, 'work/secret.txt'), `${SECRET}\n`);
    writeFileSync(path.join(dir, 'work/net/network.partnership'), NETWORK);
    const run = runCli(['report', 'net', '-o', reportFile(), '--today', '2026-11-01'], path.join(dir, 'work'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    html = readFileSync(reportFile(), 'utf8');
});

afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
});

function dumpDom(file: string): string {
    // The virtual time budget lets load and error events (onerror, onload) fire before the dump.
    return chromium(['--virtual-time-budget=3000', '--dump-dom', pathToFileURL(file).href]);
}

/** The tags that could run code or load something (elements, event handlers, javascript: links), in serialised HTML. */
function activeContent(markup: string): string[] {
    return [...markup.matchAll(/<[a-zA-Z][^>]*>/g)].map(m => m[0]).filter(tag =>
        /^<(script|iframe|img|object|embed|link|base|form|frame|frameset)\b/i.test(tag)
        || /^<meta\b[^>]*http-equiv\s*=\s*"?refresh/i.test(tag)
        || /\son[a-z]+\s*=/i.test(tag)
        || /\s(?:href|src|action|xlink:href|formaction)\s*=\s*["']?\s*javascript:/i.test(tag));
}

describe('the written page', () => {
    test('has a Content-Security-Policy that allows no script and no remote source, first in <head>', () => {
        const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
        expect(meta).not.toBeNull();
        const policy = new Map(meta![1].split(';').map(part => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
        expect(policy.get('default-src')).toEqual(["'none'"]);
        expect(policy.has('script-src')).toBe(false);
        for (const values of policy.values()) {
            for (const value of values) expect(value, `source ${value}`).toMatch(/^('none'|'self'|'unsafe-inline'|data:)$/);
        }
        expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
        expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title'));
    });

    test('holds no active content: every hostile text is escaped', () => {
        expect(activeContent(html)).toEqual([]);
        expect(html).not.toMatch(/<svg[^>]*\sonload/i);
        // The only links are the rule pages and in-page anchors.
        for (const [, link] of html.matchAll(/\s(?:href|src|xlink:href)\s*=\s*"([^"]*)"/gi)) {
            expect(link, link).toMatch(/^(https:\/\/github\.com\/|#)/);
        }
        expect(html).toContain('&lt;script&gt;document.title=&#39;HA&#39;+&#39;CKED&#39;&lt;/script&gt;');
        expect(html).toContain('&amp;lt;script&amp;gt; &amp;amp;amp; &amp;#60;b&amp;#62;');
    });

    test('control characters are dropped, the text around them kept', () => {
        // eslint-disable-next-line no-control-regex
        expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
        expect(html).toContain('Bell Esc[31mRed[0m Del Backspace');
    });

    test('path-like texts are only text: no file is read because of them', () => {
        expect(html).not.toContain(SECRET);
        expect(html).not.toMatch(/root:.*:0:0:/);
        for (const format of ['dot', 'svg', 'graphml', 'json']) {
            const graph = runCli(['graph', 'net', '--format', format], path.join(dir, 'work'));
            expect(graph.status).toBe(0);
            expect(graph.stdout).not.toContain(SECRET);
            expect(graph.stdout).not.toMatch(/root:.*:0:0:/);
        }
        const validate = runCli(['validate', 'net', '--format', 'json'], path.join(dir, 'work'));
        expect(JSON.parse(validate.stdout).files).toEqual(['net/network.partnership']);
        expect(validate.stdout + validate.stderr).not.toContain(SECRET);
    });
});

describe('the page in headless Chromium', () => {
    test.skipIf(!HAS_CHROMIUM)(`no script runs, and the hostile titles read as written${NO_CHROMIUM}`, () => {
        const dom = dumpDom(reportFile());
        expect(dom).not.toContain('HACKED');
        expect(dom).not.toMatch(/data-x=/);
        expect(activeContent(dom)).toEqual([]);
        const text = textOf(dom);
        expect(text).toContain(`Network Hostile — Hostile ${PAYLOADS.script}`);
        for (const payload of [PAYLOADS.breakout, PAYLOADS.attribute.trim(), PAYLOADS.javascript, PAYLOADS.entity]) expect(text).toContain(payload);
        expect(/<title>([^<]*)<\/title>/.exec(dom)?.[1]).toContain('Partnership report: Hostile');
    }, 90_000);

    test.skipIf(!HAS_CHROMIUM)(`with its Content-Security-Policy removed, still nothing runs: the escaping alone holds${NO_CHROMIUM}`, () => {
        const bare = path.join(dir, 'work/hostile-no-csp.html');
        const withoutPolicy = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '');
        expect(withoutPolicy).not.toContain('Content-Security-Policy');
        writeFileSync(bare, withoutPolicy);
        const dom = dumpDom(bare);
        expect(dom).not.toContain('HACKED');
        expect(dom).not.toMatch(/data-x=/);
        expect(activeContent(dom)).toEqual([]);
        // A control page proves the check would see a script that ran.
        const control = path.join(dir, 'work/control.html');
        writeFileSync(control, `<!DOCTYPE html><html><head><title>x</title></head><body>${PAYLOADS.script}</body></html>\n`);
        expect(dumpDom(control)).toContain('<title>HACKED</title>');
    }, 120_000);
});
