import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{e as a,f as b,g as c,h as d,i as e,j as f,k as g,l as h}from"./chunk-HMCA74LD.js";import"./chunk-OISF6OFK.js";import"./chunk-LYXNVKPJ.js";import"./chunk-7B5FBKES.js";import"./chunk-3PW66FOZ.js";import"./chunk-YL7YGQJ6.js";import"./chunk-7OM6SQTH.js";import"./chunk-CJYHF5XF.js";export{d as collectForCommand,c as collectMetrics,h as formatGoalsCsv,g as formatMetricsCsv,f as formatMetricsJson,e as formatTable,b as goalsOf,a as runMetrics};
