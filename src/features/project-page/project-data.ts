/** Names and standings the project page needs besides the project itself. */
import { useQueries, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { orgDescribeQueryOptions, type OrgDescribe } from '../../api/orgs';
import { ORG_LEVELS } from '../../wire/levels';
import type { OrgStanding } from './project-rules';

const orgExtrasSchema = z.looseObject({
  level: z.enum(ORG_LEVELS).optional(),
  policies: z
    .looseObject({
      restrictProjectTransfer: z.enum(ORG_LEVELS).optional(),
      projectSharing: z.enum(ORG_LEVELS).optional(),
      projectLimits: z.looseObject({ action: z.string().nullable().optional() }).optional(),
    })
    .optional(),
  licenses: z.looseObject({ projectSpendingLimits: z.boolean().optional() }).optional(),
});
export type OrgExtras = z.infer<typeof orgExtrasSchema>;

/** The policies, licenses and level in an org's describe (absent parts stay absent). */
export function orgExtras(org: unknown): OrgExtras {
  const parsed = orgExtrasSchema.safeParse(org ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * Whether the billing org holds the project spending limits license, as its describe says:
 * undefined when the org could not be described; 'not shown' when its describe has no
 * `licenses` at all (an extension: the platform's own describe has none).
 */
export function limitsLicense(org: unknown, extras: OrgExtras): boolean | 'not shown' | undefined {
  if (org === undefined) return undefined;
  return extras.licenses === undefined ? 'not shown' : extras.licenses.projectSpendingLimits === true;
}

/** The caller's standing in the org paying for the project, for `restrictProjectTransfer`. */
export function billingStanding(org: OrgDescribe | undefined, orgId: string): OrgStanding {
  const extras = orgExtras(org);
  return { name: org?.name ?? orgId, level: extras.level, policy: extras.policies?.restrictProjectTransfer };
}

/** Org describes by ID, for names (a refused describe leaves the ID). */
export function useOrgDescribes(orgIds: readonly string[]): Map<string, OrgDescribe> {
  const unique = [...new Set(orgIds)].filter((id) => id.startsWith('org-'));
  const results = useQueries({ queries: unique.map((id) => ({ ...orgDescribeQueryOptions(id), retry: false })) });
  const orgs = new Map<string, OrgDescribe>();
  unique.forEach((id, i) => {
    const org = results[i]?.data;
    if (org) orgs.set(id, org);
  });
  return orgs;
}

/** The billing org's describe, when the project is billed to an org. */
export function useBillingOrg(billTo: string | undefined) {
  const orgId = billTo?.startsWith('org-') ? billTo : '';
  return useQuery({ ...orgDescribeQueryOptions(orgId), enabled: orgId !== '', retry: false });
}
