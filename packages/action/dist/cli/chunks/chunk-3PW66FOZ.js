import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var A=5e3;export{A as a};
