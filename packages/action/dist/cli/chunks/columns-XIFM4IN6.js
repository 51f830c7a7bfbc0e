import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a,b,c,d,e,f,g}from"./chunk-M5AFHAKA.js";import"./chunk-KE4T7AD2.js";import"./chunk-CJYHF5XF.js";export{b as COLUMNS,g as TEMPLATE,d as columnsOf,a as headerKey,c as kindOf,f as recordsOf,e as splitList};
