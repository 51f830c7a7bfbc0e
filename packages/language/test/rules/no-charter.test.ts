import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const PARTNERS = (n: number) => Array.from({ length: n }, (_, i) => `partner P${i + 1}`).join('\n') + '\n';

const NET = (body: string, partners = 9) => `network Eastside "Eastside coalition" {
${body}}

${PARTNERS(partners)}`;

const DECISIONS = '    decisions "Steering group by consensus; the chair breaks ties"\n';
const CONFLICT = '    conflict "Raise it with the backbone first; the chair mediates"\n';

describe('no-charter', () => {
    it('fires on the network name when a network of more than 8 partners states neither decisions nor conflict', async () => {
        const result = await findings('no-charter', NET(''));
        expect(result).toEqual([{
            text: 'Eastside',
            severity: 3,
            message: 'The network Eastside has 9 partners but states no decisions and no conflict: agree with the partners on who makes decisions and how (decisions "...") and how disagreements are handled (conflict "..."), and write it down.',
            related: [],
            data: expect.objectContaining({ code: 'no-charter', element: { kind: 'network', name: 'Eastside' } })
        }]);
    });

    it('names the one that is missing', async () => {
        expect((await findings('no-charter', NET(DECISIONS))).map(r => r.message)).toEqual([
            'The network Eastside has 9 partners but states no conflict: agree with the partners on how disagreements are handled (conflict "..."), and write it down.'
        ]);
        expect((await findings('no-charter', NET(CONFLICT))).map(r => r.message)).toEqual([
            'The network Eastside has 9 partners but states no decisions: agree with the partners on who makes decisions and how (decisions "..."), and write it down.'
        ]);
        // An empty text states nothing.
        expect((await findings('no-charter', NET(`${CONFLICT}    decisions " "\n`))).map(r => String(r.message).split(':')[0])).toEqual([
            'The network Eastside has 9 partners but states no decisions'
        ]);
    });

    it('does not fire when both are stated, at 8 partners, or for loose files', async () => {
        expect(await findings('no-charter', NET(DECISIONS + CONFLICT))).toEqual([]);
        expect(await findings('no-charter', NET('', 8))).toEqual([]);
        expect(await findings('no-charter', PARTNERS(12))).toEqual([]);
    });

    it('does not count ended partners', async () => {
        const text = NET('').replace('partner P9', 'partner P9 {\n    stage ended\n}');
        expect(await findings('no-charter', text)).toEqual([]);
        expect((await findings('no-charter', `${text}partner P10\n`)).map(r => String(r.message).split(' but')[0])).toEqual(['The network Eastside has 9 partners']);
    });

    it('respects @allow on the network block', async () => {
        const text = `// @allow no-charter -- the charter is being drafted; adopted at the March meeting\n${NET('')}`;
        expect(await findings('no-charter', text)).toEqual([]);
    });
});
