import { describe, expect, it } from 'vitest';
import { formatCount, fundsAvailable } from './format';

describe('fundsAvailable', () => {
  it('says "No limit" when estSpendingLimitLeft is null or absent', () => {
    expect(fundsAvailable({ estSpendingLimitLeft: null })).toBe('No limit');
    expect(fundsAvailable({})).toBe('No limit');
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
