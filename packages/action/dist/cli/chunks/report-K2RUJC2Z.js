import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a,b,c,d,e}from"./chunk-FGN3QBOD.js";import"./chunk-Y7UJJ264.js";import"./chunk-V2H5GEUN.js";import"./chunk-3PW66FOZ.js";import"./chunk-2CJYU3IZ.js";import"./chunk-4PL427OS.js";import"./chunk-CJYHF5XF.js";export{d as JSON_SCHEMA_VERSION,a as countFindings,e as formatJson,c as formatSummary,b as formatText};
