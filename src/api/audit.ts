/**
 * An org's audit log (`/org-x/findAuditEvents`, newest first, admins only): query keys
 * and the log as an infinite query, one page of events after another through `next`.
 * Unlike the other lists it is not loaded whole: an org's log only grows, and the
 * newest events are what is looked at, so older pages load when asked for.
 */
import { infiniteQueryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { callRoute, parseAnswer } from './route';

export const auditKeys = {
  all: ['audit'] as const,
  /** Every view of one org's log; invalidate this after any change to the org. */
  org: (orgId: string) => [...auditKeys.all, orgId] as const,
  log: (orgId: string, pageSize: number, range: AuditTimeRange = {}) =>
    [...auditKeys.org(orgId), 'log', { pageSize, ...range }] as const,
};

/** Only events at or after `after` and at or before `before` (ms since the epoch), as `findAuditEvents` takes them. */
export interface AuditTimeRange {
  after?: number;
  before?: number;
}

const auditEventSchema = z.looseObject({
  id: z.string(),
  time: z.number(),
  actor: z.string(),
  action: z.string(),
  target: z.string().optional().default(''),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

const auditPageSchema = z.looseObject({ results: z.array(auditEventSchema), next: z.unknown().optional() });

export interface AuditPage {
  events: AuditEvent[];
  /** The API's `next`, passed back verbatim; null on the oldest page. */
  next: unknown;
}

export async function findAuditEvents(
  orgId: string,
  options: { limit: number; starting?: unknown; signal?: AbortSignal; range?: AuditTimeRange },
): Promise<AuditPage> {
  const { limit, starting, signal, range = {} } = options;
  const body = { limit, ...range, ...(starting === undefined ? {} : { starting }) };
  const raw = await callRoute('org.findAuditEvents', orgId, body, { signal });
  const page = parseAnswer(
    auditPageSchema,
    raw,
    `/${encodeURIComponent(orgId)}/findAuditEvents answered without the expected page of audit events.`,
  );
  return { events: page.results, next: page.next ?? null };
}

export const AUDIT_PAGE_SIZE = 100;

/** The org's log (within `range`, if given), newest first; `fetchNextPage` loads the next older page. */
export function auditLogQueryOptions(orgId: string, range: AuditTimeRange = {}, pageSize = AUDIT_PAGE_SIZE) {
  return infiniteQueryOptions({
    queryKey: auditKeys.log(orgId, pageSize, range),
    queryFn: ({ pageParam, signal }) => findAuditEvents(orgId, { limit: pageSize, starting: pageParam, signal, range }),
    initialPageParam: undefined as unknown,
    getNextPageParam: (lastPage) => (lastPage.next === null ? undefined : lastPage.next),
    // A log someone is reading should show what was just done, also after visiting another tab.
    staleTime: 0,
  });
}
