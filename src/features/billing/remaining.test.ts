import { describe, expect, it } from 'vitest';
import { chargesToDate, limitUsageOf, remainingOf } from './remaining';

describe('remainingOf', () => {
  it('says "No limit" when no spending limit is set', () => {
    expect(remainingOf({ spendingLimit: null, estSpendingLimitLeft: null })).toEqual({
      kind: 'noLimit',
      text: 'No limit',
    });
  });

  it('shows what is left of the limit, without a warning from 10 % up', () => {
    expect(remainingOf({ spendingLimit: 250000, estSpendingLimitLeft: 120000.5 })).toEqual({
      kind: 'ok',
      left: 120000.5,
      limit: 250000,
      text: '$120,000.50 of $250,000.00',
      warning: null,
    });
    expect(remainingOf({ spendingLimit: 1000, estSpendingLimitLeft: 100 }).kind).toBe('ok');
  });

  it('warns in words under 10 % left', () => {
    const low = remainingOf({ spendingLimit: 1000, estSpendingLimitLeft: 99.99 });
    expect(low).toMatchObject({ kind: 'low', text: '$99.99 of $1,000.00', warning: 'Low: 9.9 % left (under 10 %)' });
    expect(remainingOf({ spendingLimit: 20000, estSpendingLimitLeft: 12 })).toMatchObject({
      kind: 'low',
      warning: 'Low: 0 % left (under 10 %)',
    });
  });

  it('says so once nothing is left, overspent included', () => {
    expect(remainingOf({ spendingLimit: 1000, estSpendingLimitLeft: 0 })).toMatchObject({
      kind: 'exhausted',
      warning: 'Spending limit reached: nothing left',
    });
    expect(remainingOf({ spendingLimit: 1000, estSpendingLimitLeft: -25.5 })).toMatchObject({
      kind: 'exhausted',
      text: '-$25.50 of $1,000.00',
    });
  });
});

describe('chargesToDate', () => {
  const figures = { computeCharges: 100.1, storageCharges: 20.2, dataEgressCharges: 3.3 };

  it('adds compute, storage and egress when no limit tells more', () => {
    expect(chargesToDate({ ...figures, spendingLimit: null, estSpendingLimitLeft: null })).toEqual({
      total: 123.6,
      other: 0,
    });
  });

  it('takes every charge from the limit minus what is left, the rest being archival and public IPv4', () => {
    expect(chargesToDate({ ...figures, spendingLimit: 1000, estSpendingLimitLeft: 870 })).toEqual({
      total: 130,
      other: 6.4,
    });
    expect(chargesToDate({ ...figures, spendingLimit: 1000, estSpendingLimitLeft: 876.4 })).toEqual({
      total: 123.6,
      other: 0,
    });
  });
});

describe('limitUsageOf', () => {
  it('is the charges to date (limit minus what is left) against the limit, in words', () => {
    expect(limitUsageOf({ spendingLimit: 250000, estSpendingLimitLeft: 120000.5 })).toEqual({
      used: 129999.5,
      limit: 250000,
      share: 129999.5 / 250000,
      valueText: '$129,999.50 of $250,000.00 used (51.9 %)',
    });
  });

  it('fills up once overspent, and is absent without a limit', () => {
    expect(limitUsageOf({ spendingLimit: 1000, estSpendingLimitLeft: -25.5 })).toMatchObject({
      share: 1,
      valueText: '$1,025.50 of $1,000.00 used (102.5 %)',
    });
    expect(limitUsageOf({ spendingLimit: null, estSpendingLimitLeft: null })).toBeNull();
  });
});
