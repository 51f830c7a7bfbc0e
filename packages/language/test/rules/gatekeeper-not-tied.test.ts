import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (gatekeeper: string, ties: string, network = '    us Bank\n') => `network N {
${network}}

partner Bank
partner Pastor {
    gatekeeper
${gatekeeper}}
partner Clinic

${ties}`;

describe('gatekeeper-not-tied', () => {
    it('fires on the gatekeeper flag when us has no tie to it', async () => {
        const result = await findings('gatekeeper-not-tied', NET('', 'tie Pastor -- Clinic\n'));
        expect(result).toEqual([{
            text: 'gatekeeper',
            severity: 3,
            message: 'Pastor is a gatekeeper, but Bank has no tie to it. Gatekeepers are trusted leaders who can connect Bank with the rest of the community: get to know it, ideally through a partner you both know, and record the tie.',
            related: [],
            data: expect.objectContaining({ code: 'gatekeeper-not-tied', element: { kind: 'partner', name: 'Pastor' } })
        }]);
    });

    it('fires when the only tie to us is weak, with its strength related', async () => {
        const result = await findings('gatekeeper-not-tied', NET('', 'tie Pastor -- Bank {\n    strength weak\n}\n'));
        expect(result.map(r => [r.message, r.related])).toEqual([[
            'Pastor is a gatekeeper, but Bank\'s tie to it is weak. Gatekeepers are trusted leaders who can connect Bank with the rest of the community: invest in that relationship and update the tie\'s strength when it has grown.',
            ['12: tie Pastor -- Bank: strength weak']
        ]]);
    });

    it('does not fire on a moderate, strong or unrated tie to us, on us itself, or on an ended gatekeeper', async () => {
        for (const strength of ['moderate', 'strong']) {
            expect(await findings('gatekeeper-not-tied', NET('', `tie Bank -- Pastor {\n    strength ${strength}\n}\n`))).toEqual([]);
        }
        expect(await findings('gatekeeper-not-tied', NET('', 'tie Bank -- Pastor\n'))).toEqual([]);
        expect(await findings('gatekeeper-not-tied', NET('    stage ended\n', ''))).toEqual([]);
        expect(await findings('gatekeeper-not-tied', NET('', '', '    us Pastor\n'))).toEqual([]);
        // A dormant gatekeeper is still one to stay in touch with.
        expect((await findings('gatekeeper-not-tied', NET('    stage dormant\n', ''))).map(r => r.text)).toEqual(['gatekeeper']);
    });

    it('needs a network with us', async () => {
        expect(await findings('gatekeeper-not-tied', NET('', '', ''))).toEqual([]);
        expect(await findings('gatekeeper-not-tied', `partner Pastor {\n    gatekeeper\n}\n`)).toEqual([]);
    });

    it('respects @allow on the partner', async () => {
        const text = NET('', '').replace('partner Pastor', '// @allow gatekeeper-not-tied -- the clinic introduces us in January\npartner Pastor');
        expect(await findings('gatekeeper-not-tied', text)).toEqual([]);
    });
});
