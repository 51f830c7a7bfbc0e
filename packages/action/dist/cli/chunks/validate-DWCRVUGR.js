import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as b,b as c,c as d}from"./chunk-OYPQIYJO.js";import{a}from"./chunk-3PW66FOZ.js";import"./chunk-YN5ZWSBX.js";import"./chunk-QHYQRXJL.js";import"./chunk-CHIRAYZB.js";import"./chunk-MEU3GKAS.js";import"./chunk-RDUPZUVK.js";import"./chunk-QWPX2M3B.js";import"./chunk-XPXFJ7EK.js";import"./chunk-CJYHF5XF.js";export{a as VALIDATE_SAMPLE_ABOVE,d as displayPath,b as loadWorkspace,c as validateFiles};
