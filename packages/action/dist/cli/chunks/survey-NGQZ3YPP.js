import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as V,b as B,c as D,d as F,e as W,f as x,g as H,h as O,i as G,j as J,k as Y}from"./chunk-NIZTL2WR.js";import"./chunk-SSN7ZAH7.js";import{a as _,c as z}from"./chunk-PYRPYIOE.js";import"./chunk-SZQM7HK3.js";import{a as M,e as w}from"./chunk-HRWNAZUR.js";import{a as L}from"./chunk-LYXNVKPJ.js";import{a as I,e as S}from"./chunk-DC7YQACV.js";import{a as P}from"./chunk-3PW66FOZ.js";import{a as h}from"./chunk-STY5SESY.js";import{d as q}from"./chunk-3RCFPFAT.js";import{a as T}from"./chunk-CHIRAYZB.js";import"./chunk-FNC62AFM.js";import{a as N}from"./chunk-E2M2QKFU.js";import"./chunk-QWPX2M3B.js";import{sa as R}from"./chunk-PKKI6MXZ.js";import{o as U}from"./chunk-YW5SD3C6.js";import"./chunk-CJYHF5XF.js";import{promises as ae}from"node:fs";import*as y from"node:path";var K=`
(function () {
    'use strict';
    var COLUMNS = ${JSON.stringify(F)};
    var ASPECTS = ${JSON.stringify([...V,...B])};
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
        return rows.join(${JSON.stringify(O)}) + ${JSON.stringify(O)};
    }
    function answered() {
        return form.querySelectorAll('input[type="radio"]:checked:not([value=""])').length;
    }
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    button.addEventListener('click', function () {
        var text = answersCsv();
        if (url) URL.revokeObjectURL(url);
        url = URL.createObjectURL(new Blob([${JSON.stringify(G)} + text], { type: 'text/csv;charset=utf-8' }));
        link.href = url;
        link.hidden = false;
        copy.value = text;
        copy.parentNode.hidden = false;
        var n = answered();
        status.textContent = 'The answers file is ready (' + n + (n === 1 ? ' answer' : ' answers') + '): download it with the link below and send it back.';
        link.focus();
    });
})();
`,X=`
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
`;async function Q(r){let n=new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256",new TextEncoder().encode(r))),s="";for(let e of n)s+=String.fromCharCode(e);return`'sha256-${btoa(s)}'`}async function se(){return`default-src 'none'; script-src ${await Q(K)}; style-src ${await Q(X)}; img-src 'none'; form-action 'none'; base-uri 'none'`}var o=M;async function Z(r,n={}){let s=r.networkTitle||r.network,e=x(r.respondent),d=n.csvFile??"answers.csv",i=r.others.map((m,l)=>oe(m,`t${l+1}`)),p=n.coordinator?`to ${o(n.coordinator)}`:"to whoever sent you this survey";return["<!DOCTYPE html>",'<html lang="en">',"<head>",'<meta charset="utf-8">',`<meta http-equiv="Content-Security-Policy" content="${await se()}">`,'<meta name="viewport" content="width=device-width, initial-scale=1">',`<title>${o(`Survey: ${e} on ${s}`)}</title>`,`<style>${X}</style>`,"</head>","<body>","<main>",`<h1>${o(s)}: how ${o(e)} sees its partners</h1>`,`<p>For each partner ${o(e)} works with in ${o(s)}, this survey asks how far you trust it and what it brings to the coalition, each on a scale from 1 to 5. Answer what you can and leave the rest at <em>No answer</em>; a partner you cannot judge may stay blank.</p>`,`<p>When you are done, press <strong>Make the answers file</strong>, download the file (${o(d)}) and send it back ${p}. The page works offline and sends nothing anywhere by itself.</p>`,`<p class="hint">Survey of ${o(r.date)}.</p>`,`<form id="survey" data-network="${o(r.network)}" data-respondent="${o(r.respondent.name)}" novalidate>`,...i,'<p><button type="button" id="make">Make the answers file</button></p>','<p id="status" role="status" aria-live="polite"></p>',`<p><a id="download" hidden download="${o(d)}">Download ${o(d)}</a></p>`,'<div hidden><label class="comment" for="csv">The answers as text, to paste into an e-mail if the download does not work:</label>','<textarea id="csv" rows="6" readonly></textarea></div>',"</form>","</main>",`<script>${K}</script>`,"</body>","</html>",""].join(`
`)}function oe(r,n){let s=x(r),e=[`<section class="tie" aria-labelledby="${n}-h" data-partner="${o(r.name)}" data-title="${o(s)}">`,`<h2 id="${n}-h">${o(s)}${r.title?` <span class="name">(${o(r.name)})</span>`:""}</h2>`];for(let d of["trust","value"]){e.push(`<fieldset class="group"><legend>${d==="trust"?`Trust: how you see ${o(s)}`:`Value: what ${o(s)} brings`}</legend>`);for(let i of D.filter(p=>p.group===d)){let p=`${n}-${i.aspect}`;e.push(`<fieldset class="question"><legend>${o(i.question.replace("{partner}",s))} <span class="hint">${o(i.hint)}</span></legend>`),e.push('<div class="scale">'),e.push(`<label><input type="radio" name="${p}" data-aspect="${i.aspect}" value="" checked> No answer</label>`);for(let m=1;m<=5;m++){let l=m===1?i.low:m===5?i.high:void 0;e.push(`<label><input type="radio" name="${p}" data-aspect="${i.aspect}" value="${m}"> ${m}${l?` <span class="end">(${o(l)})</span>`:""}</label>`)}e.push("</div></fieldset>")}e.push("</fieldset>")}return e.push(`<label class="comment" for="${n}-comment">Comment about ${o(s)} (optional)</label>`),e.push(`<textarea id="${n}-comment" name="${n}-comment" rows="3"></textarea>`),e.push("</section>"),e.join(`
`)}async function Ee(r,n){let s=n.today??U(),e=await q(r,process.cwd()),d=L(),i=await I(e,{today:s,onProgress:d,sampleAbove:5e3,onAnalysisProgress:(t,a)=>d("paths",t,a,"partners")});d.done();for(let{reason:t}of i.skipped)process.stderr.write(`partnership: note: left out of the network: ${h(t)}
`);let{shared:p,Partnership:m}=i.services,l=p.network.Groups,g=[...new Set([...i.targets].map(t=>l.groupOf(N.file(t))))].sort(),u=[];for(let t of g){let a=S(N.parse(t.startsWith("loose:")?t.substring(6):t).fsPath),c=m.network.Analyzer.resultFor(t).network,f=W(c,s);if(!f){process.stderr.write(`partnership: note: the files in ${h(a)} belong to no network (no network declaration); no surveys for them
`);continue}let v=l.documentsOf(t).reduce((k,re)=>k+(re.diagnostics??[]).filter(ne=>R(String(ne.code))).length,0);v>0&&process.stderr.write(`partnership: note: ${h(a)} has ${v} error${v===1?"":"s"}; the surveys hold only the ties that parsed and linked (run partnership validate)
`),f.length===0&&process.stderr.write(`partnership: note: ${h(a)} has no ties between partners that have not ended; no surveys for it
`),u.push({network:c,folder:a,requests:f})}u.sort((t,a)=>ee(t.network.declaration.name,a.network.declaration.name)||ee(t.folder,a.folder));let $=u.flatMap(t=>t.requests);if($.length===0)throw new T("no surveys to write: no network with ties between partners was found in the paths given.");let A=H($),E=y.resolve(n.output);await z(E,n.output);let b=[],C=0;for(let{network:t,requests:a}of u){let c=t.declaration?.us,f=c?x({name:c,title:t.partners.get(c)?.title}):void 0;for(let v of a){let k=A[C++];b.push({name:`${k}.csv`,text:J(v)}),b.push({name:`${k}.html`,text:await Z(v,{csvFile:`${k}.csv`,coordinator:f})})}}b.push({name:"README.md",text:le(u,A,s)});for(let t of b){let a=y.join(E,t.name),c=await ie(a);if(c)throw new T(`${S(a)} ${c}; partnership survey writes nothing over it (move it away, or choose another folder with -o); nothing written.`)}for(let t of b){let a=y.join(E,t.name);try{await _(a,t.text)}catch(c){throw new T(`cannot write ${S(a)}: ${c.code??c.message}`)}}let j=S(E);C=0;for(let{requests:t}of u)for(let a of t){let c=A[C++],f=a.others.length;process.stdout.write(h(`${a.respondent.name}: ${y.join(j,`${c}.html`)} and .csv (${f} tie${f===1?"":"s"})`)+`
`)}return process.stdout.write(`wrote ${$.length} survey${$.length===1?"":"s"} (${$.length*2} files) and ${h(y.join(j,"README.md"))}, which says which files go to whom.
`),process.stdout.write(`Next: send each partner its .html form (or .csv file); when the answers are back: partnership import --survey ${h(y.join(j,"*.csv"))} ${r.map(t=>h(/\s/.test(t)?JSON.stringify(t):t)).join(" ")}
`),0}async function ie(r){let n;try{n=await ae.readFile(r)}catch(s){let e=s.code;return e==="ENOENT"?void 0:e==="EISDIR"?"is a folder":`cannot be read (${e??s.message})`}if(r.endsWith(".md"))return n.toString("utf8").startsWith(te)?void 0:"is there and is no survey index";if(r.endsWith(".html"))return n.toString("utf8").includes('<form id="survey"')?void 0:"is there and is no survey form";try{let{answers:s,skipped:e}=await Y(r,n);return s.length>0||e.some(d=>!d.blank)?"already holds answers":void 0}catch{return"is there and is no survey answers file"}}var te="# Trust and value surveys";function le(r,n,s){let e=[te,"",`Written by \`partnership survey\` on ${s}. Send each partner its form (the \`.html\` file: it opens in any browser,`,"offline, and makes the answers file) or its answers file (the `.csv` file, to fill in with a spreadsheet program).","When the answers are back, `partnership import --survey` adds them to the network as `rating` and `value` lines.","The questions and what each score means are in docs/surveys.md.",""],d=0;for(let{network:i,requests:p}of r){let m=i.declaration;e.push(`## ${w(m.title||m.name)}`,""),e.push("| partner | contact | ties | form | answers file |","|---|---|---|---|---|");for(let l of p){let g=n[d++],u=l.respondent.title?`${w(l.respondent.title)} (${w(l.respondent.name)})`:w(l.respondent.name);e.push(`| ${u} | ${l.respondent.contact?w(l.respondent.contact):"\u2014"} | ${l.others.length} | [${w(`${g}.html`)}](${g}.html) | [${w(`${g}.csv`)}](${g}.csv) |`)}e.push("")}return e.join(`
`)}function ee(r,n){return r<n?-1:r>n?1:0}export{Ee as runSurvey};
