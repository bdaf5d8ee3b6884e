/**
 * A realistic, fully deterministic world for the permission matrix and the bad-input
 * properties: one org (`org-acme`) whose people cover every standing the rules care
 * about, a project and an app billed to it, a second org, and a few outsiders.
 *
 * The people are described by their traits (level in acme, flags, explicit project
 * permission, developer or not); the world is built from those traits, and the matrix
 * derives its expected outcomes from the same traits and the spec, never from the
 * emulator's own access functions.
 */
import type { License, MemberListVisibility } from '../../wire/entities';
import type { OrgLevel, ProjectPermission } from '../../wire/levels';
import type { AppRecord, State } from '../core/state';
import { admin, member, NOW, org, project, user, world } from './world';

export interface Persona {
  /** Username; the user ID is `user-<name>`. */
  name: string;
  /** Standing in org-acme (null: not a member). */
  acme: OrgLevel | null;
  /** MEMBER flags in acme (an ADMIN has every flag whatever is written here). */
  billable?: boolean;
  demotion?: boolean;
  appAccess?: boolean;
  /** The member's shared project access in acme (MEMBER default CONTRIBUTE). */
  projectAccess?: 'VIEW' | 'UPLOAD' | 'CONTRIBUTE' | 'ADMINISTER';
  /** Explicit permission on the acme project MAIN_PROJECT. */
  onProject?: ProjectPermission;
  /** A developer of APP. */
  developer?: boolean;
  /** What the persona is there to show. */
  about: string;
}

export const PERSONAS: readonly Persona[] = [
  { name: 'adm', acme: 'ADMIN', about: 'ADMIN of acme, no explicit project permission' },
  { name: 'admp', acme: 'ADMIN', onProject: 'ADMINISTER', about: 'ADMIN of acme holding ADMINISTER on the project' },
  { name: 'mem', acme: 'MEMBER', about: 'MEMBER of acme with the default flags' },
  { name: 'bill', acme: 'MEMBER', billable: true, about: 'MEMBER with allowBillableActivities' },
  { name: 'demo', acme: 'MEMBER', demotion: true, about: 'MEMBER with projectMemberDemotion' },
  { name: 'noapp', acme: 'MEMBER', appAccess: false, about: 'MEMBER with appAccess false' },
  {
    name: 'padm',
    acme: 'MEMBER',
    projectAccess: 'ADMINISTER',
    about: 'MEMBER whose shared project access is ADMINISTER',
  },
  { name: 'own', acme: 'MEMBER', onProject: 'ADMINISTER', about: 'MEMBER holding ADMINISTER on the project' },
  {
    name: 'ownb',
    acme: 'MEMBER',
    billable: true,
    onProject: 'ADMINISTER',
    about: 'billable MEMBER holding ADMINISTER on the project',
  },
  { name: 'view', acme: 'MEMBER', onProject: 'VIEW', about: 'MEMBER holding VIEW on the project' },
  { name: 'out', acme: null, about: 'signed in, in no relevant org' },
  { name: 'outp', acme: null, onProject: 'ADMINISTER', about: 'not a member, but ADMINISTER on the project' },
  { name: 'dev', acme: null, developer: true, about: 'not a member, developer of the app' },
];

/** A user in org-beta only: the invitee of invites, never a caller. */
export const BYSTANDER = 'user-zed';
export const ORG = 'org-acme';
export const OTHER_ORG = 'org-beta';
export const MAIN_PROJECT = `project-${'acmeMain'.padEnd(24, '0')}`;
export const APP = 'app-aligner';
export const PUBLIC_APP = 'app-public_tool';

/** Each persona also owns a project billed to themselves. */
export const personalProject = (name: string) => `project-${`home${name}`.padEnd(24, '0')}`;

export interface MatrixEnv {
  memberListVisibility: MemberListVisibility;
  restrictProjectTransfer: OrgLevel;
  projectSharing: OrgLevel;
  /** Licenses acme does NOT hold (it holds every other one). */
  missingLicenses: License[];
  expired: boolean;
  /** acme has spent past its spending limit. */
  broke: boolean;
  /** MAIN_PROJECT is shared with acme at this level. */
  sharedWithOrg: ProjectPermission | null;
}

