/**
 * The HTML form of one partner's survey (`partnership survey`): one self-contained page, opened
 * from a file, with no server and no network. Its script builds the same answers file as
 * survey.ts's `surveyCsv` (the same columns and cell rule) from the choices made, and offers it as a
 * download (a Blob link) and as text to copy.
 *
 * Locked down by a Content-Security-Policy meta tag: nothing may load (`default-src 'none'`), and
 * only this page's own script and style run, by their SHA-256 hashes (no `'unsafe-inline'`). Every
 * name and title is HTML-escaped; the script reads them from data attributes, never from markup.
 * Keyboard: each question is a fieldset with its legend and a radio group (arrow keys choose), each
 * tie a section with its heading; the comment boxes have labels. Phones: a viewport meta tag and
 * one column that wraps.
 */
import { htmlEscape } from './html.js';
import { CSV_BOM, CSV_EOL, SURVEY_COLUMNS, SURVEY_QUESTIONS, TRUST_ASPECTS, VALUE_ASPECTS, displayName, type SurveyRequest } from './survey.js';

export interface SurveyFormOptions {
    /** The answers file's name, offered by the download link (default `answers.csv`). */
    csvFile?: string;
    /** Who collects the answers (the network's `us`), named in the instructions. */
    coordinator?: string;
}

/** The page's script: builds the CSV from the form (csvCell's rule, survey.ts) and links it as a Blob. */
export const SURVEY_SCRIPT = `
(function () {
    'use strict';
    var COLUMNS = ${JSON.stringify(SURVEY_COLUMNS)};
    var ASPECTS = ${JSON.stringify([...TRUST_ASPECTS, ...VALUE_ASPECTS])};
    var form = document.getElementById('survey');
    var button = document.getElementById('make');
    var link = document.getElementById('download');
    var copy = document.getElementById('csv');
    var status = document.getElementById('status');
    var url;
    function cell(text) {
        var safe = /^[=+\\-@\\t\\r]/.test(text) ? "'" + text : text;
        return /[",;\\r\\n]|^\\s|\\s$/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
    }
    function answersCsv() {
        var rows = [COLUMNS.join(',')];
        var ties = form.querySelectorAll('section.tie');
        for (var i = 0; i < ties.length; i++) {
            var tie = ties[i];
            var cells = [form.getAttribute('data-network'), form.getAttribute('data-respondent'), tie.getAttribute('data-partner'), tie.getAttribute('data-title')];
            for (var j = 0; j < ASPECTS.length; j++) {
                var chosen = tie.querySelector('input[data-aspect="' + ASPECTS[j] + '"]:checked');
                cells.push(chosen ? chosen.value : '');
            }
            cells.push(tie.querySelector('textarea').value);
            rows.push(cells.map(cell).join(','));
        }
        return rows.join(${JSON.stringify(CSV_EOL)}) + ${JSON.stringify(CSV_EOL)};
    }
    function answered() {
        return form.querySelectorAll('input[type="radio"]:checked:not([value=""])').length;
    }
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    button.addEventListener('click', function () {
        var text = answersCsv();
        if (url) URL.revokeObjectURL(url);
        url = URL.createObjectURL(new Blob([${JSON.stringify(CSV_BOM)} + text], { type: 'text/csv;charset=utf-8' }));
        link.href = url;
        link.hidden = false;
        copy.value = text;
        copy.parentNode.hidden = false;
        var n = answered();
        status.textContent = 'The answers file is ready (' + n + (n === 1 ? ' answer' : ' answers') + '): download it with the link below and send it back.';
        link.focus();
    });
})();
`;

export const SURVEY_STYLE = `
:root { color-scheme: light dark; }
body { font-family: system-ui, Helvetica, Arial, sans-serif; line-height: 1.45; margin: 0; padding: 0 1rem 3rem; }
main { max-width: 46rem; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: 1.5rem 0 .5rem; }
h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
.name { font-weight: normal; color: GrayText; font-size: .9rem; }
section.tie { border: 1px solid GrayText; border-radius: .5rem; padding: 1rem; margin: 1.5rem 0; }
fieldset { border: 0; margin: 0 0 1rem; padding: 0; min-width: 0; }
fieldset.group > legend { font-weight: bold; font-size: 1.05rem; margin-bottom: .5rem; }
fieldset.question { margin-bottom: 1rem; }
fieldset.question > legend { margin-bottom: .35rem; }
.hint { display: block; font-size: .9rem; color: GrayText; }
.scale { display: flex; flex-wrap: wrap; gap: .35rem; }
.scale label { display: inline-flex; align-items: center; gap: .3rem; border: 1px solid GrayText; border-radius: .4rem; padding: .45rem .7rem; min-height: 2.75rem; box-sizing: border-box; cursor: pointer; }
.scale .end { font-size: .85rem; }
input[type="radio"] { width: 1.15rem; height: 1.15rem; margin: 0; }
:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
label.comment { display: block; font-weight: bold; margin-bottom: .25rem; }
textarea { width: 100%; box-sizing: border-box; font: inherit; padding: .4rem; }
button { font: inherit; font-weight: bold; padding: .7rem 1.2rem; border-radius: .4rem; cursor: pointer; }
#download { display: inline-block; margin: .75rem 0; font-weight: bold; font-size: 1.1rem; }
#download[hidden], [hidden] { display: none; }
@media (max-width: 30rem) { body { padding: 0 .6rem 2rem; } section.tie { padding: .75rem; } }
`;

