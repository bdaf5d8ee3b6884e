/** The months a usage report can be chosen for. */
import { formatMonth } from '../../lib/dates';

export interface ReportMonth {
  /** `YYYY-MM`, as the API takes it. */
  value: string;
  /** "October 2026". */
  label: string;
}

/** The 12 months ending with `now`'s month (UTC, as the API counts charges), newest first. */
export function lastTwelveMonths(now: Date): ReportMonth[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: 12 }, (_, back) => {
    const start = new Date(Date.UTC(year, month - back, 1));
    const value = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
    return { value, label: formatMonth(start, 'long') };
  });
}

/** The month chosen at first: the last complete one (the current month is still accruing). */
export function defaultReportMonth(months: readonly ReportMonth[]): string {
  return (months[1] ?? months[0])?.value ?? '';
}
