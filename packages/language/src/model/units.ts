/** Unit normalisation: everything becomes hours per month. */

export const WEEKS_PER_MONTH = 52 / 12;

const PER_MONTH: Record<string, number> = {
    week: WEEKS_PER_MONTH,
    weeks: WEEKS_PER_MONTH,
    month: 1,
    months: 1,
    year: 1 / 12,
    years: 1 / 12
};

// Half-typed text parses into partial nodes, so every input may be missing: the result is then
// undefined, never NaN.

/** `amount hours/period` in hours per month. */
export function hoursPerMonth(amount: number, per: string): number;
export function hoursPerMonth(amount: number | undefined, per: string | undefined): number | undefined;
export function hoursPerMonth(amount: number | undefined, per: string | undefined): number | undefined {
    const factor = per === undefined ? undefined : PER_MONTH[per];
    return amount === undefined || factor === undefined ? undefined : amount * factor;
}

/** How many times a month something happens `every count unit`. */
export function timesPerMonth(count: number, unit: string | undefined): number | undefined {
    const factor = unit === undefined ? undefined : PER_MONTH[unit];
    if (factor === undefined) return undefined;
    return count > 0 ? factor / count : 0;
}

/** The length of `every count unit` in months. */
export function cadenceMonths(count: number, unit: string | undefined): number | undefined {
    const factor = unit === undefined ? undefined : PER_MONTH[unit];
    return factor === undefined ? undefined : count / factor;
}

/** Duration in hours. */
export function durationHours(amount: number | undefined, unit: string | undefined): number | undefined {
    if (amount === undefined || unit === undefined || !Number.isFinite(amount)) return undefined;
    return unit.startsWith('minute') ? amount / 60 : amount;
}

/** Hours for messages (kept here for the browser-safe `partnership-language/units` entry). */
export { formatHours } from '../utils/numbers.js';

/** Dates (kept here for the browser-safe `partnership-language/units` entry). */
export { dateProblem, isValidDate } from '../utils/dates.js';
