/**
 * Spending limit change requests of an org: the pending ones (from the org's describe,
 * which carries them for admins and members who may bill) and a new request.
 */
import { z } from 'zod';
import { auditKeys } from './audit';
import { useApiMutation, type MutationCallbacks } from './mutation';
import type { OrgDescribe } from './orgs';
import { orgKeys } from './orgs';
import { callRoute, parseAnswer, type RouteBody } from './route';

export const spendingLimitKeys = {
  /** The mutation; its effect shows in the org's describe (`orgKeys.detail`). */
  request: (orgId: string) => [...orgKeys.detail(orgId), 'requestSpendingLimitChange'] as const,
};

const spendingLimitRequestSchema = z.looseObject({
  id: z.string(),
  amount: z.number(),
  poNumber: z.string(),
  note: z.string().optional().default(''),
  requestedBy: z.string(),
  created: z.number(),
  state: z.string(),
});
export type SpendingLimitRequest = z.infer<typeof spendingLimitRequestSchema>;

const orgSpendingLimitSchema = z.looseObject({
  spendingLimitRequests: z.array(spendingLimitRequestSchema).optional(),
});

/** What the requests section needs of the org's describe. */
export interface SpendingLimitView {
  orgName: string;
  isAdmin: boolean;
  /** Absent when the API does not show this person the org's billing. */
  requests: SpendingLimitRequest[] | undefined;
}

/** Reads the requests out of `/org-x/describe` (use as the describe query's `select`). */
export function spendingLimitView(org: OrgDescribe): SpendingLimitView {
  const { spendingLimitRequests } = parseAnswer(
    orgSpendingLimitSchema,
    org,
    `/${org.id}/describe answered with spending limit requests of an unexpected shape.`,
  );
  return { orgName: org.name, isAdmin: org.level === 'ADMIN', requests: spendingLimitRequests };
}

export type SpendingLimitChangeInput = RouteBody<'org.requestSpendingLimitChange'>;

const requestResultSchema = z.looseObject({ id: z.string(), requestId: z.string() });

/** `/org-x/requestSpendingLimitChange` (admins): the new request stays PENDING. */
export async function requestSpendingLimitChange(
  orgId: string,
  input: SpendingLimitChangeInput,
): Promise<{ id: string; requestId: string }> {
  const raw = await callRoute('org.requestSpendingLimitChange', orgId, input);
  const { id, requestId } = parseAnswer(
    requestResultSchema,
    raw,
    'requestSpendingLimitChange answered without a request ID.',
  );
  return { id, requestId };
}

/** The request shows in the org's describe (and its audit log). */
export function useRequestSpendingLimitChange(
  orgId: string,
  callbacks?: MutationCallbacks<{ id: string; requestId: string }, SpendingLimitChangeInput>,
) {
  return useApiMutation(
    {
      mutationKey: spendingLimitKeys.request(orgId),
      mutationFn: (input: SpendingLimitChangeInput) => requestSpendingLimitChange(orgId, input),
      invalidates: () => [orgKeys.detail(orgId), auditKeys.org(orgId)],
    },
    callbacks,
  );
}
