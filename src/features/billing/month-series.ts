/** Charges by month as the chart and its table show them (pure, unit-tested). */
import { CHARGE_CATEGORIES, type ChargeCategory, type MonthCharges } from '../../api/billing';
import { formatMonth } from '../../lib/dates';

export const CATEGORY_LABELS: Record<ChargeCategory, string> = {
  compute: 'Compute',
  storage: 'Storage',
  egress: 'Egress',
  archival: 'Archival',
  publicIpv4: 'Public IPv4',
};

export interface MonthRow extends Record<ChargeCategory, number> {
  month: string;
  /** "Nov 2026". */
  label: string;
  total: number;
}

export function labelOfMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return formatMonth(Date.UTC(year, number - 1, 1), 'short');
}

const cents = (value: number) => Math.round(value * 100) / 100;

/** The API's months, oldest first, each labelled; a month missing in between counts as zero. */
export function monthSeries(months: readonly MonthCharges[]): MonthRow[] {
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const rows: MonthRow[] = [];
  for (const month of filledMonths(sorted.map((m) => m.month))) {
    const found = sorted.find((m) => m.month === month);
    const row: MonthRow = {
      month,
      label: labelOfMonth(month),
      compute: 0,
      storage: 0,
      egress: 0,
      archival: 0,
      publicIpv4: 0,
      total: 0,
    };
    if (found) {
      for (const category of CHARGE_CATEGORIES) row[category] = found[category];
      row.total = found.total;
    }
    rows.push(row);
  }
  return rows;
}

/** Every month from the first to the last given, inclusive. */
function filledMonths(months: readonly string[]): string[] {
  if (months.length === 0) return [];
  const [first, last] = [months[0]!, months[months.length - 1]!];
  let [year, number] = first.split('-').map(Number) as [number, number];
  const all: string[] = [];
  for (;;) {
    const month = `${year}-${String(number).padStart(2, '0')}`;
    all.push(month);
    if (month >= last) return all;
    number += 1;
    if (number > 12) [year, number] = [year + 1, 1];
  }
}

/** The window's sums per category and overall. */
export function seriesTotals(rows: readonly MonthRow[]): Record<ChargeCategory | 'total', number> {
  const totals = { compute: 0, storage: 0, egress: 0, archival: 0, publicIpv4: 0, total: 0 };
  for (const row of rows) {
    for (const category of CHARGE_CATEGORIES) totals[category] += row[category];
    totals.total += row.total;
  }
  for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] = cents(totals[key]);
  return totals;
}

/** Categories with any charge in the window (the chart draws only those; the table shows all). */
export function categoriesWithCharges(rows: readonly MonthRow[]): ChargeCategory[] {
  return CHARGE_CATEGORIES.filter((category) => rows.some((row) => row[category] !== 0));
}
