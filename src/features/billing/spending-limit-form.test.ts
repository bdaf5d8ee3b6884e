import { describe, expect, it } from 'vitest';
import type { SpendingLimitRequest } from '../../api/spending-limits';
import {
  parseUsdAmount,
  pendingNewestFirst,
  spendingLimitFormErrors,
  spendingLimitRequestBody,
} from './spending-limit-form';

const valid = { amount: '50000', poNumber: 'PO-1', note: '' };

describe('parseUsdAmount', () => {
  it('reads dollars with an optional $ sign, thousands commas and cents', () => {
    expect(parseUsdAmount('50000')).toBe(50000);
    expect(parseUsdAmount(' $1,250.50 ')).toBe(1250.5);
    expect(parseUsdAmount('.5')).toBe(0.5);
  });

  it('refuses anything else', () => {
    for (const text of ['', 'abc', '12a', '1e5', '-3', '1.2.3']) expect(parseUsdAmount(text)).toBeNaN();
  });
});

describe('spendingLimitFormErrors', () => {
  it('accepts a positive amount and a purchase-order number, the note being optional', () => {
    expect(spendingLimitFormErrors(valid)).toEqual({});
    expect(spendingLimitFormErrors({ ...valid, note: 'Second wave' })).toEqual({});
  });

  it('requires both amount and purchase-order number', () => {
    expect(spendingLimitFormErrors({ amount: '', poNumber: '  ', note: '' })).toEqual({
      amount: 'Amount is required.',
      poNumber: 'Purchase-order number is required.',
    });
  });

  it('says the amount must be more than 0 for zero or a negative amount', () => {
    expect(spendingLimitFormErrors({ ...valid, amount: '0' }).amount).toBe('Amount must be more than 0.');
    expect(spendingLimitFormErrors({ ...valid, amount: '-5' }).amount).toBe('Amount must be more than 0.');
  });

  it('says what an amount that is not a number should look like, and refuses fractions of a cent', () => {
    expect(spendingLimitFormErrors({ ...valid, amount: 'lots' }).amount).toMatch(/must be a number of US dollars/);
    expect(spendingLimitFormErrors({ ...valid, amount: '10.005' }).amount).toBe(
      'Amount has at most 2 decimals (cents).',
    );
  });

  it('applies the API length limits of the purchase-order number and the note', () => {
    const errors = spendingLimitFormErrors({ ...valid, poNumber: 'P'.repeat(65), note: 'n'.repeat(1001) });
    expect(errors.poNumber).toMatch(/^Purchase-order number /);
    expect(errors.note).toMatch(/^Note /);
  });
});

describe('spendingLimitRequestBody', () => {
  it('sends the amount as a number, the trimmed PO number, and the note only when given', () => {
    expect(spendingLimitRequestBody({ amount: '$75,000', poNumber: ' PO-9 ', note: '  ' })).toEqual({
      amount: 75000,
      poNumber: 'PO-9',
    });
    expect(spendingLimitRequestBody({ amount: '10', poNumber: 'PO-9', note: ' wave 2 ' })).toEqual({
      amount: 10,
      poNumber: 'PO-9',
      note: 'wave 2',
    });
  });
});

describe('pendingNewestFirst', () => {
  const request = (id: string, created: number, state = 'PENDING'): SpendingLimitRequest => ({
    id,
    amount: 1,
    poNumber: 'PO',
    note: '',
    requestedBy: 'user-alice',
    created,
    state,
  });

  it('lists pending requests only, the newest first', () => {
    const sorted = pendingNewestFirst([
      request('request-1', 100),
      request('request-2', 300),
      request('request-3', 200, 'APPROVED'),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(['request-2', 'request-1']);
  });
});
