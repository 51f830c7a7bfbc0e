import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{d as e,h as a}from"./chunk-OM7PCL4V.js";import"./chunk-HYBJGGXW.js";import{a as m}from"./chunk-PN4FIGYZ.js";import"./chunk-V4JXVJJ2.js";import"./chunk-LYXNVKPJ.js";import"./chunk-QEF65CCN.js";import"./chunk-3PW66FOZ.js";import"./chunk-U7IXECAQ.js";import"./chunk-QHYQRXJL.js";import{a as o}from"./chunk-CHIRAYZB.js";import"./chunk-5H5WYDO2.js";import"./chunk-CDLJQDRF.js";import"./chunk-CJYHF5XF.js";async function l(c,r){let{reports:u,workspace:n}=await a(c,{today:r.today}),p=e(u,n,r);try{await m(r.output,p)}catch(t){throw new o(`cannot write ${r.output}: ${t.code??t.message}`)}return process.stdout.write(`wrote ${r.output}
`),0}export{l as runReport};
