/**
 * One call's changes to the state, record by record. A rule names each record before it
 * changes it (`edit*`, `put`, `setMember`, `appendAudit`, `nextSequence`); the transaction
 * remembers the record as it was, so that a call that fails for any reason — a refusal,
 * a bug, a save the disk refused — is undone in memory, and so that persistence writes
 * only the records that changed.
 */
import type {
  AppRecord,
  AuditEvent,
  Membership,
  NonceRecord,
  OrgRecord,
  ProjectRecord,
  State,
  UserRecord,
} from './state';

/** A persisted record: members of an org are records of their own, apart from the org. */
export type RecordKind = 'meta' | 'users' | 'orgs' | 'members' | 'projects' | 'apps' | 'audit' | 'nonces';

export interface RecordChange {
  kind: RecordKind;
  id: string;
  /** The record as it is now; null when it was removed. */
  value: unknown;
}

type Collection = 'users' | 'orgs' | 'projects' | 'apps';
type RecordOf<C extends Collection> = State[C][string];

/** An org's own fields, without its members (they are records of their own). */
export function orgFields(org: OrgRecord): Omit<OrgRecord, 'members'> {
  const { members: _members, ...fields } = org;
  return fields;
}

export function memberKey(orgId: string, userId: string): string {
  return `${orgId}/${userId}`;
}

export function metaOf(state: State): Pick<State, 'schemaVersion' | 'scenario' | 'sequence'> {
  return { schemaVersion: state.schemaVersion, scenario: state.scenario, sequence: state.sequence };
}

export class Transaction {
  private readonly undo: (() => void)[] = [];
  /** `kind/id` → the change, read from the state when asked for (so the last write wins). */
  private readonly touched = new Map<string, { kind: RecordKind; id: string; read: () => unknown }>();

  constructor(readonly state: State) {}

  get changed(): boolean {
    return this.touched.size > 0;
  }

  /** Whether any user record changed (tokens may have). */
  get changedUsers(): boolean {
    for (const { kind } of this.touched.values()) if (kind === 'users') return true;
    return false;
  }

  editUser(id: string): UserRecord {
    return this.edit('users', id);
  }

  /** The org's own fields may then change in place; its members change through `setMember`. */
  editOrg(id: string): OrgRecord {
    return this.edit('orgs', id);
  }

  editProject(id: string): ProjectRecord {
    return this.edit('projects', id);
  }

  editApp(id: string): AppRecord {
    return this.edit('apps', id);
  }

  /** Adds a new user, org (with its members), project or app. */
  put<C extends Collection>(collection: C, record: RecordOf<C>): void {
    const records = this.state[collection] as Record<string, RecordOf<C>>;
    const id = record.id;
    if (id in records) throw new Error(`put: ${collection}/${id} exists already`);
    records[id] = record;
    this.undo.push(() => delete records[id]);
    this.mark(collection, id, () => (collection === 'orgs' ? orgFields(record as OrgRecord) : record));
    if (collection === 'orgs') {
      for (const userId of Object.keys((record as OrgRecord).members)) this.markMember(record as OrgRecord, userId);
    }
  }

  /** Removes a project or app (a user or org is never removed). */
  remove(collection: 'projects' | 'apps', id: string): void {
    const records = this.state[collection] as Record<string, ProjectRecord | AppRecord>;
    const record = records[id];
    if (!record) throw new Error(`remove: no ${collection}/${id}`);
    delete records[id];
    this.undo.push(() => (records[id] = record));
    this.touched.delete(`${collection}/${id}`);
    this.mark(collection, id, () => records[id] ?? null);
  }

  /** Sets (or, with null, removes) one membership of an org. */
  setMember(org: OrgRecord, userId: string, membership: Membership | null): void {
    const members = org.members;
    const had = Object.prototype.hasOwnProperty.call(members, userId);
    const previous = members[userId];
    if (membership === null) delete members[userId];
    else members[userId] = membership;
    this.undo.push(() => {
      if (had) members[userId] = previous!;
      else delete members[userId];
    });
    this.markMember(org, userId);
  }

  putNonce(key: string, record: NonceRecord): void {
    const nonces = this.state.nonces;
    const had = Object.prototype.hasOwnProperty.call(nonces, key);
    const previous = nonces[key];
    nonces[key] = record;
    this.undo.push(() => {
      if (had) nonces[key] = previous!;
      else delete nonces[key];
    });
    this.mark('nonces', key, () => nonces[key] ?? null);
  }

  appendAudit(event: AuditEvent): void {
    const log = (this.state.audit[event.org] ??= []);
    log.push(event);
    this.undo.push(() => {
      log.pop();
      if (log.length === 0) delete this.state.audit[event.org];
    });
    this.mark('audit', event.id, () => event);
  }

  nextSequence(): number {
    const previous = this.state.sequence;
    this.undo.push(() => (this.state.sequence = previous));
    this.mark('meta', 'state', () => metaOf(this.state));
    return (this.state.sequence = previous + 1);
  }

  /** Every record that changed, as it is now. */
  changes(): RecordChange[] {
    return [...this.touched.values()].map(({ kind, id, read }) => ({ kind, id, value: read() }));
  }

  /** Puts every record back as it was before this transaction, newest change first. */
  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]!();
    this.undo.length = 0;
    this.touched.clear();
  }

  private edit<C extends Collection>(collection: C, id: string): RecordOf<C> {
    const records = this.state[collection] as Record<string, RecordOf<C>>;
    const record = records[id];
    if (!record) throw new Error(`edit: no ${collection}/${id}`);
    if (!this.touched.has(`${collection}/${id}`)) {
      const before = structuredClone(collection === 'orgs' ? orgFields(record as OrgRecord) : record) as Record<
        string,
        unknown
      >;
      // Back in place, so that references the rules hold stay valid.
      this.undo.push(() => {
        const live = record as unknown as Record<string, unknown>;
        for (const key of Object.keys(live)) if (key !== 'members') delete live[key];
        Object.assign(live, before);
      });
      this.mark(collection, id, () => (collection === 'orgs' ? orgFields(record as OrgRecord) : record));
    }
    return record;
  }

  private markMember(org: OrgRecord, userId: string): void {
    this.mark('members', memberKey(org.id, userId), () => org.members[userId] ?? null);
  }

  private mark(kind: RecordKind, id: string, read: () => unknown): void {
    const key = `${kind}/${id}`;
    if (!this.touched.has(key)) this.touched.set(key, { kind, id, read });
  }
}
