/** Display helpers for the All Orgs list (pure, unit-tested). */
import type { OrgSummary } from '../../api/orgs';
import { formatUsd } from '../../lib/format';

/**
 * `estSpendingLimitLeft` as money; "No limit" when the org has no spending limit
 * (null); `null` when the API did not tell this person (absent: not theirs to see).
 */
export function fundsAvailable(org: Pick<OrgSummary, 'estSpendingLimitLeft'>): string | null {
  const left = org.estSpendingLimitLeft;
  if (left === undefined) return null;
  return left === null ? 'No limit' : formatUsd(left);
}
