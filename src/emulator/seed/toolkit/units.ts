/** Units of the seeds: time (every time is derived from `now`, to the minute), sizes and money. */

export const DAY = 86_400_000;
export const MINUTE = 60_000;
export const GIB = 1024 ** 3;

/** `days` (may be fractional) before `now`, rounded down to the minute. */
export function daysAgo(now: number, days: number): number {
  return Math.floor((now - days * DAY) / MINUTE) * MINUTE;
}

/** `YYYY-MM` (UTC) of the 12 months ending with `now`'s month, oldest first. */
export function monthsEnding(now: number): { month: string; start: number; end: number }[] {
  const date = new Date(now);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const months: { month: string; start: number; end: number }[] = [];
  for (let back = 11; back >= 0; back--) {
    const start = Date.UTC(year, month - back, 1);
    const end = Date.UTC(year, month - back + 1, 1);
    const d = new Date(start);
    months.push({
      month: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`,
      start,
      end,
    });
  }
  return months;
}

/** Rounded to the cent. */
export function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
