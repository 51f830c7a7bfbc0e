/**
 * `partnership calendar`: the iCalendar file of a network's dates, read back with an independent
 * parser (Mozilla's ical.js): its events, RRULEs and UIDs; the same bytes on every run, in every
 * time zone; text escaped and folded; -o, notes and exit codes as the other commands have them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli, writeUnder } from './cli-run.js';

// ical.js 2 knows neither RFC 7986's NAME nor X-WR-CALNAME: it is told they are TEXT, as calendar apps read them.
for (const name of ['name', 'x-wr-calname', 'x-wr-caldesc']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };

const FOOD = path.join(ROOT, 'examples/food-access');
const BIN = path.join(ROOT, 'packages/cli/bin/partnership.js');

let dir: string;
beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnership-calendar-'));
});

function calendar(args: string[], cwd = FOOD): string {
    const run = runCli(['calendar', ...args], cwd);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return run.stdout;
}

interface ParsedEvent {
    uid: string;
    summary: string;
    start: string;
    allDay: boolean;
    end: string | null;
    rrule: string | null;
    categories: string[];
    transp: string;
    description: string;
}

/** The calendar's name and events as ical.js reads them. */
function parse(ics: string): { name: string; prodId: string; events: ParsedEvent[]; vevents: ICAL.Component[] } {
    const root = new ICAL.Component(ICAL.parse(ics));
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    const vevents = root.getAllSubcomponents('vevent');
    const events = vevents.map(vevent => {
        const event = new ICAL.Event(vevent);
        const rrule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur | null;
        return {
            uid: event.uid,
            summary: event.summary,
            start: event.startDate.toString(),
            allDay: event.startDate.isDate,
            end: vevent.hasProperty('dtend') ? event.endDate.toString() : null,
            rrule: rrule ? rrule.toString() : null,
            categories: vevent.getAllProperties('categories').flatMap(p => p.getValues() as string[]),
            transp: String(vevent.getFirstPropertyValue('transp')),
            description: event.description
        };
    });
    expect(root.getFirstPropertyValue('name')).toBe(root.getFirstPropertyValue('x-wr-calname'));
    return { name: String(root.getFirstPropertyValue('x-wr-calname')), prodId: String(root.getFirstPropertyValue('prodid')), events, vevents };
}

/** RFC 5545 3.1: CRLF after every line, the last too; lines of at most 75 octets; no control characters in them. */
function expectWellFormed(ics: string): void {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) {
        expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
        // eslint-disable-next-line no-control-regex
        expect(line, 'a control character in a line').not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    }
}

