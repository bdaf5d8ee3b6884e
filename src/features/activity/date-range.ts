/**
 * The Activity tab's date range, kept in the URL as `from` and `to` (local calendar days,
 * `YYYY-MM-DD`, either may be left out), and the time range `findAuditEvents` takes for
 * it: from the start of the first day to the end of the last (pure, unit-tested).
 */
import type { AuditTimeRange } from '../../api/audit';

export interface DateRange {
  /** `YYYY-MM-DD`, or '' for no lower bound. */
  from: string;
  /** `YYYY-MM-DD`, or '' for no upper bound. */
  to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local midnight starting a `YYYY-MM-DD` day, or undefined if it is not a real day. */
function dayStart(day: string): number | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const start = new Date(year, month, date);
  if (start.getFullYear() !== year || start.getMonth() !== month || start.getDate() !== date) return undefined;
  return start.getTime();
}

/** The range in the URL; a day that is not a real day is left out. */
export function readDateRange(params: URLSearchParams): DateRange {
  const valid = (value: string | null) => (value !== null && dayStart(value) !== undefined ? value : '');
  return { from: valid(params.get('from')), to: valid(params.get('to')) };
}

/** `params` with the range written (an empty bound removed); other parameters kept. */
export function writeDateRange(params: URLSearchParams, range: DateRange): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['from', 'to'] as const) {
    if (range[key] === '') next.delete(key);
    else next.set(key, range[key]);
  }
  return next;
}

/** What `findAuditEvents` is asked for: from the first day's start to the last moment of the last day. */
export function timeRangeOf(range: DateRange): AuditTimeRange {
  const after = range.from === '' ? undefined : dayStart(range.from);
  const nextDay = range.to === '' ? undefined : dayStart(range.to);
  const result: AuditTimeRange = {};
  if (after !== undefined) result.after = after;
  if (nextDay !== undefined) {
    const end = new Date(nextDay);
    end.setDate(end.getDate() + 1);
    result.before = end.getTime() - 1;
  }
  return result;
}

/** A range whose start is after its end matches nothing: say so instead of asking. */
export function isBackwards(range: DateRange): boolean {
  return range.from !== '' && range.to !== '' && range.from > range.to;
}
