import { describe, expect, it } from 'vitest';
import { changedPolicies, policyValueLabel, summarisePolicyChanges, type SimplePolicies } from './policies';

const saved: SimplePolicies = {
  memberListVisibility: 'ADMIN',
  restrictProjectTransfer: 'ADMIN',
  projectSharing: 'MEMBER',
  allowInstanceUpgradeOnJobRestart: false,
  jobReuse: false,
  detailedJobMetricsCollectDefault: false,
};

describe('changedPolicies', () => {
  it('is empty when the draft is the saved policies', () => {
    expect(changedPolicies(saved, { ...saved })).toEqual({});
  });

  it('holds only the policies that differ, with their new values', () => {
    const draft: SimplePolicies = { ...saved, projectSharing: 'ADMIN', jobReuse: true };
    expect(changedPolicies(saved, draft)).toEqual({ projectSharing: 'ADMIN', jobReuse: true });
  });

  it('keeps a change back to false (a falsy value is still a change)', () => {
    const on: SimplePolicies = { ...saved, detailedJobMetricsCollectDefault: true };
    expect(changedPolicies(on, saved)).toEqual({ detailedJobMetricsCollectDefault: false });
  });

  it('does not count a value set and set back', () => {
    const draft: SimplePolicies = { ...saved, memberListVisibility: 'PUBLIC' };
    expect(changedPolicies(saved, { ...draft, memberListVisibility: 'ADMIN' })).toEqual({});
  });
});

describe('summarisePolicyChanges', () => {
  it('says each change from what to what, in the order of the screen', () => {
    expect(
      summarisePolicyChanges(saved, { jobReuse: true, projectSharing: 'ADMIN', memberListVisibility: 'PUBLIC' }),
    ).toEqual([
      'Member list visibility: Admins only → Anyone signed in',
      'Project sharing: Members → Admins only',
      'Job reuse: Off → On',
    ]);
  });

  it('words switches as On and Off', () => {
    const on: SimplePolicies = { ...saved, allowInstanceUpgradeOnJobRestart: true };
    expect(summarisePolicyChanges(on, { allowInstanceUpgradeOnJobRestart: false })).toEqual([
      'Instance upgrade on job restart: On → Off',
    ]);
  });

  it('is empty for no change', () => {
    expect(summarisePolicyChanges(saved, {})).toEqual([]);
  });
});

describe('policyValueLabel', () => {
  it('names the choices', () => {
    expect(policyValueLabel('restrictProjectTransfer', 'MEMBER')).toBe('Members');
    expect(policyValueLabel('memberListVisibility', 'ADMIN')).toBe('Admins only');
  });
});
