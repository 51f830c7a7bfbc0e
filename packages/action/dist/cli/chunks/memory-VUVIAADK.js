import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a,b,c,d,e,f,g}from"./chunk-HNGCIK4S.js";import"./chunk-CJYHF5XF.js";export{a as BIG_REPORT_FINDINGS,b as collectGarbage,c as heapTargetMB,d as inputSize,g as launch,e as outOfMemoryLine,f as restartFor};
