/** The one-line billing state of an org on its tile (pure, unit-tested). */
import type { OrgBillingAccount } from '../../api/billing';

export interface BillingState {
  text: string;
  tone: 'ok' | 'pending' | 'off';
}

/**
 * The API counts an org as billable once billing details are saved; the console says
 * "pending" until the billing contact has confirmed them, as the platform's screens do.
 */
export function billingState(
  account: Pick<OrgBillingAccount, 'billable' | 'billingInformation' | 'billingContactConfirmed'>,
): BillingState | null {
  if (account.billingInformation === null) {
    return account.billable
      ? { text: 'Billable up to its spending limit; billing not set up', tone: 'pending' }
      : { text: 'Not billable: billing not set up', tone: 'off' };
  }
  if (account.billingInformation && !account.billingContactConfirmed)
    return { text: 'Billing pending confirmation', tone: 'pending' };
  if (account.billable === true) return { text: 'Billable', tone: 'ok' };
  if (account.billable === false) return { text: 'Not billable', tone: 'off' };
  return null;
}
