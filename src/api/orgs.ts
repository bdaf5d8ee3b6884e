/** Orgs: query keys, wire shapes and query options (see "Effective React Query Keys"). */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, CLIENT_ERROR_TYPES, apiCall } from './client';
import { findAllQueryOptions } from './find-all';
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
  /** Only where the caller may list members. */
  admins: z.array(z.string()).optional(),
  policies: z
    .looseObject({ memberListVisibility: z.string().optional(), restrictProjectTransfer: z.string().optional() })
    .optional(),
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

/** Every page of `/system/findOrgs`, with the count loaded so far for `useFindAll`. */
export function orgListQueryOptions(filters: OrgListFilters) {
  return findAllQueryOptions({
    queryKey: orgKeys.list(filters),
    path: '/system/findOrgs',
    body: { level: filters.level, describe: true },
    parse: parseOrgResult,
  });
}

/**
 * `/org-x/describe`. `level` is the caller's; it is absent when a non-member reads a
 * PUBLIC org (then only id, class, name and handle come back). Unknown fields are kept.
 */
export const orgDescribeSchema = z.looseObject({
  id: z.string(),
  class: z.literal('org').optional(),
  name: z.string(),
  handle: z.string(),
  level: z.enum(['ADMIN', 'MEMBER']).optional(),
  created: z.number().optional(),
  expiresAt: z.number().nullable().optional(),
  memberCount: z.number().optional(),
  projectCount: z.number().optional(),
  appCount: z.number().optional(),
  admins: z.array(z.string()).optional(),
});
export type OrgDescribe = z.infer<typeof orgDescribeSchema>;

export async function describeOrg(orgId: string, signal?: AbortSignal): Promise<OrgDescribe> {
  const raw = await apiCall<unknown>(`/${encodeURIComponent(orgId)}/describe`, {}, { signal });
  const parsed = orgDescribeSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(
      CLIENT_ERROR_TYPES.invalidResponse,
      `/${orgId}/describe answered without the expected org description.`,
      200,
      z.treeifyError(parsed.error),
    );
  }
  return parsed.data;
}

export function orgDescribeQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: orgKeys.detail(orgId),
    queryFn: ({ signal }) => describeOrg(orgId, signal),
  });
}

export interface NewOrgInput {
  name: string;
  handle: string;
  /** Makes a retried or double-submitted request create the org only once. */
  nonce: string;
}

/** `/org/new`: creates a non-billable org whose only admin is the caller. */
export async function createOrg(input: NewOrgInput): Promise<{ id: string }> {
  const raw = await apiCall<unknown>('/org/new', input);
  const parsed = z.looseObject({ id: z.string() }).safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(CLIENT_ERROR_TYPES.invalidResponse, "/org/new answered without the new org's ID.", 200);
  }
  return { id: parsed.data.id };
}
