/**
 * One project: its describe (query options + schema) and the calls on it (update, share
 * with an org, grant yourself Administer). Keys come from `project-keys.ts`, shared with
 * the Projects tab (`org-projects.ts`).
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { PROJECT_LEVELS, PROJECT_PERMISSIONS, type ProjectPermission } from '../wire/levels';
import { auditKeys } from './audit';
import { findAllQueryOptions } from './find-all';
import { useApiMutation, type MutationCallbacks } from './mutation';
import { orgKeys, orgSummarySchema, type OrgSummary } from './orgs';
import { projectKeys } from './project-keys';
import { callRoute, parseAnswer, type RouteBody } from './route';

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
  const raw = await callRoute('project.describe', projectId, {}, { signal });
  return parseAnswer(
    projectDescribeSchema,
    raw,
    `/${projectId}/describe answered without the expected project description.`,
  );
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
  return parseAnswer(
    z.looseObject({ id: z.string(), describe: orgSummarySchema }),
    item,
    '/system/findOrgs returned an org without its description.',
  ).describe;
}

export function billableOrgsQueryOptions() {
  return findAllQueryOptions({
    queryKey: billableOrgsKey,
    route: 'system.findOrgs',
    body: { level: 'MEMBER', allowBillableActivities: true, describe: true },
    parse: parseBillableOrg,
  });
}

export type ProjectPatch = RouteBody<'project.update'>;

export async function updateProject(projectId: string, patch: ProjectPatch): Promise<void> {
  await callRoute('project.update', projectId, patch);
}

/** `/project-x/invite` with an org as invitee; that org's `projectSharing` policy applies. */
export async function shareProjectWithOrg(projectId: string, orgId: string, level: ProjectPermission): Promise<void> {
  await callRoute('project.invite', projectId, { invitee: orgId, level, suppressEmailNotification: true });
}

/**
 * "Grant yourself Administer": an admin of the project's billing org invites themselves
 * at ADMINISTER (`/project-x/invite`; the API allows this self-invite without
 * ADMINISTER on the project, and raising a lower explicit level).
 */
export async function grantYourselfAdminister(projectId: string, userId: string): Promise<void> {
  await callRoute('project.invite', projectId, {
    invitee: userId,
    level: 'ADMINISTER',
    suppressEmailNotification: true,
  });
}

// ---- Hooks ----

/**
 * After a change to a project: its describe, and for the orgs it was and is billed to,
 * their project lists (a row shows its access, limits and permissions), their
 * descriptions (a transfer moves counts) and their audit logs.
 */
export function projectChangeKeys(projectId: string, billingAccounts: readonly (string | undefined)[]) {
  const orgs = [...new Set(billingAccounts)].filter((account) => account?.startsWith('org-')) as string[];
  return [
    projectKeys.detail(projectId),
    ...orgs.map((orgId) => projectKeys.orgLists(orgId)),
    ...orgs.map((orgId) => orgKeys.detail(orgId)),
    ...orgs.map((orgId) => auditKeys.org(orgId)),
  ];
}

/** The project as its hooks need it: which project, and where it is billed now. */
type ProjectRef = Pick<ProjectDescribe, 'id' | 'billTo'>;

/** `/project-x/update`; a patch with `billTo` transfers the billing. */
export function useUpdateProject<V extends ProjectPatch = ProjectPatch>(
  project: ProjectRef,
  callbacks?: MutationCallbacks<void, V>,
) {
  return useApiMutation(
    {
      mutationFn: (patch: V) => updateProject(project.id, patch),
      invalidates: (_, patch) => projectChangeKeys(project.id, [project.billTo, patch.billTo]),
    },
    callbacks,
  );
}

export interface ShareWithOrgRequest {
  orgId: string;
  level: ProjectPermission;
}

/** Share the project with an org (`shareProjectWithOrg`). */
export function useShareProjectWithOrg<V extends ShareWithOrgRequest = ShareWithOrgRequest>(
  project: ProjectRef,
  callbacks?: MutationCallbacks<void, V>,
) {
  return useApiMutation(
    {
      mutationFn: ({ orgId, level }: V) => shareProjectWithOrg(project.id, orgId, level),
      invalidates: () => projectChangeKeys(project.id, [project.billTo]),
    },
    callbacks,
  );
}

/** "Grant yourself Administer" on this project, as `userId` (an admin of its billing org). */
export function useGrantYourselfAdminister(
  project: ProjectRef,
  userId: string,
  callbacks?: MutationCallbacks<void, void>,
) {
  return useApiMutation(
    {
      mutationFn: () => grantYourselfAdminister(project.id, userId),
      invalidates: () => projectChangeKeys(project.id, [project.billTo]),
    },
    callbacks,
  );
}
