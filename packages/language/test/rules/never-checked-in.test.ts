import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/model/build.js';
import { firstCheckinCadence } from '../../src/rules/util/checkins.js';
import { build } from '../helpers.js';
import { findings } from '../rule-helpers.js';

const NET = (networkCheckin: string, tieBody: string, { bank = '', city = '' } = {}) => `network N {
    ${networkCheckin}
}

partner Bank${bank}
partner City${city}

tie Bank -- City {
    effort 2 hours/month
${tieBody}}
`;

const stage = (value: string) => ` {\n    stage ${value}\n}`;

describe('never-checked-in', () => {
    it("fires on the tie's header when the network's cadence applies and no check-in is recorded", async () => {
        const result = await findings('never-checked-in', NET('checkin every 3 months', ''));
        expect(result).toEqual([{
            text: 'tie Bank -- City',
            severity: 3,
            message: "The tie Bank -- City has no check-in on record, though it is to be checked in every 3 months; record when the partners last checked in (last-checkin YYYY-MM-DD), or check in now and record today's date.",
            related: ["2: the network's default check-in cadence: every 3 months"],
            data: expect.objectContaining({ code: 'never-checked-in', element: { kind: 'tie', name: 'Bank -- City' } })
        }]);
    });

    it("fires with the tie's own cadence, in a network without one", async () => {
        const result = await findings('never-checked-in', NET('', '    checkin every 2 weeks\n'));
        expect(result.map(r => [r.text, r.message, r.related])).toEqual([[
            'tie Bank -- City',
            "The tie Bank -- City has no check-in on record, though it is to be checked in every 2 weeks; record when the partners last checked in (last-checkin YYYY-MM-DD), or check in now and record today's date.",
            ['10: check-in cadence of this tie: every 2 weeks']
        ]]);
    });

    it('does not fire without a cadence, or once a check-in is recorded (however long ago: that is overdue-checkin)', async () => {
        expect(await findings('never-checked-in', NET('', ''))).toEqual([]);
        expect(await findings('never-checked-in', NET('checkin every 3 months', '    last-checkin 2026-10-01\n'))).toEqual([]);
        expect(await findings('never-checked-in', NET('checkin every 3 months', '    last-checkin 2020-01-01\n'))).toEqual([]);
        expect(await findings('never-checked-in', NET('', '    checkin every 1 month\n    last-checkin 2026-10-01\n'))).toEqual([]);
    });

    it('does not fire on a tie to a partner still being got to know (prospect, exploring) or to an ended one', async () => {
        for (const value of ['prospect', 'exploring', 'ended']) {
            expect(await findings('never-checked-in', NET('checkin every 3 months', '', { city: stage(value) })), value).toEqual([]);
            expect(await findings('never-checked-in', NET('checkin every 3 months', '', { bank: stage(value) })), value).toEqual([]);
        }
        // Active and dormant partners are still to be checked in with.
        for (const value of ['active', 'dormant']) {
            expect((await findings('never-checked-in', NET('checkin every 3 months', '', { city: stage(value) }))).map(r => r.text), value).toEqual(['tie Bank -- City']);
        }
    });

    it('fires once per tie, for each tie without a check-in', async () => {
        const text = `network N {\n    checkin every 6 months\n}\npartner A\npartner B\npartner C\ntie A -- B\ntie B -- C {\n    last-checkin 2026-09-01\n}\ntie C -- A\n`;
        expect((await findings('never-checked-in', text)).map(r => r.text)).toEqual(['tie A -- B', 'tie C -- A']);
    });

    it('respects @allow on the tie', async () => {
        const text = NET('checkin every 3 months', '').replace('tie Bank', '// @allow never-checked-in -- first check-in is booked for December\ntie Bank');
        expect(await findings('never-checked-in', text)).toEqual([]);
    });
});

describe('never-checked-in reads what the tie model holds', () => {
    it('a last-checkin of a day that does not exist counts as recorded (invalid-date reports it)', async () => {
        const built = await build({ 'net/main.partnership': NET('checkin every 3 months', '    last-checkin 2026-02-30\n') });
        const codes = built.diagnostics('net/main.partnership').map(d => d.code);
        expect(codes).toContain('invalid-date');
        expect(codes).not.toContain('never-checked-in');
    });

    it("without reading the ties' property locations (each read builds every location of the tie)", async () => {
        const text = `network N {\n    checkin every 6 months\n}\npartner A\npartner B\npartner C\ntie A -- B\ntie B -- C {\n    last-checkin 2026-09-01\n}\n`;
        const built = await build({ 'net/main.partnership': text });
        const { network } = buildNetwork('file:///ws/net', [built.documents.get('net/main.partnership')!]);
        for (const tie of network.ties) {
            Object.defineProperty(tie, 'properties', { get() { throw new Error(`properties of ${tie.name} read`); } });
        }
        expect(network.ties.map(tie => firstCheckinCadence(network, tie)?.text ?? '-')).toEqual(['every 6 months', '-']);
    });
});
