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
    { key: 'broker-betweenness', default: 0.2, min: 0, max: 1, description: 'normalised betweenness from which a partner counts as a broker (cut vertices always do)' },
    { key: 'max-prospect-effort', default: 2, min: 0, max: 1000, description: 'most tie effort (hours/month) a prospect or exploring partner is asked for before rushed-commitment fires' },
    { key: 'max-prospect-months', default: 6, min: 0, max: 1200, description: 'months a partner may stay a prospect or exploring before stale-prospect fires' },
    { key: 'max-trust-age', default: 12, min: 0, max: 1200, description: "months after a tie's trust was assessed (as-of, or its latest rating) before stale-trust fires" },
    { key: 'max-trust-gap', default: 1.5, min: 0, max: 4, description: "smallest difference between the two sides' latest ratings of a tie (on average) at which trust-gap fires" },
    { key: 'max-invite-share', default: 0.5, min: 0, max: 1, description: 'largest share of the partners a meeting without roles may invite before invite-all fires' }
];

export const THRESHOLDS_BY_KEY: ReadonlyMap<string, ThresholdSpec> = new Map(THRESHOLDS.map(t => [t.key, t]));
