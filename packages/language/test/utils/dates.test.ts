/** Calendar dates: real days, and the check-in arithmetic the overdue-checkin rule and the tie hover share. */
import { describe, expect, it } from 'vitest';
import { addCadence, daysBetween, isValidDate } from '../../src/utils/dates.js';

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

describe('real days', () => {
    it.each([
        ['2026-11-01', true], ['2024-02-29', true], ['2026-02-29', false], ['2026-13-01', false],
        ['2026-00-10', false], ['2026-04-31', false], ['2026-4-1', false], ['20261101', false], [' 2026-11-01', false]
    ])('%s is %s', (text, real) => {
        expect(isValidDate(text)).toBe(real);
    });
});
