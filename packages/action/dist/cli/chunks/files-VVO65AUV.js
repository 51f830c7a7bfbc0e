import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{A as g,B as h,u as a,v as b,w as c,x as d,y as e,z as f}from"./chunk-2CJYU3IZ.js";import"./chunk-4PL427OS.js";import"./chunk-CJYHF5XF.js";export{a as EXTENSION,b as MAX_SOURCE_BYTES,f as NetworkRootFinder,e as filesUnder,h as readReason,g as readSource,c as resolveTargets,d as uniqueFiles};
