import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as b,b as c,c as d}from"./chunk-YXRNLWLU.js";import{a}from"./chunk-3PW66FOZ.js";import"./chunk-GYSQBBIU.js";import"./chunk-QHYQRXJL.js";import"./chunk-CHIRAYZB.js";import"./chunk-DINZ7JMG.js";import"./chunk-RCP4RSFP.js";import"./chunk-I2Y27A6P.js";import"./chunk-IWEUUDFW.js";import"./chunk-CJYHF5XF.js";export{a as VALIDATE_SAMPLE_ABOVE,d as displayPath,b as loadWorkspace,c as validateFiles};
