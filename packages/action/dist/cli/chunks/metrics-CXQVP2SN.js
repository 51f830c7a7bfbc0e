import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{e as a,f as b,g as c,h as d,i as e,j as f,k as g,l as h}from"./chunk-DMKLZFAC.js";import"./chunk-OISF6OFK.js";import"./chunk-LYXNVKPJ.js";import"./chunk-N2FCRVNC.js";import"./chunk-3PW66FOZ.js";import"./chunk-VBKDOK7Z.js";import"./chunk-7OM6SQTH.js";import"./chunk-CJYHF5XF.js";export{d as collectForCommand,c as collectMetrics,h as formatGoalsCsv,g as formatMetricsCsv,f as formatMetricsJson,e as formatTable,b as goalsOf,a as runMetrics};