export const DEFAULT_ENV: MatrixEnv = {
  memberListVisibility: 'ADMIN',
  restrictProjectTransfer: 'ADMIN',
  projectSharing: 'MEMBER',
  missingLicenses: [],
  expired: false,
  broke: false,
  sharedWithOrg: null,
};

export const BILLING_INFORMATION = {
  email: 'billing@acme.example',
  name: 'Acme Billing',
  companyName: 'Acme Genomics',
  address1: '1 Main Street',
  address2: '',
  city: 'Springfield',
  state: 'IL',
  postCode: '62701',
  country: 'US',
  phone: '+1 217 555 0100',
};

export function matrixWorld(env: Partial<MatrixEnv> = {}): State {
  const e: MatrixEnv = { ...DEFAULT_ENV, ...env };
  const members: Record<string, ReturnType<typeof admin>> = {};
  for (const p of PERSONAS) {
    if (p.acme === 'ADMIN') members[`user-${p.name}`] = admin();
    else if (p.acme === 'MEMBER') {
      members[`user-${p.name}`] = member({
        allowBillableActivities: p.billable ?? false,
        projectMemberDemotion: p.demotion ?? false,
        appAccess: p.appAccess ?? true,
        projectAccess: p.projectAccess ?? 'CONTRIBUTE',
      });
    }
  }
  const acme = org('acme', members, {
    expiresAt: e.expired ? NOW - 86_400_000 : NOW + 365 * 86_400_000,
    jobLogsForwarding: {
      url: 'https://logs.acme.example/collector',
      tokenSignature: 'a'.repeat(64),
      updated: NOW - 3_600_000,
      updatedBy: 'user-adm',
    },
  });
  acme.policies = {
    ...acme.policies,
    memberListVisibility: e.memberListVisibility,
    restrictProjectTransfer: e.restrictProjectTransfer,
    projectSharing: e.projectSharing,
  };
  for (const license of Object.keys(acme.licenses) as License[]) {
    acme.licenses[license] = !e.missingLicenses.includes(license);
  }
  acme.billing = {
    ...acme.billing,
    billingInformation: { ...BILLING_INFORMATION },
    billingContactConfirmed: false,
    spendingLimit: 1000,
    charges: [
      {
        project: MAIN_PROJECT,
        month: '2026-10',
        compute: e.broke ? 1500 : 120.5,
        storage: 10,
        egress: 2.25,
        archival: 0,
        publicIpv4: 0.5,
      },
    ],
  };
  const beta = org('beta', { [BYSTANDER]: admin() });

  const permissions: Record<string, ProjectPermission> = {};
  for (const p of PERSONAS) if (p.onProject) permissions[`user-${p.name}`] = p.onProject;
  if (e.sharedWithOrg) permissions[ORG] = e.sharedWithOrg;
  const main = project(ORG, permissions, {
    id: MAIN_PROJECT,
    name: 'Acme main',
    createdBy: 'user-admp',
    tags: ['wgs'],
    properties: { cohort: 'A' },
  });
  const personal = PERSONAS.map((p) =>
    project(
      `user-${p.name}`,
      { [`user-${p.name}`]: 'ADMINISTER' },
      { id: personalProject(p.name), name: `Home of ${p.name}`, createdBy: `user-${p.name}` },
    ),
  );

  const app: AppRecord = {
    id: APP,
    name: 'aligner',
    title: 'Aligner',
    version: '1.2.0',
    billTo: ORG,
    developers: PERSONAS.filter((p) => p.developer).map((p) => `user-${p.name}`),
    authorizedUsers: [ORG],
    published: NOW - 5 * 86_400_000,
    created: NOW - 6 * 86_400_000,
  };
  const publicApp: AppRecord = {
    id: PUBLIC_APP,
    name: 'public_tool',
    title: 'Public tool',
    version: '0.1.0',
    billTo: BYSTANDER,
    developers: [BYSTANDER],
    authorizedUsers: ['PUBLIC'],
    published: NOW - 5 * 86_400_000,
    created: NOW - 6 * 86_400_000,
  };

  return world({
    users: [...PERSONAS.map((p) => user(p.name)), user('zed')],
    orgs: [acme, beta],
    projects: [main, ...personal],
    apps: [app, publicApp],
  });
}
