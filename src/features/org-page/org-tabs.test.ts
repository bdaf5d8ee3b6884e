import { describe, expect, it } from 'vitest';
import {
  isOrgRouteHandle,
  landingTab,
  mayBill,
  mayListMembers,
  mayListProjects,
  visibleTabs,
  type OrgTab,
} from './org-tabs';

const tabs: OrgTab[] = [
  { path: 'members', label: 'Members' },
  { path: 'activity', label: 'Activity', adminOnly: true },
];

describe('visibleTabs', () => {
  it('shows admin-only tabs to admins only', () => {
    expect(visibleTabs(tabs, 'ADMIN').map((tab) => tab.path)).toEqual(['members', 'activity']);
    expect(visibleTabs(tabs, 'MEMBER').map((tab) => tab.path)).toEqual(['members']);
    // A non-member reading a public org has no level.
    expect(visibleTabs(tabs, undefined).map((tab) => tab.path)).toEqual(['members']);
  });
});

describe('isOrgRouteHandle', () => {
  it('recognises the org route handle', () => {
    expect(isOrgRouteHandle({ orgTabs: tabs })).toBe(true);
    expect(isOrgRouteHandle({})).toBe(false);
    expect(isOrgRouteHandle(null)).toBe(false);
  });
});

describe('landingTab', () => {
  const member = { level: 'MEMBER' as const, allowBillableActivities: false, projectMemberDemotion: false };

  it('lands on Members where the person may list them', () => {
    expect(landingTab({ level: 'ADMIN' })).toBe('members');
    expect(landingTab({ ...member, policies: { memberListVisibility: 'MEMBER' } })).toBe('members');
    expect(landingTab({ ...member, policies: { memberListVisibility: 'PUBLIC' } })).toBe('members');
    // A non-member reads only a PUBLIC org (its describe then carries no policies).
    expect(landingTab({})).toBe('members');
  });

  it('else Projects with the project member demotion role, else Billing with billable activities, else Settings', () => {
    const hidden = { policies: { memberListVisibility: 'ADMIN' } };
    expect(landingTab({ ...member, ...hidden, projectMemberDemotion: true, allowBillableActivities: true })).toBe(
      'projects',
    );
    expect(landingTab({ ...member, ...hidden, allowBillableActivities: true })).toBe('billing');
    expect(landingTab({ ...member, ...hidden })).toBe('settings');
    // No policies in the answer: the default, ADMIN, hides the member list.
    expect(landingTab(member)).toBe('settings');
  });

  it('says who may list members, list projects and bill', () => {
    expect(mayListMembers({ ...member, policies: { memberListVisibility: 'ADMIN' } })).toBe(false);
    expect(mayListProjects({ level: 'ADMIN' })).toBe(true);
    expect(mayListProjects(member)).toBe(false);
    expect(mayBill({ level: 'ADMIN' })).toBe(true);
    expect(mayBill({ ...member, allowBillableActivities: true })).toBe(true);
    expect(mayBill(member)).toBe(false);
  });
});
