import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as b,b as c,c as d}from"./chunk-7B5FBKES.js";import{a}from"./chunk-3PW66FOZ.js";import"./chunk-YL7YGQJ6.js";import"./chunk-7OM6SQTH.js";import"./chunk-CJYHF5XF.js";export{a as VALIDATE_SAMPLE_ABOVE,d as displayPath,b as loadWorkspace,c as validateFiles};
