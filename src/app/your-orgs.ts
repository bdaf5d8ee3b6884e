/** The orgs the signed-in person belongs to, as both headers (wide menu, narrow panel) list them. */
import { useMemo } from 'react';
import { useMatch } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { orgListQueryOptions, type OrgSummary } from '../api/orgs';

const MEMBER_ORGS = { level: 'MEMBER' } as const;

/** Admin orgs first, then the rest, each group by name. */
export function menuOrder(orgs: readonly OrgSummary[]): OrgSummary[] {
  const rank = (org: OrgSummary) => (org.level === 'ADMIN' ? 0 : 1);
  return [...orgs].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** The list query (asked only when `enabled`), its orgs in menu order, and the org on screen. */
export function useYourOrgs(enabled: boolean) {
  const query = useQuery({ ...orgListQueryOptions(MEMBER_ORGS), enabled });
  const orgs = useMemo(() => (query.data ? menuOrder(query.data) : undefined), [query.data]);
  const currentOrgId = useMatch('/orgs/:orgId/*')?.params.orgId;
  return { query, orgs, currentOrgId };
}
