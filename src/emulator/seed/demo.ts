/**
 * The `demo` scenario: a handful of clearly described people (alice, bob, carol, dave),
 * six orgs of different shapes, ~70 projects and a dozen apps, with a year of charges
 * and some audit history. Deterministic: a fixed PRNG seed, and every time derived
 * from `now`.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ProjectPermission } from '../../wire/levels';
import {
  emptyBillingAccount,
  type AppRecord,
  type Membership,
  type OrgRecord,
  type ProjectRecord,
  type State,
  type UserRecord,
} from '../core/state';
import { memberDefaults } from '../core/membership-rules';
import { demoToken } from '../core/tokens';
import { billingInformation, DEMO_SEED, DemoWorld, PERMISSION_LEVELS, ProjectFactory } from './demo-world';
import { finalSequence } from './toolkit/builder';
import { addCharges } from './toolkit/charges';
import { adminMembership, randomMember } from './toolkit/memberships';
import { APPS } from './toolkit/names';
import { assignPersonas } from './toolkit/personas';
import { Rng } from './toolkit/random';
import { cents, GIB, monthsEnding } from './toolkit/units';

/** The demo people, listed first on the sign-in page. */
export const DEMO_PERSONAS = ['user-alice', 'user-bob', 'user-carol', 'user-dave'] as const;

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
