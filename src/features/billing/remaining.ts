/** "Remaining" on a billing tile, when it warns, and the charges to date (pure, unit-tested). */
import type { BillingFigures } from '../../api/billing';
import { formatUsd } from '../../lib/format';

/** Below this share of the spending limit left, the tile warns. */
const LOW_FUNDS_SHARE = 0.1;

export type Remaining =
  | { kind: 'noLimit'; text: string }
  | { kind: 'ok' | 'low' | 'exhausted'; left: number; limit: number; text: string; warning: string | null };

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

const cents = (value: number) => Math.round(value * 100) / 100;

/**
 * The describe gives compute, storage and egress; where a limit is set, the limit minus
 * what is left is every charge, and the difference is archival and public IPv4.
 */
export function chargesToDate(figures: BillingFigures): { total: number; other: number } {
  const named = cents(figures.computeCharges + figures.storageCharges + figures.dataEgressCharges);
  const all =
    figures.spendingLimit !== null && figures.estSpendingLimitLeft !== null
      ? cents(figures.spendingLimit - figures.estSpendingLimitLeft)
      : null;
  const other = all !== null && all - named >= 0.01 ? cents(all - named) : 0;
  return { total: cents(named + other), other };
}

/** The meter of a tile: the charges to date against the spending limit, and the words a screen reader says. */
export interface LimitUsage {
  used: number;
  limit: number;
  /** 0–1, for the bar (overspending fills it). */
  share: number;
  valueText: string;
}

/** From the describe's figures: the limit minus what is left is every charge so far. null without a limit. */
export function limitUsageOf(
  figures: Pick<BillingFigures, 'spendingLimit' | 'estSpendingLimitLeft'>,
): LimitUsage | null {
  const { spendingLimit: limit, estSpendingLimitLeft: left } = figures;
  if (limit === null || left === null || limit <= 0) return null;
  const used = cents(limit - left);
  const share = Math.min(Math.max(used / limit, 0), 1);
  const percent = Math.floor((used / limit) * 1000) / 10;
  return { used, limit, share, valueText: `${formatUsd(used)} of ${formatUsd(limit)} used (${percent} %)` };
}
