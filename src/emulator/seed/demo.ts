/**
 * The `demo` scenario: a handful of clearly described people (alice, bob, carol, dave),
 * six orgs of different shapes, ~70 projects and a dozen apps, with a year of charges
 * and some audit history. Deterministic: a fixed PRNG seed, and every time derived
 * from `now`.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { BillingInformation, Charge, OrgLicenses, OrgPolicies, ProjectLimits } from '../../wire/entities';
import { orgLevelAtLeast, type ProjectLevel, type ProjectPermission } from '../../wire/levels';
import {
  emptyBillingAccount,
  type AppRecord,
  type AuditEvent,
  type BillingAccount,
  type Membership,
  type OrgRecord,
  type ProjectRecord,
  type State,
  type UserRecord,
} from '../core/state';
import {
  APPS,
  COST_CENTERS,
  FIRST_NAMES,
  LAST_NAMES,
  MIDDLE_INITIALS,
  PROJECT_SUBJECTS,
  PROJECT_SUFFIXES,
  PROJECT_TAGS,
  REGIONS,
  SEQUENCERS,
  STREETS,
} from './toolkit/names';
import { adminMembership as coreAdminMembership, sameMembership } from '../../wire/membership';
import { memberDefaults } from '../core/membership-rules';
import { defaultPolicies, noLicenses } from '../core/orgs';
import { Rng } from './toolkit/random';
import { demoToken, hashToken } from '../core/tokens';

export const DAY = 86_400_000;
export const MINUTE = 60_000;
export const GIB = 1024 ** 3;

/** The PRNG seed of the demo scenario. Changing it changes every generated name and ID. */
export const DEMO_SEED = 'org-console-demo-v1';

/** The demo people, listed first on the sign-in page. */
export const DEMO_PERSONAS = ['user-alice', 'user-bob', 'user-carol', 'user-dave'] as const;

// ---------------------------------------------------------------------------------------
// Time

/** `days` (may be fractional) before `now`, rounded down to the minute. */
export function daysAgo(now: number, days: number): number {
  return Math.floor((now - days * DAY) / MINUTE) * MINUTE;
}

