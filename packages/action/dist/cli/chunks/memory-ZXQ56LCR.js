import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i}from"./chunk-YC6TKNKN.js";import"./chunk-CJYHF5XF.js";export{a as BIG_REPORT_FINDINGS,g as RESTART_SEMI_SPACE_MB,b as collectGarbage,c as heapTargetMB,d as inputSize,i as launch,e as outOfMemoryLine,h as restartFlags,f as restartFor};
