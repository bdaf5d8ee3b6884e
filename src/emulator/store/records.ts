/**
 * The state as persisted records: one per user, org (without its members), membership,
 * project, app, audit event and nonce, plus one `meta` record. Persistence writes only
 * the records a call changed (`RecordChange`), so a change costs what it touches.
 */
import {
  emptyState,
  type AuditEvent,
  type Membership,
  type OrgRecord,
  type State,
  type UserRecord,
} from '../core/state';
import { hashToken } from '../core/tokens';
import { memberKey, metaOf, orgFields, type RecordChange, type RecordKind } from '../core/transaction';

export type { RecordChange, RecordKind };

export interface StoredRecord {
  kind: RecordKind;
  id: string;
  value: unknown;
}

export const SCHEMA_VERSION = 2;

export function* recordsOf(state: State): Generator<StoredRecord> {
  yield { kind: 'meta', id: 'state', value: metaOf(state) };
  for (const [id, value] of Object.entries(state.users)) yield { kind: 'users', id, value };
  for (const [id, org] of Object.entries(state.orgs)) {
    yield { kind: 'orgs', id, value: orgFields(org) };
    for (const [userId, value] of Object.entries(org.members))
      yield { kind: 'members', id: memberKey(id, userId), value };
  }
  for (const [id, value] of Object.entries(state.projects)) yield { kind: 'projects', id, value };
  for (const [id, value] of Object.entries(state.apps)) yield { kind: 'apps', id, value };
  for (const events of Object.values(state.audit))
    for (const value of events) yield { kind: 'audit', id: value.id, value };
  for (const [id, value] of Object.entries(state.nonces)) yield { kind: 'nonces', id, value };
}

/** Audit events in the order they were recorded: their IDs carry the state's sequence. */
const recordedOrder = (a: AuditEvent, b: AuditEvent) => Number(a.id.slice(6)) - Number(b.id.slice(6));

/** The state from its records, or null when there is none (no `meta` record). */
export function stateFrom(records: Iterable<StoredRecord>): State | null {
  type Meta = Pick<State, 'schemaVersion' | 'scenario' | 'sequence'>;
  let meta = null as Meta | null;
  const state = emptyState('');
  const members: [string, string, Membership][] = [];
  for (const { kind, id, value } of records) {
    switch (kind) {
      case 'meta':
        meta = value as Meta;
        break;
      case 'orgs':
        state.orgs[id] = { ...(value as Omit<OrgRecord, 'members'>), members: {} };
        break;
      case 'members': {
        const slash = id.indexOf('/');
        members.push([id.slice(0, slash), id.slice(slash + 1), value as Membership]);
        break;
      }
      case 'audit':
        (state.audit[(value as AuditEvent).org] ??= []).push(value as AuditEvent);
        break;
      default:
        (state[kind] as Record<string, unknown>)[id] = value;
    }
  }
  if (meta === null) return null;
  if (meta.schemaVersion !== SCHEMA_VERSION) throw new Error(`Unknown schema version ${String(meta.schemaVersion)}`);
  for (const [orgId, userId, membership] of members) {
    const org = state.orgs[orgId];
    if (org) org.members[userId] = membership;
  }
  for (const events of Object.values(state.audit)) events.sort(recordedOrder);
  return { ...state, ...meta };
}

/**
 * A whole state as saved before records (schema 1): users kept their tokens in plain
 * text; now only a hash of each.
 */
export function upgradedState(saved: unknown): State {
  const state = saved as State & { schemaVersion: number };
  if (state?.schemaVersion === SCHEMA_VERSION) return state;
  if (state?.schemaVersion !== 1) throw new Error('Not an org API emulator state');
  for (const user of Object.values(state.users) as (UserRecord & { token?: string })[]) {
    user.tokenHash = user.token ? hashToken(user.token) : null;
    delete user.token;
  }
  return { ...state, schemaVersion: SCHEMA_VERSION };
}
