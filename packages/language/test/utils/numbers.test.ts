/** How figures are rounded for reading, and how much slack a comparison with a limit allows. */
import { describe, expect, it } from 'vitest';
import {
    exceeds, fallsBelow, formatAgainst, formatDecimal, formatFigure, formatHours, formatScore, nearlyEqual, roundTo
} from '../../src/utils/numbers.js';

describe('limits', () => {
    it('a load that adds up to its limit in floating point is not over it', () => {
        const load = 3 * (2 * 52 / 12) / 3; // 2 hours/week, summed and split: a few ulps off 8.666…
        expect(exceeds(load, 2 * 52 / 12)).toBe(false);
        expect(exceeds(8.7, 2 * 52 / 12)).toBe(true);
        expect(exceeds(0.1 + 0.2, 0.3)).toBe(false);
        expect(fallsBelow(0.3, 0.1 + 0.2)).toBe(false);
        expect(fallsBelow(2.9, 3)).toBe(true);
        expect(exceeds(NaN, 1)).toBe(false);
        expect(fallsBelow(NaN, 1)).toBe(false);
        expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
    });
});

describe('rounding for reading', () => {
    it.each([
        [formatHours(8.6667), '8.7'], [formatHours(3), '3'], [formatHours(2.96), '3'], [formatHours(0.04), '0'],
        [formatScore(2.3333), '2.33'], [formatScore(0.5), '0.5'], [formatScore(4), '4'],
        [formatAgainst(2.67, 2.7), '2.67'], [formatAgainst(2.34, 3), '2.3'], [formatAgainst(2.96, 3), '2.96'],
        [formatFigure(0.0012345), '0.0012'], [formatFigure(0.3333), '0.33'], [formatFigure(0), '0'],
        [formatDecimal(2 / 3), '0.667'], [formatDecimal(0.5), '0.5'], [formatDecimal(100, 0), '100'], [formatDecimal(100), '100'],
        [String(roundTo(2.3456, 2)), '2.35']
    ])('%s is %s', (shown, expected) => {
        expect(shown).toBe(expected);
    });
});
