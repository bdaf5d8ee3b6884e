import { describe, expect, it } from 'vitest';
import { orgBillingAccount } from './billing';

const figures = {
  spendingLimit: 1000,
  estSpendingLimitLeft: 400,
  computeCharges: 500,
  storageCharges: 90,
  dataEgressCharges: 10,
};

describe('orgBillingAccount', () => {
  it('reads an org describe with billing fields as a billing account', () => {
    const account = orgBillingAccount({
      id: 'org-lab',
      name: 'Lab',
      handle: 'lab',
      level: 'ADMIN',
      billable: false,
      ...figures,
      billingInformation: null,
      billingContactConfirmed: false,
    });
    expect(account).toEqual({
      kind: 'org',
      id: 'org-lab',
      name: 'Lab',
      level: 'ADMIN',
      billable: false,
      admins: undefined,
      figures,
      billingInformation: null,
      billingContactConfirmed: false,
    });
  });

  it('is null for a describe without billing figures (a member who may not bill)', () => {
    expect(
      orgBillingAccount({ id: 'org-lab', name: 'Lab', handle: 'lab', level: 'MEMBER', billable: true }),
    ).toBeNull();
  });

  it('fills the optional parts of billing information the API may leave out', () => {
    const account = orgBillingAccount({
      id: 'org-lab',
      name: 'Lab',
      ...figures,
      billingInformation: { email: 'ap@lab.example', name: 'Ada' },
      billingContactConfirmed: true,
    });
    expect(account?.billingInformation).toMatchObject({
      email: 'ap@lab.example',
      name: 'Ada',
      address2: '',
      country: '',
    });
  });
});
