/** Public API of the language package (browser-safe: no Node imports). */
export * from './partnership-module.js';
export * from './workspace/network-groups.js';
export * from './validation/network-analyzer.js';
export * from './validation/partnership-settings.js';
export * from './model/types.js';
export * from './model/load.js';
export * from './model/network.js';
export * from './model/units.js';
export { buildNetwork, describe as describeLocation } from './model/build.js';
export * from './rules/index.js';
export * from './model/facts.js';
export * from './utils/suggest.js';
export * as ast from './generated/ast.js';
export * from './analysis/index.js';
export { configureFromInitialization, EDITOR_SAMPLE_ABOVE, type PartnershipInitializationOptions } from './lsp/settings.js';
export { reportBuildProgress } from './lsp/progress.js';
export * from './utils/numbers.js';
export * from './utils/dates.js';
