import { describe, expect, it } from 'vitest';
import { defaultReportMonth, lastTwelveMonths } from './usage-report-months';

describe('lastTwelveMonths', () => {
  it('lists the 12 months ending with the current one (UTC), newest first, across the year boundary', () => {
    const months = lastTwelveMonths(new Date(Date.UTC(2026, 1, 15)));
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ value: '2026-02', label: 'February 2026' });
    expect(months[1]?.value).toBe('2026-01');
    expect(months[2]?.value).toBe('2025-12');
    expect(months[11]).toEqual({ value: '2025-03', label: 'March 2025' });
  });

  it('counts the month in UTC at the edge of a day', () => {
    expect(lastTwelveMonths(new Date(Date.UTC(2026, 9, 31, 23, 59)))[0]?.value).toBe('2026-10');
    expect(lastTwelveMonths(new Date(Date.UTC(2026, 10, 1, 0, 0)))[0]?.value).toBe('2026-11');
  });
});

describe('defaultReportMonth', () => {
  it('is the last complete month', () => {
    expect(defaultReportMonth(lastTwelveMonths(new Date(Date.UTC(2026, 10, 22))))).toBe('2026-10');
  });
});
