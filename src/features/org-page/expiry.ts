/** An org's expiry, as the org header states it (pure, unit-tested). */

const DAY_MS = 24 * 60 * 60 * 1000;
/** From this many days before `expiresAt`, the header warns. */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryStatus =
  | { kind: 'none' }
  | { kind: 'expired'; text: string }
  | { kind: 'soon'; days: number; text: string }
  | { kind: 'later'; days: number; text: string };

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

export function formatDate(ms: number): string {
  return dateFormat.format(new Date(ms));
}

function inDays(days: number): string {
  return days === 1 ? 'in 1 day' : `in ${days} days`;
}

/**
 * `expiresAt` (ms, or null/absent for an org that does not expire) against `now`:
 * expired once `now` reaches it (the API then refuses the org's changes), a warning
 * within `EXPIRY_WARNING_DAYS`, otherwise a plain note. Days are counted up: 2 hours
 * left is "in 1 day".
 */
export function expiryStatus(expiresAt: number | null | undefined, now: number): ExpiryStatus {
  if (expiresAt === null || expiresAt === undefined) return { kind: 'none' };
  const date = formatDate(expiresAt);
  if (now >= expiresAt) return { kind: 'expired', text: `Expired on ${date} — read-only` };
  const days = Math.ceil((expiresAt - now) / DAY_MS);
  const text = `Expires on ${date} (${inDays(days)})`;
  return days <= EXPIRY_WARNING_DAYS ? { kind: 'soon', days, text } : { kind: 'later', days, text };
}
