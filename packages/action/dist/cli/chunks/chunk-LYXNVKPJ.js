import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
function f(e=process.stderr){let c=!!e.isTTY&&!process.env.CI,n=0,s=!1;return Object.assign((d,t,r,p="files")=>{if(!c)return;let o=Date.now();if(t<r&&o-n<80)return;n=o;let a=24,i=Math.round(t/Math.max(r,1)*a);e.write(`\r${d.padEnd(10)} [${"#".repeat(i)}${"-".repeat(a-i)}] ${t}/${r} ${p}\x1B[K`),s=!0},{done(){s&&e.write("\r\x1B[K")}})}export{f as a};
