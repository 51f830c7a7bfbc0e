import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e,g as f,h as g,i as h,j as i}from"./chunk-MTPPKHCR.js";import"./chunk-QHYQRXJL.js";import"./chunk-CHIRAYZB.js";import"./chunk-7HS4GDTS.js";import"./chunk-73KTBSR4.js";import"./chunk-QWPX2M3B.js";import"./chunk-YW5SD3C6.js";import"./chunk-CJYHF5XF.js";export{a as EXTENSION,b as MAX_SOURCE_BYTES,f as NetworkRootFinder,e as filesUnder,h as firstInvalidUtf8,i as readReason,g as readSource,c as resolveTargets,d as uniqueFiles};