describe('partnership calendar on examples/food-access', () => {
    test('every event: UID, summary, day or time, RRULE, categories, as ical.js reads them', () => {
        const ics = calendar(['.', '--today', '2026-11-01']);
        expectWellFormed(ics);
        const { name, prodId, events } = parse(ics);
        expect(name).toBe('Eastside Food Access Coalition');
        expect(prodId).toBe('-//partnership-lang//partnership calendar//EN');
        expect(events.map(e => [e.uid, e.summary, e.start, e.end, e.rrule, e.categories.join(','), e.transp])).toEqual([
            ['checkin-EastsideFoodBank--UnitedWayEast@EastsideFood.partnership', 'First check-in: Eastside Food Bank — United Way of the Eastside', '2026-11-01', null, null, 'Check-in,Never checked in', 'TRANSPARENT'],
            ['meeting-CoalitionTable@EastsideFood.partnership', 'Monthly coalition table', '2026-11-01T10:00:00', '2026-11-01T12:00:00', 'FREQ=MONTHLY', 'Meeting', 'OPAQUE'],
            ['meeting-Steering@EastsideFood.partnership', 'Steering group', '2026-11-02T10:00:00', '2026-11-02T11:30:00', 'FREQ=WEEKLY;INTERVAL=2', 'Meeting', 'OPAQUE'],
            ['checkin-EastsideFoodBank--TenantsUnion@EastsideFood.partnership', 'Check-in: Eastside Food Bank — Eastside Tenants Union', '2026-12-15', null, null, 'Check-in', 'TRANSPARENT'],
            ['checkin-CountyHealth--EastsideFoodBank@EastsideFood.partnership', 'Check-in: Eastside Food Bank — County Public Health Department', '2027-01-02', null, null, 'Check-in', 'TRANSPARENT'],
            ['checkin-EastsideFoodBank--StMarksPantry@EastsideFood.partnership', 'Check-in: Eastside Food Bank — St. Mark\'s Church Pantry', '2027-01-08', null, null, 'Check-in', 'TRANSPARENT'],
            ['checkin-EastsideFoodBank--EastsideHigh@EastsideFood.partnership', 'Check-in: Eastside High School — Eastside Food Bank', '2027-01-14', null, null, 'Check-in', 'TRANSPARENT'],
            ['checkin-StMarksPantry--TenantsUnion@EastsideFood.partnership', 'Check-in: St. Mark\'s Church Pantry — Eastside Tenants Union', '2027-01-20', null, null, 'Check-in', 'TRANSPARENT'],
            ['review@EastsideFood.partnership', 'Review: Eastside Food Access Coalition', '2027-02-12', null, null, 'Review', 'TRANSPARENT'],
            ['goal-due-NoFamilyHungry@EastsideFood.partnership', 'Goal due: No Eastside family goes a week without enough food', '2027-12-31', null, null, 'Goal', 'TRANSPARENT'],
            ['goal-target-FreshProduce@EastsideFood.partnership', 'Goal target: Fresh produce in every corner store — 24', '2027-12-31', null, null, 'Goal', 'TRANSPARENT']
        ]);
        // All-day dates are DATE values; meetings are floating local times (no Z, no TZID).
        expect(events.filter(e => !e.rrule).every(e => e.allDay)).toBe(true);
        expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261215\r\n');
        expect(ics).toContain('\r\nDTSTART:20261102T100000\r\nDTEND:20261102T113000\r\nRRULE:FREQ=WEEKLY;INTERVAL=2\r\n');
        expect(ics).toContain('\r\nRRULE:FREQ=MONTHLY;INTERVAL=1\r\n');
        expect(ics).not.toMatch(/TZID|DTSTART:\d{8}T\d{6}Z/);
        // DTSTAMP is --today, not the clock.
        expect(ics.match(/^DTSTAMP:.*$/gm)!.map(line => line.trim())).toEqual(Array(11).fill('DTSTAMP:20261101T000000Z'));
    });

    test('the recurring meetings expand as the cadence says: every 2 weeks from a Monday, every month', () => {
        const { vevents } = parse(calendar(['.', '--today', '2026-11-01']));
        const occurrences = (uid: string, n: number) => {
            const event = new ICAL.Event(vevents.find(v => v.getFirstPropertyValue('uid') === uid)!);
            const iterator = event.iterator();
            return Array.from({ length: n }, () => iterator.next()!.toString());
        };
        expect(occurrences('meeting-Steering@EastsideFood.partnership', 4)).toEqual(['2026-11-02T10:00:00', '2026-11-16T10:00:00', '2026-11-30T10:00:00', '2026-12-14T10:00:00']);
        expect(occurrences('meeting-CoalitionTable@EastsideFood.partnership', 3)).toEqual(['2026-11-01T10:00:00', '2026-12-01T10:00:00', '2027-01-01T10:00:00']);
    });

    test('descriptions in plain words: who attends by role and invitation, the cadence, where in which file', () => {
        const { events } = parse(calendar(['.', '--today', '2026-11-01']));
        const description = (uid: string) => events.find(e => e.uid === uid)!.description;
        expect(description('meeting-Steering@EastsideFood.partnership')).toBe([
            'Steering group (meeting Steering): every 2 weeks, 90 minutes.',
            'Invited: Eastside Food Bank, Eastside Tenants Union, County Public Health Department.',
            '3 partners in all.',
            'The .partnership files give the meeting\'s rhythm, not its day or time: this event starts on 2026-11-02, the first Monday on or after 2026-11-01, at 10:00 your time. Move it to the real day and time in your calendar.',
            'Declared in network.partnership, line 88. Network: Eastside Food Access Coalition (EastsideFood).'
        ].join('\n'));
        expect(description('meeting-CoalitionTable@EastsideFood.partnership').split('\n').slice(1, 6)).toEqual([
            'By role Distribution (Runs pantry distribution): Eastside Food Bank, St. Mark\'s Church Pantry.',
            'By role Outreach (Reaches families where they live): Eastside Tenants Union.',
            'By role Evidence (Measures need and results): County Public Health Department.',
            'By role Funder: United Way of the Eastside.',
            'By role Sourcing (Brings local produce in): Urban Farms Cooperative.'
        ]);
        expect(description('checkin-EastsideFoodBank--TenantsUnion@EastsideFood.partnership')).toBe([
            'Check in with Eastside Food Bank and Eastside Tenants Union: the last check-in on their tie was 2026-09-15, and it is checked in every 3 months (the network\'s cadence), so the next is due 2026-12-15.',
            'Then set last-checkin on the tie EastsideFoodBank -- TenantsUnion to the date (ties.partnership, line 9).',
            'Network: Eastside Food Access Coalition (EastsideFood).'
        ].join('\n'));
    });

    test('later, the overdue check-ins are on today, marked overdue since their due date', () => {
        const { events } = parse(calendar(['.', '--today', '2027-03-01']));
        const overdue = events.filter(e => e.categories.includes('Overdue'));
        expect(overdue.map(e => [e.uid, e.start, e.summary.split(':')[0], e.description.split('\n')[0]])).toEqual([
            ['checkin-CountyHealth--EastsideFoodBank@EastsideFood.partnership', '2027-03-01', 'Overdue check-in', 'Overdue since 2027-01-02 (58 days as of 2027-03-01).'],
            ['checkin-EastsideFoodBank--EastsideHigh@EastsideFood.partnership', '2027-03-01', 'Overdue check-in', 'Overdue since 2027-01-14 (46 days as of 2027-03-01).'],
            ['checkin-EastsideFoodBank--StMarksPantry@EastsideFood.partnership', '2027-03-01', 'Overdue check-in', 'Overdue since 2027-01-08 (52 days as of 2027-03-01).'],
            ['checkin-EastsideFoodBank--TenantsUnion@EastsideFood.partnership', '2027-03-01', 'Overdue check-in', 'Overdue since 2026-12-15 (76 days as of 2027-03-01).'],
            ['checkin-StMarksPantry--TenantsUnion@EastsideFood.partnership', '2027-03-01', 'Overdue check-in', 'Overdue since 2027-01-20 (40 days as of 2027-03-01).'],
            ['review@EastsideFood.partnership', '2027-03-01', 'Overdue review', 'Overdue since 2027-02-12 (17 days as of 2027-03-01).']
        ]);
        // The same ties that validate reports as overdue-checkin on that day.
        const validate = runCli(['validate', '.', '--today', '2027-03-01', '--format', 'json'], FOOD);
        const reported = (JSON.parse(validate.stdout).findings as Array<{ code: string; message: string }>)
            .filter(f => f.code === 'overdue-checkin').map(f => /the tie (\S+ -- \S+) was/.exec(f.message)![1]).sort();
        expect(reported).toHaveLength(5);
        for (const tie of reported) expect(overdue.some(e => e.description.includes(`the tie ${tie} `))).toBe(true);
    });

    test('the same bytes on every run and in every time zone; UIDs the same on any day', () => {
        const inZone = (tz: string, today: string) => spawnSync(process.execPath, [BIN, 'calendar', '.', '--today', today], { cwd: FOOD, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TZ: tz } });
        const first = inZone('UTC', '2026-11-01');
        expect(first.status).toBe(0);
        for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
            expect(inZone(tz, '2026-11-01').stdout, tz).toBe(first.stdout);
        }
        const uids = (ics: string) => parse(ics).events.map(e => e.uid).sort();
        expect(uids(inZone('Asia/Kolkata', '2027-03-01').stdout)).toEqual(uids(first.stdout));
    });
});

