/**
 * Spending limit change requests of an org: the pending ones (from the org's describe,
 * which carries them for admins and members who may bill) and a new request.
 */
import { z } from 'zod';
import type { OrgDescribe } from './orgs';
import { orgKeys } from './orgs';
import { ApiError, CLIENT_ERROR_TYPES, apiCall } from './client';

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
  const parsed = orgSpendingLimitSchema.safeParse(org);
  if (!parsed.success) {
    throw new ApiError(
      CLIENT_ERROR_TYPES.invalidResponse,
      `/${org.id}/describe answered with spending limit requests of an unexpected shape.`,
      200,
      z.treeifyError(parsed.error),
    );
  }
  return { orgName: org.name, isAdmin: org.level === 'ADMIN', requests: parsed.data.spendingLimitRequests };
}

export interface SpendingLimitChangeInput {
  amount: number;
  poNumber: string;
  note?: string;
}

const requestResultSchema = z.looseObject({ id: z.string(), requestId: z.string() });

/** `/org-x/requestSpendingLimitChange` (admins): the new request stays PENDING. */
export async function requestSpendingLimitChange(
  orgId: string,
  input: SpendingLimitChangeInput,
): Promise<{ id: string; requestId: string }> {
  const raw = await apiCall<unknown>(`/${encodeURIComponent(orgId)}/requestSpendingLimitChange`, input);
  const parsed = requestResultSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(
      CLIENT_ERROR_TYPES.invalidResponse,
      'requestSpendingLimitChange answered without a request ID.',
      200,
    );
  }
  return { id: parsed.data.id, requestId: parsed.data.requestId };
}
