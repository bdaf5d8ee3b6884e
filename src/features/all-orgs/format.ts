/** Display helpers for the All Orgs list (pure, unit-tested). */
import type { OrgSummary } from '../../api/orgs';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const count = new Intl.NumberFormat('en-US');
const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

const DAY_MS = 24 * 60 * 60 * 1000;
/** An org that expires within this many days is flagged. */
export const EXPIRY_WARNING_DAYS = 30;

export function formatUsd(amount: number): string {
  return usd.format(amount);
}

export function formatCount(value: number | undefined): string | null {
  return value === undefined ? null : count.format(value);
}

/**
 * `estSpendingLimitLeft` as money; "No limit" when the org has no spending limit
 * (null); `null` when the API did not tell this person (absent: not theirs to see).
 */
export function fundsAvailable(org: Pick<OrgSummary, 'estSpendingLimitLeft'>): string | null {
  const left = org.estSpendingLimitLeft;
  if (left === undefined) return null;
  return left === null ? 'No limit' : formatUsd(left);
}

/** The local calendar day of a timestamp as `YYYY-MM-DD`: sorts and exports as it reads. */
export function isoDay(timestamp: number): string {
  const date = new Date(timestamp);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

export function formatDay(timestamp: number): string {
  return longDate.format(new Date(timestamp));
}

export type Expiry = { kind: 'none' } | { kind: 'expired' } | { kind: 'soon'; daysLeft: number } | { kind: 'later' };

/** Whether an org has expired, expires within EXPIRY_WARNING_DAYS, or later (or never). */
export function expiryOf(expiresAt: number | null | undefined, now: number): Expiry {
  if (expiresAt === null || expiresAt === undefined) return { kind: 'none' };
  if (expiresAt <= now) return { kind: 'expired' };
  const daysLeft = Math.ceil((expiresAt - now) / DAY_MS);
  return daysLeft <= EXPIRY_WARNING_DAYS ? { kind: 'soon', daysLeft } : { kind: 'later' };
}

export function expiryFlag(expiry: Expiry): string | null {
  if (expiry.kind === 'expired') return 'Expired';
  if (expiry.kind === 'soon') return expiry.daysLeft === 1 ? 'Expires in 1 day' : `Expires in ${expiry.daysLeft} days`;
  return null;
}

/** Policy values as a person reads them. */
export const MEMBER_LIST_VISIBILITY_LABELS: Record<string, string> = {
  ADMIN: 'Admins only',
  MEMBER: 'Members',
  PUBLIC: 'Anyone signed in',
};

export const PROJECT_TRANSFER_LABELS: Record<string, string> = {
  ADMIN: 'Admins only',
  MEMBER: 'Members',
};

export const LEVEL_LABELS: Record<string, string> = {
  ADMIN: 'Admin',
  MEMBER: 'Member',
};
