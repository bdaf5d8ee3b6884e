import { describe, expect, it } from 'vitest';
import type { MonthCharges } from '../../api/billing';
import { categoriesWithCharges, labelOfMonth, monthSeries, seriesTotals } from './month-series';

const month = (m: string, figures: Partial<MonthCharges> = {}): MonthCharges => ({
  month: m,
  compute: 0,
  storage: 0,
  egress: 0,
  archival: 0,
  publicIpv4: 0,
  total: 0,
  ...figures,
});

describe('monthSeries', () => {
  it('labels the months and puts them oldest first', () => {
    const rows = monthSeries([
      month('2026-01', { compute: 2, total: 2 }),
      month('2025-12', { storage: 1.5, total: 1.5 }),
    ]);
    expect(rows.map((r) => [r.month, r.label, r.total])).toEqual([
      ['2025-12', 'Dec 2025', 1.5],
      ['2026-01', 'Jan 2026', 2],
    ]);
    expect(rows[0]).toMatchObject({ storage: 1.5, compute: 0 });
  });

  it('fills a month missing in between with zeros, across a year', () => {
    const rows = monthSeries([month('2025-11', { egress: 1, total: 1 }), month('2026-02', { archival: 3, total: 3 })]);
    expect(rows.map((r) => r.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(rows[1]).toEqual({
      month: '2025-12',
      label: 'Dec 2025',
      compute: 0,
      storage: 0,
      egress: 0,
      archival: 0,
      publicIpv4: 0,
      total: 0,
    });
  });

  it('is empty for no months', () => {
    expect(monthSeries([])).toEqual([]);
  });
});

describe('seriesTotals and categoriesWithCharges', () => {
  const rows = monthSeries([
    month('2026-10', { compute: 0.1, storage: 0.2, total: 0.3 }),
    month('2026-11', { compute: 0.2, publicIpv4: 3.6, total: 3.8 }),
  ]);

  it('adds each category and the totals over the window, to the cent', () => {
    expect(seriesTotals(rows)).toEqual({
      compute: 0.3,
      storage: 0.2,
      egress: 0,
      archival: 0,
      publicIpv4: 3.6,
      total: 4.1,
    });
  });

  it('names the categories that have any charge, in a fixed order', () => {
    expect(categoriesWithCharges(rows)).toEqual(['compute', 'storage', 'publicIpv4']);
  });

  it('formats a month as a person reads it', () => {
    expect(labelOfMonth('2026-03')).toBe('Mar 2026');
  });
});
