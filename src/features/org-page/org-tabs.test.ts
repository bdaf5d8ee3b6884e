import { describe, expect, it } from 'vitest';
import { isOrgRouteHandle, visibleTabs, type OrgTab } from './org-tabs';

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
