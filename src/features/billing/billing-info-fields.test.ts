import { describe, expect, it } from 'vitest';
import { billingInformationSchema } from '../../wire/inputs';
import { billingInformationErrors, EMPTY_BILLING_INFORMATION } from './billing-info-fields';

const valid = {
  ...EMPTY_BILLING_INFORMATION,
  email: 'ap@lab.example',
  name: 'Ada Payable',
  address1: '1 Main St',
  city: 'Boston',
  country: 'US',
  phone: '+1 617 555 0100',
};

describe('billingInformationErrors', () => {
  it('names every required field of an empty form, and none of the optional ones', () => {
    expect(Object.keys(billingInformationErrors(EMPTY_BILLING_INFORMATION)).sort()).toEqual(
      ['address1', 'city', 'country', 'email', 'name', 'phone'].sort(),
    );
  });

  it('accepts what the API accepts', () => {
    expect(billingInformationErrors(valid)).toEqual({});
    expect(billingInformationSchema.safeParse(valid).success).toBe(true);
  });

  it('says what to fix, with the field’s label', () => {
    const errors = billingInformationErrors({ ...valid, email: 'ap@', phone: 'call me' });
    expect(errors).toEqual({
      email: 'Contact e-mail must be a valid e-mail address.',
      phone: 'Phone must be a phone number.',
    });
  });
});