/** SHA-256 of a text, base64, as a CSP source (`'sha256-…'`). Web Crypto: browsers and Node alike. */
async function cspHash(text: string): Promise<string> {
    const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    let binary = '';
    for (const byte of digest) binary += String.fromCharCode(byte);
    return `'sha256-${btoa(binary)}'`;
}

/** The page's Content-Security-Policy: nothing loads, only its own script and style run. */
export async function surveyCsp(): Promise<string> {
    return `default-src 'none'; script-src ${await cspHash(SURVEY_SCRIPT)}; style-src ${await cspHash(SURVEY_STYLE)}; img-src 'none'; form-action 'none'; base-uri 'none'`;
}

const esc = htmlEscape;

/** The survey form of one partner, as one HTML page. */
export async function surveyHtml(request: SurveyRequest, options: SurveyFormOptions = {}): Promise<string> {
    const network = request.networkTitle || request.network;
    const respondent = displayName(request.respondent);
    const csvFile = options.csvFile ?? 'answers.csv';
    const sections = request.others.map((other, i) => tieSection(other, `t${i + 1}`));
    const backTo = options.coordinator ? `to ${esc(options.coordinator)}` : 'to whoever sent you this survey';
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${await surveyCsp()}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${esc(`Survey: ${respondent} on ${network}`)}</title>`,
        `<style>${SURVEY_STYLE}</style>`,
        '</head>',
        '<body>',
        '<main>',
        `<h1>${esc(network)}: how ${esc(respondent)} sees its partners</h1>`,
        `<p>For each partner ${esc(respondent)} works with in ${esc(network)}, this survey asks how far you trust it and what it brings to the coalition, each on a scale from 1 to 5. Answer what you can and leave the rest at <em>No answer</em>; a partner you cannot judge may stay blank.</p>`,
        `<p>When you are done, press <strong>Make the answers file</strong>, download the file (${esc(csvFile)}) and send it back ${backTo}. The page works offline and sends nothing anywhere by itself.</p>`,
        `<p class="hint">Survey of ${esc(request.date)}.</p>`,
        `<form id="survey" data-network="${esc(request.network)}" data-respondent="${esc(request.respondent.name)}" novalidate>`,
        ...sections,
        '<p><button type="button" id="make">Make the answers file</button></p>',
        '<p id="status" role="status" aria-live="polite"></p>',
        `<p><a id="download" hidden download="${esc(csvFile)}">Download ${esc(csvFile)}</a></p>`,
        '<div hidden><label class="comment" for="csv">The answers as text, to paste into an e-mail if the download does not work:</label>',
        '<textarea id="csv" rows="6" readonly></textarea></div>',
        '</form>',
        '</main>',
        `<script>${SURVEY_SCRIPT}</script>`,
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

function tieSection(other: SurveyRequest['others'][number], id: string): string {
    const title = displayName(other);
    const lines = [
        `<section class="tie" aria-labelledby="${id}-h" data-partner="${esc(other.name)}" data-title="${esc(title)}">`,
        `<h2 id="${id}-h">${esc(title)}${other.title ? ` <span class="name">(${esc(other.name)})</span>` : ''}</h2>`
    ];
    for (const group of ['trust', 'value'] as const) {
        lines.push(`<fieldset class="group"><legend>${group === 'trust' ? `Trust: how you see ${esc(title)}` : `Value: what ${esc(title)} brings`}</legend>`);
        for (const question of SURVEY_QUESTIONS.filter(q => q.group === group)) {
            const name = `${id}-${question.aspect}`;
            lines.push(`<fieldset class="question"><legend>${esc(question.question.replace('{partner}', title))} <span class="hint">${esc(question.hint)}</span></legend>`);
            lines.push('<div class="scale">');
            lines.push(`<label><input type="radio" name="${name}" data-aspect="${question.aspect}" value="" checked> No answer</label>`);
            for (let score = 1; score <= 5; score++) {
                const end = score === 1 ? question.low : score === 5 ? question.high : undefined;
                lines.push(`<label><input type="radio" name="${name}" data-aspect="${question.aspect}" value="${score}"> ${score}${end ? ` <span class="end">(${esc(end)})</span>` : ''}</label>`);
            }
            lines.push('</div></fieldset>');
        }
        lines.push('</fieldset>');
    }
    lines.push(`<label class="comment" for="${id}-comment">Comment about ${esc(title)} (optional)</label>`);
    lines.push(`<textarea id="${id}-comment" name="${id}-comment" rows="3"></textarea>`);
    lines.push('</section>');
    return lines.join('\n');
}
