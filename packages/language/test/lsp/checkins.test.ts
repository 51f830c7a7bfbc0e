/**
 * The check-ins of the editor's Check-ins view (lsp/checkins.ts): which group each tie is in on a
 * given day, its partners' titles, due date and days overdue, and that the overdue and never
 * checked-in groups are exactly the ties overdue-checkin and never-checked-in report.
 */
import { describe, expect, it } from 'vitest';
import { networkCheckins, type Checkin } from '../../src/lsp/checkins.js';
import { build } from '../helpers.js';

const NETWORK = `network N {
    checkin every 3 months
}

partner A "Alpha Library" { stage active }

partner B "Beta School" { stage active }

partner C { stage active }

partner P "Prospect Radio" { stage prospect }

partner E "Ended Mill" { stage ended }
`;

const TIES = `tie A -- B {
    last-checkin 2026-07-15
}

tie B -- C {
    last-checkin 2026-08-20
}

tie A -- C {
    last-checkin 2026-08-01
}

tie C -- P {
    last-checkin 2026-10-01
    checkin every 2 weeks
}

tie A -- P

tie B -- E

tie A -- E {
    last-checkin 2026-01-10
}

tie C -- E {
    checkin every 1 week
    last-checkin 2026-10-29
}

tie B -- P {
    last-checkin 2026-02-30
}
`;

async function checkinsOn(today: string, files: Record<string, string> = { 'n/network.partnership': NETWORK, 'n/ties.partnership': TIES }) {
    const built = await build(files, { today });
    const { network, findings } = built.services.Partnership.network.Analyzer.resultFor('file:///ws/n');
    return { checkins: networkCheckins(network, today), findings };
}

/** A check-in as a line a test can read: tie, dates, overdue days, cadence and whose. */
const line = (c: Checkin) => [c.tie, c.lastCheckin ?? '-', c.due ?? '-', c.overdueDays ?? '-', `${c.cadence} (${c.cadenceOf})`].join(' | ');

