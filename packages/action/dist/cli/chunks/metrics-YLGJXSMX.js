import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{e as a,f as b,g as c,h as d,i as e}from"./chunk-UDYFHV5J.js";import"./chunk-OISF6OFK.js";import"./chunk-LYXNVKPJ.js";import"./chunk-V2H5GEUN.js";import"./chunk-3PW66FOZ.js";import"./chunk-2CJYU3IZ.js";import"./chunk-4PL427OS.js";import"./chunk-CJYHF5XF.js";export{b as collectForCommand,a as collectMetrics,e as formatMetricsCsv,d as formatMetricsJson,c as formatTable};
