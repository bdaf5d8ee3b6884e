import { describe, expect, it } from 'vitest';
import { defaultOrgLevel, fundsAvailable } from './format';

describe('fundsAvailable', () => {
  it('says "No limit" when the org has no spending limit (null)', () => {
    expect(fundsAvailable({ estSpendingLimitLeft: null })).toBe('No limit');
    expect(fundsAvailable({ estSpendingLimitLeft: null, billable: true })).toBe('No limit');
  });

  it('says "Not billable" for an org without a limit that cannot be billed, never "No limit"', () => {
    expect(fundsAvailable({ estSpendingLimitLeft: null, billable: false })).toBe('Not billable');
  });

  it('says nothing when the API did not tell this person (absent)', () => {
    expect(fundsAvailable({})).toBeNull();
  });

  it('formats the funds left as US dollars, negative included', () => {
    expect(fundsAvailable({ estSpendingLimitLeft: 1234.5 })).toBe('$1,234.50');
    expect(fundsAvailable({ estSpendingLimitLeft: 0 })).toBe('$0.00');
    expect(fundsAvailable({ estSpendingLimitLeft: -12 })).toBe('-$12.00');
  });
});

describe('defaultOrgLevel', () => {
  it('shows admins the orgs they administer, anyone else the orgs they belong to', () => {
    expect(defaultOrgLevel([{ id: 'org-acme' }])).toBe('ADMIN');
    expect(defaultOrgLevel([])).toBe('MEMBER');
  });
});
