/**
 * One project: its describe (query options + schema) and the project page's mutations
 * (update, share with an org). Keys come from `projects.ts`, shared with the Projects tab.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { PROJECT_LEVELS, PROJECT_PERMISSIONS, type ProjectPermission } from '../wire/levels';
import { ApiError, CLIENT_ERROR_TYPES, apiCall } from './client';
import { findAllQueryOptions } from './find-all';
import { orgKeys, orgSummarySchema, type OrgSummary } from './orgs';
import { projectKeys } from './projects';
import { afterMutation } from './sync';

const limit = z.number().nullable().optional().default(null);

/** `/project-x/describe`. `permissions` only for ADMINISTER or an admin of the billing org. */
export const projectDescribeSchema = z.looseObject({
  id: z.string(),
  class: z.literal('project').optional(),
  name: z.string(),
  billTo: z.string(),
  level: z.enum(PROJECT_LEVELS),
  created: z.number().optional(),
  createdBy: z.string().optional(),
  region: z.string().optional(),
  dataUsage: z.number().optional(),
  containsPHI: z.boolean().optional().default(false),
  dataProtectionNotice: z.boolean().optional().default(false),
  permissions: z.record(z.string(), z.enum(PROJECT_PERMISSIONS)).optional(),
  monthlyComputeLimit: limit,
  monthlyEgressBytesLimit: limit,
  monthlyStorageLimit: limit,
});
export type ProjectDescribe = z.infer<typeof projectDescribeSchema>;

export async function describeProject(projectId: string, signal?: AbortSignal): Promise<ProjectDescribe> {
  const raw = await apiCall<unknown>(`/${encodeURIComponent(projectId)}/describe`, {}, { signal });
  const parsed = projectDescribeSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(
      CLIENT_ERROR_TYPES.invalidResponse,
      `/${projectId}/describe answered without the expected project description.`,
      200,
      z.treeifyError(parsed.error),
    );
  }
  return parsed.data;
}

export function projectDescribeQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: projectKeys.detail(projectId),
    queryFn: ({ signal }) => describeProject(projectId, signal),
  });
}

/** The orgs the caller may bill to (`allowBillableActivities`), described. */
const billableOrgsKey = [...orgKeys.lists(), { level: 'MEMBER', allowBillableActivities: true }] as const;

function parseBillableOrg(item: unknown): OrgSummary {
  const parsed = z.looseObject({ id: z.string(), describe: orgSummarySchema }).safeParse(item);
  if (!parsed.success) {
    throw new ApiError(
      CLIENT_ERROR_TYPES.invalidResponse,
      '/system/findOrgs returned an org without its description.',
      200,
    );
  }
  return parsed.data.describe;
}

export function billableOrgsQueryOptions() {
  return findAllQueryOptions({
    queryKey: billableOrgsKey,
    path: '/system/findOrgs',
    body: { level: 'MEMBER', allowBillableActivities: true, describe: true },
    parse: parseBillableOrg,
  });
}

export interface ProjectPatch {
  billTo?: string;
  dataProtectionNotice?: boolean;
  monthlyComputeLimit?: number | null;
  monthlyEgressBytesLimit?: number | null;
  monthlyStorageLimit?: number | null;
}

export async function updateProject(projectId: string, patch: ProjectPatch): Promise<void> {
  await apiCall(`/${encodeURIComponent(projectId)}/update`, patch);
}

/** `/project-x/invite` with an org as invitee; that org's `projectSharing` policy applies. */
export async function shareProjectWithOrg(projectId: string, orgId: string, level: ProjectPermission): Promise<void> {
  await apiCall(`/${encodeURIComponent(projectId)}/invite`, { invitee: orgId, level, suppressEmailNotification: true });
}

/**
 * After a change to a project: its describe, the project lists of the orgs it was and
 * is billed to, and (a transfer moves counts) those orgs' descriptions.
 */
export function afterProjectChange(
  queryClient: QueryClient,
  projectId: string,
  billingAccounts: string[] = [],
): Promise<void> {
  const orgs = billingAccounts.filter((account) => account.startsWith('org-'));
  return afterMutation(queryClient, [
    projectKeys.detail(projectId),
    ...orgs.map((orgId) => projectKeys.orgLists(orgId)),
    ...orgs.map((orgId) => orgKeys.detail(orgId)),
  ]);
}
