/**
 * The Settings tab's view of an org (its `describe`, parsed in full: policies, licenses,
 * PHI, job logs forwarding, SAML) and the settings mutations: `/org-x/update` and
 * `/org-x/bulkUpdateProjectLimit`. The settings are read from the org's describe query
 * (`orgDescribeQueryOptions` + `select: parseOrgSettings`), so the header and this tab
 * share one cached describe and one invalidation.
 */
import { z } from 'zod';
import {
  LICENSES,
  LIMIT_ACTIONS,
  MEMBER_LIST_VISIBILITIES,
  type License,
  type OrgPolicies,
  type OrgProjectLimitsPolicy,
  type ProjectLimits,
} from '../wire/entities';
import { ORG_LEVELS } from '../wire/levels';
import { auditKeys } from './audit';
import { useApiMutation, type MutationCallbacks } from './mutation';
import { orgKeys, type OrgDescribe } from './orgs';
import { projectKeys } from './project-keys';
import { callRoute, parseAnswer, type RouteBody } from './route';

const limitAmount = z.number().nullable().optional().default(null);

/**
 * Policies the API leaves out (an older server) read as the platform's defaults (org-api.md §4);
 * `projectLimits`, an extension, is kept absent: a server without it does not offer it.
 */
const policiesSchema = z.looseObject({
  memberListVisibility: z.enum(MEMBER_LIST_VISIBILITIES).optional().default('ADMIN'),
  restrictProjectTransfer: z.enum(ORG_LEVELS).optional().default('ADMIN'),
  projectSharing: z.enum(ORG_LEVELS).optional().default('MEMBER'),
  allowInstanceUpgradeOnJobRestart: z.boolean().optional().default(false),
  jobReuse: z.boolean().optional().default(false),
  detailedJobMetricsCollectDefault: z.boolean().optional().default(false),
  projectLimits: z
    .looseObject({
      monthlyComputeLimit: limitAmount,
      monthlyEgressBytesLimit: limitAmount,
      monthlyStorageLimit: limitAmount,
      action: z.enum(LIMIT_ACTIONS).nullable().optional().default(null),
    })
    .optional(),
});

const licenseFlag = z.boolean().optional().default(false);
const licensesSchema = z.looseObject({
  accountProvisioning: licenseFlag,
  projectSpendingLimits: licenseFlag,
  usageReports: licenseFlag,
  jobLogsForwarding: licenseFlag,
  phiDataProtection: licenseFlag,
});

/** As the API returns it: the token itself never comes back, only its SHA-256 signature. */
const jobLogsForwardingSchema = z.looseObject({
  url: z.string().optional(),
  tokenSignature: z.string().optional(),
  updated: z.number(),
  updatedBy: z.string(),
});
export type JobLogsForwardingState = z.infer<typeof jobLogsForwardingSchema>;

const orgSettingsSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  handle: z.string(),
  level: z.enum(ORG_LEVELS).optional(),
  created: z.number().optional(),
  expiresAt: z.number().nullable().optional().default(null),
  memberCount: z.number().optional(),
  projectCount: z.number().optional(),
  appCount: z.number().optional(),
  /** Only where the caller may list members. */
  admins: z.array(z.string()).optional(),
  policies: policiesSchema.optional().default(policiesSchema.parse({})),
  /** An extension: absent from a server that does not report licenses. */
  licenses: licensesSchema.optional(),
  phiFeaturesEnabled: z.boolean().optional().default(false),
  samlIdP: z.string().nullable().optional().default(null),
  /** Only for admins, and only once forwarding was ever set (`null` here otherwise). */
  jobLogsForwarding: jobLogsForwardingSchema.nullable().optional().default(null),
});

/** The policies as Settings reads them: `projectLimits` null where the server does not offer it. */
export type SettingsPolicies = Omit<OrgPolicies, 'projectLimits'> & { projectLimits: OrgProjectLimitsPolicy | null };

export interface OrgSettings {
  id: string;
  name: string;
  handle: string;
  level?: 'ADMIN' | 'MEMBER';
  created?: number;
  expiresAt: number | null;
  memberCount?: number;
  projectCount?: number;
  appCount?: number;
  admins?: string[];
  policies: SettingsPolicies;
  /** null: the server does not say which licenses the org holds (the platform's public API has no such field). */
  licenses: Record<License, boolean> | null;
  phiFeaturesEnabled: boolean;
  samlIdP: string | null;
  jobLogsForwarding: JobLogsForwardingState | null;
}

