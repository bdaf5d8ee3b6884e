/**
 * The projects billed to an org (`/org-x/findProjects` with `describe`), as the Projects
 * tab lists them: every page, including projects the caller is not in (`level: NONE`).
 */
import { z } from 'zod';
import { PROJECT_LEVELS, type ProjectLevel } from '../wire/levels';
import { findAllQueryOptions } from './find-all';
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
