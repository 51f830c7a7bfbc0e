import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var n=Object;typeof n.groupBy!="function"&&Object.defineProperty(Object,"groupBy",{value:(o,r)=>{let t=Object.create(null),u=0;for(let e of o){let c=r(e,u++);(t[c]??=[]).push(e)}return t},writable:!0,configurable:!0});
