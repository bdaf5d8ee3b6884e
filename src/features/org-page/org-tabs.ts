/**
 * The org page's tabs, as the router hands them to the org layout (route `handle`).
 * The layout titles the document from the active tab ("Members · Acme Genomics"), so a
 * tab renders no PageTitle of its own (React keeps every <title>, the browser shows one).
 */
import type { OrgDescribe } from '../../api/orgs';

export interface OrgTab {
  /** The child route's path below `/orgs/:orgId`, e.g. `members`. */
  path: string;
  label: string;
  /** Only admins of the org see the tab; anyone else opening its URL is told why. */
  adminOnly?: boolean;
}

export interface OrgRouteHandle {
  orgTabs: readonly OrgTab[];
}

export function isOrgRouteHandle(handle: unknown): handle is OrgRouteHandle {
  return typeof handle === 'object' && handle !== null && Array.isArray((handle as { orgTabs?: unknown }).orgTabs);
}

/** The tabs someone at `level` in the org sees: admin-only ones only for its admins. */
export function visibleTabs(tabs: readonly OrgTab[], level: string | undefined): readonly OrgTab[] {
  return level === 'ADMIN' ? tabs : tabs.filter((tab) => !tab.adminOnly);
}

/** What the org's describe tells about the caller's rights there (their own flags come flat). */
export type OrgRights = Pick<OrgDescribe, 'level' | 'allowBillableActivities' | 'projectMemberDemotion' | 'policies'>;

/** `memberListVisibility` (default ADMIN): the minimum level that may list members; PUBLIC is anyone. */
export function mayListMembers(org: OrgRights): boolean {
  // A non-member reads an org only where its member list is PUBLIC (then without its policies).
  if (org.level === undefined) return true;
  const visibility = org.policies?.memberListVisibility ?? 'ADMIN';
  if (visibility === 'PUBLIC' || org.level === 'ADMIN') return true;
  return visibility === 'MEMBER' && org.level === 'MEMBER';
}

/** `/org-x/findProjects`: admins, and members holding the project member demotion role. */
export function mayListProjects(org: OrgRights): boolean {
  return org.level === 'ADMIN' || (org.level === 'MEMBER' && org.projectMemberDemotion === true);
}

/** The org's billing: admins, and members allowed billable activities. */
export function mayBill(org: OrgRights): boolean {
  return org.level === 'ADMIN' || (org.level === 'MEMBER' && org.allowBillableActivities === true);
}

/**
 * The tab opening the org lands on: the first the person can use — Members, else
 * Projects, else Billing, else Settings (which anyone who may open the org can read).
 */
export function landingTab(org: OrgRights): 'members' | 'projects' | 'billing' | 'settings' {
  if (mayListMembers(org)) return 'members';
  if (mayListProjects(org)) return 'projects';
  if (mayBill(org)) return 'billing';
  return 'settings';
}
