import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var o=["dot","mermaid","gexf","graphml","json","svg"];export{o as a};
