/** An `ended` partner is history kept in the file: it and its ties count in no network metric. */
import { describe, expect, it } from 'vitest';
import { analyze, graphOf } from '../../src/analysis/index.js';
import { build } from '../helpers.js';

const NETWORK = (stage: string) => `network N {
    us Bank
}

partner Bank {
    sector nonprofit
}

partner City {
    sector government
}

partner Old {
    sector business
    stage ${stage}
}

tie Bank -- City
tie Bank -- Old
tie City -- Old
`;

async function analysisOf(stage: string) {
    const built = await build({ 'n/network.partnership': NETWORK(stage) });
    const { network } = built.services.Partnership.network.Analyzer.resultForDocument(built.documents.get('n/network.partnership')!.uri.toString());
    return analyze(graphOf(network));
}

describe('stages in the metrics', () => {
    it('leaves an ended partner and its ties out of density, diversity and centrality', async () => {
        const ended = await analysisOf('ended');
        expect(ended.network.partners).toBe(2);
        expect(ended.network.ties).toBe(1);
        expect(ended.network.sectors).toEqual({ nonprofit: 1, government: 1 });
        expect(ended.byId.has('Old')).toBe(false);
    });

    it('keeps dormant, prospect and active partners in', async () => {
        for (const stage of ['dormant', 'prospect', 'active']) {
            const analysis = await analysisOf(stage);
            expect(analysis.network.partners, stage).toBe(3);
            expect(analysis.network.ties, stage).toBe(3);
        }
    });
});
