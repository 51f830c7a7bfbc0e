import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as b,b as c,c as d,d as e}from"./chunk-D33CDMLM.js";import{d as a}from"./chunk-YHDJ7KIO.js";import"./chunk-MTPPKHCR.js";import"./chunk-QHYQRXJL.js";import"./chunk-CHIRAYZB.js";import"./chunk-7HS4GDTS.js";import"./chunk-73KTBSR4.js";import"./chunk-QWPX2M3B.js";import"./chunk-YW5SD3C6.js";import"./chunk-CJYHF5XF.js";export{a as VALIDATE_SAMPLE_ABOVE,e as displayPath,d as internalErrorReport,b as loadWorkspace,c as validateFiles};
