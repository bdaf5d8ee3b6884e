/** Orgs: query keys, wire shapes and query options (see "Effective React Query Keys"). */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, CLIENT_ERROR_TYPES } from './client';
import { fetchAllPages } from './paging';

export type OrgLevel = 'ADMIN' | 'MEMBER';

export interface OrgListFilters {
  /** `ADMIN`: orgs the user administers; `MEMBER`: every org they belong to. */
  level: OrgLevel;
}

export const orgKeys = {
  all: ['orgs'] as const,
  lists: () => [...orgKeys.all, 'list'] as const,
  list: (filters: OrgListFilters) => [...orgKeys.lists(), filters] as const,
  details: () => [...orgKeys.all, 'detail'] as const,
  detail: (orgId: string) => [...orgKeys.details(), orgId] as const,
};

/** The `describe` of an org as `/system/findOrgs` returns it; unknown fields are kept. */
export const orgSummarySchema = z.looseObject({
  id: z.string(),
  class: z.literal('org').optional(),
  name: z.string(),
  handle: z.string(),
  level: z.enum(['ADMIN', 'MEMBER']),
  memberCount: z.number().optional(),
  projectCount: z.number().optional(),
  appCount: z.number().optional(),
  estSpendingLimitLeft: z.number().nullable().optional(),
  spendingLimit: z.number().nullable().optional(),
  billable: z.boolean().optional(),
  expiresAt: z.number().nullable().optional(),
  created: z.number().optional(),
});
export type OrgSummary = z.infer<typeof orgSummarySchema>;

const findOrgsResultSchema = z.looseObject({ id: z.string(), describe: orgSummarySchema });

function parseOrgResult(item: unknown): OrgSummary {
  const parsed = findOrgsResultSchema.safeParse(item);
  if (!parsed.success) {
    throw new ApiError(
      CLIENT_ERROR_TYPES.invalidResponse,
      '/system/findOrgs returned an org without the expected description.',
      200,
      z.treeifyError(parsed.error),
    );
  }
  return parsed.data.describe;
}

export function findAllOrgs(filters: OrgListFilters, signal?: AbortSignal): Promise<OrgSummary[]> {
  return fetchAllPages('/system/findOrgs', { level: filters.level, describe: true }, parseOrgResult, { signal });
}

export function orgListQueryOptions(filters: OrgListFilters) {
  return queryOptions({
    queryKey: orgKeys.list(filters),
    queryFn: ({ signal }) => findAllOrgs(filters, signal),
  });
}
