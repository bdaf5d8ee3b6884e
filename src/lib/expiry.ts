/**
 * An org's expiry (pure): expired once `now` reaches `expiresAt` (the API then refuses
 * the org's changes), expiring soon within `EXPIRY_WARNING_DAYS`, otherwise later.
 * Days are counted up: 2 hours left is "in 1 day".
 */
import { DAY_MS, formatDay, formatRelativeDays } from './dates';

/** From this many days before `expiresAt`, the org is flagged and its header warns. */
export const EXPIRY_WARNING_DAYS = 30;

/** `text` is the sentence the org header and Settings show. */
export type Expiry =
  | { kind: 'none' }
  | { kind: 'expired'; text: string }
  | { kind: 'soon'; days: number; text: string }
  | { kind: 'later'; days: number; text: string };

/** `expiresAt` (ms, or null/absent for an org that does not expire) against `now`. */
export function expiryOf(expiresAt: number | null | undefined, now: number): Expiry {
  if (expiresAt === null || expiresAt === undefined) return { kind: 'none' };
  const date = formatDay(expiresAt);
  if (now >= expiresAt) return { kind: 'expired', text: `Expired on ${date} — read-only` };
  const days = Math.ceil((expiresAt - now) / DAY_MS);
  const text = `Expires on ${date} (${formatRelativeDays(days)})`;
  return days <= EXPIRY_WARNING_DAYS ? { kind: 'soon', days, text } : { kind: 'later', days, text };
}

/** The short flag of a list row: "Expired", "Expires in 12 days"; null for a later expiry or none. */
export function expiryFlag(expiry: Expiry): string | null {
  if (expiry.kind === 'expired') return 'Expired';
  if (expiry.kind === 'soon') return `Expires ${formatRelativeDays(expiry.days)}`;
  return null;
}
