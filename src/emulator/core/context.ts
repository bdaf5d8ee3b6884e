import type { AuditEvent, State, UserRecord } from '../store/state';

/** What every route runs with: the world, who calls, and the clock. */
export interface Ctx {
  state: State;
  caller: UserRecord;
  now: number;
}

export function nextSequence(state: State): number {
  state.sequence += 1;
  return state.sequence;
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
    id: `audit-${String(nextSequence(ctx.state)).padStart(6, '0')}`,
    time: ctx.now,
    actor: ctx.caller.id,
    org,
    action,
    target,
    before,
    after,
  };
  (ctx.state.audit[org] ??= []).push(event);
  return event;
}
