import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var t=52/12,r={week:t,weeks:t,month:1,months:1,year:1/12,years:1/12};function u(e,n){let d=n===void 0?void 0:r[n];return e===void 0||d===void 0?void 0:e*d}function s(e,n){let d=n===void 0?void 0:r[n];if(d!==void 0)return e>0?d/e:0}function c(e,n){let d=n===void 0?void 0:r[n];return d===void 0?void 0:e/d}function a(e,n){if(!(e===void 0||n===void 0||!Number.isFinite(e)))return n.startsWith("minute")?e/60:e}export{t as a,u as b,s as c,c as d,a as e};
