/**
 * The org page's tabs, as the router hands them to the org layout (route `handle`).
 * The layout titles the document from the active tab ("Members · Acme Genomics"), so a
 * tab renders no PageTitle of its own (React keeps every <title>, the browser shows one).
 */
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