describe('partnership calendar -o', () => {
    test('writes the file, the same bytes as standard output, and says so', () => {
        const out = path.join(dir, 'food.ics');
        const run = runCli(['calendar', FOOD, '--today', '2026-11-01', '-o', out], dir);
        expect([run.status, run.stderr, run.stdout]).toEqual([0, '', `wrote ${out} (11 events)\n`]);
        expect(readFileSync(out, 'utf8')).toBe(calendar(['.', '--today', '2026-11-01']));
    });

    test('a file that cannot be written: exit 2, one line', () => {
        const run = runCli(['calendar', FOOD, '--today', '2026-11-01', '-o', path.join(dir, 'no/such/folder/x.ics')], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`partnership: cannot write ${path.join(dir, 'no/such/folder/x.ics')}: no such folder\n`);
        expect(existsSync(path.join(dir, 'no'))).toBe(false);
    });
});

describe('partnership calendar on other networks', () => {
    test('display strings with ; , \\ line breaks, controls and iCalendar lines are escaped, folded and read back as written', () => {
        writeUnder(dir, 'tricky/network.partnership', [
            'network Tricky "A; B, C \\\\ D" { checkin every month }',
            'partner X "Line one\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:evil" { sector nonprofit }',
            `partner Y "Esc \u001b[2K and bell \u0007; a long title that goes on and on, well past seventy-five octets — ünïcödé 東京 🎉" { sector faith }`,
            'tie X -- Y { last-checkin 2026-10-15 }',
            ''
        ].join('\n'));
        const ics = calendar(['tricky', '--today', '2026-11-01'], dir);
        expectWellFormed(ics);
        const { name, events } = parse(ics);
        expect(name).toBe('A; B, C \\ D');
        expect(ics).toContain('X-WR-CALNAME:A\\; B\\, C \\\\ D\r\n');
        expect(events).toHaveLength(1);
        expect(events[0].uid).toBe('checkin-X--Y@Tricky.partnership');
        expect(events[0].summary).toBe('Check-in: Line one END:VEVENT BEGIN:VEVENT UID:evil — Esc \uFFFD[2K and bell \uFFFD; a long title that goes on and on, well past seventy-five octets — ünïcödé 東京 🎉');
        expect(events[0].description.split('\n')[2]).toBe('Network: A; B, C \\ D (Tricky).');
        expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    });

    test('UIDs of Unicode names are ASCII and apart; they stay when other elements change', () => {
        const text = 'network Réseau { checkin every month }\npartner Café { sector nonprofit }\npartner Cafe { sector nonprofit }\npartner 東京 { sector faith }\ntie Café -- 東京 { last-checkin 2026-10-01 }\ntie Cafe -- 東京 { last-checkin 2026-10-01 }\nmeeting Réunion { every week }\n';
        writeUnder(dir, 'unicode/network.partnership', text);
        const before = parse(calendar(['unicode', '--today', '2026-11-01'], dir)).events;
        expect(before.map(e => e.uid)).toEqual([
            'checkin-Caf%C3%A9--%E6%9D%B1%E4%BA%AC@R%C3%A9seau.partnership',
            'checkin-Cafe--%E6%9D%B1%E4%BA%AC@R%C3%A9seau.partnership',
            'meeting-R%C3%A9union@R%C3%A9seau.partnership'
        ]);
        writeUnder(dir, 'unicode/network.partnership', `${text.replace('tie Cafe -- 東京 { last-checkin 2026-10-01 }', 'tie Cafe -- 東京 { last-checkin 2026-10-20 }')}partner Neu { sector media }\ntie Neu -- Café { }\n`);
        const after = parse(calendar(['unicode', '--today', '2026-11-01'], dir)).events;
        expect(after.map(e => e.uid).sort()).toEqual([...before.map(e => e.uid), 'checkin-Caf%C3%A9--Neu@R%C3%A9seau.partnership'].sort());
    });

    test('files with errors: a note on stderr, the calendar of what parsed, exit 0 (as metrics and graph)', () => {
        writeUnder(dir, 'broken/network.partnership', 'network Broken { checkin every month }\npartner A { sector nonprofit }\npartner B { capacity lots }\ntie A -- B { last-checkin 2026-10-15 }\n');
        const run = runCli(['calendar', 'broken', '--today', '2026-11-01'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('partnership: note: broken has 1 error; the calendar holds only what parsed and linked (run partnership validate)\n');
        expect(parse(run.stdout).events.map(e => [e.uid, e.start])).toEqual([['checkin-A--B@Broken.partnership', '2026-11-15']]);
    });

    test('a folder named with control characters reaches the notes escaped, as in every other command', () => {
        const folder = 'esc\x1b[2Kaped';
        writeUnder(dir, `${folder}/network.partnership`, 'network Escaped { checkin every month }\npartner A { sector nonprofit }\npartner B { capacity lots }\ntie A -- B { last-checkin 2026-10-15 }\n');
        const run = runCli(['calendar', folder, '--today', '2026-11-01'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('partnership: note: esc\\x1b[2Kaped has 1 error; the calendar holds only what parsed and linked (run partnership validate)\n');
    });

    test('loose files (no network declared) are left out with a note', () => {
        writeUnder(dir, 'loose/a.partnership', 'partner A { sector nonprofit }\npartner B { sector faith }\ntie A -- B { last-checkin 2026-10-15  checkin every month }\n');
        const run = runCli(['calendar', 'loose', '--today', '2026-11-01'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('partnership: note: the files in loose belong to no network (no network declaration); the calendar leaves them out\n');
        expect(parse(run.stdout).events).toEqual([]);
    });

    test('several networks in one calendar, each event naming its network', () => {
        writeUnder(dir, 'second/network.partnership', 'network Second "Second network" { checkin every month }\npartner A { sector nonprofit }\npartner B { sector faith }\ntie A -- B { last-checkin 2026-10-15 }\n');
        const { name, events } = parse(calendar([FOOD, 'second', '--today', '2026-11-01'], dir));
        expect(name).toBe('Partnership networks: Eastside Food Access Coalition, Second network');
        expect(events).toHaveLength(12);
        expect(new Set(events.map(e => e.uid)).size).toBe(12);
    });

    test('two networks of one name: the first folder\'s is kept, with a note (their UIDs would be the same)', () => {
        writeUnder(dir, 'twins/a/network.partnership', 'network Twin { checkin every month }\npartner A { sector nonprofit }\npartner B { sector faith }\ntie A -- B { last-checkin 2026-10-15 }\n');
        writeUnder(dir, 'twins/b/network.partnership', 'network Twin { checkin every month }\npartner A { sector nonprofit }\npartner B { sector faith }\ntie A -- B { last-checkin 2026-10-20 }\n');
        const run = runCli(['calendar', 'twins', '--today', '2026-11-01'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('partnership: note: twins/b and twins/a both declare the network Twin, and event UIDs are named after the network; the calendar leaves twins/b out\n');
        expect(parse(run.stdout).events.map(e => [e.uid, e.start])).toEqual([['checkin-A--B@Twin.partnership', '2026-11-15']]);
    });

    test('bad input: a --today that is no day, a path that is not there: exit 2, one line', () => {
        const bad = runCli(['calendar', FOOD, '--today', '2026-02-30'], dir);
        expect(bad.status).toBe(2);
        expect(bad.stdout).toBe('');
        expect(bad.stderr.split('\n')[0]).toBe("error: option '--today <date>' argument '2026-02-30' is invalid. 2026-02-30 is not a date: there is no day 30 in February 2026, which has 28 days.");
        const missing = runCli(['calendar', 'no-such-folder'], dir);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toMatch(/^partnership: .*no-such-folder.*\n$/);
    });
});

describe('docs/cli.md', () => {
    test('the calendar section\'s example is what the command writes', () => {
        const docs = readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8');
        const section = docs.split(/^# `partnership calendar`$/m)[1].split(/^# /m)[0];
        const blocks = [...section.split(/^## Example$/m)[1].matchAll(/^```\n([\s\S]*?)^```$/gm)].map(block => block[1].trimEnd().split('\n'));
        expect(blocks).toHaveLength(3);
        const [command, wrote] = blocks[0];
        expect(command).toBe('$ partnership calendar examples/food-access --today 2027-03-01 -o food-access.ics');
        const run = runCli(['calendar', FOOD, '--today', '2027-03-01', '-o', 'food-access.ics'], dir);
        expect(run.stdout).toBe(`${wrote}\n`);
        // Folded lines may end in a space, which an editor may strip from the page.
        const lines = readFileSync(path.join(dir, 'food-access.ics'), 'utf8').split('\r\n').map(line => line.trimEnd());
        for (const shown of blocks.slice(1)) {
            const at = lines.findIndex((_, start) => shown.every((line, i) => lines[start + i] === line));
            expect(at, shown.join('\n')).toBeGreaterThanOrEqual(0);
        }
    });
});
