/**
 * The calendar's events (calendar.ts) on networks built in memory: check-ins on their due day, overdue
 * and first ones on today; meetings as recurring events from their cadence as written; goals' dates;
 * the next review; UIDs that stay the same when other elements change and stay apart for Unicode names;
 * display strings made calendar text.
 */
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createPartnershipServices, type NetworkModel } from 'partnership-language';
import { calendarUid, networkCalendar, repeatOf, text, type CalendarEvent } from '../src/index.js';

async function networkOf(files: Record<string, string>): Promise<{ network: NetworkModel; errors: string[] }> {
    const services = createPartnershipServices(EmptyFileSystem);
    const documents = Object.entries(files).map(([name, content]) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(content, URI.parse(`file:///ws/net/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const key = services.shared.network.Groups.groupOf(documents[0].uri);
    const errors = documents.flatMap(doc => (doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.code}: ${d.message}`));
    return { network: services.Partnership.network.Analyzer.resultFor(key).network, errors };
}

async function eventsOf(files: Record<string, string>, today: string): Promise<CalendarEvent[]> {
    const { network, errors } = await networkOf(files);
    expect(errors).toEqual([]);
    return networkCalendar(network, today)!.events;
}

const byUid = (events: readonly CalendarEvent[]) => new Map(events.map(event => [event.uid, event]));

const NETWORK = `network Net "Corner Network" {
    us Pantry
    checkin every 3 months
    review every 12 months
    last-review 2026-02-12
}

partner Pantry "Corner Pantry" { sector nonprofit  plays Host }
partner Church "St. Ann's" { sector faith  plays Host }
partner Clinic { sector healthcare }
partner Farm { sector business  stage exploring }
partner Radio { sector media }

role Host "Hosts the table" { provides space }
role Empty { provides data }

tie Pantry -- Church { last-checkin 2026-09-15 }
tie Church -- Clinic { last-checkin 2026-10-20  checkin every 2 weeks }
tie Pantry -- Clinic { }
tie Pantry -- Farm { }

meeting Table "Monthly table" {
    every month
    duration 2 hours
    roles Host, Empty
    invites Clinic
}
meeting Steering { every 2 weeks  duration 90 minutes  invites Pantry, Radio }
meeting Walk { every 1.5 weeks  invites Pantry }
meeting Annual { every year }
meeting Adhoc { duration 1 hour  invites Pantry }

goal Fed "Families fed" { due 2027-06-30  measure "Households served"  baseline 10 on 2026-01-01  target 50 by 2027-06-30  progress 20 on 2026-09-01 }
goal Stores { target 24 by 2027-12-31  due 2027-09-30 }
goal Done { due 2026-03-01  achieved 2026-02-20 }
goal Late "Late one" { due 2026-10-01 }
`;

describe('the events of a network on a day', () => {
    test('every event: its UID, day, summary, rhythm and categories, by date', async () => {
        const events = await eventsOf({ 'network.partnership': NETWORK }, '2026-11-04');
        expect(events.map(e => [e.uid, e.date, e.summary, e.time ?? null, e.repeat ?? null, e.categories.join(',')])).toEqual([
            ['goal-due-Late@Net.partnership', '2026-10-01', 'Goal due: Late one', null, null, 'Goal,Past due'],
            ['checkin-Church--Clinic@Net.partnership', '2026-11-04', 'Overdue check-in: St. Ann\'s — Clinic', null, null, 'Check-in,Overdue'],
            ['checkin-Clinic--Pantry@Net.partnership', '2026-11-04', 'First check-in: Corner Pantry — Clinic', null, null, 'Check-in,Never checked in'],
            ['meeting-Steering@Net.partnership', '2026-11-09', 'Steering', { start: '10:00', minutes: 90 }, { freq: 'WEEKLY', interval: 2 }, 'Meeting'],
            ['meeting-Walk@Net.partnership', '2026-11-09', 'Walk', null, { freq: 'DAILY', interval: 11 }, 'Meeting'],
            ['meeting-Table@Net.partnership', '2026-12-01', 'Monthly table', { start: '10:00', minutes: 120 }, { freq: 'MONTHLY', interval: 1 }, 'Meeting'],
            ['checkin-Church--Pantry@Net.partnership', '2026-12-15', 'Check-in: Corner Pantry — St. Ann\'s', null, null, 'Check-in'],
            ['meeting-Annual@Net.partnership', '2027-01-01', 'Annual', null, { freq: 'YEARLY', interval: 1 }, 'Meeting'],
            ['review@Net.partnership', '2027-02-12', 'Review: Corner Network', null, null, 'Review'],
            ['goal-due-Fed@Net.partnership', '2027-06-30', 'Goal due: Families fed', null, null, 'Goal'],
            ['goal-due-Stores@Net.partnership', '2027-09-30', 'Goal due: Stores', null, null, 'Goal'],
            ['goal-target-Stores@Net.partnership', '2027-12-31', 'Goal target: Stores — 24', null, null, 'Goal']
        ]);
    });

    test('an overdue check-in is on today, overdue since its due date; a first check-in says none is on record', async () => {
        const events = byUid(await eventsOf({ 'network.partnership': NETWORK }, '2026-11-04'));
        const overdue = events.get('checkin-Church--Clinic@Net.partnership')!;
        expect(overdue.overdueSince).toBe('2026-11-03');
        expect(overdue.description).toBe([
            'Overdue since 2026-11-03 (1 day as of 2026-11-04).',
            'Check in with St. Ann\'s and Clinic: the last check-in on their tie was 2026-10-20, and it is checked in every 2 weeks (this tie\'s cadence), so the next was due 2026-11-03.',
            'Then set last-checkin on the tie Church -- Clinic to the date (network.partnership, line 18).',
            'Network: Corner Network (Net).'
        ].join('\n'));
        expect(overdue.source).toEqual({ file: 'network.partnership', line: 18 });
        const first = events.get('checkin-Clinic--Pantry@Net.partnership')!;
        expect(first.overdueSince).toBeUndefined();
        expect(first.description).toBe([
            'Check in with Corner Pantry and Clinic: no check-in is on record for their tie, which is to be checked in every 3 months (the network\'s cadence).',
            'Then add last-checkin with the date to the tie Pantry -- Clinic (network.partnership, line 19).',
            'Network: Corner Network (Net).'
        ].join('\n'));
        // A tie to a partner still being got to know is not due a check-in (as never-checked-in has it).
        expect([...events.keys()].filter(uid => uid.includes('Farm'))).toEqual([]);
    });

    test('a check-in due later is on its due day, and due today is not overdue', async () => {
        const events = byUid(await eventsOf({ 'network.partnership': NETWORK }, '2026-12-15'));
        const due = events.get('checkin-Church--Pantry@Net.partnership')!;
        expect([due.date, due.summary, due.overdueSince]).toEqual(['2026-12-15', 'Check-in: Corner Pantry — St. Ann\'s', undefined]);
        expect(due.description.split('\n')[0]).toBe('Check in with Corner Pantry and St. Ann\'s: the last check-in on their tie was 2026-09-15, and it is checked in every 3 months (the network\'s cadence), so the next is due 2026-12-15.');
    });

    test('a meeting says who attends by role and by invitation, and where its first event comes from', async () => {
        const events = byUid(await eventsOf({ 'network.partnership': NETWORK }, '2026-11-04'));
        expect(events.get('meeting-Table@Net.partnership')!.description).toBe([
            'Monthly table (meeting Table): every month, 2 hours.',
            'By role Host (Hosts the table): Corner Pantry, St. Ann\'s.',
            'By role Empty: no partner plays it.',
            'Invited: Clinic.',
            '3 partners in all.',
            'The .partnership files give the meeting\'s rhythm, not its day or time: this event starts on 2026-12-01, the first 1st of a month on or after 2026-11-04, at 10:00 your time. Move it to the real day and time in your calendar.',
            'Declared in network.partnership, line 22. Network: Corner Network (Net).'
        ].join('\n'));
        expect(events.get('meeting-Walk@Net.partnership')!.description.split('\n').slice(0, 2)).toEqual([
            'Walk (meeting Walk): every 1.5 weeks, no duration written.',
            'every 1.5 weeks is shown as every 11 days.'
        ]);
        expect(events.get('meeting-Annual@Net.partnership')!.description).toContain('No partner attends: it has no roles or invites that name partners.');
        expect(events.get('meeting-Annual@Net.partnership')!.description).toContain('this event starts on 2027-01-01, the first 1 January on or after 2026-11-04. Move it to the real day in your calendar.');
        // No cadence, no rhythm to show.
        expect(events.has('meeting-Adhoc@Net.partnership')).toBe(false);
    });

    test('the meetings start on the same day for every today of one week, month or year', async () => {
        const starts = async (today: string) => (await eventsOf({ 'network.partnership': NETWORK }, today)).filter(e => e.kind === 'meeting').map(e => `${e.uid} ${e.date}`).sort();
        const monday = await starts('2026-11-09');
        expect(monday).toEqual(['meeting-Annual@Net.partnership 2027-01-01', 'meeting-Steering@Net.partnership 2026-11-09', 'meeting-Table@Net.partnership 2026-12-01', 'meeting-Walk@Net.partnership 2026-11-09']);
        expect(await starts('2026-11-03')).toEqual(monday);
        expect(await starts('2026-11-05')).toEqual(monday);
        expect(await starts('2026-11-10')).toEqual(monday.map(start => start.replace('2026-11-09', '2026-11-16')));
    });

    test('goals: due and target on one day give one event; achieved goals none; a past one says so', async () => {
        const events = byUid(await eventsOf({ 'network.partnership': NETWORK }, '2026-11-04'));
        expect(events.has('goal-target-Fed@Net.partnership')).toBe(false);
        expect(events.get('goal-due-Fed@Net.partnership')!.description).toBe([
            'The goal Fed is due on 2027-06-30, when its target is to be reached too: 50 by 2027-06-30.',
            'Measure: Households served.',
            'Latest reading: 20 on 2026-09-01.',
            'Declared in network.partnership, line 33. Network: Corner Network (Net).'
        ].join('\n'));
        expect(events.get('goal-target-Stores@Net.partnership')!.description.split('\n')[0]).toBe('The goal Stores is to reach its target of 24 by 2027-12-31.');
        expect([...events.keys()].filter(uid => uid.includes('Done'))).toEqual([]);
        expect(events.get('goal-due-Late@Net.partnership')!.description).toContain('Past: 34 days ago as of 2026-11-04, and the goal is not marked achieved. If it was reached, record the date (achieved YYYY-MM-DD).');
    });

    test('the review: on its due day; overdue on today; never reviewed on today', async () => {
        const overdue = byUid(await eventsOf({ 'network.partnership': NETWORK }, '2027-03-01')).get('review@Net.partnership')!;
        expect([overdue.date, overdue.summary, overdue.overdueSince, overdue.categories]).toEqual(['2027-03-01', 'Overdue review: Corner Network', '2027-02-12', ['Review', 'Overdue']]);
        expect(overdue.description.split('\n')[0]).toBe('Overdue since 2027-02-12 (17 days as of 2027-03-01).');
        const never = byUid(await eventsOf({ 'network.partnership': NETWORK.replace('    last-review 2026-02-12\n', '') }, '2027-03-01')).get('review@Net.partnership')!;
        expect([never.date, never.summary, never.categories]).toEqual(['2027-03-01', 'First review: Corner Network', ['Review', 'Never reviewed']]);
        expect(never.description).toBe([
            'The network is to be reviewed every 12 months, and no review is on record.',
            'Review with the partners whether the partnership is achieving what it set out to, works for everyone and is still needed.',
            'Then add last-review with the date (network.partnership, line 4). Network: Corner Network (Net).'
        ].join('\n'));
        const none = await eventsOf({ 'network.partnership': NETWORK.replace('    review every 12 months\n', '') }, '2027-03-01');
        expect(none.some(e => e.kind === 'review')).toBe(false);
    });

    test('files are named relative to the network\'s folder, across files', async () => {
        const events = byUid(await eventsOf({
            'network.partnership': 'network Net { checkin every month }\npartner A { sector nonprofit }\n',
            'ties/ties.partnership': 'partner B { sector faith }\n\ntie A -- B {\n    last-checkin 2026-10-01\n}\n'
        }, '2026-10-05'));
        expect(events.get('checkin-A--B@Net.partnership')!.source).toEqual({ file: 'ties/ties.partnership', line: 4 });
    });

    test('loose files (no network declared) have no calendar', async () => {
        const { network } = await networkOf({ 'loose.partnership': 'partner A { sector nonprofit }\n' });
        expect(networkCalendar(network, '2026-11-01')).toBeUndefined();
    });

    test('today must be a day', async () => {
        const { network } = await networkOf({ 'network.partnership': NETWORK });
        expect(() => networkCalendar(network, '2026-02-30')).toThrow("today must be a date as YYYY-MM-DD, not '2026-02-30'");
    });
});

describe('UIDs', () => {
    test('are made of the names only: the same when other elements, dates and titles change', async () => {
        const before = await eventsOf({ 'network.partnership': NETWORK }, '2026-11-04');
        const changed = NETWORK
            .replace('"Corner Network"', '"Renamed Network"')
            .replace('last-checkin 2026-09-15', 'last-checkin 2026-10-30')
            .replace('meeting Table "Monthly table" {\n    every month', 'meeting Table "Table" {\n    every 3 weeks')
            .replace('partner Radio { sector media }', 'partner Radio { sector media }\npartner Extra { sector media }\ntie Extra -- Radio { }');
        const after = await eventsOf({ 'network.partnership': changed }, '2026-11-04');
        const added = ['checkin-Extra--Radio@Net.partnership'];
        expect(after.map(e => e.uid).filter(uid => !added.includes(uid)).sort()).toEqual(before.map(e => e.uid).sort());
        // And a tie written the other way round keeps its UID.
        const flipped = await eventsOf({ 'network.partnership': NETWORK.replace('tie Pantry -- Church', 'tie Church -- Pantry') }, '2026-11-04');
        expect(flipped.map(e => e.uid).sort()).toEqual(before.map(e => e.uid).sort());
    });

    test('encode Unicode names as UTF-8, so names that differ give UIDs that differ, all ASCII', async () => {
        const events = await eventsOf({
            'network.partnership': `network Réseau { checkin every month }
partner Café { sector nonprofit }
partner Cafe { sector nonprofit }
partner 東京 { sector faith }
partner Café_東京-2 { sector faith }
tie Café -- 東京 { last-checkin 2026-10-01 }
tie Cafe -- 東京 { last-checkin 2026-10-01 }
tie Café_東京-2 -- Cafe { last-checkin 2026-10-01 }
`
        }, '2026-10-05');
        expect(events.map(e => e.uid).sort()).toEqual([
            'checkin-Caf%C3%A9--%E6%9D%B1%E4%BA%AC@R%C3%A9seau.partnership',
            'checkin-Cafe--Caf%C3%A9_%E6%9D%B1%E4%BA%AC-2@R%C3%A9seau.partnership',
            'checkin-Cafe--%E6%9D%B1%E4%BA%AC@R%C3%A9seau.partnership'
        ].sort());
        for (const event of events) expect(event.uid).toMatch(/^[\x21-\x7e]+$/);
        expect(calendarUid('review', [], 'Net')).toBe('review@Net.partnership');
        expect(calendarUid('goal-due', ['a-b'], 'Net')).toBe('goal-due-a-b@Net.partnership');
    });
});

describe('calendar text', () => {
    test('line breaks become spaces and control characters U+FFFD; ; , \\ are left for the writer to escape', () => {
        expect(text('A;B,C\\D')).toBe('A;B,C\\D');
        expect(text('one\ntwo\r\nthree\rfour\u2028five')).toBe('one two three four five');
        expect(text('\u001b[2K\u0000bell\u0007\u007f\u009b')).toBe('\uFFFD[2K\uFFFDbell\uFFFD\uFFFD\uFFFD');
        expect(text('tab\tstays')).toBe('tab\tstays');
    });

    test('titles with line breaks and controls reach summaries and descriptions as one-line text', async () => {
        const events = await eventsOf({
            'network.partnership': 'network Net "Net\\nwork; one, two" { checkin every month }\npartner A "Ann\\n\u001b[8mhidden" { sector nonprofit }\npartner B { sector faith }\ntie A -- B { }\n'
        }, '2026-10-05');
        const [event] = events;
        expect(event.summary).toBe('First check-in: Ann \uFFFD[8mhidden — B');
        expect(event.description.split('\n')).toHaveLength(3);
        expect(event.description).toContain('Network: Net work; one, two (Net).');
    });
});

describe('recurrence rules', () => {
    test.each([
        [{ count: 2, unit: 'week' as const }, { freq: 'WEEKLY', interval: 2 }],
        [{ count: 1, unit: 'month' as const }, { freq: 'MONTHLY', interval: 1 }],
        [{ count: 3, unit: 'month' as const }, { freq: 'MONTHLY', interval: 3 }],
        [{ count: 2, unit: 'year' as const }, { freq: 'YEARLY', interval: 2 }],
        [{ count: 1.5, unit: 'week' as const }, { freq: 'DAILY', interval: 11 }],
        [{ count: 1.5, unit: 'month' as const }, { freq: 'DAILY', interval: 46 }],
        [{ count: 0.01, unit: 'week' as const }, { freq: 'DAILY', interval: 1 }]
    ])('%o is %o', (cadence, repeat) => {
        expect(repeatOf(cadence)).toEqual(repeat);
    });
});
