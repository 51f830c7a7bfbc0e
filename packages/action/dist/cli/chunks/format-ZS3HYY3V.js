import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a,b,c,d,e,f}from"./chunk-ZRLM2CMV.js";import"./chunk-PN4FIGYZ.js";import"./chunk-Y7UJJ264.js";import"./chunk-QEF65CCN.js";import"./chunk-3PW66FOZ.js";import"./chunk-U7IXECAQ.js";import"./chunk-QHYQRXJL.js";import"./chunk-CHIRAYZB.js";import"./chunk-5H5WYDO2.js";import"./chunk-CDLJQDRF.js";import"./chunk-CJYHF5XF.js";export{a as formatFiles,f as formatReport,b as formatSources,e as needsFormatting,c as withLineEndings,d as writeFormatted};
