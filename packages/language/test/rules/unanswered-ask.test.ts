import { describe, expect, it } from 'vitest';
import { findings } from '../rule-helpers.js';

const NET = (tieBody: string, partners = 'partner Bank\npartner Tenants\n') => `${partners}
tie Bank -- Tenants {
${tieBody}}
`;

describe('unanswered-ask', () => {
    it('fires on the ask line when the other side gives nothing in the tie, as info', async () => {
        expect(await findings('unanswered-ask', NET('    Tenants asks data, volunteers\n'))).toEqual([{
            text: 'Tenants asks data, volunteers',
            severity: 3,
            message: 'Tenants asks Bank for data and volunteers in the tie Bank -- Tenants, but Bank gives nothing in this tie. Talk about whether Bank can offer them (if so, write Bank gives data, volunteers in the tie), or help Tenants find them elsewhere.',
            related: [],
            data: expect.objectContaining({ code: 'unanswered-ask', element: { kind: 'tie', name: 'Bank -- Tenants' } })
        }]);
    });

    it("lists only the values the other side's gives lack, with its gives related", async () => {
        const body = '    Bank gives space\n    Bank gives data\n    Tenants asks data, volunteers, equipment\n    Tenants gives lived-experience\n';
        expect((await findings('unanswered-ask', NET(body))).map(r => [r.text, r.message, r.related])).toEqual([[
            'Tenants asks data, volunteers, equipment',
            'Tenants asks Bank for volunteers and equipment in the tie Bank -- Tenants, but Bank gives only space and data here. Talk about whether Bank can offer them (if so, write Bank gives volunteers, equipment in the tie), or help Tenants find them elsewhere.',
            ['5: Bank gives space', '6: Bank gives data']
        ]]);
    });

    it("is one finding per ask line, for either side; the asker's own gives do not answer it", async () => {
        const body = '    Bank asks lived-experience\n    Bank gives lived-experience\n    Tenants asks funding\n    Tenants asks space\n    Bank gives space\n';
        expect((await findings('unanswered-ask', NET(body))).map(r => [r.text, r.message])).toEqual([
            ['Bank asks lived-experience', 'Bank asks Tenants for lived-experience in the tie Bank -- Tenants, but Tenants gives nothing in this tie. Talk about whether Tenants can offer it (if so, write Tenants gives lived-experience in the tie), or help Bank find it elsewhere.'],
            ['Tenants asks funding', 'Tenants asks Bank for funding in the tie Bank -- Tenants, but Bank gives only lived-experience and space here. Talk about whether Bank can offer it (if so, write Bank gives funding in the tie), or help Tenants find it elsewhere.']
        ]);
    });

    it('is silent when the ask is answered in the tie, even in several gives lines, and counts only gives in that tie', async () => {
        expect(await findings('unanswered-ask', NET('    Tenants asks data, volunteers\n    Bank gives data\n    Bank gives volunteers, space\n'))).toEqual([]);
        // Bank gives volunteers elsewhere, not to Tenants: still unanswered here.
        const partners = 'partner Bank\npartner Tenants\npartner Clinic\ntie Bank -- Clinic {\n    Bank gives volunteers\n    Clinic gives expertise\n}\n';
        expect((await findings('unanswered-ask', NET('    Tenants asks volunteers\n', partners))).map(r => r.text)).toEqual(['Tenants asks volunteers']);
    });

    it('is silent in a tie with a dormant or ended partner, and still fires with a prospect', async () => {
        for (const stage of ['dormant', 'ended']) {
            expect(await findings('unanswered-ask', NET('    Tenants asks data\n', `partner Bank\npartner Tenants {\n    stage ${stage}\n}\n`))).toEqual([]);
            expect(await findings('unanswered-ask', NET('    Tenants asks data\n', `partner Bank {\n    stage ${stage}\n}\npartner Tenants\n`))).toEqual([]);
        }
        expect((await findings('unanswered-ask', NET('    Tenants asks data\n', 'partner Bank\npartner Tenants {\n    stage prospect\n}\n'))).map(r => r.text)).toEqual(['Tenants asks data']);
    });

    it('respects @allow on the tie', async () => {
        const text = NET('    Tenants asks data\n').replace('tie Bank', '// @allow unanswered-ask -- the data-sharing agreement is with the lawyers\ntie Bank');
        expect(await findings('unanswered-ask', text)).toEqual([]);
    });
});
