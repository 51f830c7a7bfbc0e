/** Policy thresholds: their defaults and the values they accept. */

export interface ThresholdSpec {
    key: string;
    default: number;
    min: number;
    max: number;
    description: string;
}

export const THRESHOLDS: readonly ThresholdSpec[] = [
    { key: 'max-density', default: 0.5, min: 0, max: 1, description: 'highest network density before dense-network fires' },
    { key: 'min-trust', default: 3, min: 1, max: 5, description: 'lowest acceptable average trust of a tie or broker' },
    { key: 'min-diversity', default: 0.5, min: 0, max: 1, description: 'lowest acceptable sector diversity (Blau index)' },
    { key: 'min-efficiency', default: 0.5, min: 0, max: 1, description: "lowest acceptable efficiency (Burt's effective size ÷ ties) of a partner with 3 or more ties" },
    { key: 'broker-betweenness', default: 0.2, min: 0, max: 1, description: 'normalised betweenness from which a partner counts as a broker (cut vertices always do)' }
];

export const THRESHOLDS_BY_KEY: ReadonlyMap<string, ThresholdSpec> = new Map(THRESHOLDS.map(t => [t.key, t]));
