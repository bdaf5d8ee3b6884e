/**
 * Dates and relative times as a person reads them (en-US). Each `Intl` formatter is made
 * once, here, and shared by every screen.
 */
import { LOCALE } from './format';

const day = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
const dateTimeFull = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'full', timeStyle: 'medium' });
const months = {
  short: new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  long: new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'always' });

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The local calendar day: "Dec 3, 2026". */
export function formatDay(time: number | Date): string {
  return day.format(time);
}

/** The local day and time: "Dec 3, 2026, 2:05 PM". */
export function formatDateTime(time: number | Date): string {
  return dateTime.format(time);
}

/** The local day and time, in full: "Thursday, December 3, 2026 at 2:05:07 PM". */
export function formatDateTimeFull(time: number | Date): string {
  return dateTimeFull.format(time);
}

/** The month of a UTC date: "Dec 2026" (`short`) or "December 2026" (`long`). */
export function formatMonth(time: number | Date, style: keyof typeof months): string {
  return months[style].format(time);
}

/** The local calendar day of a timestamp as `YYYY-MM-DD`: sorts and exports as it reads. */
export function isoDay(timestamp: number): string {
  const date = new Date(timestamp);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** Whole days from now: "in 1 day", "in 12 days", "3 days ago" (digits not grouped: "in 1095 days"). */
export function formatRelativeDays(days: number): string {
  return relative
    .formatToParts(days, 'day')
    .map((part) => (part.type === 'group' ? '' : part.value))
    .join('');
}
