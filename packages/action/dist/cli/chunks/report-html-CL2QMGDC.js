import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as m}from"./chunk-7IQGNETJ.js";import{d as e,h as a}from"./chunk-HMCA74LD.js";import"./chunk-OISF6OFK.js";import"./chunk-LYXNVKPJ.js";import"./chunk-7B5FBKES.js";import"./chunk-3PW66FOZ.js";import"./chunk-YL7YGQJ6.js";import{r as o}from"./chunk-7OM6SQTH.js";import"./chunk-CJYHF5XF.js";async function l(c,r){let{reports:u,workspace:n}=await a(c,{today:r.today}),p=e(u,n,r);try{await m(r.output,p)}catch(t){throw new o(`cannot write ${r.output}: ${t.code??t.message}`)}return process.stdout.write(`wrote ${r.output}
`),0}export{l as runReport};