/** The org's describe as the Settings tab reads it; a describe without the expected shape is an `InvalidResponse`. */
export function parseOrgSettings(describe: OrgDescribe): OrgSettings {
  const { policies, licenses, ...rest } = parseAnswer(
    orgSettingsSchema,
    describe,
    `/${describe.id}/describe answered without the expected settings.`,
  );
  return {
    ...rest,
    policies: {
      memberListVisibility: policies.memberListVisibility,
      restrictProjectTransfer: policies.restrictProjectTransfer,
      projectSharing: policies.projectSharing,
      allowInstanceUpgradeOnJobRestart: policies.allowInstanceUpgradeOnJobRestart,
      jobReuse: policies.jobReuse,
      detailedJobMetricsCollectDefault: policies.detailedJobMetricsCollectDefault,
      projectLimits: policies.projectLimits
        ? {
            monthlyComputeLimit: policies.projectLimits.monthlyComputeLimit,
            monthlyEgressBytesLimit: policies.projectLimits.monthlyEgressBytesLimit,
            monthlyStorageLimit: policies.projectLimits.monthlyStorageLimit,
            action: policies.projectLimits.action,
          }
        : null,
    },
    licenses: licenses
      ? (Object.fromEntries(LICENSES.map((license) => [license, licenses[license]])) as Record<License, boolean>)
      : null,
  };
}

// ---- Mutations ----

/** `/org-x/update` without `jobLogsForwarding` (see `setJobLogsForwarding`). Admin only. */
export type OrgUpdate = Pick<RouteBody<'org.update'>, 'name' | 'policies' | 'samlIdP'>;

export async function updateOrg(orgId: string, update: OrgUpdate): Promise<void> {
  await callRoute('org.update', orgId, update);
}

/**
 * Forward job logs to a Splunk HEC endpoint, or stop (`null`). The token goes to the API
 * once and is kept nowhere: not returned, not cached; the API stores its signature only.
 */
export async function setJobLogsForwarding(
  orgId: string,
  destination: { url: string; token: string } | null,
): Promise<void> {
  await callRoute('org.update', orgId, { jobLogsForwarding: destination ?? {} });
}

const bulkLimitResultSchema = z.looseObject({ id: z.string(), updated: z.array(z.string()) });

/** `/org-x/bulkUpdateProjectLimit {projects: 'all'}`: the projects that now carry `limits`. */
export async function applyLimitsToAllProjects(orgId: string, limits: ProjectLimits): Promise<{ updated: string[] }> {
  const raw = await callRoute('org.bulkUpdateProjectLimit', orgId, { projects: 'all', limits });
  const { updated } = parseAnswer(
    bulkLimitResultSchema,
    raw,
    'bulkUpdateProjectLimit answered without the updated projects.',
  );
  return { updated };
}

// ---- Hooks: each invalidates the org's describe (or every org query) and its audit log ----

/** After `/org-x/update`: the org lists too when the name or policies changed (the lists show them). */
function orgUpdateKeys(orgId: string, update: OrgUpdate) {
  const shownInLists = update.name !== undefined || update.policies !== undefined;
  return [shownInLists ? orgKeys.all : orgKeys.detail(orgId), auditKeys.org(orgId)];
}

/** `/org-x/update`: the name, policies (default project limits included) or SAML identity provider. */
export function useUpdateOrg<V extends OrgUpdate = OrgUpdate>(orgId: string, callbacks?: MutationCallbacks<void, V>) {
  return useApiMutation(
    { mutationFn: (update: V) => updateOrg(orgId, update), invalidates: (_, update) => orgUpdateKeys(orgId, update) },
    callbacks,
  );
}

/**
 * Forward job logs, or stop: `destination` is read when the call is sent, so the token
 * is never kept as the mutation's variables (see `setJobLogsForwarding`).
 */
export function useSetJobLogsForwarding(
  orgId: string,
  destination: () => { url: string; token: string } | null,
  callbacks?: MutationCallbacks<void, void>,
) {
  return useApiMutation(
    {
      mutationFn: () => setJobLogsForwarding(orgId, destination()),
      invalidates: () => [orgKeys.detail(orgId), auditKeys.org(orgId)],
    },
    callbacks,
  );
}

/** The org's default limits onto every project billed to it: every project query is touched. */
export function useApplyLimitsToAllProjects(
  orgId: string,
  callbacks?: MutationCallbacks<{ updated: string[] }, ProjectLimits>,
) {
  return useApiMutation(
    {
      mutationFn: (limits: ProjectLimits) => applyLimitsToAllProjects(orgId, limits),
      invalidates: () => [projectKeys.all, orgKeys.detail(orgId), auditKeys.org(orgId)],
    },
    callbacks,
  );
}
