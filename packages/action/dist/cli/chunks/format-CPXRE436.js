import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a,b,c,d,e}from"./chunk-Q27KW4L6.js";import"./chunk-PN4FIGYZ.js";import"./chunk-Y7UJJ264.js";import"./chunk-D33CDMLM.js";import"./chunk-YHDJ7KIO.js";import"./chunk-MTPPKHCR.js";import"./chunk-QHYQRXJL.js";import"./chunk-CHIRAYZB.js";import"./chunk-7HS4GDTS.js";import"./chunk-73KTBSR4.js";import"./chunk-QWPX2M3B.js";import"./chunk-YW5SD3C6.js";import"./chunk-CJYHF5XF.js";export{a as formatFiles,e as formatReport,b as formatSources,d as needsFormatting,c as writeFormatted};
