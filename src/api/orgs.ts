/** Orgs: query keys, wire shapes and query options (see "Effective React Query Keys"). */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { findAllQueryOptions } from './find-all';
import { useApiMutation, type MutationCallbacks } from './mutation';
import { isApiError } from './client';
import { callRoute, parseAnswer, type RouteBody } from './route';

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
  return parseAnswer(findOrgsResultSchema, item, '/system/findOrgs returned an org without the expected description.')
    .describe;
}

/** Every page of `/system/findOrgs`, with the count loaded so far for `useFindAll`. */
export function orgListQueryOptions(filters: OrgListFilters) {
  return findAllQueryOptions({
    queryKey: orgKeys.list(filters),
    route: 'system.findOrgs',
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
  /** The caller's own membership flags, flat as on the platform. */
  allowBillableActivities: z.boolean().optional(),
  projectMemberDemotion: z.boolean().optional(),
  policies: z.looseObject({ memberListVisibility: z.string().optional() }).optional(),
});
export type OrgDescribe = z.infer<typeof orgDescribeSchema>;

export async function describeOrg(orgId: string, signal?: AbortSignal): Promise<OrgDescribe> {
  const raw = await callRoute('org.describe', orgId, {}, { signal });
  return parseAnswer(orgDescribeSchema, raw, `/${orgId}/describe answered without the expected org description.`);
}

export function orgDescribeQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: orgKeys.detail(orgId),
    queryFn: ({ signal }) => describeOrg(orgId, signal),
  });
}

/** Whether an org handle is free: `free` or `taken`. */
export type HandleAvailability = 'free' | 'taken';

/**
 * Is `org-<handle>` free? Asked of `/org-<handle>/describe`: ResourceNotFound means free;
 * any other answer (the org, or PermissionDenied for an org the caller may not see) means
 * taken. A failure that says neither (network, server) is an error, not an answer.
 */
export function handleAvailabilityQueryOptions(handle: string) {
  const orgId = `org-${handle.toLowerCase()}`;
  return queryOptions({
    queryKey: [...orgKeys.all, 'handle-availability', orgId] as const,
    queryFn: async ({ signal }): Promise<HandleAvailability> => {
      try {
        await callRoute('org.describe', orgId, {}, { signal });
        return 'taken';
      } catch (error) {
        if (isApiError(error) && error.type === 'ResourceNotFound') return 'free';
        if (isApiError(error) && error.type === 'PermissionDenied') return 'taken';
        throw error;
      }
    },
    retry: false,
    staleTime: 10_000,
  });
}

/** `/org/new`: `nonce` makes a retried or double-submitted request create the org only once. */
export type NewOrgInput = RouteBody<'org.new'>;

/** `/org/new`: creates a non-billable org whose only admin is the caller. */
export async function createOrg(input: NewOrgInput): Promise<{ id: string }> {
  const raw = await callRoute('org.new', input);
  const { id } = parseAnswer(z.looseObject({ id: z.string() }), raw, "/org/new answered without the new org's ID.");
  return { id };
}

/** The mutation key of `useCreateOrg`, for `useIsMutating` (a dialog that stays while the org is created). */
export const newOrgMutationKey = [...orgKeys.all, 'new'] as const;

/** `/org/new`; the org lists refetch. */
export function useCreateOrg(callbacks?: MutationCallbacks<{ id: string }, NewOrgInput>) {
  return useApiMutation(
    { mutationKey: newOrgMutationKey, mutationFn: createOrg, invalidates: () => [orgKeys.lists()] },
    callbacks,
  );
}
