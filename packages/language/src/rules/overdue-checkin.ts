import type { Cadence } from '../model/types.js';
import { isValidDate } from '../model/units.js';
import type { Rule } from './types.js';

/** A tie's last check-in is older than its check-in cadence (seeds 002 and 004 #10: keep checking in). */
export const overdueCheckin: Rule = {
    meta: {
        code: 'overdue-checkin',
        defaultSeverity: 'warning',
        summary: "a tie's last check-in is older than its cadence (the tie's own or the network's), as of today",
        fixable: false
    },
    check({ network, today }, report) {
        if (!isValidDate(today)) return;
        const fallback = network.declaration?.checkin;
        for (const tie of network.ties) {
            const cadence = tie.checkin ?? fallback;
            // No cadence, or no check-in recorded yet: nothing to be overdue against.
            if (!cadence || !(cadence.count > 0) || !tie.lastCheckin || !isValidDate(tie.lastCheckin)) continue;
            const due = addCadence(tie.lastCheckin, cadence);
            if (due === undefined) continue;
            const late = daysBetween(due, today);
            if (late <= 0) continue;
            report({
                message: `The last check-in on the tie ${tie.name} was ${tie.lastCheckin}; it was due again by ${due} (${cadence.text}), ${late} ${late === 1 ? 'day' : 'days'} ago.`,
                location: tie.properties.lastCheckin ?? tie.nameLocation,
                element: { kind: 'tie', name: tie.name },
                related: [{
                    message: tie.checkin ? `check-in cadence of this tie: ${cadence.text}` : `the network's default check-in cadence: ${cadence.text}`,
                    location: cadence.location
                }]
            });
        }
    }
};

/** The average length of a month in days, for the fractional part of `every 1.5 months`. */
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * `date` plus one cadence, on the calendar: weeks add 7 days each, months and years add calendar
 * months (12 to a year) and clamp the day to the end of a shorter month (2026-01-31 + 1 month =
 * 2026-02-28). A fractional count adds its whole units first and the rest as days, rounded.
 * Undefined when the result is past the end of the calendar (`every 99999999999 weeks`).
 */
export function addCadence(date: string, cadence: Pick<Cadence, 'count' | 'unit'>): string | undefined {
    const [year, month, day] = date.split('-').map(Number);
    if (cadence.unit === 'week') return formatDate(utcDay(year, month - 1, day + Math.round(7 * cadence.count)));
    const months = cadence.unit === 'year' ? cadence.count * 12 : cadence.count;
    const whole = Math.floor(months);
    const total = (month - 1) + whole;
    const targetYear = year + Math.floor(total / 12);
    const targetMonth = total % 12;
    const lastDay = new Date(utcDay(targetYear, targetMonth + 1, 0)).getUTCDate();
    const extraDays = Math.round((months - whole) * DAYS_PER_MONTH);
    return formatDate(utcDay(targetYear, targetMonth, Math.min(day, lastDay) + extraDays));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
    return Math.round((utc(to) - utc(from)) / 86_400_000);
}

function utc(date: string): number {
    const [year, month, day] = date.split('-').map(Number);
    return utcDay(year, month - 1, day);
}

/** Like Date.UTC (month from 0, days overflow into the next month), without its 1900 offset for years below 100. */
function utcDay(year: number, monthIndex: number, day: number): number {
    const date = new Date(0);
    date.setUTCFullYear(year, monthIndex, day);
    return date.getTime();
}

function formatDate(time: number): string | undefined {
    // Past what a Date can hold (about 275,000 years from 1970).
    if (Number.isNaN(time)) return undefined;
    const date = new Date(time);
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
