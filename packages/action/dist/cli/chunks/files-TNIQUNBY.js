import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{A as a,B as b,C as c,D as d,E as e,F as f,G as g,H as h}from"./chunk-YL7YGQJ6.js";import"./chunk-7OM6SQTH.js";import"./chunk-CJYHF5XF.js";export{a as EXTENSION,b as MAX_SOURCE_BYTES,f as NetworkRootFinder,e as filesUnder,h as readReason,g as readSource,c as resolveTargets,d as uniqueFiles};
