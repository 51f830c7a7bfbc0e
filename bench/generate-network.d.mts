/** A seeded generator of numbers in [0, 1). */
export declare function mulberry32(seed: number): () => number;
/** Writes network.partnership and `files` part files of a synthetic network of `partners` partners into `folder`. */
export declare function generateNetwork(folder: string, partners?: number, files?: number, tiesPerPartner?: number): {
    partners: number;
    ties: number;
    files: number;
    nodes: Array<{ id: string; sector: string }>;
    edges: Array<[string, string]>;
};
