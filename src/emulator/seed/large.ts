/**
 * The `large` scenario: the demo, plus one org with 50,000 members and 20,000 projects
 * billed to it (alice is one of its admins). Built with plain loops and object literals
 * (no spreads, no validation, no sorting inside loops) so that it takes well under a second.
 */
import type { ProjectPermission, ProjectLevel } from '../../wire/levels';
import {
  emptyBillingAccount,
  type Membership,
  type OrgRecord,
  type ProjectRecord,
  type State,
  type UserRecord,
} from '../core/state';
import { defaultPolicies } from '../core/orgs';
import { buildDemo, DEMO_PERSONAS } from './demo';
import { finalSequence, SeedBuilder } from './toolkit/builder';
import { addCharges } from './toolkit/charges';
import { adminMembership } from './toolkit/memberships';
import { assignPersonas } from './toolkit/personas';
import { cents, GIB, monthsEnding } from './toolkit/units';
import {
  APPS,
  COST_CENTERS,
  FIRST_NAMES,
  LAST_NAMES,
  MIDDLE_INITIALS,
  PROJECT_SUBJECTS,
  PROJECT_SUFFIXES,
  PROJECT_TAGS,
  SEQUENCERS,
} from './toolkit/names';
import { Rng } from './toolkit/random';

export const LARGE_SEED = 'org-console-large-v1';
export const LARGE_ORG_ID = 'org-megacohort';
export const LARGE_MEMBERS = 50_000;
export const LARGE_PROJECTS = 20_000;

const ORG_AGE_DAYS = 1000;
const ADMINS = 3; // alice and two generated people
const PERMISSION_LEVELS: readonly ProjectPermission[] = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];
const MEMBER_ACCESS: readonly ProjectLevel[] = [
  'CONTRIBUTE',
  'CONTRIBUTE',
  'CONTRIBUTE',
  'VIEW',
  'VIEW',
  'UPLOAD',
  'ADMINISTER',
  'NONE',
];
const REGIONS = ['aws:us-east-1', 'aws:eu-central-1'];

