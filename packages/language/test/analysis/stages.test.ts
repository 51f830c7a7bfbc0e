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

describe('stages in the rules that count partners', () => {
    it('dense-network counts no ended partner toward its minimum of four', async () => {
        const text = 'network N {\n    purpose sharing\n}\npartner A\npartner B\npartner C\npartner Old {\n    stage ended\n}\ntie A -- B\ntie B -- C\ntie A -- C\n';
        const built = await build({ 'n/network.partnership': text });
        expect(built.diagnostics('n/network.partnership').filter(d => d.code === 'dense-network')).toEqual([]);
        const four = await build({ 'n/network.partnership': text.replace('    stage ended\n', '') + 'tie Old -- A\ntie Old -- B\ntie Old -- C\n' });
        expect(four.diagnostics('n/network.partnership').filter(d => d.code === 'dense-network')).toHaveLength(1);
    });
});
