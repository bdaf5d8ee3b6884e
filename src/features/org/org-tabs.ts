/** The org page's tabs, as the router hands them to the org layout (route `handle`). */
export interface OrgTab {
  /** The child route's path below `/orgs/:orgId`, e.g. `members`. */
  path: string;
  label: string;
}

export interface OrgRouteHandle {
  orgTabs: readonly OrgTab[];
}

export function isOrgRouteHandle(handle: unknown): handle is OrgRouteHandle {
  return typeof handle === 'object' && handle !== null && Array.isArray((handle as { orgTabs?: unknown }).orgTabs);
}
