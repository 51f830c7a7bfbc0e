/**
 * The browser-safe views of a built network (`partnership-views`): the report model, where the goals
 * stand, the graph exports and the HTML report. The CLI commands write them to files; the VS Code
 * extension's language server serves them to its graph view, metrics view and "Export Report" (in a
 * Web Worker too).
 * `partnership-views/html` is the HTML pieces alone (escaping, table rows), with no imports, for the
 * extension's client.
 */
export * from './network-report.js';
export * from './cells.js';
export * from './graph-export.js';
export * from './kumu.js';
export * from './goal-report.js';
export * from './goal-chart.js';
export * from './trust-value.js';
export * from './trust-value-chart.js';
export * from './report-render.js';
export * from './html.js';
export * from './terminal-text.js';
export * from './markdown-text.js';
export { xmlPrintable, xmlText } from './xml-text.js';
export * from './history.js';
export * from './history-render.js';
export * from './calendar.js';
