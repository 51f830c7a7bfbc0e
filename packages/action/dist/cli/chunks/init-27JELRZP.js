import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as h}from"./chunk-CHIRAYZB.js";import{Ma as y,Na as w}from"./chunk-E322E6KM.js";import{n as f}from"./chunk-CDLJQDRF.js";import"./chunk-CJYHF5XF.js";import{promises as g}from"node:fs";import*as i from"node:path";import{createInterface as T}from"node:readline/promises";var S=["network.partnership","partners.partnership","ties.partnership"];function $(e){let t=/^\s*(\d+(?:\.\d+)?)\s*(?:(?:h|hrs?|hours?)\s*(?:(?:\/|per|a|an)\s*(week|month|year)s?)?)?\s*$/i.exec(e);if(!t||Number(t[1])<=0)throw new h(`--budget: expected hours a month, week or year, like "40 hours/month" or "10 hours/week"; got "${e}".`);let r=Number(t[1]);return`${r} ${r===1?"hour":"hours"}/${(t[2]??"month").toLowerCase()}`}function l(e,t){let r=t.trim();if(y(r))return r;throw new h(`${e}: "${t}" is not a name: use letters, digits and _ (starting with a letter), with single hyphens between words, and not a keyword of the language; for example ${w(t,"OurCoalition")}.`)}function A(e,t){let r=i.basename(i.resolve(t)),n=e.title?.trim()||`${r.replace(/[-_]+/g," ").replace(/^\w/,a=>a.toUpperCase())} coalition`;if(/["\\\r\n]/.test(n))throw new h("--title: write the title without double quotes, backslashes or line breaks.");return{name:l("--name",e.name??w(r,"OurCoalition")),title:n,us:l("--us",e.us??"OurOrganisation"),budget:$(e.budget??"40 hours/month")}}async function C(e,t,r){let n=T({input:t,terminal:!1}),a=n[Symbol.asyncIterator]();try{let o=async(s,d,v)=>{for(;;){r.write(`${s} [${d}]: `);let u=await a.next(),x=(u.done?"":String(u.value)).trim()||d;u.done&&r.write(`
`);try{return v(x)}catch(p){if(u.done)throw p;r.write(`${p instanceof Error?p.message.replace(/^--\w+: /,""):String(p)}
`)}}},c=await o("Network name (one word)",e.name,s=>l("name",s)),m=await o("Title",e.title,s=>{if(/["\\]/.test(s))throw new Error("Write the title without double quotes or backslashes.");return s}),b=await o("Your organisation, as a name (one word)",e.us,s=>l("us",s)),k=await o("Hours a month your organisation can give the coalition",e.budget,$);return{name:c,title:m,us:b,budget:k}}finally{n.close()}}function N(e,t){let{name:r,title:n,us:a,budget:o}=e,c=a==="FirstPartner"?"SecondPartner":"FirstPartner",m=f(t,{count:1,unit:"year"})??t;return{"network.partnership":`// The network: who you are in it, and how much time your organisation can give it.
// The language: https://github.com/partnership-lang/partnership-lang/blob/main/docs/language.md
network ${r} "${n}" {
    // us: the partner that is your organisation; budget: the hours it can give the coalition.
    us ${a}
    budget ${o}
    // joint-action (you work on goals together) or sharing (you share information).
    purpose joint-action
    // Check in on each tie this often, unless the tie says otherwise.
    checkin every 3 months
}

// A goal the partners set together. Say what you will count, where you start and where you aim to be.
goal FirstGoal "Say the change you want to see" {
    cocreated-by ${a}, ${c}
    measure "what you will count, for example households reached"
    baseline 0 on ${t}
    target 100 by ${m}
    needs facilitation, lived-experience
}

// A role: what a partner does for a goal, and what it brings. Add one per kind of work.
role Organiser "Organiser" {
    serves FirstGoal
    provides facilitation, lived-experience
    lane "Convenes the partners and keeps the work moving"
}
`,"partners.partnership":`// The partners: one block each. sector: nonprofit, government, business, education, faith,
// philanthropy, health, media, resident, community-group...; plays: the roles it plays.
partner ${a} "Your organisation" {
    sector nonprofit
    plays Organiser
}

// A partner organisation: its real name as the title, the hours a month it can give as capacity.
partner ${c} "A partner organisation" {
    sector community-group
    plays Organiser
    capacity 10 hours/month
    stage active since ${t}
}
`,"ties.partnership":`// The ties: the relationships you keep up, the hours a month they take, and what each side gives.
tie ${a} -- ${c} {
    effort 2 hours/month
    trust 3
    ${a} gives facilitation
    ${c} gives lived-experience
    last-checkin ${t}
}
`}}function O(e){return/[",\r\n]/.test(e)?`"${e.replace(/"/g,'""')}"`:e}async function P(){let{TEMPLATE:e}=await import("./columns-XIFM4IN6.js");return Object.fromEntries(Object.entries(e).map(([t,{headers:r,rows:n}])=>[`${t}.csv`,[r,...n].map(a=>a.map(O).join(",")).join(`\r
`)+`\r
`]))}async function L(e,t){let r=Object.keys(t).map(n=>i.join(e,n));for(let n of r)if(await g.lstat(n).then(()=>!0,()=>!1))throw new h(`${n} already exists; init writes nothing over an existing file (choose an empty folder).`);await g.mkdir(e,{recursive:!0}).catch(n=>{throw new h(`cannot create the folder ${e}: ${n.code==="EEXIST"||n.code==="ENOTDIR"?"a file of that name is in the way":n.message}.`)});for(let[n,a]of Object.entries(t))await g.writeFile(i.join(e,n),a,{flag:"wx"}).catch(o=>{throw new h(o.code==="EEXIST"?`${i.join(e,n)} already exists; init writes nothing over an existing file.`:`cannot write ${i.join(e,n)}: ${o.message}.`)});return r}export{S as INIT_FILES,A as answersFrom,C as askAnswers,N as initTexts,$ as parseBudget,P as templateTexts,L as writeInit};
