import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e,g as f,h as g,i as h,j as i}from"./chunk-YN5ZWSBX.js";import"./chunk-QHYQRXJL.js";import"./chunk-CHIRAYZB.js";import"./chunk-MEU3GKAS.js";import"./chunk-RDUPZUVK.js";import"./chunk-QWPX2M3B.js";import"./chunk-XPXFJ7EK.js";import"./chunk-CJYHF5XF.js";export{a as EXTENSION,b as MAX_SOURCE_BYTES,f as NetworkRootFinder,e as filesUnder,h as firstInvalidUtf8,i as readReason,g as readSource,c as resolveTargets,d as uniqueFiles};
