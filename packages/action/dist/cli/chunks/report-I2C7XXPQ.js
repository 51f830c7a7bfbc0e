import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a,b,c,d,e}from"./chunk-4PMPNDNM.js";import"./chunk-Y7UJJ264.js";import"./chunk-7B5FBKES.js";import"./chunk-3PW66FOZ.js";import"./chunk-YL7YGQJ6.js";import"./chunk-7OM6SQTH.js";import"./chunk-CJYHF5XF.js";export{d as JSON_SCHEMA_VERSION,a as countFindings,e as formatJson,c as formatSummary,b as formatText};