/** `YYYY-MM` (UTC) of the 12 months ending with `now`'s month, oldest first. */
export function monthsEnding(now: number): { month: string; start: number; end: number }[] {
  const date = new Date(now);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const months: { month: string; start: number; end: number }[] = [];
  for (let back = 11; back >= 0; back--) {
    const start = Date.UTC(year, month - back, 1);
    const end = Date.UTC(year, month - back + 1, 1);
    const d = new Date(start);
    months.push({
      month: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`,
      start,
      end,
    });
  }
  return months;
}

// ---------------------------------------------------------------------------------------
// Memberships and policies

export function adminMembership(treManagement = false, cloudIntegrationManagement = false): Membership {
  return coreAdminMembership({ treManagement, cloudIntegrationManagement });
}

const MEMBER_PROJECT_ACCESS: readonly (readonly [ProjectLevel, number])[] = [
  ['CONTRIBUTE', 6],
  ['VIEW', 3],
  ['UPLOAD', 2],
  ['ADMINISTER', 1],
  ['NONE', 1],
];

/** A MEMBER with a random (but plausible) combination of flags. */
export function randomMember(rng: Rng, billable = rng.chance(0.35)): Membership {
  return {
    level: 'MEMBER',
    allowBillableActivities: billable,
    projectAccess: rng.weighted(MEMBER_PROJECT_ACCESS),
    appAccess: rng.chance(0.85),
    archivalManagement: rng.chance(0.1),
    projectMemberDemotion: rng.chance(0.12),
    dataDeletion: rng.chance(0.08),
    dataSearch: rng.chance(0.15),
    treManagement: rng.chance(0.04),
    cloudIntegrationManagement: rng.chance(0.03),
  };
}

/** The limits a new project billed to `org` starts with (§4: only with the license). */
export function projectLimitsFor(org: OrgRecord | undefined): ProjectLimits {
  if (!org || !org.licenses.projectSpendingLimits) {
    return { monthlyComputeLimit: null, monthlyEgressBytesLimit: null, monthlyStorageLimit: null };
  }
  const limits = org.policies.projectLimits;
  return {
    monthlyComputeLimit: limits.monthlyComputeLimit,
    monthlyEgressBytesLimit: limits.monthlyEgressBytesLimit,
    monthlyStorageLimit: limits.monthlyStorageLimit,
  };
}

// ---------------------------------------------------------------------------------------
// Charges

export function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A year of monthly charges for `projects`, appended to `account.charges`: one row per
 * project and month the project existed in. `scale` sizes compute spend. Every random
 * draw happens whether or not the row is kept, so the stream does not depend on `now`.
 */
export function addCharges(
  rng: Rng,
  account: BillingAccount,
  projects: readonly ProjectRecord[],
  months: readonly { month: string; start: number; end: number }[],
  scale = 1,
): void {
  for (const project of projects) {
    const computeBase = Math.exp(rng.float(2, 7.5)) * scale;
    const hasPublicIp = rng.chance(0.3);
    const archives = rng.chance(0.15);
    for (const { month, end } of months) {
      const computeFactor = rng.float(0.2, 1.8);
      const storageFactor = rng.float(0.9, 1.1);
      const egressRoll = rng.next();
      const egressFactor = rng.float(0, 0.1);
      const archivalFactor = rng.float(0.3, 1);
      const ipCount = rng.int(1, 4);
      if (project.created >= end) continue;
      const charge: Charge = {
        project: project.id,
        month,
        compute: cents(computeBase * computeFactor),
        storage: cents(project.dataUsage * 0.023 * storageFactor),
        egress: egressRoll < 0.4 ? cents(computeBase * egressFactor) : 0,
        archival: archives ? cents(project.dataUsage * 0.004 * archivalFactor) : 0,
        publicIpv4: hasPublicIp ? cents(3.6 * ipCount) : 0,
      };
      account.charges.push(charge);
    }
  }
}

export function totalCharges(account: BillingAccount): number {
  let total = 0;
  for (const c of account.charges) total += c.compute + c.storage + c.egress + c.archival + c.publicIpv4;
  return cents(total);
}

// ---------------------------------------------------------------------------------------
// Personas

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function orgsPhrase(orgs: readonly OrgRecord[]): string {
  return orgs.length === 1 ? (orgs[0] as OrgRecord).name : plural(orgs.length, 'org');
}

/**
 * Sets every user's `persona` from the final data. The demo people get the short lines of
 * the sign-in page ("admin of 3 orgs", "member, billing allowed", "member, VIEW only",
 * "belongs to no org"); everyone else names their org ("member of Acme Genomics").
 */
export function assignPersonas(state: State, shortStyle: ReadonlySet<string>): void {
  // user → the org (or orgs) they belong to; most people belong to one, so no array for them.
  const index = new Map<string, OrgRecord | OrgRecord[]>();
  for (const orgId in state.orgs) {
    const org = state.orgs[orgId] as OrgRecord;
    for (const userId in org.members) {
      const found = index.get(userId);
      if (found === undefined) index.set(userId, org);
      else if (Array.isArray(found)) found.push(org);
      else index.set(userId, [found, org]);
    }
  }
  // Persona lines of one-org people, per org: [MEMBER, MEMBER billable, ADMIN, ADMIN billable].
  const cache = new Map<OrgRecord, (string | undefined)[]>();
  for (const userId in state.users) {
    const user = state.users[userId] as UserRecord;
    const found = index.get(userId);
    const orgs = found === undefined ? [] : Array.isArray(found) ? found : [found];
    const short = shortStyle.has(userId);
    if (orgs.length === 1 && !short) {
      // The common case at scale: one org; the line depends only on org, level and billing.
      const org = orgs[0] as OrgRecord;
      const m = org.members[userId] as Membership;
      const slot = (m.level === 'ADMIN' ? 2 : 0) + (m.allowBillableActivities ? 1 : 0);
      let lines = cache.get(org);
      if (lines === undefined) {
        lines = [];
        cache.set(org, lines);
      }
      let line = lines[slot];
      if (line === undefined) {
        line = persona(userId, orgs, false);
        lines[slot] = line;
      }
      user.persona = line;
    } else {
      user.persona = persona(userId, orgs, short);
    }
  }
}

function persona(userId: string, orgs: readonly OrgRecord[], short: boolean): string {
  if (orgs.length === 0) return 'belongs to no org';
  const admin: OrgRecord[] = [];
  const member: OrgRecord[] = [];
  let billable = false;
  let viewOnly = true;
  for (const org of orgs) {
    const m = org.members[userId] as Membership;
    if (m.level === 'ADMIN') {
      admin.push(org);
    } else {
      member.push(org);
      if (m.allowBillableActivities) billable = true;
      if (m.projectAccess !== 'VIEW') viewOnly = false;
    }
  }
  if (short) {
    if (admin.length > 0) {
      return `admin of ${plural(admin.length, 'org')}${member.length > 0 ? `, member of ${member.length} more` : ''}`;
    }
    const parts = ['member'];
    if (billable) parts.push('billing allowed');
    if (viewOnly) parts.push('VIEW only');
    return parts.join(', ');
  }
  const parts: string[] = [];
  if (admin.length > 0) parts.push(`admin of ${orgsPhrase(admin)}`);
  if (member.length > 0) {
    parts.push(`member of ${orgsPhrase(member)}`);
    if (billable) parts.push('billing allowed');
  }
  return parts.join(', ');
}

// ---------------------------------------------------------------------------------------
// The builder: shared by the demo and large scenarios

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

export function emptyState(scenario: string): State {
  return {
    schemaVersion: 2,
    scenario,
    users: {},
    orgs: {},
    projects: {},
    apps: {},
    audit: {},
    nonces: {},
    sequence: 0,
  };
}

/** `sequence` for the finished state: above every number used, and at least 1000. */
export function finalSequence(seq: number): number {
  return Math.max(1000, Math.ceil((seq + 1) / 1000) * 1000);
}

// ---------------------------------------------------------------------------------------
// Demo content

interface OrgPlan {
  handle: string;
  name: string;
  ageDays: number;
  founder: string;
  policies?: Partial<OrgPolicies>;
  licenses?: Partial<OrgLicenses>;
  billing: BillingAccount;
  /** Days until expiry (negative: already expired); null: never. */
  expiresInDays: number | null;
  phiFeaturesEnabled?: boolean;
  permittedRegions: string[];
  samlIdP?: string | null;
}

function billingInformation(
  contact: UserRecord,
  companyName: string,
  city: string,
  state: string,
  postCode: string,
  country: string,
  rng: Rng,
): BillingInformation {
  return {
    email: contact.email,
    name: `${contact.first} ${contact.last}`,
    companyName,
    address1: `${rng.int(1, 400)} ${rng.pick(STREETS)}`,
    address2: rng.chance(0.5) ? `Suite ${rng.int(100, 900)}` : '',
    city,
    state,
    postCode,
    country,
    phone: `+1 555 01${rng.int(10, 99)}`,
  };
}

class DemoWorld {
  readonly b: SeedBuilder;
  readonly rng: Rng;

  constructor(now: number) {
    this.b = new SeedBuilder(now, emptyState('demo'), 0);
    this.rng = new Rng(DEMO_SEED);
  }

  get state(): State {
    return this.b.state;
  }

  org(id: string): OrgRecord {
    const org = this.state.orgs[id];
    if (!org) throw new Error(`seed: no org ${id}`);
    return org;
  }

  age(id: string): number {
    const age = this.b.ages.get(id);
    if (age === undefined) throw new Error(`seed: no age for ${id}`);
    return age;
  }

  addOrg(plan: OrgPlan): OrgRecord {
    const b = this.b;
    const id = `org-${plan.handle}`;
    const policies = defaultPolicies();
    const org: OrgRecord = {
      id,
      handle: plan.handle,
      name: plan.name,
      created: b.at(plan.ageDays),
      policies,
      members: { [plan.founder]: adminMembership() },
      billing: plan.billing,
      licenses: { ...noLicenses(), ...plan.licenses },
      expiresAt: plan.expiresInDays === null ? null : daysAgo(b.now, -plan.expiresInDays),
      phiFeaturesEnabled: plan.phiFeaturesEnabled ?? false,
      jobLogsForwarding: null,
      permittedRegions: plan.permittedRegions,
      samlIdP: plan.samlIdP ?? null,
    };
    this.state.orgs[id] = org;
    this.state.audit[id] = [];
    b.ages.set(id, plan.ageDays);
    b.log(id, plan.ageDays, plan.founder, 'org.new', id, null, {
      name: plan.name,
      handle: plan.handle,
      policies: defaultPolicies(),
    });
    if (plan.policies) {
      const after: OrgPolicies = { ...policies, ...plan.policies };
      // Early in the org's life: before any of its projects (which copy the default limits).
      b.log(
        id,
        plan.ageDays * this.rng.float(0.9, 0.97),
        plan.founder,
        'org.update',
        id,
        { policies: defaultPolicies() },
        { policies: after },
      );
      org.policies = after;
    }
    if (plan.billing.billingInformation) {
      const days = plan.billing.billingContactConfirmed
        ? plan.ageDays * this.rng.float(0.9, 0.98)
        : this.rng.float(1, 4);
      b.log(id, days, plan.founder, 'org.updateBillingInformation', id, null, plan.billing.billingInformation);
      if (plan.billing.billingContactConfirmed) {
        b.log(id, days - this.rng.float(0.05, 1.5), plan.founder, 'org.confirmBillingContact', id, false, true);
      }
    }
    return org;
  }

  /**
   * Adds a member, with its history: invited `inviteDays` ago with `initial` flags, and
   * (when `initial` differs) changed to the final flags `changeDays` ago by `actor`.
   */
  addMember(
    org: OrgRecord,
    userId: string,
    membership: Membership,
    actor: string,
    inviteDays: number,
    initial?: Membership,
  ): void {
    const b = this.b;
    org.members[userId] = membership;
    const invited = initial ?? membership;
    // An ADMIN is always invited with the plain ADMIN set (§3); the independent flags come later.
    const invitedAs = invited.level === 'ADMIN' ? adminMembership() : invited;
    b.log(org.id, inviteDays, actor, 'org.invite', userId, null, invitedAs);
    if (!sameMembership(invitedAs, membership)) {
      const changeDays = inviteDays * this.rng.float(0.05, 0.8);
      b.log(
        org.id,
        changeDays,
        actor,
        'org.setMemberAccess',
        userId,
        { [userId]: invitedAs },
        { [userId]: membership },
      );
    }
  }

  /** A random earlier state of a generated member: one flag (or the level) different. */
  randomHistory(membership: Membership): Membership | undefined {
    const rng = this.rng;
    if (membership.level === 'ADMIN') return rng.chance(0.6) ? memberDefaults() : undefined;
    if (!rng.chance(0.3)) return undefined;
    const initial: Membership = { ...membership };
    const flag = rng.pick([
      'allowBillableActivities',
      'projectAccess',
      'appAccess',
      'dataSearch',
      'projectMemberDemotion',
    ] as const);
    if (flag === 'projectAccess') {
      initial.projectAccess = rng.pick(
        ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER', 'NONE'].filter(
          (l) => l !== membership.projectAccess,
        ) as ProjectLevel[],
      );
    } else {
      initial[flag] = !membership[flag];
    }
    return initial;
  }

  /** Invites and then removes a user who is no longer a member. */
  addFormerMember(org: OrgRecord, userId: string, actor: string): void {
    const rng = this.rng;
    const age = this.age(org.id);
    const inviteDays = age * rng.float(0.3, 0.7);
    const membership = randomMember(rng);
    this.b.log(org.id, inviteDays, actor, 'org.invite', userId, null, membership);
    this.b.log(org.id, inviteDays * rng.float(0.1, 0.6), actor, 'org.removeMember', userId, membership, {
      projects: {},
      apps: {},
    });
  }
}

const PERMISSION_LEVELS: readonly ProjectPermission[] = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];

interface ProjectPlan {
  name?: string;
  billTo: string;
  createdBy: string;
  ageDays?: number;
  region?: string;
  /** Extra grants beyond the creator's ADMINISTER, in the order they were made. */
  grants?: [string, ProjectPermission][];
  public?: boolean;
  containsPHI?: boolean;
  tags?: string[];
  dataUsage?: number;
}

/** Builds the projects; all randomness for one project is drawn in a fixed order. */
class ProjectFactory {
  private nameCounter = new Map<string, number>();

  constructor(private readonly w: DemoWorld) {}

  randomName(rng: Rng, created: number): string {
    const subject = rng.pick(PROJECT_SUBJECTS);
    const suffix = rng.pick(PROJECT_SUFFIXES);
    const year = new Date(created).getUTCFullYear();
    const key = `${subject}|${suffix}`;
    const n = (this.nameCounter.get(key) ?? rng.int(0, 3)) + 1;
    this.nameCounter.set(key, n);
    return `${subject} ${year} – ${suffix} ${n}`;
  }

  add(plan: ProjectPlan): ProjectRecord {
    const w = this.w;
    const b = w.b;
    const rng = w.rng;
    const org = plan.billTo.startsWith('org-') ? w.org(plan.billTo) : undefined;
    // The project is younger than its creator, its billing account and (at most) 580 days.
    const oldest = Math.min(580, w.age(plan.createdBy) - 5, org ? w.age(org.id) * 0.85 : Infinity);
    const ageDays = plan.ageDays ?? rng.float(1, oldest);
    const created = b.at(ageDays);
    const id = b.newProjectId(rng);
    const regions = org ? org.permittedRegions : REGIONS;
    const phiDefault = org?.licenses.phiDataProtection ? rng.chance(0.5) : rng.chance(0.05);
    const containsPHI = plan.containsPHI ?? phiDefault;
    const properties: Record<string, string> = {};
    if (rng.chance(0.6)) properties.costCenter = rng.pick(COST_CENTERS);
    if (rng.chance(0.5)) properties.sequencer = rng.pick(SEQUENCERS);
    if (rng.chance(0.4)) properties.cohort = `C${rng.int(100, 999)}`;
    const tags = plan.tags ?? rng.sample(PROJECT_TAGS, rng.int(0, 3));
    const dataUsage = plan.dataUsage ?? cents(Math.exp(rng.float(0, 10)));
    const region = plan.region ?? rng.pick(regions);
    const name = plan.name ?? this.randomName(rng, created);
    const permissions: Record<string, ProjectPermission> = { [plan.createdBy]: 'ADMINISTER' };
    const project: ProjectRecord = {
      id,
      name,
      billTo: plan.billTo,
      created,
      createdBy: plan.createdBy,
      region,
      dataUsage,
      containsPHI,
      dataProtectionNotice: containsPHI && (org?.licenses.phiDataProtection ?? false),
      public: plan.public ?? false,
      permissions,
      tags,
      properties,
      ...projectLimitsFor(org),
    };
    b.state.projects[id] = project;
    b.ages.set(id, ageDays);
    if (org) b.log(org.id, ageDays, plan.createdBy, 'project.new', id, null, { name, billTo: plan.billTo });
    // Grants happen one after another, each made by someone allowed to make it (§6):
    // the creator for users; for an org, an ADMINISTER holder who belongs to that org at
    // the level its projectSharing policy asks. A share nobody could have made is dropped.
    const grants = plan.grants ?? [];
    const fractions = grants.map(() => rng.float(0.02, 0.98)).sort((x, y) => y - x);
    grants.forEach(([invitee, level], k) => {
      if (permissions[invitee] !== undefined) return;
      let actor: string | undefined = plan.createdBy;
      if (invitee.startsWith('org-')) {
        const target = w.org(invitee);
        actor = Object.keys(permissions).find((holder) => {
          const membership = target.members[holder];
          return (
            permissions[holder] === 'ADMINISTER' &&
            membership !== undefined &&
            orgLevelAtLeast(membership.level, target.policies.projectSharing)
          );
        });
      }
      if (!actor) return;
      permissions[invitee] = level;
      const days = ageDays * (fractions[k] ?? 0.5);
      const event = [id, { invitee, level: null }, { invitee, level }] as const;
      if (org) b.log(org.id, days, actor, 'project.invite', ...event);
      if (invitee.startsWith('org-') && invitee !== org?.id) b.log(invitee, days, actor, 'project.invite', ...event);
    });
    return project;
  }
}

/** Orgs of which any of `userIds` is a member. */
function orgsContaining(state: State, userIds: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const orgId in state.orgs) {
    const members = (state.orgs[orgId] as OrgRecord).members;
    if (userIds.some((u) => members[u])) found.add(orgId);
  }
  return found;
}

function adminsOf(org: OrgRecord): string[] {
  return Object.keys(org.members).filter((id) => org.members[id]?.level === 'ADMIN');
}

export interface DemoBuild {
  state: State;
  /** Last sequence number used. */
  seq: number;
}

export function buildDemo(now: number): DemoBuild {
  const w = new DemoWorld(now);
  const { b, rng } = w;
  const state = w.state;

  // --- People ------------------------------------------------------------------------
  const alice = b.addUser({
    username: 'alice',
    first: 'Alice',
    middle: 'P.',
    last: 'Liddell',
    email: 'alice.liddell@acmegenomics.example',
    token: demoToken('alice'),
    ageDays: 1400,
  });
  const bob = b.addUser({
    username: 'bob',
    first: 'Bob',
    last: 'Nakamura',
    email: 'bob.nakamura@acmegenomics.example',
    token: demoToken('bob'),
    ageDays: 1200,
  });
  const carol = b.addUser({
    username: 'carol',
    first: 'Carol',
    last: 'Okafor',
    email: 'carol.okafor@acmegenomics.example',
    token: demoToken('carol'),
    ageDays: 1000,
  });
  const dave = b.addUser({
    username: 'dave',
    first: 'Dave',
    last: 'Fischer',
    email: 'dave.fischer@mail.example',
    token: demoToken('dave'),
    ageDays: 800,
  });

  // Everyone's account is older than the orgs they joined (`minAge`: the oldest such org).
  const people = (count: number, domain: string, minAge: number): UserRecord[] => {
    const list: UserRecord[] = [];
    for (let i = 0; i < count; i++) list.push(b.addPerson(rng, domain, minAge + rng.float(5, 300)));
    return list;
  };
  const acmePeople = people(25, 'acmegenomics.example', 1100);
  const helixPeople = people(11, 'helixclinical.example', 900);
  const pilotPeople = people(5, 'northwind-pilot.example', 75);
  const smallPeople = people(5, 'riverside-lab.example', 700);
  const sharingPeople = people(3, 'crosslab.example', 800);
  const legacyPeople = people(4, 'legacy-core.example', 1300);
  const unaffiliated = people(3, 'mail.example', 1100);

  const at = (list: readonly UserRecord[], i: number): UserRecord => {
    const user = list[i];
    if (!user) throw new Error('seed: not enough people');
    return user;
  };

  // --- Orgs ----------------------------------------------------------------------------
  const acme = w.addOrg({
    handle: 'acme',
    name: 'Acme Genomics',
    ageDays: 1100,
    founder: alice.id,
    licenses: { projectSpendingLimits: true, usageReports: true },
    billing: {
      billingInformation: billingInformation(alice, 'Acme Genomics Inc.', 'Cambridge', 'MA', '02139', 'US', rng),
      billingContactConfirmed: true,
      spendingLimit: 250000,
      charges: [],
      spendingLimitRequests: [],
      reportDestination: null,
    },
    expiresInDays: null,
    permittedRegions: ['aws:us-east-1', 'aws:eu-central-1', 'azure:westus'],
  });
  const helix = w.addOrg({
    handle: 'helix',
    name: 'Helix Clinical Sequencing',
    ageDays: 900,
    founder: alice.id,
    licenses: {
      accountProvisioning: true,
      projectSpendingLimits: true,
      usageReports: true,
      jobLogsForwarding: true,
      phiDataProtection: true,
    },
    policies: {
      restrictProjectTransfer: 'MEMBER',
      projectSharing: 'ADMIN',
      allowInstanceUpgradeOnJobRestart: true,
      jobReuse: true,
      detailedJobMetricsCollectDefault: true,
      projectLimits: {
        monthlyComputeLimit: 5000,
        monthlyEgressBytesLimit: 1024 * GIB,
        monthlyStorageLimit: 2000,
        action: 'BLOCK',
      },
    },
    billing: {
      billingInformation: billingInformation(
        alice,
        'Helix Clinical Sequencing LLC',
        'Heidelberg',
        'BW',
        '69117',
        'DE',
        rng,
      ),
      billingContactConfirmed: true,
      spendingLimit: 600000,
      charges: [],
      spendingLimitRequests: [],
      reportDestination: null,
    },
    expiresInDays: null,
    phiFeaturesEnabled: true,
    permittedRegions: ['aws:us-east-1', 'aws:eu-central-1'],
    samlIdP: 'https://sso.helixclinical.example/saml2/metadata',
  });
  const pilot = w.addOrg({
    handle: 'pilot',
    name: 'Northwind Pilot Program',
    ageDays: 75,
    founder: alice.id,
    licenses: { accountProvisioning: true },
    billing: { ...emptyBillingAccount(), spendingLimit: 20000 },
    expiresInDays: 12,
    permittedRegions: ['aws:us-east-1'],
  });
  const smallAdmin = at(smallPeople, 0);
  const smalllab = w.addOrg({
    handle: 'smalllab',
    name: 'Riverside Small Lab',
    ageDays: 700,
    founder: smallAdmin.id,
    policies: { memberListVisibility: 'MEMBER' },
    billing: {
      billingInformation: billingInformation(smallAdmin, 'Riverside University', 'Portland', 'OR', '97201', 'US', rng),
      billingContactConfirmed: false,
      spendingLimit: 15000,
      charges: [],
      spendingLimitRequests: [],
      reportDestination: null,
    },
    expiresInDays: null,
    permittedRegions: ['azure:westus', 'aws:us-east-1'],
  });
  const sharingAdmin = at(sharingPeople, 0);
  const sharing = w.addOrg({
    handle: 'sharing',
    name: 'Cross-Lab Sharing Consortium',
    ageDays: 800,
    founder: sharingAdmin.id,
    policies: { memberListVisibility: 'PUBLIC' },
    billing: emptyBillingAccount(),
    expiresInDays: null,
    permittedRegions: ['aws:us-east-1', 'aws:eu-central-1', 'azure:westus'],
  });
  const legacyAdmin = at(legacyPeople, 0);
  const legacy = w.addOrg({
    handle: 'legacy_core',
    name: 'Legacy Sequencing Core',
    ageDays: 1300,
    founder: legacyAdmin.id,
    policies: { restrictProjectTransfer: 'MEMBER' },
    billing: {
      billingInformation: billingInformation(legacyAdmin, 'Legacy Sequencing Core', 'Austin', 'TX', '78701', 'US', rng),
      billingContactConfirmed: true,
      spendingLimit: null,
      charges: [],
      spendingLimitRequests: [],
      reportDestination: null,
    },
    expiresInDays: -20,
    permittedRegions: ['aws:us-east-1'],
  });

  // --- Memberships ---------------------------------------------------------------------
  const inviteDays = (org: OrgRecord) => w.age(org.id) * rng.float(0.86, 0.99);
  /** Random members; the first `forceBillable` may bill. A non-billable org gives nobody billable access. */
  const addGenerated = (
    org: OrgRecord,
    actor: string,
    members: readonly UserRecord[],
    forceBillable: number,
    billableChance = 0.35,
  ) => {
    members.forEach((person, i) => {
      const membership = randomMember(rng, i < forceBillable ? true : rng.chance(billableChance));
      w.addMember(org, person.id, membership, actor, inviteDays(org), w.randomHistory(membership));
    });
  };

  // Acme: alice, a second admin (TRE management), bob, carol, 24 generated members.
  const acmeAdmin2 = at(acmePeople, 0);
  w.addMember(acme, acmeAdmin2.id, adminMembership(true, false), alice.id, inviteDays(acme), memberDefaults());
  const bobMembership: Membership = { ...memberDefaults(), allowBillableActivities: true };
  w.addMember(acme, bob.id, bobMembership, alice.id, w.age(acme.id) * 0.8, memberDefaults());
  const carolMembership: Membership = { ...memberDefaults(), projectAccess: 'VIEW' };
  w.addMember(acme, carol.id, carolMembership, acmeAdmin2.id, w.age(acme.id) * 0.6, memberDefaults());
  addGenerated(acme, alice.id, acmePeople.slice(1), 3);
  w.addFormerMember(acme, at(unaffiliated, 0).id, alice.id);
  bob.billTo = acme.id;

  // Helix: alice, a second admin (cloud integration management), 10 generated members.
  const helixAdmin2 = at(helixPeople, 0);
  w.addMember(helix, helixAdmin2.id, adminMembership(false, true), alice.id, inviteDays(helix));
  addGenerated(helix, alice.id, helixPeople.slice(1), 2);

  // Pilot: alice is the only admin (the "last admin" rule has something to protect).
  addGenerated(pilot, alice.id, pilotPeople, 2);

  // Small lab: a generated admin and four members; no licenses; members may list members.
  addGenerated(smalllab, smallAdmin.id, smallPeople.slice(1), 2);
  w.addFormerMember(smalllab, at(unaffiliated, 1).id, smallAdmin.id);

  // Sharing consortium: two admins, members drawn from other labs (never alice, bob, carol
  // or the other orgs' second admins), and a few outsiders.
  const sharingAdmin2 = at(sharingPeople, 1);
  w.addMember(sharing, sharingAdmin2.id, adminMembership(), sharingAdmin.id, inviteDays(sharing), memberDefaults());
  const sharingMembers = [
    ...rng.sample(acmePeople.slice(1), 4),
    ...rng.sample(helixPeople.slice(1), 3),
    ...rng.sample(smallPeople.slice(1), 2),
    at(sharingPeople, 2),
  ];
  addGenerated(sharing, sharingAdmin.id, sharingMembers, 0, 0);

  // Legacy core (expired 20 days ago): a generated admin and three members.
  addGenerated(legacy, legacyAdmin.id, legacyPeople.slice(1), 1);

  // --- Projects ------------------------------------------------------------------------
  const factory = new ProjectFactory(w);
  const billableMembers = (org: OrgRecord) =>
    Object.keys(org.members).filter((id) => org.members[id]?.allowBillableActivities);
  const outsiders = [...unaffiliated.map((u) => u.id), at(sharingPeople, 2).id];

  /** Random grants: some org members (never carol: she stays VIEW-only), an org share, an outsider. */
  const randomGrants = (
    org: OrgRecord,
    creator: string,
    candidates: readonly string[],
    shareOrgs: readonly string[],
  ): [string, ProjectPermission][] => {
    const grants: [string, ProjectPermission][] = [];
    const pool = candidates.filter((id) => id !== creator && id !== carol.id);
    for (const id of rng.sample(pool, rng.int(0, 3))) grants.push([id, rng.pick(PERMISSION_LEVELS)]);
    for (const orgId of shareOrgs)
      if (rng.chance(orgId === org.id ? 0.45 : 0.15)) grants.push([orgId, rng.pick(PERMISSION_LEVELS)]);
    if (rng.chance(0.1)) grants.push([rng.pick(outsiders), 'VIEW']);
    return grants;
  };

  const addOrgProjects = (org: OrgRecord, count: number, shareOrgs: readonly string[]) => {
    const creators = billableMembers(org);
    const members = Object.keys(org.members);
    for (let i = 0; i < count; i++) {
      const creator = rng.pick(creators);
      factory.add({ billTo: org.id, createdBy: creator, grants: randomGrants(org, creator, members, shareOrgs) });
    }
  };

  /** Projects billed to `org` that none of its admins can see: "grant yourself Administer" has work. */
  const addHiddenProjects = (org: OrgRecord, count: number) => {
    const admins = adminsOf(org);
    const nonAdmins = Object.keys(org.members).filter((id) => org.members[id]?.level === 'MEMBER');
    const creators = nonAdmins.filter((id) => org.members[id]?.allowBillableActivities);
    const adminOrgs = orgsContaining(state, admins);
    const shareable = Object.keys(state.orgs).filter((id) => !adminOrgs.has(id));
    for (let i = 0; i < count; i++) {
      const creator = rng.pick(creators);
      const grants: [string, ProjectPermission][] = [];
      for (const id of rng.sample(
        nonAdmins.filter((id) => id !== creator && id !== carol.id),
        rng.int(0, 2),
      )) {
        grants.push([id, rng.pick(PERMISSION_LEVELS)]);
      }
      if (i === 0 && shareable.length > 0) grants.push([rng.pick(shareable), 'CONTRIBUTE']);
      factory.add({ billTo: org.id, createdBy: creator, grants, tags: ['restricted'] });
    }
  };

  // Acme: a few named projects, then random ones, then hidden ones.
  // An acme member who also belongs to the sharing consortium: the one who can share with it.
  const bridge = sharingMembers.find((u) => acme.members[u.id]);
  if (!bridge) throw new Error('seed: no acme member in the sharing consortium');
  factory.add({
    name: 'Reference genomes – GRCh38 & T2T-CHM13',
    billTo: acme.id,
    createdBy: alice.id,
    ageDays: 560,
    region: 'aws:us-east-1',
    public: true,
    containsPHI: false,
    tags: ['GRCh38', 'T2T', 'reference'],
    dataUsage: 912.5,
    grants: [
      [bridge.id, 'ADMINISTER'],
      [acme.id, 'VIEW'],
      [sharing.id, 'VIEW'],
    ],
  });
  factory.add({
    name: 'Shared QC dashboards',
    billTo: acme.id,
    createdBy: acmeAdmin2.id,
    containsPHI: false,
    tags: ['QC'],
    grants: [[acme.id, 'CONTRIBUTE']],
  });
  factory.add({
    name: 'Consortium variant exchange',
    billTo: acme.id,
    createdBy: bob.id,
    containsPHI: false,
    tags: ['joint-calling', 'research'],
    grants: [
      [bridge.id, 'ADMINISTER'],
      [sharing.id, 'UPLOAD'],
      [acme.id, 'VIEW'],
    ],
  });
  const reports = factory.add({
    name: 'Billing reports',
    billTo: acme.id,
    createdBy: alice.id,
    containsPHI: false,
    tags: [],
    dataUsage: 0.25,
  });
  acme.billing.reportDestination = reports.id;
  factory.add({
    name: 'Clinical pipeline validation',
    billTo: acme.id,
    createdBy: acmeAdmin2.id,
    containsPHI: false,
    tags: ['validation', 'clinical'],
    grants: [
      [acme.id, 'ADMINISTER'],
      [alice.id, 'ADMINISTER'],
      [helix.id, 'CONTRIBUTE'],
    ],
  });
  addOrgProjects(acme, 24, [acme.id, sharing.id]);
  addHiddenProjects(acme, 4);

  addOrgProjects(helix, 10, [helix.id, sharing.id]);
  addHiddenProjects(helix, 2);
  addOrgProjects(pilot, 6, [pilot.id]);
  addOrgProjects(smalllab, 7, [smalllab.id, sharing.id]);
  addOrgProjects(legacy, 3, [legacy.id]);

  // Projects billed to people.
  const personal = (user: UserRecord, count: number, grants: [string, ProjectPermission][] = []) => {
    for (let i = 0; i < count; i++) {
      factory.add({
        billTo: user.id,
        createdBy: user.id,
        grants: i === 0 ? grants : [],
        dataUsage: cents(Math.exp(rng.float(0, 6))),
      });
    }
  };
  personal(alice, 2);
  personal(dave, 2, [
    [bob.id, 'UPLOAD'],
    [at(unaffiliated, 2).id, 'VIEW'],
  ]);
  personal(bob, 1);
  personal(at(sharingPeople, 2), 1, [[sharing.id, 'VIEW']]);
  personal(at(acmePeople, 5), 1);

  // --- Apps ----------------------------------------------------------------------------
  const appOrgs: OrgRecord[] = [acme, acme, acme, acme, acme, helix, helix, helix, helix, smalllab, pilot, legacy];
  appOrgs.forEach((org, i) => {
    const spec = APPS[i];
    if (!spec) throw new Error('seed: not enough app names');
    const candidates = Object.keys(org.members).filter((id) => org.members[id]?.appAccess && id !== carol.id);
    const developers = rng.sample(candidates, rng.int(1, 2));
    if (i === 0 || i === 5) developers.unshift(alice.id);
    // Every kind of authorization, in turn: the org, everyone, two orgs, a person, nobody yet.
    const outsider = rng.pick(outsiders);
    const authorized = [[org.id], ['PUBLIC'], [org.id, sharing.id], [outsider, org.id], [org.id], []][
      i % 6
    ] as string[];
    const ageDays = rng.float(30, Math.min(700, w.age(org.id) * 0.9));
    const publishedDays = ageDays * rng.float(0.1, 0.9);
    const published = i % 3 === 2 || authorized.length === 0 ? 0 : b.at(publishedDays);
    const app: AppRecord = {
      id: `app-${spec.name}`,
      name: spec.name,
      title: spec.title,
      version: `${rng.int(0, 4)}.${rng.int(0, 12)}.${rng.int(0, 9)}`,
      billTo: org.id,
      developers: [...new Set(developers)],
      authorizedUsers: authorized,
      published,
      created: b.at(ageDays),
    };
    state.apps[app.id] = app;
  });

  // --- Billing -------------------------------------------------------------------------
  // People who bill projects to themselves have their own billing set up.
  for (const user of [alice, dave, bob, at(sharingPeople, 2), at(acmePeople, 5)]) {
    user.billing.billingInformation = billingInformation(user, '', 'Springfield', 'IL', '62701', 'US', rng);
    user.billing.billingContactConfirmed = true;
  }
  dave.billing.spendingLimit = 1000;
  // Some generated members bill to an org where they may (one that has billing set up).
  for (const person of [...acmePeople, ...helixPeople, ...pilotPeople, ...smallPeople]) {
    if (person.billTo !== person.id) continue;
    const billable = Object.keys(state.orgs).find((orgId) => {
      const org = state.orgs[orgId] as OrgRecord;
      return (
        org.members[person.id]?.allowBillableActivities &&
        org.billing.billingInformation !== null &&
        org.expiresAt === null
      );
    });
    if (billable && rng.chance(0.5) && person !== at(acmePeople, 5)) person.billTo = billable;
  }

  acme.billing.spendingLimitRequests.push({
    id: `request-${String(b.nextSeq()).padStart(6, '0')}`,
    amount: 400000,
    poNumber: 'PO-2025-0117',
    note: 'Second sequencing wave of the WGS cohort',
    requestedBy: alice.id,
    created: b.at(3.2),
    state: 'PENDING',
  });
  const request = acme.billing.spendingLimitRequests[0];
  b.log(acme.id, 3.2, alice.id, 'org.requestSpendingLimitChange', request?.id ?? '', null, request);

  // Job logs forwarding on helix, set once.
  const forwardingDays = 40.5;
  helix.jobLogsForwarding = {
    url: 'https://hec.helixclinical.example:8088/services/collector/event',
    tokenSignature: bytesToHex(sha256(utf8ToBytes('helix-demo-hec-token'))),
    updated: b.at(forwardingDays),
    updatedBy: alice.id,
  };
  b.log(
    helix.id,
    forwardingDays,
    alice.id,
    'org.update',
    helix.id,
    { jobLogsForwarding: null },
    { jobLogsForwarding: helix.jobLogsForwarding },
  );

  const months = monthsEnding(now);
  const chargeRng = Rng.derive(DEMO_SEED, 'charges');
  const billedTo = new Map<string, ProjectRecord[]>();
  for (const id in state.projects) {
    const project = state.projects[id] as ProjectRecord;
    const list = billedTo.get(project.billTo);
    if (list) list.push(project);
    else billedTo.set(project.billTo, [project]);
  }
  const scales: Record<string, number> = { [pilot.id]: 0.5, [smalllab.id]: 0.08, [legacy.id]: 0.3 };
  for (const orgId in state.orgs) {
    addCharges(
      chargeRng,
      (state.orgs[orgId] as OrgRecord).billing,
      billedTo.get(orgId) ?? [],
      months,
      scales[orgId] ?? 1,
    );
  }
  for (const userId in state.users) {
    const projects = billedTo.get(userId);
    if (projects) addCharges(chargeRng, (state.users[userId] as UserRecord).billing, projects, months, 0.03);
  }

  b.flushAudit();
  assignPersonas(state, new Set(DEMO_PERSONAS));
  return { state, seq: b.seq };
}

export function seedDemo(now: number): State {
  const { state, seq } = buildDemo(now);
  state.sequence = finalSequence(seq);
  return state;
}
