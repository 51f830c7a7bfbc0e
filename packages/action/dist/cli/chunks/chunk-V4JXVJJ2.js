import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var m=["dot","mermaid","gexf","graphml","json","svg","kumu"];export{m as a};
