#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{i as a}from"./chunks/chunk-YC6TKNKN.js";import"./chunks/chunk-CJYHF5XF.js";await a(async()=>{await import("./chunks/polyfill-AFMOZ2VX.js");let{main:r}=await import("./chunks/main-VJQKWEAY.js");return r(process.argv)});
