import { describe, expect, it } from 'vitest';
import { remainingOf } from './remaining';

describe('remainingOf', () => {
  it('says "No limit" when no spending limit is set', () => {
    expect(remainingOf({ spendingLimit: null, estSpendingLimitLeft: null })).toEqual({ kind: 'noLimit', text: 'No limit' });
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
    expect(remainingOf({ spendingLimit: 20000, estSpendingLimitLeft: 12 })).toMatchObject({ kind: 'low', warning: 'Low: 0 % left (under 10 %)' });
  });

  it('says so once nothing is left, overspent included', () => {
    expect(remainingOf({ spendingLimit: 1000, estSpendingLimitLeft: 0 })).toMatchObject({ kind: 'exhausted', warning: 'Spending limit reached: nothing left' });
    expect(remainingOf({ spendingLimit: 1000, estSpendingLimitLeft: -25.5 })).toMatchObject({ kind: 'exhausted', text: '-$25.50 of $1,000.00' });
  });
});
