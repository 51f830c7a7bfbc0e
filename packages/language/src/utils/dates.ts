/**
 * Calendar dates as the language writes them (YYYY-MM-DD): whether one is a real day, today's, and
 * the arithmetic of check-in cadences. Browser-safe, no imports but a type.
 */
import type { Cadence } from '../model/types.js';

/** Checks that a YYYY-MM-DD string names a real calendar day. */
export function isValidDate(text: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1) return false;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return day <= days;
}

/** The months' names, January first. */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What is wrong with a date, in words: not written YYYY-MM-DD, or written so but naming no day of
 * the calendar (`2026-13-45 is not a date: there is no month 13.`); undefined for a real day.
 */
export function dateProblem(value: string): string | undefined {
    if (isValidDate(value)) return undefined;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return 'expected a date as YYYY-MM-DD.';
    const [year, month, day] = match.slice(1).map(Number);
    if (month < 1 || month > 12) return `${value} is not a date: there is no month ${month}.`;
    // Day 0 of the next month is the last day of this one.
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const name = month === 2 ? `February ${match[1]}` : MONTH_NAMES[month - 1];
    if (day < 1) return `${value} is not a date: there is no day 0.`;
    return `${value} is not a date: there is no day ${day} in ${name}, which has ${days} days.`;
}

/** Today as YYYY-MM-DD in local time. */
export function localToday(): string {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

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

/**
 * The first day of a week (a Monday), a month or a year on or after `date`: where the calendar starts
 * a meeting's rhythm, as the language gives meetings no date (2026-11-04, a Wednesday: week
 * 2026-11-09, month 2026-12-01, year 2027-01-01; a date that is such a first day is its own answer).
 */
export function periodStartOnOrAfter(date: string, unit: Cadence['unit']): string | undefined {
    const [year, month, day] = date.split('-').map(Number);
    if (unit === 'week') {
        // getUTCDay: 0 is Sunday; days until the next Monday, 0 on a Monday.
        const weekday = new Date(utcDay(year, month - 1, day)).getUTCDay();
        return formatDate(utcDay(year, month - 1, day + (8 - weekday) % 7));
    }
    if (unit === 'month') return day === 1 ? date : formatDate(utcDay(year, month, 1));
    return month === 1 && day === 1 ? date : formatDate(utcDay(year + 1, 0, 1));
}

/** The length of a cadence in days: 7 a week, the average month (365.25 / 12 days), 12 months a year. Not rounded. */
export function cadenceDays(cadence: Pick<Cadence, 'count' | 'unit'>): number {
    return cadence.unit === 'week' ? 7 * cadence.count : (cadence.unit === 'year' ? 12 : 1) * cadence.count * DAYS_PER_MONTH;
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
