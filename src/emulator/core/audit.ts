/** `/org-x/findAuditEvents`: the org's log, newest first. */
import type { RouteInput } from '../../wire/inputs';
import { getOrg, requireAdmin } from './access';
import type { AuditEvent } from './state';
import type { Ctx } from './context';
import { paginate } from './paging';

/** Event IDs end in a sequence number; padded, they sort in the order they were written. */
const orderKey = (event: AuditEvent) => event.id.replace(/\d+$/, (digits) => digits.padStart(12, '0'));

export function findAuditEvents(ctx: Ctx, orgId: string, input: RouteInput<'org.findAuditEvents'>) {
  const org = getOrg(ctx.state, orgId);
  requireAdmin(ctx, org);
  const events = (ctx.state.audit[org.id] ?? [])
    .filter(
      (event) =>
        (input.actor === undefined || event.actor === input.actor) &&
        (input.action === undefined || event.action === input.action) &&
        (input.after === undefined || event.time >= input.after) &&
        (input.before === undefined || event.time <= input.before),
    )
    .reverse();
  return paginate(`${org.id}/findAuditEvents`, input, events, orderKey, (event) => event, true);
}
