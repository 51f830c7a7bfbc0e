/**
 * Numbers for people and comparisons with limits: the one place that says how a figure is rounded
 * for reading and how much slack a comparison with a limit allows. Browser-safe, no imports.
 */

/**
 * Sums of hours per month are floating-point (2 hours/week is 8.666… h/month): a load that adds up
 * to its limit may come out a few ulps above it. Comparisons with a limit allow this much slack.
 */
export const TOLERANCE = 1e-9;

/** `value` is over `limit` by more than rounding noise (false for NaN). */
export function exceeds(value: number, limit: number): boolean {
    return value > limit + TOLERANCE;
}

/** `value` is under `minimum` by more than rounding noise (false for NaN). */
export function fallsBelow(value: number, minimum: number): boolean {
    return value < minimum - TOLERANCE;
}

/** The two are the same up to rounding noise. */
export function nearlyEqual(a: number, b: number): boolean {
    return Math.abs(a - b) < TOLERANCE;
}

/** `value` rounded to `digits` decimals, as a number (2.3333 → 2.33 for two). */
export function roundTo(value: number, digits: number): number {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}

/**
 * A number for people, in English: thousands grouped with commas, at most `decimals` decimals,
 * no trailing zeros (1290 → "1,290", 1388.94 → "1,388.9"). By hand rather than Intl.NumberFormat:
 * the first Intl formatter of a process loads ICU's data, about 25 ms of a 450 ms `validate`.
 */
export function groupedNumber(value: number, decimals = 1): string {
    if (!Number.isFinite(value)) return String(value);
    const rounded = roundTo(value, decimals);
    const [whole, fraction] = Math.abs(rounded).toFixed(decimals).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const decimalsText = fraction?.replace(/0+$/, '') ?? '';
    return `${rounded < 0 ? '-' : ''}${grouped}${decimalsText ? `.${decimalsText}` : ''}`;
}

/** Hours for messages: at most one decimal, no trailing zero ("12.5", "3"). */
export function formatHours(hours: number): string {
    const rounded = roundTo(hours, 1);
    return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** Scores in messages: at most two decimals, no trailing zeros ("0.5", "2.33", "3"). */
export function formatScore(value: number): string {
    return String(roundTo(value, 2));
}

/**
 * A score read against a minimum: one decimal (2.3), or two when one decimal would round up to the
 * minimum itself (2.67 against 2.7 is not "2.7, the minimum is 2.7").
 */
export function formatAgainst(value: number, minimum: number): string {
    const oneDecimal = roundTo(value, 1);
    return String(oneDecimal < minimum ? oneDecimal : roundTo(value, 2));
}

/**
 * A figure for reading (hovers): two decimals, but a value below 0.005 keeps two significant digits,
 * so the density of a large network does not read 0.
 */
export function formatFigure(value: number): string {
    return value !== 0 && Math.abs(value) < 0.005 ? String(Number(value.toPrecision(2))) : formatScore(value);
}

/** A fixed number of decimals without trailing zeros (`0.5`, `2.333`, `100`): table cells. */
export function formatDecimal(value: number, digits = 3): string {
    const fixed = value.toFixed(digits);
    return digits > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
}
