import type { AuditEvent, State, UserRecord } from './state';
import type { Transaction } from './transaction';

/**
 * What every route runs with: the world, who calls, the clock, and the transaction
 * through which a route changes the world (reads go to `state` directly).
 */
export interface Ctx {
  state: State;
  caller: UserRecord;
  now: number;
  tx: Transaction;
}

export function recordAudit(
  ctx: Ctx,
  org: string,
  action: string,
  target: string,
  before: unknown,
  after: unknown,
): AuditEvent {
  const event: AuditEvent = {
    id: `audit-${String(ctx.tx.nextSequence()).padStart(6, '0')}`,
    time: ctx.now,
    actor: ctx.caller.id,
    org,
    action,
    target,
    before,
    after,
  };
  ctx.tx.appendAudit(event);
  return event;
}
