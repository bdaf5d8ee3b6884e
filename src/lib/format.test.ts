import { describe, expect, it } from 'vitest';
import { GIB, formatCount, formatNumber, formatUsd, formatUsdCompact, formatUsdWhole } from './format';

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(50000)).toBe('50,000');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1)).toBe('1');
  });
});

describe('formatNumber', () => {
  it('keeps at most the decimals asked for (3 unless told)', () => {
    expect(formatNumber(1234.56789)).toBe('1,234.568');
    expect(formatNumber(1.25, 1)).toBe('1.3');
    expect(formatNumber(1.5, 2)).toBe('1.5');
    expect(formatNumber(2.004, 2)).toBe('2');
    expect(formatNumber(1024.4, 0)).toBe('1,024');
    expect(formatNumber(GIB / 2 / 1024 ** 3, 3)).toBe('0.5');
    expect(GIB).toBe(1_073_741_824);
  });
});

describe('US dollars', () => {
  it('in dollars and cents, negative included', () => {
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(-12)).toBe('-$12.00');
  });

  it('in whole dollars', () => {
    expect(formatUsdWhole(5000)).toBe('$5,000');
    expect(formatUsdWhole(1999.6)).toBe('$2,000');
  });

  it('short, for a chart axis', () => {
    expect(formatUsdCompact(1200)).toBe('$1.2K');
    expect(formatUsdCompact(3_000_000)).toBe('$3M');
  });
});
