/**
 * How the demo scenario is built: its world (orgs with their history, members invited
 * and changed over time) and its projects (each shared only by someone who could have).
 */
import type { BillingInformation, OrgLicenses, OrgPolicies, ProjectLimits } from '../../wire/entities';
import { orgLevelAtLeast, type ProjectLevel, type ProjectPermission } from '../../wire/levels';
import { sameMembership } from '../../wire/membership';
import { memberDefaults } from '../core/membership-rules';
import { defaultPolicies, noLicenses } from '../core/orgs';
import {
  emptyState,
  type BillingAccount,
  type Membership,
  type OrgRecord,
  type ProjectRecord,
  type State,
  type UserRecord,
} from '../core/state';
import { SeedBuilder } from './toolkit/builder';
import { adminMembership, randomMember } from './toolkit/memberships';
import {
  COST_CENTERS,
  PROJECT_SUBJECTS,
  PROJECT_SUFFIXES,
  PROJECT_TAGS,
  REGIONS,
  SEQUENCERS,
  STREETS,
} from './toolkit/names';
import { Rng } from './toolkit/random';
import { cents, daysAgo } from './toolkit/units';

/** The PRNG seed of the demo scenario. Changing it changes every generated name and ID. */
export const DEMO_SEED = 'org-console-demo-v1';

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

export function billingInformation(
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

export class DemoWorld {
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

export const PERMISSION_LEVELS: readonly ProjectPermission[] = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];

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
export class ProjectFactory {
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
