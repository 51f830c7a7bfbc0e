import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{e as a,f as b,g as c,h as d,i as e}from"./chunk-SQ7SHXRS.js";import"./chunk-OISF6OFK.js";import"./chunk-LYXNVKPJ.js";import"./chunk-IDBWCLPM.js";import"./chunk-3PW66FOZ.js";import"./chunk-JYLAXT7N.js";import"./chunk-4PL427OS.js";import"./chunk-CJYHF5XF.js";export{b as collectForCommand,a as collectMetrics,e as formatMetricsCsv,d as formatMetricsJson,c as formatTable};
