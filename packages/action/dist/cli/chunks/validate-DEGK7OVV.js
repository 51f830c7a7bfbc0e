import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as b,b as c,c as d}from"./chunk-T54UJKBM.js";import{a}from"./chunk-3PW66FOZ.js";import"./chunk-QOLKFWHA.js";import"./chunk-QHYQRXJL.js";import"./chunk-CHIRAYZB.js";import"./chunk-Y5BPXGW4.js";import"./chunk-73KTBSR4.js";import"./chunk-QWPX2M3B.js";import"./chunk-YW5SD3C6.js";import"./chunk-CJYHF5XF.js";export{a as VALIDATE_SAMPLE_ABOVE,d as displayPath,b as loadWorkspace,c as validateFiles};
