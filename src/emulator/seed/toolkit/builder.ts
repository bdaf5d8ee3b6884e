/**
 * The builder the demo and large scenarios share: fresh usernames and project IDs, users
 * and generated people, and audit history drafted in any order and numbered at the end.
 */
import { emptyBillingAccount, type AuditEvent, type State, type UserRecord } from '../../core/state';
import { hashToken } from '../../core/tokens';
import { FIRST_NAMES, LAST_NAMES, MIDDLE_INITIALS } from './names';
import type { Rng } from './random';
import { daysAgo } from './units';

interface AuditDraft {
  org: string;
  days: number;
  actor: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

export class SeedBuilder {
  readonly usernames = new Set<string>();
  private readonly usernameCounters = new Map<string, number>();
  readonly projectIds = new Set<string>();
  /** Days-ago ages of users, orgs and projects (demo only: the large scenario keeps its own). */
  readonly ages = new Map<string, number>();
  private drafts: AuditDraft[] = [];

  constructor(
    readonly now: number,
    readonly state: State,
    /** Last sequence number used (audit events, spending limit requests). */
    public seq: number,
  ) {
    for (const id in state.users) this.usernames.add(id.slice('user-'.length));
    for (const id in state.projects) this.projectIds.add(id);
  }

  at(days: number): number {
    return daysAgo(this.now, days);
  }

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  /** A fresh username from a first and last name: `ana.silva`, then `ana.silva2`, ... */
  username(first: string, last: string): string {
    return this.usernameFrom(`${first}.${last}`.toLowerCase().replace(/[^a-z0-9_.]/g, ''));
  }

  /** A fresh username from a base that is already a valid username. */
  usernameFrom(base: string): string {
    if (!this.usernames.has(base)) {
      this.usernames.add(base);
      return base;
    }
    let n = this.usernameCounters.get(base) ?? 1;
    let candidate: string;
    do {
      n += 1;
      candidate = `${base}${n}`;
    } while (this.usernames.has(candidate));
    this.usernameCounters.set(base, n);
    this.usernames.add(candidate);
    return candidate;
  }

  addUser(fields: {
    username: string;
    first: string;
    middle?: string;
    last: string;
    email: string;
    /** Only the demo people have one: everyone else has no token until one is issued. */
    token?: string;
    ageDays: number;
  }): UserRecord {
    const id = `user-${fields.username}`;
    this.usernames.add(fields.username);
    const user: UserRecord = {
      id,
      handle: fields.username,
      first: fields.first,
      middle: fields.middle ?? '',
      last: fields.last,
      email: fields.email,
      billTo: id,
      created: this.at(fields.ageDays),
      persona: '',
      tokenHash: fields.token === undefined ? null : hashToken(fields.token),
      billing: emptyBillingAccount(),
    };
    this.state.users[id] = user;
    this.ages.set(id, fields.ageDays);
    return user;
  }

  /** A generated person: random name, no token, e-mail at `domain`. */
  addPerson(rng: Rng, domain: string, ageDays: number): UserRecord {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const username = this.username(first, last);
    return this.addUser({
      username,
      first,
      middle: rng.pick(MIDDLE_INITIALS),
      last,
      email: `${username}@${domain}`,
      ageDays,
    });
  }

  newProjectId(rng: Rng): string {
    let id: string;
    do id = `project-${rng.alphanumeric(24)}`;
    while (this.projectIds.has(id));
    this.projectIds.add(id);
    return id;
  }

  log(org: string, days: number, actor: string, action: string, target: string, before: unknown, after: unknown): void {
    // Copies: the log must not share objects with the live state (or with other events).
    this.drafts.push({
      org,
      days,
      actor,
      action,
      target,
      before: structuredClone(before),
      after: structuredClone(after),
    });
  }

  /** Turns the drafts into audit events: per org oldest first, IDs from the sequence. */
  flushAudit(): void {
    const byOrg = new Map<string, { time: number; draft: AuditDraft }[]>();
    for (const draft of this.drafts) {
      const time = this.at(draft.days);
      const list = byOrg.get(draft.org);
      if (list) list.push({ time, draft });
      else byOrg.set(draft.org, [{ time, draft }]);
    }
    this.drafts = [];
    for (const orgId in this.state.orgs) {
      const list = byOrg.get(orgId);
      const log = (this.state.audit[orgId] ??= []);
      if (!list) continue;
      list.sort((a, b) => a.time - b.time); // stable: same-minute events keep their order
      for (const { time, draft } of list) {
        const event: AuditEvent = {
          id: `audit-${String(this.nextSeq()).padStart(6, '0')}`,
          time,
          actor: draft.actor,
          org: orgId,
          action: draft.action,
          target: draft.target,
          before: draft.before,
          after: draft.after,
        };
        log.push(event);
      }
    }
  }
}

/** `sequence` for the finished state: above every number used, and at least 1000. */
export function finalSequence(seq: number): number {
  return Math.max(1000, Math.ceil((seq + 1) / 1000) * 1000);
}
