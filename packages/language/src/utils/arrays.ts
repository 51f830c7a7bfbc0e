/**
 * Appending and taking the extremes of lists that can be long. `into.push(...items)`,
 * `Math.max(...values)` and the like pass every item as an argument of one call, and past about
 * 125,000 of them (the findings of a big document, the rows of a big network) the call overflows
 * the stack. These loop instead. test/spread-calls.test.ts keeps spread calls out of the sources.
 */

/** Appends the items to `into`, one by one; returns `into`. */
export function pushAll<T>(into: T[], items: Iterable<T>): T[] {
    for (const item of items) into.push(item);
    return into;
}

/** The largest of the values, or `start` (-Infinity by default) when there is none larger. */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
    let max = start;
    for (const value of values) if (value > max) max = value;
    return max;
}

/** The smallest of the values, or `start` (Infinity by default) when there is none smaller. */
export function minOf(values: Iterable<number>, start = Infinity): number {
    let min = start;
    for (const value of values) if (value < min) min = value;
    return min;
}
