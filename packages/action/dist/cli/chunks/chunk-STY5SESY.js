import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var u=/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,r={"	":"\\t","\n":"\\n","\r":"\\r"};function e(t){let n=t.charCodeAt(0);return r[t]??(n<256?`\\x${n.toString(16).padStart(2,"0")}`:`\\u${n.toString(16).padStart(4,"0")}`)}function o(t){return t.replace(u,e)}function i(t){return t.split(`
`).map(o).join(`
`)}var a=/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;function c(t){return t.replace(a,n=>`\\u${n.charCodeAt(0).toString(16).padStart(4,"0")}`)}export{o as a,i as b,c};
