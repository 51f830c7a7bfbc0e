import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as N,b as j,c as O,d as U,e as R,f as g,g as q,h as k,i as L,j as I,k as M}from"./chunk-NIZTL2WR.js";import"./chunk-SSN7ZAH7.js";import{a as A,c as C}from"./chunk-PYRPYIOE.js";import"./chunk-SZQM7HK3.js";import{h as E,u as w,z as T}from"./chunk-KSZZBN4Q.js";import"./chunk-V4JXVJJ2.js";import"./chunk-LCJ22AKS.js";import"./chunk-LYXNVKPJ.js";import{e as $}from"./chunk-LJOFHLWN.js";import"./chunk-3PW66FOZ.js";import{a as f}from"./chunk-STY5SESY.js";import"./chunk-MXAMFIKP.js";import{a as v}from"./chunk-CHIRAYZB.js";import"./chunk-FNC62AFM.js";import"./chunk-J6MJLP7S.js";import"./chunk-PKKI6MXZ.js";import"./chunk-QWPX2M3B.js";import{o as S}from"./chunk-YW5SD3C6.js";import"./chunk-CJYHF5XF.js";import{promises as J}from"node:fs";import*as y from"node:path";var z=`
(function () {
    'use strict';
    var COLUMNS = ${JSON.stringify(U)};
    var ASPECTS = ${JSON.stringify([...N,...j])};
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
        url = URL.createObjectURL(new Blob([${JSON.stringify(L)} + text], { type: 'text/csv;charset=utf-8' }));
        link.href = url;
        link.hidden = false;
        copy.value = text;
        copy.parentNode.hidden = false;
        var n = answered();
        status.textContent = 'The answers file is ready (' + n + (n === 1 ? ' answer' : ' answers') + '): download it with the link below and send it back.';
        link.focus();
    });
})();
`,_=`
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
`;async function P(t){let n=new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256",new TextEncoder().encode(t))),o="";for(let e of n)o+=String.fromCharCode(e);return`'sha256-${btoa(o)}'`}async function F(){return`default-src 'none'; script-src ${await P(z)}; style-src ${await P(_)}; img-src 'none'; form-action 'none'; base-uri 'none'`}var s=E;async function B(t,n={}){let o=t.networkTitle||t.network,e=g(t.respondent),i=n.csvFile??"answers.csv",c=t.others.map((a,l)=>H(a,`t${l+1}`)),h=n.coordinator?`to ${s(n.coordinator)}`:"to whoever sent you this survey";return["<!DOCTYPE html>",'<html lang="en">',"<head>",'<meta charset="utf-8">',`<meta http-equiv="Content-Security-Policy" content="${await F()}">`,'<meta name="viewport" content="width=device-width, initial-scale=1">',`<title>${s(`Survey: ${e} on ${o}`)}</title>`,`<style>${_}</style>`,"</head>","<body>","<main>",`<h1>${s(o)}: how ${s(e)} sees its partners</h1>`,`<p>For each partner ${s(e)} works with in ${s(o)}, this survey asks how far you trust it and what it brings to the coalition, each on a scale from 1 to 5. Answer what you can and leave the rest at <em>No answer</em>; a partner you cannot judge may stay blank.</p>`,`<p>When you are done, press <strong>Make the answers file</strong>, download the file (${s(i)}) and send it back ${h}. The page works offline and sends nothing anywhere by itself.</p>`,`<p class="hint">Survey of ${s(t.date)}.</p>`,`<form id="survey" data-network="${s(t.network)}" data-respondent="${s(t.respondent.name)}" novalidate>`,...c,'<p><button type="button" id="make">Make the answers file</button></p>','<p id="status" role="status" aria-live="polite"></p>',`<p><a id="download" hidden download="${s(i)}">Download ${s(i)}</a></p>`,'<div hidden><label class="comment" for="csv">The answers as text, to paste into an e-mail if the download does not work:</label>','<textarea id="csv" rows="6" readonly></textarea></div>',"</form>","</main>",`<script>${z}</script>`,"</body>","</html>",""].join(`
`)}function H(t,n){let o=g(t),e=[`<section class="tie" aria-labelledby="${n}-h" data-partner="${s(t.name)}" data-title="${s(o)}">`,`<h2 id="${n}-h">${s(o)}${t.title?` <span class="name">(${s(t.name)})</span>`:""}</h2>`];for(let i of["trust","value"]){e.push(`<fieldset class="group"><legend>${i==="trust"?`Trust: how you see ${s(o)}`:`Value: what ${s(o)} brings`}</legend>`);for(let c of O.filter(h=>h.group===i)){let h=`${n}-${c.aspect}`;e.push(`<fieldset class="question"><legend>${s(c.question.replace("{partner}",o))} <span class="hint">${s(c.hint)}</span></legend>`),e.push('<div class="scale">'),e.push(`<label><input type="radio" name="${h}" data-aspect="${c.aspect}" value="" checked> No answer</label>`);for(let a=1;a<=5;a++){let l=a===1?c.low:a===5?c.high:void 0;e.push(`<label><input type="radio" name="${h}" data-aspect="${c.aspect}" value="${a}"> ${a}${l?` <span class="end">(${s(l)})</span>`:""}</label>`)}e.push("</div></fieldset>")}e.push("</fieldset>")}return e.push(`<label class="comment" for="${n}-comment">Comment about ${s(o)} (optional)</label>`),e.push(`<textarea id="${n}-comment" name="${n}-comment" rows="3"></textarea>`),e.push("</section>"),e.join(`
`)}async function le(t,n){let o=n.today??S(),e=[];for(let{folder:r,network:d,errors:m}of await T(t,o)){let p=R(d,o);if(!p){process.stderr.write(`partnership: note: the files in ${f(r)} belong to no network (no network declaration); no surveys for them
`);continue}m>0&&process.stderr.write(`partnership: note: ${f(r)} has ${m} error${m===1?"":"s"}; the surveys hold only the ties that parsed and linked (run partnership validate)
`),p.length===0&&process.stderr.write(`partnership: note: ${f(r)} has no ties between partners that have not ended; no surveys for it
`),e.push({network:d,folder:r,requests:p})}e.sort((r,d)=>D(r.network.declaration.name,d.network.declaration.name)||D(r.folder,d.folder));let i=e.flatMap(r=>r.requests);if(i.length===0)throw new v("no surveys to write: no network with ties between partners was found in the paths given.");let c=q(i),h=y.resolve(n.output);await C(h,n.output);let a=[],l=0;for(let{network:r,requests:d}of e){let m=r.declaration?.us,p=m?g({name:m,title:r.partners.get(m)?.title}):void 0;for(let x of d){let b=c[l++];a.push({name:`${b}.csv`,text:I(x)}),a.push({name:`${b}.html`,text:await B(x,{csvFile:`${b}.csv`,coordinator:p})})}}a.push({name:"README.md",text:Y(e,c,o)});for(let r of a){let d=y.join(h,r.name),m=await W(d);if(m)throw new v(`${$(d)} ${m}; partnership survey writes nothing over it (move it away, or choose another folder with -o); nothing written.`)}for(let r of a){let d=y.join(h,r.name);try{await A(d,r.text)}catch(m){throw new v(`cannot write ${$(d)}: ${m.code??m.message}`)}}let u=$(h);l=0;for(let{requests:r}of e)for(let d of r){let m=c[l++],p=d.others.length;process.stdout.write(f(`${d.respondent.name}: ${y.join(u,`${m}.html`)} and .csv (${p} tie${p===1?"":"s"})`)+`
`)}return process.stdout.write(`wrote ${i.length} survey${i.length===1?"":"s"} (${i.length*2} files) and ${f(y.join(u,"README.md"))}, which says which files go to whom.
`),process.stdout.write(`Next: send each partner its .html form (or .csv file); when the answers are back: partnership import --survey ${f(y.join(u,"*.csv"))} ${t.map(r=>f(/\s/.test(r)?JSON.stringify(r):r)).join(" ")}
`),0}async function W(t){let n;try{n=await J.readFile(t)}catch(o){let e=o.code;return e==="ENOENT"?void 0:e==="EISDIR"?"is a folder":`cannot be read (${e??o.message})`}if(t.endsWith(".md"))return n.toString("utf8").startsWith(V)?void 0:"is there and is no survey index";if(t.endsWith(".html"))return n.toString("utf8").includes('<form id="survey"')?void 0:"is there and is no survey form";try{let{answers:o,skipped:e}=await M(t,n);return o.length>0||e.some(i=>!i.blank)?"already holds answers":void 0}catch{return"is there and is no survey answers file"}}var V="# Trust and value surveys";function Y(t,n,o){let e=[V,"",`Written by \`partnership survey\` on ${o}. Send each partner its form (the \`.html\` file: it opens in any browser,`,"offline, and makes the answers file) or its answers file (the `.csv` file, to fill in with a spreadsheet program).","When the answers are back, `partnership import --survey` adds them to the network as `rating` and `value` lines.","The questions and what each score means are in docs/surveys.md.",""],i=0;for(let{network:c,requests:h}of t){let a=c.declaration;e.push(`## ${w(a.title||a.name)}`,""),e.push("| partner | contact | ties | form | answers file |","|---|---|---|---|---|");for(let l of h){let u=n[i++],r=l.respondent.title?`${w(l.respondent.title)} (${w(l.respondent.name)})`:w(l.respondent.name);e.push(`| ${r} | ${l.respondent.contact?w(l.respondent.contact):"\u2014"} | ${l.others.length} | [${w(`${u}.html`)}](${u}.html) | [${w(`${u}.csv`)}](${u}.csv) |`)}e.push("")}return e.join(`
`)}function D(t,n){return t<n?-1:t>n?1:0}export{le as runSurvey};
