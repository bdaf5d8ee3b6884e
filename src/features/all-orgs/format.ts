/** Display helpers for the All Orgs list (pure, unit-tested). */
import type { OrgSummary } from '../../api/orgs';
import { formatUsd } from '../../lib/format';

/**
 * `estSpendingLimitLeft` as money; "No limit" when the org has no spending limit
 * (null) and can be billed, "Not billable" when it cannot (no billing set up: nothing
 * may be charged to it); `null` when the API did not tell this person
 * (absent: not theirs to see).
 */
export function fundsAvailable(org: Pick<OrgSummary, 'estSpendingLimitLeft' | 'billable'>): string | null {
  const left = org.estSpendingLimitLeft;
  if (left === undefined) return null;
  if (left !== null) return formatUsd(left);
  return org.billable === false ? 'Not billable' : 'No limit';
}

/** Admins see the orgs they administer; someone who administers none, the orgs they belong to. */
export function defaultOrgLevel(adminOrgs: readonly unknown[]): 'ADMIN' | 'MEMBER' {
  return adminOrgs.length === 0 ? 'MEMBER' : 'ADMIN';
}