export function seedLarge(now: number): State {
  const { state, seq } = buildDemo(now);
  state.scenario = 'large';
  const b = new SeedBuilder(now, state, seq);
  const rng = new Rng(LARGE_SEED);
  const alice = 'user-alice';

  const org: OrgRecord = {
    id: LARGE_ORG_ID,
    handle: LARGE_ORG_ID.slice('org-'.length),
    name: 'MegaCohort Biobank',
    created: b.at(ORG_AGE_DAYS),
    policies: defaultPolicies(),
    members: { [alice]: adminMembership() },
    billing: {
      billingInformation: {
        email: 'billing@megacohort.example',
        name: 'Accounts Payable',
        companyName: 'MegaCohort Biobank Foundation',
        address1: '1 Biobank Plaza',
        address2: '',
        city: 'Manchester',
        state: '',
        postCode: 'M1 1AA',
        country: 'GB',
        phone: '+44 161 555 0100',
      },
      billingContactConfirmed: true,
      spendingLimit: 25_000_000,
      charges: [],
      spendingLimitRequests: [],
      reportDestination: null,
    },
    licenses: {
      accountProvisioning: false,
      projectSpendingLimits: true,
      usageReports: true,
      jobLogsForwarding: false,
      phiDataProtection: false,
    },
    expiresAt: null,
    phiFeaturesEnabled: false,
    jobLogsForwarding: null,
    permittedRegions: REGIONS.slice(),
    samlIdP: null,
  };
  state.orgs[org.id] = org;
  state.audit[org.id] = [];
  b.log(org.id, ORG_AGE_DAYS, alice, 'org.new', org.id, null, {
    name: org.name,
    handle: org.handle,
    policies: defaultPolicies(),
  });
  b.log(
    org.id,
    ORG_AGE_DAYS - 0.5,
    alice,
    'org.updateBillingInformation',
    org.id,
    null,
    org.billing.billingInformation,
  );
  b.log(org.id, ORG_AGE_DAYS - 1.2, alice, 'org.confirmBillingContact', org.id, false, true);

  // --- Members: alice + 49,999 generated people ----------------------------------------
  const memberIds: string[] = [alice];
  const billable: string[] = [alice];
  const withAppAccess: string[] = [alice];
  const domain = 'megacohort.example';
  const firstLower = FIRST_NAMES.map((name) => name.toLowerCase());
  const lastLower = LAST_NAMES.map((name) => name.toLowerCase());
  for (let i = 1; i < LARGE_MEMBERS; i++) {
    const f = rng.int(0, FIRST_NAMES.length - 1);
    const l = rng.int(0, LAST_NAMES.length - 1);
    const first = FIRST_NAMES[f] as string;
    const last = LAST_NAMES[l] as string;
    const middle = rng.pick(MIDDLE_INITIALS);
    const username = b.usernameFrom(`${firstLower[f]}.${lastLower[l]}`);
    const id = `user-${username}`;
    const userAge = ORG_AGE_DAYS + rng.float(5, 500);
    let membership: Membership;
    if (i < ADMINS) {
      membership = adminMembership(i === 1, false);
    } else {
      membership = {
        level: 'MEMBER',
        allowBillableActivities: rng.chance(0.2),
        projectAccess: rng.pick(MEMBER_ACCESS),
        appAccess: rng.chance(0.9),
        archivalManagement: rng.chance(0.05),
        projectMemberDemotion: rng.chance(0.05),
        dataDeletion: rng.chance(0.03),
        dataSearch: rng.chance(0.08),
        treManagement: rng.chance(0.02),
        cloudIntegrationManagement: rng.chance(0.01),
      };
    }
    const billsToOrg = membership.allowBillableActivities && rng.chance(0.3);
    const user: UserRecord = {
      id,
      handle: username,
      first,
      middle,
      last,
      email: `${username}@${domain}`,
      billTo: billsToOrg ? org.id : id,
      created: b.at(userAge),
      persona: '',
      tokenHash: null,
      billing: emptyBillingAccount(),
    };
    state.users[id] = user;
    org.members[id] = membership;
    memberIds.push(id);
    if (membership.allowBillableActivities) billable.push(id);
    if (membership.appAccess) withAppAccess.push(id);
  }

  // Some history: the admins, then a sample of members invited (the rest predate the log).
  for (let i = 1; i < ADMINS; i++) {
    const id = memberIds[i] as string;
    const days = ORG_AGE_DAYS - 2 - i;
    b.log(org.id, days, alice, 'org.invite', id, null, adminMembership());
    const final = org.members[id] as Membership;
    if (final.treManagement || final.cloudIntegrationManagement) {
      b.log(org.id, days - 30, alice, 'org.setMemberAccess', id, { [id]: adminMembership() }, { [id]: final });
    }
  }
  const invited = new Set<string>();
  for (let k = 0; k < 300; k++) {
    const id = memberIds[rng.int(ADMINS, LARGE_MEMBERS - 1)] as string;
    const actor = memberIds[rng.int(0, ADMINS - 1)] as string;
    const days = rng.float(1, ORG_AGE_DAYS - 10);
    if (invited.has(id)) continue;
    invited.add(id);
    b.log(org.id, days, actor, 'org.invite', id, null, org.members[id]);
  }
  b.log(org.id, 200.25, alice, 'org.update', org.id, { name: 'MegaCohort' }, { name: org.name });

  // --- Projects: 20,000 billed to the org ----------------------------------------------
  const projects: ProjectRecord[] = [];
  for (let i = 0; i < LARGE_PROJECTS; i++) {
    const creator = billable[rng.int(0, billable.length - 1)] as string;
    const ageDays = rng.float(1, 580);
    const created = b.at(ageDays);
    const id = b.newProjectId(rng);
    const permissions: Record<string, ProjectPermission> = { [creator]: 'ADMINISTER' };
    if (rng.chance(0.5)) {
      const other = memberIds[rng.int(0, LARGE_MEMBERS - 1)] as string;
      if (permissions[other] === undefined) permissions[other] = rng.pick(PERMISSION_LEVELS);
    }
    if (rng.chance(0.3)) permissions[org.id] = rng.pick(PERMISSION_LEVELS);
    const properties: Record<string, string> = {};
    if (rng.chance(0.5)) properties.costCenter = rng.pick(COST_CENTERS);
    if (rng.chance(0.3)) properties.sequencer = rng.pick(SEQUENCERS);
    const tags: string[] = [];
    if (rng.chance(0.6)) tags.push(rng.pick(PROJECT_TAGS));
    const name = `${rng.pick(PROJECT_SUBJECTS)} ${new Date(created).getUTCFullYear()} – ${rng.pick(PROJECT_SUFFIXES)} ${(i % 40) + 1}`;
    const project: ProjectRecord = {
      id,
      name,
      billTo: org.id,
      created,
      createdBy: creator,
      region: rng.chance(0.7) ? 'aws:us-east-1' : 'aws:eu-central-1',
      dataUsage: cents(Math.exp(rng.float(0, 10))),
      containsPHI: rng.chance(0.03),
      dataProtectionNotice: false,
      public: false,
      permissions,
      tags,
      properties,
      monthlyComputeLimit: null,
      monthlyEgressBytesLimit: null,
      monthlyStorageLimit: null,
    };
    state.projects[id] = project;
    projects.push(project);
    if (ageDays < 7) b.log(org.id, ageDays, creator, 'project.new', id, null, { name, billTo: org.id });
  }

  // Default limits were set recently: they apply to projects created since.
  org.policies.projectLimits = {
    monthlyComputeLimit: 20000,
    monthlyEgressBytesLimit: 10 * 1024 * GIB,
    monthlyStorageLimit: 5000,
    action: 'NOTIFY',
  };
  b.log(org.id, 0.75, alice, 'org.update', org.id, { policies: defaultPolicies() }, { policies: org.policies });

  // --- Apps ----------------------------------------------------------------------------
  for (const spec of APPS.slice(12)) {
    const ageDays = rng.float(30, 700);
    const developers = [withAppAccess[rng.int(0, withAppAccess.length - 1)] as string];
    state.apps[`app-${spec.name}`] = {
      id: `app-${spec.name}`,
      name: spec.name,
      title: spec.title,
      version: `${rng.int(1, 3)}.${rng.int(0, 9)}.${rng.int(0, 9)}`,
      billTo: org.id,
      developers,
      authorizedUsers: [org.id],
      published: rng.chance(0.6) ? b.at(ageDays * 0.5) : 0,
      created: b.at(ageDays),
    };
  }

  // --- Charges: the active tenth of the projects ----------------------------------------
  const chargeRng = Rng.derive(LARGE_SEED, 'charges');
  const active: ProjectRecord[] = [];
  for (const project of projects) if (chargeRng.chance(0.1)) active.push(project);
  addCharges(chargeRng, org.billing, active, monthsEnding(now));

  b.flushAudit();
  assignPersonas(state, new Set(DEMO_PERSONAS));
  state.sequence = finalSequence(b.seq);
  return state;
}
