/**
 * Usage reports of an org (licence `usageReports`): the per-project and root-execution
 * reports of a month, and the project where the monthly reports are delivered.
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { auditKeys } from './audit';
import { chargeBreakdownShape } from './billing';
import { callRoute, parseAnswer } from './route';
import { findAllQueryOptions } from './find-all';
import { useApiMutation, type MutationCallbacks } from './mutation';
import { orgKeys, type OrgDescribe } from './orgs';
import { projectKeys } from './project-keys';

export type UsageReportKind = 'perProject' | 'rootExecutions';

export const usageReportKeys = {
  all: (orgId: string) => ['usage-reports', orgId] as const,
  report: (orgId: string, kind: UsageReportKind, month: string) =>
    [...usageReportKeys.all(orgId), kind, month] as const,
  /** The delivery change; its effect shows in the org's describe (`orgKeys.detail`). */
  setDestination: (orgId: string) => [...orgKeys.detail(orgId), 'reportDestination'] as const,
  /** Projects billed to the org, named, for the delivery choice (under the org's project lists). */
  destinations: (orgId: string) => [...projectKeys.orgLists(orgId), 'report-destinations'] as const,
};

const perProjectRowSchema = z.looseObject({ project: z.string(), name: z.string(), ...chargeBreakdownShape });
export type PerProjectUsageRow = z.infer<typeof perProjectRowSchema>;

const rootExecutionRowSchema = z.looseObject({
  execution: z.string(),
  project: z.string(),
  launchedBy: z.string(),
  executable: z.string(),
  cost: z.number(),
  created: z.number(),
});
export type RootExecutionRow = z.infer<typeof rootExecutionRowSchema>;

export interface UsageReportRows {
  perProject: PerProjectUsageRow[];
  rootExecutions: RootExecutionRow[];
}

const rowSchemas: { [K in UsageReportKind]: z.ZodType<UsageReportRows[K][number]> } = {
  perProject: perProjectRowSchema,
  rootExecutions: rootExecutionRowSchema,
};

/** `/org-x/usageReport {kind, month}` (admins of a licensed org). */
async function fetchUsageReport<K extends UsageReportKind>(
  orgId: string,
  kind: K,
  month: string,
  signal?: AbortSignal,
): Promise<UsageReportRows[K]> {
  const raw = await callRoute('org.usageReport', orgId, { kind, month }, { signal });
  const report = parseAnswer(
    z.looseObject({ month: z.string(), rows: z.array(rowSchemas[kind]) }),
    raw,
    `/${orgId}/usageReport answered with ${kind} rows of an unexpected shape.`,
  );
  return report.rows as UsageReportRows[K];
}

export function usageReportQueryOptions<K extends UsageReportKind>(orgId: string, kind: K, month: string) {
  return queryOptions({
    queryKey: usageReportKeys.report(orgId, kind, month),
    queryFn: ({ signal }) => fetchUsageReport(orgId, kind, month, signal),
  });
}

const orgReportSettingsSchema = z.looseObject({
  licenses: z.looseObject({ usageReports: z.boolean().optional() }).optional(),
  reportDestination: z.string().nullable().optional(),
});

/** What the usage reports section needs of the org's describe. */
export interface UsageReportSettings {
  orgName: string;
  isAdmin: boolean;
  licensed: boolean;
  /** `undefined` when the API does not show it to this person; `null` when none is set. */
  reportDestination: string | null | undefined;
}

/** Reads the licence and delivery project out of `/org-x/describe` (use as the describe query's `select`). */
export function usageReportSettings(org: OrgDescribe): UsageReportSettings {
  const { licenses, reportDestination } = parseAnswer(
    orgReportSettingsSchema,
    org,
    `/${org.id}/describe answered with licenses or a report destination of an unexpected shape.`,
  );
  return {
    orgName: org.name,
    isAdmin: org.level === 'ADMIN',
    licensed: licenses?.usageReports === true,
    reportDestination,
  };
}

const destinationProjectSchema = z.looseObject({ id: z.string(), describe: z.looseObject({ name: z.string() }) });

export interface DestinationProject {
  id: string;
  name: string;
}

function parseDestinationProject(item: unknown): DestinationProject {
  const { id, describe } = parseAnswer(
    destinationProjectSchema,
    item,
    'findProjects returned a project without its name.',
  );
  return { id, name: describe.name };
}

/** Every project billed to the org (`/org-x/findProjects` described), by ID and name. */
export function destinationProjectsQueryOptions(orgId: string) {
  return findAllQueryOptions({
    queryKey: usageReportKeys.destinations(orgId),
    route: 'org.findProjects',
    subject: orgId,
    // Only the name: an org may pay for thousands of projects.
    body: { describe: { fields: { name: true } } },
    parse: parseDestinationProject,
  });
}

/** `/org-x/update {reportDestination}` (admins; the project must be billed to the org). */
export async function setReportDestination(orgId: string, projectId: string | null): Promise<void> {
  await callRoute('org.update', orgId, { reportDestination: projectId });
}

/** The delivery project shows in the org's describe (and the change in its audit log). */
export function useSetReportDestination(orgId: string, callbacks?: MutationCallbacks<void, string | null>) {
  return useApiMutation(
    {
      mutationKey: usageReportKeys.setDestination(orgId),
      mutationFn: (projectId: string | null) => setReportDestination(orgId, projectId),
      invalidates: () => [orgKeys.detail(orgId), auditKeys.org(orgId)],
    },
    callbacks,
  );
}

/** A month's report of one kind, as its rows. */
export type UsageReport = { [K in UsageReportKind]: { kind: K; rows: UsageReportRows[K] } }[UsageReportKind];

export interface UsageReportRequest {
  kind: UsageReportKind;
  /** `2026-03`. */
  month: string;
}

/**
 * A report turned into a file: the cached report (the one a preview counted, so the file
 * matches what was shown), handed to `toFile`, whose answer (e.g. the file name) is the
 * mutation's. Nothing changes on the API.
 */
export function useUsageReportFile<V extends UsageReportRequest, TFile>(
  orgId: string,
  toFile: (report: UsageReport, request: V) => TFile,
  callbacks?: MutationCallbacks<TFile, V>,
) {
  return useApiMutation(
    {
      mutationKey: [...usageReportKeys.all(orgId), 'download'],
      mutationFn: async (request: V, { client }) => {
        const rows = await client.fetchQuery(usageReportQueryOptions(orgId, request.kind, request.month));
        return toFile({ kind: request.kind, rows } as UsageReport, request);
      },
    },
    callbacks,
  );
}
