import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as O,b as R,c as U,d as q,e as L,f as v,g as F,h as k,i as M,j as P,k as z}from"./chunk-ON4T35KS.js";import"./chunk-SSN7ZAH7.js";import{a as C,b as N,d as j}from"./chunk-GRLKTNMR.js";import"./chunk-SZQM7HK3.js";import{h as T,u as w,z as A}from"./chunk-URATSBPF.js";import"./chunk-V4JXVJJ2.js";import"./chunk-4IKECQKB.js";import"./chunk-LYXNVKPJ.js";import{e as $}from"./chunk-KTIIEYGO.js";import"./chunk-3PW66FOZ.js";import{a as u}from"./chunk-STY5SESY.js";import{m as E}from"./chunk-G25CACFO.js";import{a as g}from"./chunk-CHIRAYZB.js";import"./chunk-FNC62AFM.js";import"./chunk-DQRD6ZMH.js";import"./chunk-JGWTPCX2.js";import"./chunk-QWPX2M3B.js";import{o as S}from"./chunk-YW5SD3C6.js";import"./chunk-CJYHF5XF.js";import{promises as V}from"node:fs";import*as y from"node:path";var _=`
(function () {
    'use strict';
    var COLUMNS = ${JSON.stringify(q)};
    var ASPECTS = ${JSON.stringify([...O,...R])};
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
        return rows.join(${JSON.stringify(k)}) + ${JSON.stringify(k)};
    }
    function answered() {
        return form.querySelectorAll('input[type="radio"]:checked:not([value=""])').length;
    }
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    button.addEventListener('click', function () {
        var text = answersCsv();
        if (url) URL.revokeObjectURL(url);
        url = URL.createObjectURL(new Blob([${JSON.stringify(M)} + text], { type: 'text/csv;charset=utf-8' }));
        link.href = url;
        link.hidden = false;
        copy.value = text;
        copy.parentNode.hidden = false;
        var n = answered();
        status.textContent = 'The answers file is ready (' + n + (n === 1 ? ' answer' : ' answers') + '): download it with the link below and send it back.';
        link.focus();
    });
})();
`,B=`
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
`;async function I(t){let r=new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256",new TextEncoder().encode(t))),n="";for(let e of r)n+=String.fromCharCode(e);return`'sha256-${btoa(n)}'`}async function W(){return`default-src 'none'; script-src ${await I(_)}; style-src ${await I(B)}; img-src 'none'; form-action 'none'; base-uri 'none'`}var s=T;async function D(t,r={}){let n=t.networkTitle||t.network,e=v(t.respondent),i=r.csvFile??"answers.csv",c=t.others.map((a,l)=>Y(a,`t${l+1}`)),h=r.coordinator?`to ${s(r.coordinator)}`:"to whoever sent you this survey";return["<!DOCTYPE html>",'<html lang="en">',"<head>",'<meta charset="utf-8">',`<meta http-equiv="Content-Security-Policy" content="${await W()}">`,'<meta name="viewport" content="width=device-width, initial-scale=1">',`<title>${s(`Survey: ${e} on ${n}`)}</title>`,`<style>${B}</style>`,"</head>","<body>","<main>",`<h1>${s(n)}: how ${s(e)} sees its partners</h1>`,`<p>For each partner ${s(e)} works with in ${s(n)}, this survey asks how far you trust it and what it brings to the coalition, each on a scale from 1 to 5. Answer what you can and leave the rest at <em>No answer</em>; a partner you cannot judge may stay blank.</p>`,`<p>When you are done, press <strong>Make the answers file</strong>, download the file (${s(i)}) and send it back ${h}. The page works offline and sends nothing anywhere by itself.</p>`,`<p class="hint">Survey of ${s(t.date)}.</p>`,`<form id="survey" data-network="${s(t.network)}" data-respondent="${s(t.respondent.name)}" novalidate>`,...c,'<p><button type="button" id="make">Make the answers file</button></p>','<p id="status" role="status" aria-live="polite"></p>',`<p><a id="download" hidden download="${s(i)}">Download ${s(i)}</a></p>`,'<div hidden><label class="comment" for="csv">The answers as text, to paste into an e-mail if the download does not work:</label>','<textarea id="csv" rows="6" readonly></textarea></div>',"</form>","</main>",`<script>${_}</script>`,"</body>","</html>",""].join(`
`)}function Y(t,r){let n=v(t),e=[`<section class="tie" aria-labelledby="${r}-h" data-partner="${s(t.name)}" data-title="${s(n)}">`,`<h2 id="${r}-h">${s(n)}${t.title?` <span class="name">(${s(t.name)})</span>`:""}</h2>`];for(let i of["trust","value"]){e.push(`<fieldset class="group"><legend>${i==="trust"?`Trust: how you see ${s(n)}`:`Value: what ${s(n)} brings`}</legend>`);for(let c of U.filter(h=>h.group===i)){let h=`${r}-${c.aspect}`;e.push(`<fieldset class="question"><legend>${s(c.question.replace("{partner}",n))} <span class="hint">${s(c.hint)}</span></legend>`),e.push('<div class="scale">'),e.push(`<label><input type="radio" name="${h}" data-aspect="${c.aspect}" value="" checked> No answer</label>`);for(let a=1;a<=5;a++){let l=a===1?c.low:a===5?c.high:void 0;e.push(`<label><input type="radio" name="${h}" data-aspect="${c.aspect}" value="${a}"> ${a}${l?` <span class="end">(${s(l)})</span>`:""}</label>`)}e.push("</div></fieldset>")}e.push("</fieldset>")}return e.push(`<label class="comment" for="${r}-comment">Comment about ${s(n)} (optional)</label>`),e.push(`<textarea id="${r}-comment" name="${r}-comment" rows="3"></textarea>`),e.push("</section>"),e.join(`
`)}async function me(t,r){let n=r.today??S(),e=[];for(let{folder:o,network:d,errors:m}of await A(t,n)){let f=L(d,n);if(!f){process.stderr.write(`partnership: note: the files in ${u(o)} belong to no network (no network declaration); no surveys for them
`);continue}m>0&&process.stderr.write(`partnership: note: ${u(o)} has ${m} error${m===1?"":"s"}; the surveys hold only the ties that parsed and linked (run partnership validate)
`),f.length===0&&process.stderr.write(`partnership: note: ${u(o)} has no ties between partners that have not ended; no surveys for it
`),e.push({network:d,folder:o,requests:f})}e.sort((o,d)=>H(o.network.declaration.name,d.network.declaration.name)||H(o.folder,d.folder));let i=e.flatMap(o=>o.requests);if(i.length===0)throw new g("no surveys to write: no network with ties between partners was found in the paths given.");let c=F(i),h=y.resolve(r.output);await j(h,r.output);let a=[],l=0;for(let{network:o,requests:d}of e){let m=o.declaration?.us,f=m?v({name:m,title:o.partners.get(m)?.title}):void 0;for(let x of d){let b=c[l++];a.push({name:`${b}.csv`,text:P(x)}),a.push({name:`${b}.html`,text:await D(x,{csvFile:`${b}.csv`,coordinator:f})})}}a.push({name:"README.md",text:Q(e,c,n)});for(let o of a){let d=y.join(h,o.name),m=await G(d);if(m)throw new g(`${$(d)} ${m}; partnership survey writes nothing over it (move it away, or choose another folder with -o); nothing written.`)}for(let o of a){let d=y.join(h,o.name);try{await C(d,o.text)}catch(m){throw new g(`cannot write ${u($(d))}: ${N(m)}`)}}let p=$(h);l=0;for(let{requests:o}of e)for(let d of o){let m=c[l++],f=d.others.length;process.stdout.write(u(`${d.respondent.name}: ${y.join(p,`${m}.html`)} and .csv (${f} tie${f===1?"":"s"})`)+`
`)}return process.stdout.write(`wrote ${i.length} survey${i.length===1?"":"s"} (${i.length*2} files) and ${u(y.join(p,"README.md"))}, which says which files go to whom.
`),process.stdout.write(`Next: send each partner its .html form (or .csv file); when the answers are back: partnership import --survey ${u(y.join(p,"*.csv"))} ${t.map(o=>u(/\s/.test(o)?JSON.stringify(o):o)).join(" ")}
`),0}async function G(t){let r;try{let n=await V.stat(t);if(n.isDirectory())return"is a folder";if(!n.isFile())return"is not a regular file (a device, a FIFO or a socket)";r=await V.readFile(t)}catch(n){return n.code==="ENOENT"?void 0:`cannot be read (${E(n)})`}if(t.endsWith(".md"))return r.toString("utf8").startsWith(J)?void 0:"is there and is no survey index";if(t.endsWith(".html"))return r.toString("utf8").includes('<form id="survey"')?void 0:"is there and is no survey form";try{let{answers:n,skipped:e}=await z(t,r);return n.length>0||e.some(i=>!i.blank)?"already holds answers":void 0}catch{return"is there and is no survey answers file"}}var J="# Trust and value surveys";function Q(t,r,n){let e=[J,"",`Written by \`partnership survey\` on ${n}. Send each partner its form (the \`.html\` file: it opens in any browser,`,"offline, and makes the answers file) or its answers file (the `.csv` file, to fill in with a spreadsheet program).","When the answers are back, `partnership import --survey` adds them to the network as `rating` and `value` lines.","The questions and what each score means are in docs/surveys.md.",""],i=0;for(let{network:c,requests:h}of t){let a=c.declaration;e.push(`## ${w(a.title||a.name)}`,""),e.push("| partner | contact | ties | form | answers file |","|---|---|---|---|---|");for(let l of h){let p=r[i++],o=l.respondent.title?`${w(l.respondent.title)} (${w(l.respondent.name)})`:w(l.respondent.name);e.push(`| ${o} | ${l.respondent.contact?w(l.respondent.contact):"\u2014"} | ${l.others.length} | [${w(`${p}.html`)}](${p}.html) | [${w(`${p}.csv`)}](${p}.csv) |`)}e.push("")}return e.join(`
`)}function H(t,r){return t<r?-1:t>r?1:0}export{me as runSurvey};
