/** The months a usage report can be chosen for. */

export interface ReportMonth {
  /** `YYYY-MM`, as the API takes it. */
  value: string;
  /** "October 2026". */
  label: string;
}

const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The 12 months ending with `now`'s month (UTC, as the API counts charges), newest first. */
export function lastTwelveMonths(now: Date): ReportMonth[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: 12 }, (_, back) => {
    const start = new Date(Date.UTC(year, month - back, 1));
    const value = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
    return { value, label: monthName.format(start) };
  });
}

/** The month chosen at first: the last complete one (the current month is still accruing). */
export function defaultReportMonth(months: readonly ReportMonth[]): string {
  return (months[1] ?? months[0])?.value ?? '';
}
