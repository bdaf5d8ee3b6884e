import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDateTimeFull, formatDay, formatMonth, formatRelativeDays, isoDay } from './dates';

describe('dates', () => {
  it('formats a day as a person reads it', () => {
    expect(formatDay(Date.UTC(2026, 11, 3, 12))).toBe('Dec 3, 2026');
    expect(formatDay(new Date(2026, 11, 3, 12))).toBe('Dec 3, 2026');
  });

  it('formats a day and time, short and in full', () => {
    const time = new Date(2026, 11, 3, 14, 5, 7).getTime();
    // ICU puts a narrow no-break space before "PM" in some versions.
    const spaced = (text: string) => text.replace(/\s/g, ' ');
    expect(spaced(formatDateTime(time))).toBe('Dec 3, 2026, 2:05 PM');
    expect(spaced(formatDateTimeFull(time))).toBe('Thursday, December 3, 2026 at 2:05:07 PM');
  });

  it('names the month of a UTC date, short or long', () => {
    expect(formatMonth(Date.UTC(2026, 10, 1), 'short')).toBe('Nov 2026');
    expect(formatMonth(new Date(Date.UTC(2026, 9, 1)), 'long')).toBe('October 2026');
  });

  it('writes days as YYYY-MM-DD so they sort as they read', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 30).getTime())).toBe('2026-01-05');
  });
});

describe('formatRelativeDays', () => {
  it('says "in 1 day", "in 12 days", and the past as "ago"', () => {
    expect(formatRelativeDays(1)).toBe('in 1 day');
    expect(formatRelativeDays(12)).toBe('in 12 days');
    expect(formatRelativeDays(-3)).toBe('3 days ago');
  });

  it('does not group the digits of a long way off', () => {
    expect(formatRelativeDays(1095)).toBe('in 1095 days');
  });
});
