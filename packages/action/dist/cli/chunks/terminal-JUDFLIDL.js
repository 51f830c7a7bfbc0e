import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a,b,c,d}from"./chunk-77DSXFCY.js";import"./chunk-CJYHF5XF.js";export{a as colourOn,c as hyperlink,b as hyperlinksOn,d as textWidth};
