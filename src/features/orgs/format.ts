/** Display helpers for the All Orgs list (pure, unit-tested). */
import type { OrgSummary } from '../../api/orgs';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const count = new Intl.NumberFormat('en-US');

export function formatUsd(amount: number): string {
  return usd.format(amount);
}

export function formatCount(value: number | undefined): string | null {
  return value === undefined ? null : count.format(value);
}

/** `estSpendingLimitLeft` as money; "No limit" when the org has no spending limit. */
export function fundsAvailable(org: Pick<OrgSummary, 'estSpendingLimitLeft'>): string {
  const left = org.estSpendingLimitLeft;
  return left === null || left === undefined ? 'No limit' : formatUsd(left);
}
