import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a}from"./chunk-LYXNVKPJ.js";import"./chunk-CJYHF5XF.js";export{a as createProgress};
