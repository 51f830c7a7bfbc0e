/** The graph export formats, on their own so that a command line can list them without loading the exports. */
export const GRAPH_FORMATS = ['dot', 'mermaid', 'gexf', 'graphml', 'json', 'svg', 'kumu'] as const;
export type GraphFormat = typeof GRAPH_FORMATS[number];
