/**
 * The projects billed to an org (`/org-x/findProjects` with `describe`), as the Projects
 * tab lists them: every page, including projects the caller is not in (`level: NONE`);
 * and the tab's grants, which show in the list's rows at once.
 */
import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { PROJECT_LEVELS, type ProjectLevel } from '../wire/levels';
import { runEach, type Settled } from '../lib/run-each';
import { batchEvery } from './batch';
import { findAllQueryOptions } from './find-all';
import { useApiMutation, type MutationCallbacks } from './mutation';
import { grantYourselfAdminister } from './project-detail';
import { projectKeys } from './project-keys';
import { parseAnswer } from './route';

export const orgProjectKeys = {
  /** Every list of the org's projects: `projectKeys.orgLists(orgId)` (what mutations invalidate). */
  lists: (orgId: string) => projectKeys.orgLists(orgId),
  /** The Projects tab's list: every project, described. */
  described: (orgId: string) => [...projectKeys.orgLists(orgId), { describe: true }] as const,
};

const limitSchema = z.number().nullable().optional().default(null);

/** The fields the tab shows; servers may send more (kept out) or fewer (shown as unknown). */
const projectDescribeSchema = z.looseObject({
  name: z.string(),
  created: z.number().optional(),
  createdBy: z.string().optional(),
  region: z.string().optional(),
  dataUsage: z.number().optional(),
  containsPHI: z.boolean().optional(),
  /** Only for admins of the billing org and for those with ADMINISTER. */
  permissions: z.record(z.string(), z.string()).optional(),
  monthlyComputeLimit: limitSchema,
  monthlyEgressBytesLimit: limitSchema,
  monthlyStorageLimit: limitSchema,
});

const orgProjectResultSchema = z.looseObject({
  id: z.string(),
  level: z.enum(PROJECT_LEVELS),
  public: z.boolean().optional().default(false),
  describe: projectDescribeSchema,
});

export interface ProjectMonthlyLimits {
  /** USD, or null for no limit. */
  compute: number | null;
  /** Bytes, or null for no limit. */
  egressBytes: number | null;
  /** USD, or null for no limit. */
  storage: number | null;
}

/** One row of the Projects tab. */
export interface OrgProject {
  id: string;
  name: string;
  /** The caller's effective access; NONE: not a member. */
  level: ProjectLevel;
  public: boolean;
  created?: number;
  createdBy?: string;
  region?: string;
  /** GiB. */
  dataUsage?: number;
  containsPHI?: boolean;
  /** Who holds access (user or org ID → level), when the API shows it to the caller. */
  permissions?: Record<string, string>;
  limits: ProjectMonthlyLimits;
}

export function parseOrgProject(item: unknown): OrgProject {
  const result = parseAnswer(
    orgProjectResultSchema,
    item,
    'findProjects returned a project without the expected fields.',
  );
  const { id, level, describe } = result;
  return {
    id,
    name: describe.name,
    level,
    public: result.public,
    ...(describe.created !== undefined ? { created: describe.created } : {}),
    ...(describe.createdBy !== undefined ? { createdBy: describe.createdBy } : {}),
    ...(describe.region !== undefined ? { region: describe.region } : {}),
    ...(describe.dataUsage !== undefined ? { dataUsage: describe.dataUsage } : {}),
    ...(describe.containsPHI !== undefined ? { containsPHI: describe.containsPHI } : {}),
    ...(describe.permissions !== undefined ? { permissions: describe.permissions } : {}),
    limits: {
      compute: describe.monthlyComputeLimit,
      egressBytes: describe.monthlyEgressBytesLimit,
      storage: describe.monthlyStorageLimit,
    },
  };
}

/** Every project billed to the org, described, loaded page after page with progress (see find-all.ts). */
export function orgProjectsQueryOptions(orgId: string) {
  return findAllQueryOptions({
    queryKey: orgProjectKeys.described(orgId),
    route: 'org.findProjects',
    subject: orgId,
    body: { describe: true },
    parse: parseOrgProject,
  });
}

// ---- "Grant yourself Administer" from the Projects tab ----

/**
 * The list after `userId` was granted ADMINISTER on `projectIds`: those rows read
 * ADMINISTER, and where the permissions are shown, list the user. Other rows keep
 * their identity (the table keeps its state for them).
 */
export function withAdministerGranted(
  projects: readonly OrgProject[],
  projectIds: ReadonlySet<string>,
  userId: string,
): OrgProject[] {
  return projects.map((project) => {
    if (!projectIds.has(project.id)) return project;
    const granted: OrgProject = { ...project, level: 'ADMINISTER' };
    if (project.permissions) granted.permissions = { ...project.permissions, [userId]: 'ADMINISTER' };
    return granted;
  });
}

/** Show the grants in the cached list now, without waiting for the refetch. */
async function showGranted(
  client: QueryClient,
  orgId: string,
  projectIds: ReadonlySet<string>,
  userId: string,
): Promise<void> {
  if (projectIds.size === 0) return;
  const queryKey = orgProjectKeys.described(orgId);
  // A refetch already under way could bring back the rows from before the grant.
  await client.cancelQueries({ queryKey });
  client.setQueryData<OrgProject[]>(queryKey, (rows) =>
    rows ? withAdministerGranted(rows, projectIds, userId) : rows,
  );
}

/** After grants: the org's project lists and the granted projects' pages refetch, in every tab. */
function grantKeys(orgId: string, projectIds: readonly string[]) {
  return [projectKeys.orgLists(orgId), ...projectIds.map((id) => projectKeys.detail(id))];
}

/**
 * The per-row grant: the call, then the row reads ADMINISTER at once (the cached list
 * is updated), then the caller's `onAccepted`, then the lists and the project refetch.
 */
export function useGrantAdminister(
  orgId: string,
  userId: string,
  project: Pick<OrgProject, 'id'>,
  callbacks?: MutationCallbacks<void, void>,
) {
  return useApiMutation(
    {
      mutationFn: () => grantYourselfAdminister(project.id, userId),
      show: (client) => showGranted(client, orgId, new Set([project.id]), userId),
      invalidates: () => grantKeys(orgId, [project.id]),
    },
    callbacks,
  );
}

/** Granted rows are shown in the list this often while the calls of a bulk grant run. */
const SHOW_EVERY_MS = 150;

export interface GrantAdministerManyRequest {
  projects: readonly OrgProject[];
  /** How many grants have been answered so far. */
  onProgress?: (done: number) => void;
}

/**
 * One `/project-x/invite` per project (the API has no bulk invite), each granted row
 * updated as it succeeds (in batches), each project's outcome kept; the lists and the
 * granted projects refetch after the caller's `onAccepted`.
 */
export function useGrantAdministerMany(
  orgId: string,
  userId: string,
  callbacks?: MutationCallbacks<Settled<OrgProject, void>[], GrantAdministerManyRequest>,
) {
  return useApiMutation(
    {
      mutationFn: async ({ projects, onProgress }: GrantAdministerManyRequest, { client }) => {
        const show = batchEvery<string>(SHOW_EVERY_MS, (ids) => showGranted(client, orgId, new Set(ids), userId));
        const settled = await runEach(
          projects,
          async (project) => {
            await grantYourselfAdminister(project.id, userId);
            show.add(project.id);
          },
          { onSettled: onProgress },
        );
        await show.flush();
        return settled;
      },
      invalidates: (settled) => {
        const granted = settled.flatMap((s) => (s.ok ? [s.item.id] : []));
        return granted.length > 0 ? grantKeys(orgId, granted) : [];
      },
    },
    callbacks,
  );
}
