/** Calendar dates: real days, and the check-in arithmetic the overdue-checkin rule and the tie hover share. */
import { describe, expect, it } from 'vitest';
import { addCadence, cadenceDays, daysBetween, isValidDate, periodStartOnOrAfter } from '../../src/utils/dates.js';

describe('check-in date arithmetic', () => {
    it('adds calendar months and years, clamping the day, and weeks as 7 days', () => {
        expect(addCadence('2026-11-30', { count: 3, unit: 'month' })).toBe('2027-02-28');
        expect(addCadence('2024-02-29', { count: 1, unit: 'year' })).toBe('2025-02-28');
        expect(addCadence('2026-12-25', { count: 2, unit: 'week' })).toBe('2027-01-08');
        expect(addCadence('2026-01-15', { count: 18, unit: 'month' })).toBe('2027-07-15');
    });

    it('adds the fraction of a month or year as days', () => {
        expect(addCadence('2026-01-01', { count: 1.5, unit: 'month' })).toBe('2026-02-16');
        expect(addCadence('2026-01-01', { count: 0.5, unit: 'year' })).toBe('2026-07-01');
        expect(addCadence('2026-01-01', { count: 1.5, unit: 'week' })).toBe('2026-01-12');
    });

    it('counts days across month and year ends', () => {
        expect(daysBetween('2026-06-01', '2026-11-01')).toBe(153);
        expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
        expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    });
});

describe('where the calendar starts a meeting\'s rhythm', () => {
    it('is the first Monday, 1st of a month or 1 January on or after the day', () => {
        // 2026-11-04 is a Wednesday.
        expect(periodStartOnOrAfter('2026-11-04', 'week')).toBe('2026-11-09');
        expect(periodStartOnOrAfter('2026-11-04', 'month')).toBe('2026-12-01');
        expect(periodStartOnOrAfter('2026-11-04', 'year')).toBe('2027-01-01');
        // Across a year's end, from a Sunday.
        expect(periodStartOnOrAfter('2028-12-31', 'week')).toBe('2029-01-01');
        expect(periodStartOnOrAfter('2026-12-15', 'month')).toBe('2027-01-01');
    });

    it('is the day itself when it is such a first day', () => {
        expect(periodStartOnOrAfter('2026-11-09', 'week')).toBe('2026-11-09');
        expect(periodStartOnOrAfter('2026-11-01', 'month')).toBe('2026-11-01');
        expect(periodStartOnOrAfter('2027-01-01', 'year')).toBe('2027-01-01');
    });

    it('gives a cadence\'s length in days, months at their average length', () => {
        expect(cadenceDays({ count: 1.5, unit: 'week' })).toBe(10.5);
        expect(cadenceDays({ count: 1, unit: 'month' })).toBeCloseTo(30.4375, 10);
        expect(cadenceDays({ count: 0.5, unit: 'year' })).toBeCloseTo(182.625, 10);
    });
});

describe('real days', () => {
    it.each([
        ['2026-11-01', true], ['2024-02-29', true], ['2026-02-29', false], ['2026-13-01', false],
        ['2026-00-10', false], ['2026-04-31', false], ['2026-4-1', false], ['20261101', false], [' 2026-11-01', false]
    ])('%s is %s', (text, real) => {
        expect(isValidDate(text)).toBe(real);
    });
});
