import { describe, expect, it } from 'vitest';
import { GIB } from '../../lib/format';
import { checkLimits, formatLimit, limitActionLabel, limitTexts, type Limits } from './limits';

const current: Limits = { monthlyComputeLimit: 5000, monthlyEgressBytesLimit: 1024 * GIB, monthlyStorageLimit: null };

describe('monthly limits form', () => {
  it('shows egress in GiB and no limit as empty', () => {
    expect(limitTexts(current)).toEqual({
      monthlyComputeLimit: '5000',
      monthlyEgressBytesLimit: '1024',
      monthlyStorageLimit: '',
    });
  });

  it('sends only the fields that changed, egress as bytes, empty as null', () => {
    const check = checkLimits(
      { monthlyComputeLimit: '5000', monthlyEgressBytesLimit: '2', monthlyStorageLimit: ' 150.5 ' },
      current,
    );
    expect(check).toEqual({
      ok: true,
      patch: { monthlyEgressBytesLimit: 2 * GIB, monthlyStorageLimit: 150.5 },
      changed: ['monthlyEgressBytesLimit', 'monthlyStorageLimit'],
    });
    expect(
      checkLimits({ monthlyComputeLimit: '', monthlyEgressBytesLimit: '1024', monthlyStorageLimit: '' }, current),
    ).toEqual({
      ok: true,
      patch: { monthlyComputeLimit: null },
      changed: ['monthlyComputeLimit'],
    });
  });

  it('refuses text that is not a number, and negative amounts', () => {
    expect(
      checkLimits({ monthlyComputeLimit: 'lots', monthlyEgressBytesLimit: '-1', monthlyStorageLimit: '' }, current),
    ).toEqual({
      ok: false,
      errors: {
        monthlyComputeLimit: 'must be a number, or empty for no limit',
        monthlyEgressBytesLimit: 'must not be negative',
      },
    });
  });

  it('formats limits for reading', () => {
    expect(formatLimit('monthlyComputeLimit', 5000)).toBe('$5,000.00');
    expect(formatLimit('monthlyEgressBytesLimit', 1024 * GIB)).toBe('1024 GiB');
    expect(formatLimit('monthlyStorageLimit', null)).toBe('No limit');
  });

  it('names the billing org’s action in words', () => {
    expect(limitActionLabel('BLOCK')).toBe('Block new jobs');
    expect(limitActionLabel('NOTIFY')).toBe('Notify the admins');
    expect(limitActionLabel(null)).toBe('Not set');
  });
});
