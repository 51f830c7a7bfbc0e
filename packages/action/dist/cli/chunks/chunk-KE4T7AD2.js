import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
function f(){return{network:{},partners:[],ties:[],roles:[],goals:[],meetings:[],notes:[]}}function i(n){return n.sheet!==void 0&&n.row!==void 0?`${n.sheet}!${n.column!==void 0?r(n.column):""}${n.row}`:n.row===void 0?n.file:`${n.file}:${n.row}${n.column!==void 0?`:${n.column}`:""}`}function r(n){let t="";for(let e=n;e>0;e=Math.floor((e-1)/26))t=String.fromCharCode(65+(e-1)%26)+t;return t}export{f as a,i as b};
