/**
 * `partnership calendar`: the dates of the networks that .partnership files belong to (check-ins,
 * meetings, goals, reviews: partnership-views' calendar.ts) as one iCalendar (RFC 5545) file,
 * written by ical-generator, which escapes and folds its text.
 *
 * The bytes depend on the files and `today` only: DTSTAMP is today at 00:00 UTC, not the clock;
 * check-ins, goals and reviews are all-day dates (VALUE=DATE) and meetings floating local times, so
 * no time zone enters, the machine's included.
 */
import ical, { escape, ICalEventRepeatingFreq, ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import { localToday } from 'partnership-language';
import { networkCalendar, type CalendarEvent, type NetworkCalendar } from 'partnership-views';
import { terminalText } from 'partnership-views/terminal-text';
import { loadNetworks } from './networks.js';
import { writeOutput } from './write.js';

export interface CalendarCommandOptions {
    /** The file to write; standard output without it. */
    output?: string;
    /** The day check-ins are judged on and meetings start from (YYYY-MM-DD); default: today. */
    today?: string;
}

/** The `partnership calendar` command: the .ics text on stdout, or written to `output`. */
export async function runCalendar(paths: string[], options: CalendarCommandOptions): Promise<number> {
    const today = options.today ?? localToday();
    const calendars: Array<NetworkCalendar & { key: string; folder: string }> = [];
    for (const { key, folder, network, errors } of await loadNetworks(paths, today)) {
        const calendar = networkCalendar(network, today);
        if (!calendar) {
            process.stderr.write(`partnership: note: the files in ${terminalText(folder)} belong to no network (no network declaration); the calendar leaves them out\n`);
            continue;
        }
        if (errors > 0) {
            process.stderr.write(`partnership: note: ${terminalText(folder)} has ${errors} error${errors === 1 ? '' : 's'}; the calendar holds only what parsed and linked (run partnership validate)\n`);
        }
        calendars.push({ ...calendar, key, folder });
    }
    // By network name, so the order is the same wherever the folders are.
    calendars.sort((a, b) => compare(a.network, b.network) || compare(a.key, b.key));
    // Two networks of one name would give their events the same UIDs: the first folder's is kept.
    for (let i = calendars.length - 1; i > 0; i--) {
        if (calendars[i].network !== calendars[i - 1].network) continue;
        const [kept, left] = [calendars[i - 1], calendars[i]].map(c => terminalText(c.folder));
        process.stderr.write(`partnership: note: ${left} and ${kept} both declare the network ${calendars[i].network}, and event UIDs are named after the network; the calendar leaves ${left} out\n`);
        calendars.splice(i, 1);
    }
    // Every line of an iCalendar file ends in CRLF (RFC 5545 3.1), the last one too.
    const ics = icsOf(calendars, today).toString();
    const text = ics.endsWith('\r\n') ? ics : `${ics}\r\n`;
    if (options.output) {
        await writeOutput(options.output, text);
        const events = calendars.reduce((sum, calendar) => sum + calendar.events.length, 0);
        process.stdout.write(`wrote ${options.output} (${events} event${events === 1 ? '' : 's'})\n`);
    } else {
        process.stdout.write(text);
    }
    return 0;
}

const FREQ: Record<NonNullable<CalendarEvent['repeat']>['freq'], ICalEventRepeatingFreq> = {
    DAILY: ICalEventRepeatingFreq.DAILY,
    WEEKLY: ICalEventRepeatingFreq.WEEKLY,
    MONTHLY: ICalEventRepeatingFreq.MONTHLY,
    YEARLY: ICalEventRepeatingFreq.YEARLY
};

/**
 * The iCalendar of the networks' events on `today`: named after the network (or the networks),
 * refreshed daily by a client that subscribes to it.
 */
export function icsOf(calendars: readonly NetworkCalendar[], today: string): ICalCalendar {
    const stamp = utc(today);
    const name = calendars.length === 1 ? calendars[0].title : `Partnership networks: ${calendars.map(c => c.title).join(', ')}`;
    const calendar = ical({
        prodId: { company: 'partnership-lang', product: 'partnership calendar', language: 'EN' },
        // ical-generator escapes the text of events, but writes the calendar's name and description as given.
        name: escape(name, false),
        description: escape(`Check-ins, meetings, goals and reviews from .partnership files, as of ${today}.`, false),
        ttl: 24 * 60 * 60
    });
    for (const event of calendars.flatMap(c => c.events)) {
        const start = utc(event.date, event.time?.start);
        calendar.createEvent({
            id: event.uid,
            stamp,
            start,
            end: event.time ? new Date(start.getTime() + event.time.minutes * 60_000) : undefined,
            allDay: !event.time,
            floating: Boolean(event.time),
            summary: event.summary,
            description: event.description,
            categories: event.categories.map(name => ({ name })),
            repeating: event.repeat ? { freq: FREQ[event.repeat.freq], interval: event.repeat.interval } : undefined,
            // Dates to act on, not time taken: they leave the day free; a meeting takes its time.
            transparency: event.time ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT
        });
    }
    return calendar;
}

/**
 * A day (and a time of day) as a Date whose UTC fields are those numbers: ical-generator writes an
 * all-day date or a floating time from the UTC fields, whatever the machine's time zone.
 */
function utc(date: string, time = '00:00'): Date {
    const [year, month, day] = date.split('-').map(Number);
    const [hours, minutes] = time.split(':').map(Number);
    const result = new Date(0);
    result.setUTCFullYear(year, month - 1, day);
    result.setUTCHours(hours, minutes, 0, 0);
    return result;
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
