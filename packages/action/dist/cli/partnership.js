#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{g as a}from"./chunks/chunk-HNGCIK4S.js";import"./chunks/chunk-CJYHF5XF.js";await a(async()=>{await import("./chunks/polyfill-AFMOZ2VX.js");let{main:r}=await import("./chunks/main-S6BIWZ6Q.js");return r(process.argv)});
