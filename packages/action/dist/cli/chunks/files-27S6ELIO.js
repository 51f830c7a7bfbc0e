import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e,g as f,h as g,i as h}from"./chunk-U7IXECAQ.js";import"./chunk-QHYQRXJL.js";import"./chunk-CHIRAYZB.js";import"./chunk-5H5WYDO2.js";import"./chunk-CDLJQDRF.js";import"./chunk-CJYHF5XF.js";export{a as EXTENSION,b as MAX_SOURCE_BYTES,f as NetworkRootFinder,e as filesUnder,h as readReason,g as readSource,c as resolveTargets,d as uniqueFiles};
