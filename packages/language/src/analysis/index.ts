/** Network analysis over graphology: pure TypeScript, no Langium. */
export * from './graph.js';
export * from './compact.js';
export * from './shortest-paths.js';
export * from './structural-holes.js';
export * from './articulation.js';
export * from './metrics.js';
