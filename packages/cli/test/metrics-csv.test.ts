/**
 * `partnership metrics --format csv` (formatMetricsCsv) on networks built in memory: the columns,
 * RFC 4180 quoting, empty cells for what is undefined, and the numbers of a graph worked out by hand.
 */
import { describe, expect, test } from 'vitest';
import { formatMetricsCsv } from '../src/metrics.js';
import { reportsOf } from './in-memory.js';

// A path A — B — C with efforts 4 and 2 h/month; A — B has trust 4. B is the cut vertex.
const PATH = `network Path {
    us A
    budget 10 hours/month
}
partner A { sector nonprofit }
partner B { sector healthcare  capacity 3 hours/month }
partner C
tie A -- B { effort 4 hours/month  trust 4  A gives space  B gives data }
tie B -- C { effort 2 hours/month  B gives data  C gives funding }
`;

const HEADER = 'network,partner,sector,degree,weighted_degree,betweenness,closeness,eigenvector,constraint,effective_size,efficiency,'
    + 'weighted_constraint,weighted_effective_size,average_trust,load,capacity,broker,cut_vertex';

async function csv(files: Record<string, string>) {
    const text = formatMetricsCsv(await reportsOf(files));
    const lines = text.split('\r\n');
    return { text, header: lines[0], rows: lines.slice(1, -1) };
}

describe('formatMetricsCsv', () => {
    test('one header, one CRLF-terminated row per partner, ranked by betweenness then name', async () => {
        const { text, header, rows } = await csv({ 'path/network.partnership': PATH });
        expect(header).toBe(HEADER);
        expect(text.endsWith('\r\n')).toBe(true);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        expect(rows.map(row => row.split(',').slice(0, 2).join(','))).toEqual(['Path,B', 'Path,A', 'Path,C']);
    });

    test("the path's numbers: degree, effort, betweenness, closeness, eigenvector, Burt's measures, trust, load, capacity", async () => {
        const { rows } = await csv({ 'path/network.partnership': PATH });
        const cells = Object.fromEntries(rows.map(row => {
            const values = row.split(',');
            return [values[1], Object.fromEntries(HEADER.split(',').map((column, i) => [column, values[i]]))];
        }));
        expect(cells.B).toMatchObject({
            sector: 'healthcare', degree: '2', weighted_degree: '6', betweenness: '1', closeness: '1', constraint: '0.5',
            effective_size: '2', efficiency: '1', weighted_effective_size: '2', average_trust: '4', load: '6', capacity: '3',
            broker: 'true', cut_vertex: 'true'
        });
        // Weighted constraint: B's ties carry 4/6 and 2/6 of its effort, (2/3)² + (1/3)² = 5/9.
        expect(Number(cells.B.weighted_constraint)).toBeCloseTo(5 / 9, 12);
        expect(Number(cells.B.eigenvector)).toBeCloseTo(Math.SQRT1_2, 9);
        expect(cells.A).toMatchObject({ degree: '1', weighted_degree: '4', betweenness: '0', constraint: '1', load: '4', broker: 'false', cut_vertex: 'false' });
        expect(Number(cells.A.closeness)).toBeCloseTo(2 / 3, 12);
        expect(Number(cells.A.eigenvector)).toBeCloseTo(0.5, 9);
        // No sector, no trusted tie, no capacity: empty cells, not "undefined".
        expect(cells.C).toMatchObject({ sector: '', average_trust: '', capacity: '', load: '2' });
    });

    test('loose files are named by their folder, quoted when it holds a comma or a quote; NaN is an empty cell', async () => {
        const { rows } = await csv({ 'path/network.partnership': PATH, 'North, "East"/loose.partnership': 'partner Z { sector media }\n' });
        // A partner without ties: constraint, effective size and efficiency are NaN (NetworkX's convention).
        expect(rows.at(-1)).toBe('"North, ""East""",Z,media,0,0,0,0,1,,,,,,,0,,false,false');
        expect(rows).toHaveLength(4);
    });
});
