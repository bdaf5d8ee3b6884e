/** The emulator's whole world: plain JSON, so it can be persisted as is. */
import type {
  BillingInformation,
  Charge,
  JobLogsForwarding,
  MemberAccess,
  OrgLicenses,
  OrgPolicies,
  ProjectLimits,
  ProjectPermissions,
  SpendingLimitRequest,
} from '../../wire/entities';

export type Membership = MemberAccess;

export interface BillingAccount {
  billingInformation: BillingInformation | null;
  billingContactConfirmed: boolean;
  spendingLimit: number | null;
  charges: Charge[];
  spendingLimitRequests: SpendingLimitRequest[];
  reportDestination: string | null;
}

export interface UserRecord {
  id: string;
  handle: string;
  first: string;
  middle: string;
  last: string;
  email: string;
  billTo: string;
  created: number;
  /** One line for the sign-in page and `--list-users`. */
  persona: string;
  /** SHA-256 of the person's API token; null: they have none (yet). */
  tokenHash: string | null;
  billing: BillingAccount;
}

export interface OrgRecord {
  id: string;
  handle: string;
  name: string;
  created: number;
  policies: OrgPolicies;
  members: Record<string, Membership>;
  billing: BillingAccount;
  licenses: OrgLicenses;
  expiresAt: number | null;
  phiFeaturesEnabled: boolean;
  jobLogsForwarding: JobLogsForwarding | null;
  permittedRegions: string[];
  samlIdP: string | null;
}

export interface ProjectRecord extends ProjectLimits {
  id: string;
  name: string;
  billTo: string;
  created: number;
  createdBy: string;
  region: string;
  dataUsage: number;
  containsPHI: boolean;
  dataProtectionNotice: boolean;
  public: boolean;
  permissions: ProjectPermissions;
  tags: string[];
  properties: Record<string, string>;
  /** The applets in the project's root folder, by ID (absent: none). */
  applets?: Record<string, AppletRecord>;
}

/**
 * An applet, kept only so that an app can be built from it (`/app/new`): the emulator
 * runs nothing, so its code and specs are not kept. It lives and dies with its project.
 */
export interface AppletRecord {
  id: string;
  name: string;
  title: string;
  created: number;
  createdBy: string;
}

export interface AppRecord {
  id: string;
  name: string;
  title: string;
  version: string;
  billTo: string;
  developers: string[];
  authorizedUsers: string[];
  published: number;
  created: number;
  /** The version's tags (`dx build` tags an unpublished first version "default"); absent: none. */
  tags?: string[];
}

export interface AuditEvent {
  id: string;
  time: number;
  actor: string;
  org: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

export interface NonceRecord {
  route: string;
  caller: string;
  input: string;
  result: unknown;
}

export interface State {
  schemaVersion: 2;
  scenario: string;
  users: Record<string, UserRecord>;
  orgs: Record<string, OrgRecord>;
  projects: Record<string, ProjectRecord>;
  apps: Record<string, AppRecord>;
  /** Per org, oldest first. */
  audit: Record<string, AuditEvent[]>;
  nonces: Record<string, NonceRecord>;
  /** Counter behind generated IDs (projects, requests, audit events): deterministic. */
  sequence: number;
}

export function emptyBillingAccount(): BillingAccount {
  return {
    billingInformation: null,
    billingContactConfirmed: false,
    spendingLimit: null,
    charges: [],
    spendingLimitRequests: [],
    reportDestination: null,
  };
}

/** A state with nothing in it yet (the seeds fill it; a load fills it from records). */
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
