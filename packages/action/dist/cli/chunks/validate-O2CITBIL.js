import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as b,b as c,c as d}from"./chunk-V2H5GEUN.js";import{a}from"./chunk-3PW66FOZ.js";import"./chunk-2CJYU3IZ.js";import"./chunk-4PL427OS.js";import"./chunk-CJYHF5XF.js";export{a as VALIDATE_SAMPLE_ABOVE,d as displayPath,b as loadWorkspace,c as validateFiles};
