import type { OrgSummary } from '../api/orgs';

/** Admin orgs first, then the rest, each group by name. */
export function menuOrder(orgs: readonly OrgSummary[]): OrgSummary[] {
  const rank = (org: OrgSummary) => (org.level === 'ADMIN' ? 0 : 1);
  return [...orgs].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
