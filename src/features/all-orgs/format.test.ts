import { describe, expect, it } from 'vitest';
import { expiryFlag, expiryOf, formatCount, fundsAvailable, isoDay } from './format';

describe('fundsAvailable', () => {
  it('says "No limit" when the org has no spending limit (null)', () => {
    expect(fundsAvailable({ estSpendingLimitLeft: null })).toBe('No limit');
  });

  it('says nothing when the API did not tell this person (absent)', () => {
    expect(fundsAvailable({})).toBeNull();
  });

  it('formats the funds left as US dollars, negative included', () => {
    expect(fundsAvailable({ estSpendingLimitLeft: 1234.5 })).toBe('$1,234.50');
    expect(fundsAvailable({ estSpendingLimitLeft: 0 })).toBe('$0.00');
    expect(fundsAvailable({ estSpendingLimitLeft: -12 })).toBe('-$12.00');
  });
});

describe('formatCount', () => {
  it('groups thousands and keeps absent values absent', () => {
    expect(formatCount(50000)).toBe('50,000');
    expect(formatCount(undefined)).toBeNull();
  });
});

describe('expiry', () => {
  const now = new Date(2026, 10, 21, 12, 0).getTime();
  const day = 24 * 60 * 60 * 1000;

  it('flags an expired org and one that expires within 30 days', () => {
    expect(expiryOf(now - 1, now)).toEqual({ kind: 'expired' });
    expect(expiryFlag(expiryOf(now - day, now))).toBe('Expired');
    expect(expiryOf(now + 12 * day, now)).toEqual({ kind: 'soon', daysLeft: 12 });
    expect(expiryFlag(expiryOf(now + 12 * day, now))).toBe('Expires in 12 days');
    expect(expiryFlag(expiryOf(now + 2 * 60 * 60 * 1000, now))).toBe('Expires in 1 day');
    expect(expiryOf(now + 30 * day, now).kind).toBe('soon');
  });

  it('does not flag a later expiry or none', () => {
    expect(expiryOf(now + 31 * day, now)).toEqual({ kind: 'later' });
    expect(expiryFlag(expiryOf(null, now))).toBeNull();
    expect(expiryFlag(expiryOf(undefined, now))).toBeNull();
  });

  it('writes days as YYYY-MM-DD so they sort as they read', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 30).getTime())).toBe('2026-01-05');
  });
});
