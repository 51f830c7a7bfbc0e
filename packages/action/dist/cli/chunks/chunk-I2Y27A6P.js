import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var t=52/12,r={week:t,weeks:t,month:1,months:1,year:1/12,years:1/12};function o(e,n){let d=n===void 0?void 0:r[n];return e===void 0||d===void 0?void 0:e*d}function u(e,n){let d=n===void 0?void 0:r[n];if(d!==void 0)return e>0?d/e:0}function s(e,n){let d=n===void 0?void 0:r[n];return d===void 0?void 0:e/d}function c(e,n){if(!(e===void 0||n===void 0||!Number.isFinite(e)))return n.startsWith("minute")?e/60:e}export{t as a,o as b,u as c,s as d,c as e};
