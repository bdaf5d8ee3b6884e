/** "Remaining" on a billing tile, and when it warns (pure, unit-tested). */
import type { BillingFigures } from '../../api/billing';

/** Below this share of the spending limit left, the tile warns. */
export const LOW_FUNDS_SHARE = 0.1;

export type Remaining =
  | { kind: 'noLimit'; text: string }
  | { kind: 'ok' | 'low' | 'exhausted'; left: number; limit: number; text: string; warning: string | null };

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatUsd(amount: number): string {
  return usd.format(amount);
}

/**
 * The spending limit minus the charges (the API's `estSpendingLimitLeft`), against the
 * limit: a warning in words under 10 % left, and once nothing is left.
 */
export function remainingOf(figures: Pick<BillingFigures, 'spendingLimit' | 'estSpendingLimitLeft'>): Remaining {
  const { spendingLimit: limit, estSpendingLimitLeft: left } = figures;
  if (limit === null || left === null) return { kind: 'noLimit', text: 'No limit' };
  const text = `${formatUsd(left)} of ${formatUsd(limit)}`;
  if (left <= 0) return { kind: 'exhausted', left, limit, text, warning: 'Spending limit reached: nothing left' };
  if (limit > 0 && left / limit < LOW_FUNDS_SHARE) {
    const percent = Math.floor((left / limit) * 1000) / 10;
    return { kind: 'low', left, limit, text, warning: `Low: ${percent} % left (under 10 %)` };
  }
  return { kind: 'ok', left, limit, text, warning: null };
}
