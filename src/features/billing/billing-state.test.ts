import { describe, expect, it } from 'vitest';
import { EMPTY_BILLING_INFORMATION } from './billing-info-fields';
import { billingState } from './billing-state';

const info = { ...EMPTY_BILLING_INFORMATION, email: 'ap@lab.example', name: 'Ada Payable' };

describe('billingState', () => {
  it('is not billable without billing details or funds', () => {
    expect(billingState({ billable: false, billingInformation: null, billingContactConfirmed: false })).toEqual({
      text: 'Not billable: billing not set up',
      tone: 'off',
    });
  });

  it('says when only a spending limit makes the org billable', () => {
    expect(billingState({ billable: true, billingInformation: null, billingContactConfirmed: false })?.tone).toBe(
      'pending',
    );
  });

  it('is pending until the billing contact confirms, though the API already counts it billable', () => {
    expect(billingState({ billable: true, billingInformation: info, billingContactConfirmed: false })).toEqual({
      text: 'Billing pending confirmation',
      tone: 'pending',
    });
    expect(billingState({ billable: true, billingInformation: info, billingContactConfirmed: true })).toEqual({
      text: 'Billable',
      tone: 'ok',
    });
  });

  it('says nothing when the API gives neither details nor billable', () => {
    expect(
      billingState({ billable: undefined, billingInformation: undefined, billingContactConfirmed: false }),
    ).toBeNull();
  });
});
