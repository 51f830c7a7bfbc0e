import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (ties: string, agency = '    sector government\n', network = '    us Bank\n') => `network N {
${network}}

partner Bank { sector nonprofit }
partner County {
${agency}}
partner Clinic { sector healthcare }

${ties}`;

describe('cold-outreach', () => {
    it('fires on the header of a tie of us to a government partner that came through nobody', async () => {
        const result = await findings('cold-outreach', NET('tie Bank -- County\ntie County -- Clinic\n'));
        expect(result).toEqual([{
            text: 'tie Bank -- County',
            severity: 3,
            message: 'The tie Bank -- County reaches County, a government partner, directly: it names no introduced-by and no partner is tied to both Bank and County. Agencies are often overstretched and answer more readily through someone they know: ask a partner who knows County to introduce you and record it with introduced-by, or record who already did.',
            related: ['7: County: sector government'],
            data: expect.objectContaining({ code: 'cold-outreach', element: { kind: 'tie', name: 'Bank -- County' } })
        }]);
        // Either way round.
        expect((await findings('cold-outreach', NET('tie County -- Bank\n'))).map(r => r.text)).toEqual(['tie County -- Bank']);
    });

    it('does not fire when the tie names introduced-by or the two share a contact', async () => {
        expect(await findings('cold-outreach', NET('tie Bank -- County {\n    introduced-by Clinic\n}\n'))).toEqual([]);
        expect(await findings('cold-outreach', NET('tie Bank -- County\ntie Bank -- Clinic\ntie Clinic -- County\n'))).toEqual([]);
    });

    it('does not fire on other sectors, ties without us, an ended agency, or a network without us', async () => {
        expect(await findings('cold-outreach', NET('tie Bank -- County\n', '    sector nonprofit\n'))).toEqual([]);
        expect(await findings('cold-outreach', NET('tie Bank -- County\n', ''))).toEqual([]);
        expect(await findings('cold-outreach', NET('tie Clinic -- County\n'))).toEqual([]);
        expect(await findings('cold-outreach', NET('tie Bank -- County\n', '    sector government\n    stage ended\n'))).toEqual([]);
        expect(await findings('cold-outreach', NET('tie Bank -- County\n', '    sector government\n', ''))).toEqual([]);
    });

    it('respects @allow on the tie', async () => {
        const text = NET('tie Bank -- County\n').replace('tie Bank', '// @allow cold-outreach -- the county called us after the flood\ntie Bank');
        expect(await findings('cold-outreach', text)).toEqual([]);
    });
});
