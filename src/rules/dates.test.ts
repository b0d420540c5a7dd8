import { describe, expect, it } from 'vitest';
import { addCalendarDays, dayNumber, isoFromDay } from './dates';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true], // leap year
    ['2025-02-29', false],
    ['2100-02-29', false], // century, not a leap year
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
  ])('%s valid: %s', (iso, ok) => {
    expect(dayNumber(iso) !== undefined).toBe(ok);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-20', 15, '2026-03-07'], // February has 28 days in 2026
    ['2024-02-20', 15, '2024-03-06'], // and 29 in 2024
    ['2025-12-20', 20, '2026-01-09'], // across the year end
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-03-29', 1, '2026-03-30'], // no daylight-saving shift: UTC day numbers
  ])('%s + %i = %s', (from, n, want) => {
    expect(addCalendarDays(from, n)).toBe(want);
  });

  it('round-trips', () => {
    const n = dayNumber('2026-11-29');
    expect(n).toBeDefined();
    expect(isoFromDay(n!)).toBe('2026-11-29');
  });

  it('refuses an invalid start date', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('day numbers agree with Date.UTC', () => {
  it('for every day from 1999 to 2101', () => {
    const first = Date.UTC(1999, 0, 1) / 86_400_000;
    const last = Date.UTC(2101, 11, 31) / 86_400_000;
    for (let n = first; n <= last; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (isoFromDay(n) !== iso || dayNumber(iso) !== n) throw new Error(`mismatch at ${iso}`);
    }
  });
});
