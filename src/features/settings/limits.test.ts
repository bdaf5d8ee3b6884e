import { describe, expect, it } from 'vitest';
import { GIB } from '../../lib/format';
import { formatLimit, limitError, limitsDraft, limitsFromDraft, sameLimits } from './limits';

describe('project limits form', () => {
  const policy = {
    monthlyComputeLimit: 5000,
    monthlyEgressBytesLimit: 1024 * GIB,
    monthlyStorageLimit: null,
    action: 'BLOCK' as const,
  };

  it('shows egress in GiB and no limit as an empty field', () => {
    expect(limitsDraft(policy)).toEqual({
      monthlyComputeLimit: '5000',
      monthlyEgressBytesLimit: '1024',
      monthlyStorageLimit: '',
      action: 'BLOCK',
    });
  });

  it('turns the draft back into what the API takes (egress in bytes, empty → null)', () => {
    expect(limitsFromDraft(limitsDraft(policy))).toEqual(policy);
    expect(
      limitsFromDraft({
        monthlyComputeLimit: ' 12.5 ',
        monthlyEgressBytesLimit: '0.5',
        monthlyStorageLimit: '',
        action: null,
      }),
    ).toEqual({
      monthlyComputeLimit: 12.5,
      monthlyEgressBytesLimit: GIB / 2,
      monthlyStorageLimit: null,
      action: null,
    });
  });

  it('refuses negative and non-numeric limits as typed', () => {
    expect(limitError('-1')).toMatch(/negative/);
    expect(limitError('ten')).toMatch(/number/);
    expect(limitError('')).toBeUndefined();
    expect(limitError('0')).toBeUndefined();
    expect(
      limitsFromDraft({ monthlyComputeLimit: 'x', monthlyEgressBytesLimit: '', monthlyStorageLimit: '', action: null }),
    ).toBeNull();
  });

  it('compares and formats limits', () => {
    expect(sameLimits(policy, { ...policy })).toBe(true);
    expect(sameLimits(policy, { ...policy, action: 'NOTIFY' })).toBe(false);
    expect(formatLimit('monthlyComputeLimit', 5000)).toBe('$5,000.00');
    expect(formatLimit('monthlyEgressBytesLimit', 1024 * GIB)).toBe('1,024 GiB');
    expect(formatLimit('monthlyStorageLimit', null)).toBe('No limit');
  });
});
