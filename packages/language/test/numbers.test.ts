/** groupedNumber writes numbers as Intl.NumberFormat('en-US') does, without loading Intl at start-up. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedNumber } from '../src/utils/numbers.js';

describe('groupedNumber', () => {
    it.each([
        [0, '0'], [1290, '1,290'], [1388.94, '1,388.9'], [12.5, '12.5'], [1440, '1,440'], [999.96, '1,000'],
        [1234567.04, '1,234,567'], [-2100.34, '-2,100.3'], [0.05, '0.1'], [100, '100']
    ])('%s → %s', (value, text) => {
        expect(groupedNumber(value, 1)).toBe(text);
    });

    it('agrees with Intl.NumberFormat for whole numbers and one decimal', () => {
        const one = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
        const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
        fc.assert(fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 9 }), (n, tenth) => {
            const value = n + (n < 0 ? -tenth : tenth) / 10;
            expect(groupedNumber(value, 1)).toBe(one.format(value));
            expect(groupedNumber(n, 0)).toBe(whole.format(n));
        }), { numRuns: 2000 });
    });
});