describe('the Check-ins view\'s groups', () => {
    it('sorts every tie with a cadence into overdue, due this month, later and never checked in', async () => {
        const { checkins } = await checkinsOn('2026-11-01');
        expect(checkins.today).toBe('2026-11-01');
        expect(checkins.overdue.map(line)).toEqual([
            // Most overdue first: due 2026-04-10, then C -- P due two weeks after 2026-10-01.
            'A -- E | 2026-01-10 | 2026-04-10 | 205 | every 3 months (network)',
            'A -- B | 2026-07-15 | 2026-10-15 | 17 | every 3 months (network)',
            'C -- P | 2026-10-01 | 2026-10-15 | 17 | every 2 weeks (tie)'
        ]);
        expect(checkins.dueThisMonth.map(line)).toEqual([
            'A -- C | 2026-08-01 | 2026-11-01 | - | every 3 months (network)',
            'C -- E | 2026-10-29 | 2026-11-05 | - | every 1 week (tie)',
            'B -- C | 2026-08-20 | 2026-11-20 | - | every 3 months (network)'
        ]);
        expect(checkins.later).toEqual([]);
        // A -- P joins a prospect and B -- E an ended partner: no first check-in is expected of them.
        // B -- P's 2026-02-30 is no day (an invalid-date error): in no group.
        expect(checkins.never).toEqual([]);
    });

    it('gives the partners\' titles (the name where there is none) and the tie\'s locations', async () => {
        const { checkins } = await checkinsOn('2026-11-01');
        const [ab] = checkins.overdue.filter(c => c.tie === 'A -- B');
        expect(ab.partners).toEqual([{ name: 'A', title: 'Alpha Library' }, { name: 'B', title: 'Beta School' }]);
        expect(checkins.dueThisMonth.find(c => c.tie === 'B -- C')!.partners).toEqual([{ name: 'B', title: 'Beta School' }, { name: 'C', title: 'C' }]);
        expect(ab.location.uri).toBe('file:///ws/n/ties.partnership');
        expect(ab.location.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 2, character: 1 } });
        expect(ab.nameLocation.range.start).toEqual({ line: 0, character: 0 });
    });

    it('moves a tie from later to due this month to overdue as the days pass, on the day overdue-checkin does', async () => {
        const days = ['2026-09-30', '2026-10-01', '2026-11-19', '2026-11-20', '2026-11-21', '2026-12-01'];
        const groups: string[] = [];
        for (const today of days) {
            const { checkins, findings } = await checkinsOn(today);
            const where = (['overdue', 'dueThisMonth', 'later', 'never'] as const).find(group => checkins[group].some(c => c.tie === 'B -- C'))!;
            const overdue = checkins.overdue.find(c => c.tie === 'B -- C');
            groups.push(`${today} ${where}${overdue ? ` ${overdue.overdueDays}` : ''}`);
            // The overdue group is what overdue-checkin reports, day for day.
            const reported = findings.filter(f => f.code === 'overdue-checkin').map(f => f.element!.name).sort();
            expect(checkins.overdue.map(c => c.tie).sort(), today).toEqual(reported);
            for (const c of checkins.overdue) {
                const finding = findings.find(f => f.code === 'overdue-checkin' && f.element!.name === c.tie)!;
                expect(finding.message, today).toContain(`due again by ${c.due} (${c.cadence}), ${c.overdueDays} ${c.overdueDays === 1 ? 'day' : 'days'} ago`);
            }
        }
        expect(groups).toEqual([
            '2026-09-30 later',
            '2026-10-01 later',
            '2026-11-19 dueThisMonth',
            '2026-11-20 dueThisMonth',
            '2026-11-21 overdue 1',
            '2026-12-01 overdue 11'
        ]);
    });

    it('lists the ties never checked in, in declaration order, as never-checked-in reports them; ties with no cadence in no group', async () => {
        const files = {
            'm/network.partnership': 'network M {\n    checkin every 6 months\n}\n\npartner A\n\npartner B\n\npartner C\n\npartner D { stage exploring }\n',
            'm/ties.partnership': 'tie C -- B\n\ntie A -- B {\n    effort 2 hours/month\n}\n\ntie A -- D\n\ntie A -- C {\n    last-checkin 2026-06-01\n}\n'
        };
        const built = await build(files);
        const { network, findings } = built.services.Partnership.network.Analyzer.resultFor('file:///ws/m');
        const checkins = networkCheckins(network, '2026-11-01');
        expect(checkins.never.map(line)).toEqual(['C -- B | - | - | - | every 6 months (network)', 'A -- B | - | - | - | every 6 months (network)']);
        expect(checkins.never.map(c => c.tie)).toEqual(findings.filter(f => f.code === 'never-checked-in').map(f => f.element!.name));
        expect(checkins.later.map(line)).toEqual(['A -- C | 2026-06-01 | 2026-12-01 | - | every 6 months (network)']);

        // Without the network's cadence only a tie's own schedules it.
        const own = await build({ 'k/main.partnership': 'network K\n\npartner A\n\npartner B\n\npartner C\n\ntie A -- B {\n    last-checkin 2026-06-01\n}\n\ntie B -- C {\n    checkin every 1 year\n    last-checkin 2026-06-01\n}\n\ntie A -- C\n' });
        const alone = networkCheckins(own.services.Partnership.network.Analyzer.resultFor('file:///ws/k').network, '2026-11-01');
        expect([alone.overdue, alone.dueThisMonth, alone.never]).toEqual([[], [], []]);
        expect(alone.later.map(line)).toEqual(['B -- C | 2026-06-01 | 2027-06-01 | - | every 1 year (tie)']);
    });

    it('says what is wrong with a day that is not one', async () => {
        const built = await build({ 'n/network.partnership': NETWORK });
        const { network } = built.services.Partnership.network.Analyzer.resultFor('file:///ws/n');
        expect(() => networkCheckins(network, '2026-13-01')).toThrow("networkCheckins: today must be a date as YYYY-MM-DD, not '2026-13-01'");
    });
});
