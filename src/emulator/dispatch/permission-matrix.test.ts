// @vitest-environment node
/**
 * The permission matrix: every route of the route table × every kind of caller × the
 * policy values, licenses and org states that matter to it, each case in a fresh world,
 * each compared with the outcome the spec (§3–§6) gives. Expected outcomes are written
 * out per route below from the spec's rules and the callers' declared traits; nothing
 * here asks the emulator's own access functions.
 *
 * Precedence where a caller fails several checks at once (the spec does not order its
 * errors; this is what the matrix asserts, and what the emulator does):
 *   no or unknown token → InvalidAuthentication, before anything else;
 *   the route's basic right (ADMIN, ADMINISTER, billable, developer…) → PermissionDenied;
 *   then an expired org → OrgExpired (mutations only; reads still answer);
 *   then the finer rules: policies, licenses, funds.
 * License-off and expired are never combined (the emulator orders those two differently
 * from route to route, and the spec does not say which comes first).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { License } from '../../wire/entities';
import type { RouteName } from '../../wire/inputs';
import type { OrgLevel, ProjectLevel } from '../../wire/levels';
import type { State } from '../core/state';
import {
  APP,
  BILLING_INFORMATION,
  BYSTANDER,
  DEFAULT_ENV,
  MAIN_PROJECT,
  matrixWorld,
  ORG,
  OTHER_ORG,
  PERSONAS,
  personalProject,
  PUBLIC_APP,
  type MatrixEnv,
  type Persona,
} from '../testing/matrix-world';
import { call, outcome } from '../testing/world';
import { ROUTES } from './routes';

type Outcome =
  | 'ok'
  | 'InvalidAuthentication'
  | 'PermissionDenied'
  | 'SpendingLimitExceeded'
  | 'OrgExpired'
  | 'ResourceNotFound'
  | 'InvalidInput'
  | 'InvalidState';

/** §1: the HTTP status of each answer. */
const STATUS: Record<Outcome, number> = {
  ok: 200,
  InvalidAuthentication: 401,
  PermissionDenied: 401,
  SpendingLimitExceeded: 403,
  OrgExpired: 403,
  ResourceNotFound: 404,
  InvalidInput: 422,
  InvalidState: 422,
};

const PD = 'PermissionDenied' as const;

// ---------------------------------------------------------------------------------------
// The spec's rules, as plain functions of a caller's declared traits.

const RANK: readonly ProjectLevel[] = ['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];
const rank = (level: ProjectLevel) => RANK.indexOf(level);
const lower = (a: ProjectLevel, b: ProjectLevel) => (rank(a) <= rank(b) ? a : b);
const higher = (a: ProjectLevel, b: ProjectLevel) => (rank(a) >= rank(b) ? a : b);

const isMember = (c: Persona) => c.acme !== null;
const isAdmin = (c: Persona) => c.acme === 'ADMIN';
/** §3: an ADMIN always has every flag; a MEMBER has what was set. */
const billable = (c: Persona) => isAdmin(c) || (c.acme === 'MEMBER' && c.billable === true);
const demotion = (c: Persona) => isAdmin(c) || (c.acme === 'MEMBER' && c.demotion === true);
const appAccess = (c: Persona) => isAdmin(c) || (c.acme === 'MEMBER' && c.appAccess !== false);
/** §4: "the caller's level in the org must be at least this" (a non-member has none). */
const levelAtLeast = (level: OrgLevel | null, required: OrgLevel) =>
  level !== null && (required === 'MEMBER' || level === 'ADMIN');

/** §3 effective project access on MAIN_PROJECT (billed to acme, maybe shared with it). */
function effective(c: Persona, env: MatrixEnv): ProjectLevel {
  const explicit: ProjectLevel = c.onProject ?? 'NONE';
  if (!env.sharedWithOrg || !isMember(c)) return explicit;
  const shared: ProjectLevel = isAdmin(c) ? 'ADMINISTER' : (c.projectAccess ?? 'CONTRIBUTE');
  return higher(explicit, lower(env.sharedWithOrg, shared));
}
const administers = (c: Persona, env: MatrixEnv) => effective(c, env) === 'ADMINISTER';

/** §4 memberListVisibility: PUBLIC = any signed-in user. */
const mayListMembers = (c: Persona, env: MatrixEnv) =>
  env.memberListVisibility === 'PUBLIC' || levelAtLeast(c.acme, env.memberListVisibility);

/** §3 effective app access to APP (developers: dev; authorized: org-acme). */
const seesApp = (c: Persona) => c.developer === true || (isMember(c) && appAccess(c));

const missing = (env: MatrixEnv, license: License) => env.missingLicenses.includes(license);

/** The common shape: the basic right, then (for a mutation) expiry, then the rest. */
function gate(allowed: boolean, env: MatrixEnv, then: Outcome = 'ok'): Outcome {
  if (!allowed) return PD;
  if (env.expired) return 'OrgExpired';
  return then;
}

// ---------------------------------------------------------------------------------------
// The table.

type Env = Partial<MatrixEnv>;
const EXPIRED: Env = { expired: true };
const BROKE: Env = { broke: true };
const without = (license: License): Env => ({ missingLicenses: [license] });
const VISIBILITIES: Env[] = [{ memberListVisibility: 'MEMBER' }, { memberListVisibility: 'PUBLIC' }];
const SHARES: Env[] = [{ sharedWithOrg: 'VIEW' }, { sharedWithOrg: 'ADMINISTER' }];

interface RouteCase {
  route: RouteName;
  variant: string;
  /** `me` is the caller's username ('mem' stands in when there is no caller). */
  path: (me: string) => string;
  body: (me: string) => unknown;
  /** Reads never change the state, even when they succeed. */
  read: boolean;
  /** Environments besides the default one. */
  envs: Env[];
  expected: (c: Persona, env: MatrixEnv) => Outcome;
  /** Changes to the world before the call (things the shared world does not hold). */
  setup?: (state: State) => void;
  /** What a successful answer must show this caller. */
  shows?: {
    probe: (body: Record<string, unknown>) => Record<string, unknown>;
    expected: (c: Persona, env: MatrixEnv) => Record<string, unknown>;
  };
}

const at = (path: string) => () => path;
const empty = () => ({});

/** An applet in every project (the acme project's and each persona's own), for `/app/new`. */
const appletIn = (projectId: string) => `applet-${projectId.slice('project-'.length)}`;
function withApplets(state: State): void {
  for (const project of Object.values(state.projects)) {
    const id = appletIn(project.id);
    project.applets = { [id]: { id, name: 'tool', title: '', created: 0, createdBy: project.createdBy } };
  }
}
const executable = { dxapi: '1.0.0', runSpec: { interpreter: 'bash', code: '' }, inputSpec: [], outputSpec: [] };
type Page = { results: { id: string; level?: string }[]; next: unknown };
const ids = (body: Record<string, unknown>) => (body as unknown as Page).results.map((r) => r.id);

const ROUTE_CASES: RouteCase[] = [
  // ---- System: any signed-in user.
  {
    route: 'system.whoami',
    variant: 'who',
    path: at('/system/whoami'),
    body: empty,
    read: true,
    envs: [],
    expected: () => 'ok',
    shows: { probe: (b) => ({ id: b.id }), expected: (c) => ({ id: `user-${c.name}` }) },
  },
  {
    route: 'system.findOrgs',
    variant: 'member orgs',
    path: at('/system/findOrgs'),
    body: () => ({ level: 'MEMBER' }),
    read: true,
    envs: [EXPIRED],
    expected: () => 'ok',
    shows: { probe: (b) => ({ acme: ids(b).includes(ORG) }), expected: (c) => ({ acme: isMember(c) }) },
  },
  {
    route: 'system.findOrgs',
    variant: 'admin orgs',
    path: at('/system/findOrgs'),
    body: () => ({ level: 'ADMIN' }),
    read: true,
    envs: [],
    expected: () => 'ok',
    shows: { probe: (b) => ({ acme: ids(b).includes(ORG) }), expected: (c) => ({ acme: isAdmin(c) }) },
  },
  {
    route: 'system.findOrgs',
    variant: 'billable orgs',
    path: at('/system/findOrgs'),
    body: () => ({ level: 'MEMBER', allowBillableActivities: true }),
    read: true,
    envs: [],
    expected: () => 'ok',
    shows: { probe: (b) => ({ acme: ids(b).includes(ORG) }), expected: (c) => ({ acme: billable(c) }) },
  },
  {
    route: 'system.findApps',
    variant: 'visible apps',
    path: at('/system/findApps'),
    body: empty,
    read: true,
    envs: [],
    expected: () => 'ok',
    shows: {
      probe: (b) => ({ aligner: ids(b).includes(APP), publicTool: ids(b).includes(PUBLIC_APP) }),
      expected: (c) => ({ aligner: seesApp(c), publicTool: true }),
    },
  },
  {
    route: 'system.findGlobalWorkflows',
    variant: 'none exist',
    path: at('/system/findGlobalWorkflows'),
    body: empty,
    read: true,
    envs: [],
    expected: () => 'ok',
    shows: { probe: (b) => ({ count: ids(b).length, next: b.next }), expected: () => ({ count: 0, next: null }) },
  },
  {
    route: 'system.findProjects',
    variant: 'visible projects',
    path: at('/system/findProjects'),
    body: empty,
    read: true,
    envs: [...SHARES],
    expected: () => 'ok',
    shows: {
      probe: (b) => ({ main: ids(b).includes(MAIN_PROJECT) }),
      expected: (c, env) => ({ main: rank(effective(c, env)) >= rank('VIEW') }),
    },
  },

  // ---- Creation on a class.
  {
    route: 'org.new',
    variant: 'any signed-in user',
    path: at('/org/new'),
    body: () => ({ handle: 'newlab', name: 'New Lab' }),
    read: false,
    envs: [],
    expected: () => 'ok',
  },
  {
    route: 'user.new',
    variant: 'provisioning for acme',
    path: at('/user/new'),
    read: false,
    body: () => ({ username: 'newbie', email: 'newbie@example.org', first: 'New', provisioningOrg: ORG }),
    envs: [EXPIRED, without('accountProvisioning')],
    expected: (c, env) => gate(isAdmin(c), env, missing(env, 'accountProvisioning') ? PD : 'ok'),
  },
  {
    route: 'user.new',
    variant: 'an account of their own (no provisioning org)',
    path: at('/user/new'),
    read: false,
    body: () => ({ username: 'newbie', email: 'newbie@example.org', last: 'New', tokenDuration: 600_000 }),
    envs: [EXPIRED],
    expected: () => 'ok',
  },
  {
    route: 'user.new',
    variant: 'billed to acme, no provisioning org',
    path: at('/user/new'),
    read: false,
    body: () => ({ username: 'newbie', email: 'newbie@example.org', first: 'New', billTo: ORG }),
    envs: [],
    // `dx new user --set-bill-to --org` then invites them: only an admin may bill a new person to the org.
    expected: (c) => (isAdmin(c) ? 'ok' : PD),
  },
  {
    route: 'project.new',
    variant: 'billed to acme',
    path: at('/project/new'),
    body: () => ({ name: 'Fresh', billTo: ORG }),
    read: false,
    envs: [EXPIRED, BROKE],
    expected: (c, env) => gate(billable(c), env, env.broke ? 'SpendingLimitExceeded' : 'ok'),
  },
  {
    route: 'project.new',
    variant: 'billed to oneself',
    path: at('/project/new'),
    body: () => ({ name: 'Fresh' }),
    read: false,
    envs: [EXPIRED, BROKE],
    expected: () => 'ok',
  },

  // ---- The org.
  {
    route: 'org.describe',
    variant: 'acme',
    path: at(`/${ORG}/describe`),
    body: empty,
    read: true,
    envs: [...VISIBILITIES, EXPIRED],
    expected: (c, env) => (isMember(c) || env.memberListVisibility === 'PUBLIC' ? 'ok' : PD),
    shows: {
      probe: (b) => ({
        publicOnly: Object.keys(b).sort().join() === 'class,handle,id,name',
        ownFlags: 'level' in b && 'allowBillableActivities' in b,
        admins: 'admins' in b,
        memberCount: 'memberCount' in b,
        billingFigures: 'estSpendingLimitLeft' in b && 'computeCharges' in b,
        jobLogsForwarding: 'jobLogsForwarding' in b,
      }),
      expected: (c, env) => ({
        publicOnly: !isMember(c),
        ownFlags: isMember(c),
        admins: isMember(c) && mayListMembers(c, env),
        memberCount: isMember(c) && mayListMembers(c, env),
        billingFigures: billable(c),
        jobLogsForwarding: isAdmin(c),
      }),
    },
  },
  {
    route: 'org.update',
    variant: 'rename',
    path: at(`/${ORG}/update`),
    body: () => ({ name: 'Renamed' }),
    read: false,
    envs: [EXPIRED],
    expected: (c, env) => gate(isAdmin(c), env),
  },
  {
    route: 'org.update',
    variant: 'policies',
    path: at(`/${ORG}/update`),
    body: () => ({ policies: { memberListVisibility: 'MEMBER', jobReuse: true } }),
    read: false,
    envs: [EXPIRED],
    expected: (c, env) => gate(isAdmin(c), env),
  },
  {
    route: 'org.update',
    variant: 'job logs forwarding',
    path: at(`/${ORG}/update`),
    read: false,
    body: () => ({ jobLogsForwarding: { url: 'https://hec.acme.example/collector', token: 'secret-token' } }),
    envs: [EXPIRED, without('jobLogsForwarding')],
    expected: (c, env) => gate(isAdmin(c), env, missing(env, 'jobLogsForwarding') ? PD : 'ok'),
  },
  {
    route: 'org.update',
    variant: 'default project limits',
    path: at(`/${ORG}/update`),
    read: false,
    body: () => ({ policies: { projectLimits: { monthlyComputeLimit: 10, action: 'BLOCK' } } }),
    envs: [EXPIRED, without('projectSpendingLimits')],
    expected: (c, env) => gate(isAdmin(c), env, missing(env, 'projectSpendingLimits') ? PD : 'ok'),
  },
  {
    route: 'org.update',
    variant: 'report destination',
    path: at(`/${ORG}/update`),
    body: () => ({ reportDestination: MAIN_PROJECT }),
    read: false,
    envs: [EXPIRED, without('usageReports')],
    expected: (c, env) => gate(isAdmin(c), env, missing(env, 'usageReports') ? PD : 'ok'),
  },
  {
    route: 'org.findMembers',
    variant: 'all',
    path: at(`/${ORG}/findMembers`),
    body: empty,
    read: true,
    envs: [...VISIBILITIES, EXPIRED],
    expected: (c, env) => (mayListMembers(c, env) ? 'ok' : PD),
  },
  {
    route: 'org.invite',
    variant: 'a user',
    path: at(`/${ORG}/invite`),
    body: () => ({ invitee: BYSTANDER }),
    read: false,
    envs: [EXPIRED],
    expected: (c, env) => gate(isAdmin(c), env),
  },
  {
    route: 'org.invite',
    variant: 'a user as ADMIN',
    path: at(`/${ORG}/invite`),
    body: () => ({ invitee: BYSTANDER, level: 'ADMIN' }),
    read: false,
    envs: [],
    expected: (c, env) => gate(isAdmin(c), env),
  },
  {
    route: 'org.setMemberAccess',
    variant: 'a member',
    path: at(`/${ORG}/setMemberAccess`),
    read: false,
    envs: [EXPIRED],
    body: () => ({ 'user-mem': { level: 'MEMBER', projectAccess: 'VIEW' } }),
    expected: (c, env) => gate(isAdmin(c), env),
  },
  {
    route: 'org.setMemberAccess',
    variant: 'oneself to billable',
    path: at(`/${ORG}/setMemberAccess`),
    read: false,
    envs: [],
    body: (me) => ({ [`user-${me}`]: { level: 'MEMBER', allowBillableActivities: true } }),
    // A MEMBER may not raise their own flags; an admin demoting themselves is fine while another admin is left.
    expected: (c, env) => gate(isAdmin(c), env),
  },
  {
    route: 'org.removeMember',
    variant: 'another member',
    path: at(`/${ORG}/removeMember`),
    body: () => ({ user: 'user-mem' }),
    read: false,
    envs: [EXPIRED],
    expected: (c, env) => gate(isAdmin(c) || c.name === 'mem', env),
  },
  {
    route: 'org.removeMember',
    variant: 'oneself (leaving)',
    path: at(`/${ORG}/removeMember`),
    body: (me) => ({ user: `user-${me}` }),
    read: false,
    envs: [EXPIRED],
    // "Admin, or a member removing themselves"; someone who is not a member is accepted,
    // with nothing removed (the platform's client tests rely on it).
    expected: (_c, env) => (env.expired ? 'OrgExpired' : 'ok'),
  },
  {
    route: 'org.removeMember',
    variant: 'someone who is not a member',
    path: at(`/${ORG}/removeMember`),
    body: () => ({ user: BYSTANDER }),
    read: false,
    envs: [EXPIRED],
    expected: (c, env) => gate(isAdmin(c), env),
    shows: { probe: (b) => ({ projects: b.projects, apps: b.apps }), expected: () => ({ projects: {}, apps: {} }) },
  },
  {
    route: 'org.findProjects',
    variant: 'all',
    path: at(`/${ORG}/findProjects`),
    body: empty,
    read: true,
    envs: [EXPIRED, ...SHARES],
    expected: (c) => (demotion(c) ? 'ok' : PD),
    shows: {
      probe: (b) => ({ main: (b as unknown as Page).results.find((r) => r.id === MAIN_PROJECT)?.level }),
      expected: (c, env) => ({ main: effective(c, env) }),
    },
  },
  {
    route: 'org.findApps',
    variant: 'all',
    path: at(`/${ORG}/findApps`),
    body: empty,
    read: true,
    envs: [EXPIRED],
    expected: (c) => (isAdmin(c) ? 'ok' : PD),
    shows: { probe: (b) => ({ apps: ids(b) }), expected: () => ({ apps: [APP] }) },
  },
  {
    route: 'org.bulkUpdateProjectLimit',
    variant: 'all projects',
    path: at(`/${ORG}/bulkUpdateProjectLimit`),
    read: false,
    body: () => ({ projects: 'all', limits: { monthlyComputeLimit: 100 } }),
    envs: [EXPIRED, without('projectSpendingLimits')],
    expected: (c, env) => gate(isAdmin(c), env, missing(env, 'projectSpendingLimits') ? PD : 'ok'),
  },
  {
    route: 'org.findAuditEvents',
    variant: 'all',
    path: at(`/${ORG}/findAuditEvents`),
    body: empty,
    read: true,
    envs: [EXPIRED],
    expected: (c) => (isAdmin(c) ? 'ok' : PD),
  },
  {
    route: 'org.updateBillingInformation',
    variant: 'new details',
    path: at(`/${ORG}/updateBillingInformation`),
    read: false,
    envs: [EXPIRED],
    body: () => ({ billingInformation: { ...BILLING_INFORMATION, city: 'Shelbyville' } }),
    expected: (c, env) => gate(isAdmin(c), env),
  },
  {
    route: 'org.confirmBillingContact',
    variant: 'pending confirmation',
    path: at(`/${ORG}/confirmBillingContact`),
    body: empty,
    read: false,
    envs: [EXPIRED],
    expected: (c, env) => gate(isAdmin(c), env),
  },
  {
    route: 'org.requestSpendingLimitChange',
    variant: 'raise',
    path: at(`/${ORG}/requestSpendingLimitChange`),
    read: false,
    envs: [EXPIRED],
    body: () => ({ amount: 5000, poNumber: 'PO-7' }),
    expected: (c, env) => gate(isAdmin(c), env),
  },
  {
    route: 'org.usageReport',
    variant: 'per project',
    path: at(`/${ORG}/usageReport`),
    body: () => ({ kind: 'perProject', month: '2026-10' }),
    read: true,
    envs: [EXPIRED, without('usageReports')],
    expected: (c, env) => (isAdmin(c) && !missing(env, 'usageReports') ? 'ok' : PD),
  },
  {
    route: 'org.usageReport',
    variant: 'root executions',
    path: at(`/${ORG}/usageReport`),
    body: () => ({ kind: 'rootExecutions', month: '2026-10' }),
    read: true,
    envs: [without('usageReports')],
    expected: (c, env) => (isAdmin(c) && !missing(env, 'usageReports') ? 'ok' : PD),
  },
  {
    route: 'org.billingSummary',
    variant: 'twelve months',
    path: at(`/${ORG}/billingSummary`),
    body: empty,
    read: true,
    envs: [EXPIRED, BROKE],
    // [extension] Who sees the org's charges: admins and members allowed billable activities.
    expected: (c) => (billable(c) ? 'ok' : PD),
    shows: { probe: (b) => ({ months: (b.months as unknown[]).length }), expected: () => ({ months: 12 }) },
  },
  {
    route: 'org.billingSummary',
    variant: 'three years',
    path: at(`/${ORG}/billingSummary`),
    body: () => ({ months: 36 }),
    read: true,
    envs: [],
    expected: (c) => (billable(c) ? 'ok' : PD),
    shows: { probe: (b) => ({ months: (b.months as unknown[]).length }), expected: () => ({ months: 36 }) },
  },

  // ---- Users.
  {
    route: 'user.describe',
    variant: 'oneself',
    path: (me) => `/user-${me}/describe`,
    body: empty,
    read: true,
    envs: [],
    expected: () => 'ok',
    shows: {
      probe: (b) => ({ email: 'email' in b, billing: 'spendingLimit' in b }),
      expected: () => ({ email: true, billing: true }),
    },
  },
  {
    route: 'user.describe',
    variant: 'someone else',
    path: at(`/${BYSTANDER}/describe`),
    body: empty,
    read: true,
    envs: [],
    expected: () => 'ok',
    shows: {
      probe: (b) => ({ keys: Object.keys(b).sort() }),
      expected: () => ({ keys: ['class', 'first', 'handle', 'id', 'last', 'middle'] }),
    },
  },
  {
    route: 'user.update',
    variant: 'bill to acme',
    path: (me) => `/user-${me}/update`,
    body: () => ({ billTo: ORG }),
    read: false,
    envs: [],
    expected: (c) => (billable(c) ? 'ok' : PD),
  },
  {
    route: 'user.update',
    variant: 'bill to oneself',
    path: (me) => `/user-${me}/update`,
    body: (me) => ({ billTo: `user-${me}` }),
    read: false,
    envs: [],
    expected: () => 'ok',
  },
  {
    route: 'user.update',
    variant: 'bill to another org',
    path: (me) => `/user-${me}/update`,
    body: () => ({ billTo: OTHER_ORG }),
    read: false,
    envs: [],
    expected: () => PD,
  },
  {
    route: 'user.update',
    variant: 'someone else',
    path: at(`/${BYSTANDER}/update`),
    body: () => ({ billTo: BYSTANDER }),
    read: false,
    envs: [],
    expected: () => PD,
  },
  {
    route: 'user.billingSummary',
    variant: 'oneself',
    path: (me) => `/user-${me}/billingSummary`,
    body: () => ({ months: 6 }),
    read: true,
    envs: [],
    expected: () => 'ok',
    shows: {
      probe: (b) => ({ id: b.id, months: (b.months as unknown[]).length }),
      expected: (c) => ({ id: `user-${c.name}`, months: 6 }),
    },
  },
  {
    route: 'user.billingSummary',
    variant: 'someone else',
    path: at(`/${BYSTANDER}/billingSummary`),
    body: empty,
    read: true,
    envs: [],
    expected: () => PD,
  },

  // ---- Projects (MAIN_PROJECT is billed to acme).
  {
    route: 'project.describe',
    variant: 'acme project',
    path: at(`/${MAIN_PROJECT}/describe`),
    body: empty,
    read: true,
    envs: [...SHARES, EXPIRED],
    expected: (c, env) => (rank(effective(c, env)) >= rank('VIEW') || isAdmin(c) ? 'ok' : PD),
    shows: {
      probe: (b) => ({ level: b.level, permissions: 'permissions' in b }),
      expected: (c, env) => ({ level: effective(c, env), permissions: administers(c, env) || isAdmin(c) }),
    },
  },
  {
    route: 'project.invite',
    variant: 'a user',
    path: at(`/${MAIN_PROJECT}/invite`),
    body: () => ({ invitee: BYSTANDER, level: 'VIEW' }),
    read: false,
    envs: [...SHARES, EXPIRED],
    expected: (c, env) => gate(administers(c, env), env),
  },
  {
    route: 'project.invite',
    variant: 'oneself',
    path: at(`/${MAIN_PROJECT}/invite`),
    body: (me) => ({ invitee: `user-${me}`, level: 'ADMINISTER' }),
    read: false,
    envs: [...SHARES, EXPIRED],
    // "an admin of the project's billTo org may invite themselves at any level"
    expected: (c, env) => gate(administers(c, env) || isAdmin(c), env),
  },
  {
    route: 'project.invite',
    variant: 'the org',
    path: at(`/${MAIN_PROJECT}/invite`),
    body: () => ({ invitee: ORG, level: 'VIEW' }),
    read: false,
    envs: [
      { projectSharing: 'ADMIN' },
      EXPIRED,
      { sharedWithOrg: 'ADMINISTER' },
      { sharedWithOrg: 'ADMINISTER', projectSharing: 'ADMIN' },
    ],
    // §4 projectSharing: the caller's level in the org must be at least the policy; a non-member may not share with it.
    expected: (c, env) => gate(administers(c, env), env, levelAtLeast(c.acme, env.projectSharing) ? 'ok' : PD),
  },
  {
    route: 'project.decreasePermissions',
    variant: 'remove a viewer',
    path: at(`/${MAIN_PROJECT}/decreasePermissions`),
    body: () => ({ 'user-view': null }),
    read: false,
    envs: [...SHARES, EXPIRED],
    expected: (c, env) => gate(administers(c, env) || demotion(c), env),
  },
  {
    route: 'project.decreasePermissions',
    variant: 'lower an administrator',
    path: at(`/${MAIN_PROJECT}/decreasePermissions`),
    body: () => ({ 'user-own': 'VIEW' }),
    read: false,
    envs: [],
    expected: (c, env) => gate(administers(c, env) || demotion(c), env),
  },
  {
    route: 'project.update',
    variant: 'rename',
    path: at(`/${MAIN_PROJECT}/update`),
    body: () => ({ name: 'Renamed' }),
    read: false,
    envs: [...SHARES, EXPIRED],
    expected: (c, env) => gate(administers(c, env), env),
  },
  {
    route: 'project.update',
    variant: 'monthly limit',
    path: at(`/${MAIN_PROJECT}/update`),
    body: () => ({ monthlyComputeLimit: 50 }),
    read: false,
    envs: [EXPIRED, without('projectSpendingLimits')],
    expected: (c, env) => gate(administers(c, env), env, missing(env, 'projectSpendingLimits') ? PD : 'ok'),
  },
  {
    route: 'project.update',
    variant: 'transfer out of acme to oneself',
    path: at(`/${MAIN_PROJECT}/update`),
    body: (me) => ({ billTo: `user-${me}` }),
    read: false,
    envs: [
      { restrictProjectTransfer: 'MEMBER' },
      EXPIRED,
      { sharedWithOrg: 'ADMINISTER' },
      { sharedWithOrg: 'ADMINISTER', restrictProjectTransfer: 'MEMBER' },
    ],
    // §4 restrictProjectTransfer: the caller's level in acme must be at least the policy.
    expected: (c, env) => gate(administers(c, env), env, levelAtLeast(c.acme, env.restrictProjectTransfer) ? 'ok' : PD),
  },
  {
    route: 'project.update',
    variant: 'transfer to an org where nobody here may bill',
    path: at(`/${MAIN_PROJECT}/update`),
    body: () => ({ billTo: OTHER_ORG }),
    read: false,
    envs: [{ restrictProjectTransfer: 'MEMBER' }],
    expected: (c, env) => gate(administers(c, env), env, PD),
  },
  {
    route: 'project.update',
    variant: 'transfer own project into acme',
    path: (me) => `/${personalProject(me)}/update`,
    body: () => ({ billTo: ORG }),
    read: false,
    envs: [EXPIRED],
    // Everyone administers their own project; the target must be an org where they may bill.
    expected: (c, env) => gate(billable(c), env),
  },

  {
    route: 'project.listFolder',
    variant: 'the root folder',
    path: at(`/${MAIN_PROJECT}/listFolder`),
    body: () => ({ folder: '/', only: 'folders' }),
    read: true,
    envs: [...SHARES, EXPIRED],
    // Listing data needs VIEW; an admin of the billTo org without access sees the describe, not the data.
    expected: (c, env) => (rank(effective(c, env)) >= rank('VIEW') ? 'ok' : PD),
    shows: { probe: (b) => b, expected: () => ({ folders: [] }) },
  },
  {
    route: 'project.destroy',
    variant: 'acme project',
    path: at(`/${MAIN_PROJECT}/destroy`),
    body: () => ({ terminateJobs: true }),
    read: false,
    envs: [...SHARES, EXPIRED],
    expected: (c, env) => gate(administers(c, env), env),
  },
  {
    route: 'project.addTags',
    variant: 'a tag',
    path: at(`/${MAIN_PROJECT}/addTags`),
    body: () => ({ tags: ['qc-passed'] }),
    read: false,
    envs: [...SHARES, EXPIRED],
    expected: (c, env) => gate(rank(effective(c, env)) >= rank('CONTRIBUTE'), env),
  },
  {
    route: 'project.removeTags',
    variant: 'a tag it has',
    path: at(`/${MAIN_PROJECT}/removeTags`),
    body: () => ({ tags: ['wgs'] }),
    read: false,
    envs: [...SHARES, EXPIRED],
    expected: (c, env) => gate(rank(effective(c, env)) >= rank('CONTRIBUTE'), env),
  },
  {
    route: 'project.setProperties',
    variant: 'set and remove',
    path: at(`/${MAIN_PROJECT}/setProperties`),
    body: () => ({ properties: { batch: '7', cohort: null } }),
    read: false,
    envs: [...SHARES, EXPIRED],
    expected: (c, env) => gate(rank(effective(c, env)) >= rank('CONTRIBUTE'), env),
  },

  // ---- Apps (APP is billed to acme, developed by dev, authorized to org-acme).
  {
    route: 'app.describe',
    variant: 'acme app',
    path: at(`/${APP}/describe`),
    body: empty,
    read: true,
    envs: [EXPIRED],
    // §3 effective app access; an admin of the billTo org sees it too (see the report).
    expected: (c) => (seesApp(c) || isAdmin(c) ? 'ok' : PD),
  },
  {
    route: 'app.describe',
    variant: 'public app',
    path: at(`/${PUBLIC_APP}/describe`),
    body: empty,
    read: true,
    envs: [],
    expected: () => 'ok',
  },
  {
    route: 'app.addDevelopers',
    variant: 'someone else',
    path: at(`/${APP}/addDevelopers`),
    body: () => ({ developers: [BYSTANDER] }),
    read: false,
    envs: [EXPIRED],
    expected: (c, env) => gate(c.developer === true, env),
  },
  {
    route: 'app.addDevelopers',
    variant: 'oneself',
    path: at(`/${APP}/addDevelopers`),
    body: (me) => ({ developers: [`user-${me}`] }),
    read: false,
    envs: [EXPIRED],
    expected: (c, env) => gate(c.developer === true || isAdmin(c), env),
  },
  {
    route: 'app.addAuthorizedUsers',
    variant: 'a user',
    path: at(`/${APP}/addAuthorizedUsers`),
    body: () => ({ authorizedUsers: [BYSTANDER] }),
    read: false,
    envs: [EXPIRED],
    expected: (c, env) => gate(c.developer === true, env),
  },
  {
    route: 'app.listAuthorizedUsers',
    variant: 'acme app',
    path: at(`/${APP}/listAuthorizedUsers`),
    body: empty,
    read: true,
    envs: [EXPIRED],
    expected: (c) => (seesApp(c) || isAdmin(c) ? 'ok' : PD),
    shows: { probe: (b) => b, expected: () => ({ authorizedUsers: [ORG] }) },
  },
  {
    route: 'app.listCategories',
    variant: 'acme app',
    path: at(`/${APP}/listCategories`),
    body: empty,
    read: true,
    envs: [EXPIRED],
    expected: (c) => (seesApp(c) || isAdmin(c) ? 'ok' : PD),
    shows: { probe: (b) => b, expected: () => ({ categories: [] }) },
  },
  {
    route: 'app.addTags',
    variant: 'default',
    path: at(`/${APP}/addTags`),
    body: () => ({ tags: ['default'] }),
    read: false,
    envs: [EXPIRED],
    expected: (c, env) => gate(c.developer === true, env),
  },
  {
    route: 'applet.new',
    variant: 'in the acme project',
    path: at('/applet/new'),
    body: () => ({ project: MAIN_PROJECT, name: 'tool', ...executable }),
    read: false,
    envs: [...SHARES, EXPIRED],
    expected: (c, env) => gate(rank(effective(c, env)) >= rank('CONTRIBUTE'), env),
  },
  {
    route: 'applet.new',
    variant: "in one's own project",
    path: at('/applet/new'),
    body: (me) => ({ project: personalProject(me), name: 'tool', ...executable }),
    read: false,
    envs: [],
    expected: () => 'ok',
  },
  {
    route: 'app.new',
    variant: "from the acme project's applet, billed to oneself",
    path: at('/app/new'),
    body: (me) => ({ name: 'fresh_tool', version: '1.0.0', applet: appletIn(MAIN_PROJECT), billTo: `user-${me}` }),
    read: false,
    envs: [...SHARES, EXPIRED],
    setup: withApplets,
    // Building needs VIEW on the applet; billing oneself involves no org.
    expected: (c, env) => (rank(effective(c, env)) >= rank('VIEW') ? 'ok' : PD),
    shows: { probe: (b) => b, expected: () => ({ id: 'app-fresh_tool' }) },
  },
  {
    route: 'app.new',
    variant: "from one's own applet, billed to acme",
    path: at('/app/new'),
    body: (me) => ({
      name: 'fresh_tool',
      version: '1.0.0',
      regionalOptions: { 'aws:us-east-1': { applet: appletIn(personalProject(me)) } },
      billTo: ORG,
    }),
    read: false,
    envs: [EXPIRED],
    setup: withApplets,
    // Only an ADMIN of an org may bill an app to it (see docs/decisions.md).
    expected: (c, env) => gate(isAdmin(c), env),
  },
  {
    route: 'app.new',
    variant: 'a name that is taken',
    path: at('/app/new'),
    body: (me) => ({ name: 'aligner', version: '2.0.0', applet: appletIn(personalProject(me)), billTo: `user-${me}` }),
    read: false,
    envs: [],
    setup: withApplets,
    // A developer of the app is told the emulator keeps one version; anyone else may not take the name.
    expected: (c) => (c.developer === true ? 'InvalidInput' : PD),
  },
  {
    route: 'app.addAuthorizedUsers',
    variant: 'PUBLIC',
    path: at(`/${APP}/addAuthorizedUsers`),
    body: () => ({ authorizedUsers: ['PUBLIC'] }),
    read: false,
    envs: [],
    expected: (c, env) => gate(c.developer === true, env),
  },
];

// ---------------------------------------------------------------------------------------
// Expanding the table into cases.

type Caller = Persona | 'no token' | 'unknown token';

interface Case {
  name: string;
  spec: RouteCase;
  caller: Caller;
  env: MatrixEnv;
  expected: Outcome;
}

function envLabel(env: MatrixEnv): string {
  const parts: string[] = [];
  for (const key of Object.keys(DEFAULT_ENV) as (keyof MatrixEnv)[]) {
    if (JSON.stringify(env[key]) !== JSON.stringify(DEFAULT_ENV[key])) parts.push(`${key}=${JSON.stringify(env[key])}`);
  }
  return parts.length ? ` {${parts.join(', ')}}` : '';
}

const CASES: Case[] = [];
for (const spec of ROUTE_CASES) {
  for (const partial of [{}, ...spec.envs]) {
    const env: MatrixEnv = { ...DEFAULT_ENV, ...partial };
    for (const persona of PERSONAS) {
      const expected = spec.expected(persona, env);
      CASES.push({
        name: `${spec.route} [${spec.variant}] as ${persona.name}${envLabel(env)} → ${expected}`,
        spec,
        caller: persona,
        env,
        expected,
      });
    }
  }
  for (const caller of ['no token', 'unknown token'] as const) {
    CASES.push({
      name: `${spec.route} [${spec.variant}] with ${caller} → InvalidAuthentication`,
      spec,
      caller,
      env: DEFAULT_ENV,
      expected: 'InvalidAuthentication',
    });
  }
}

let run = 0;
afterAll(() => {
  const tally: Record<string, number> = {};
  for (const c of CASES) tally[c.expected] = (tally[c.expected] ?? 0) + 1;
  console.log(
    `permission matrix: ${run} cases (${Object.entries(tally)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`,
  );
});

describe('permission matrix', () => {
  for (const c of CASES)
    it(c.name, () => {
      const state = matrixWorld(c.env);
      c.spec.setup?.(state);
      const me = typeof c.caller === 'string' ? 'mem' : c.caller.name;
      const as = c.caller === 'no token' ? null : c.caller === 'unknown token' ? 'ghost' : me;
      const before = JSON.stringify(state);
      const answer = call(state, as, c.spec.path(me), c.spec.body(me));
      run += 1;

      const seen = `${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
      expect(outcome(answer), seen).toBe(c.expected);
      expect(answer.status, seen).toBe(STATUS[c.expected]);
      if (c.expected !== 'ok') {
        const error = (answer.body as { error: { type: string; message: string } }).error;
        expect(error.message.length, seen).toBeGreaterThan(0);
        expect(JSON.stringify(state), 'a refused call changed the state').toBe(before);
        return;
      }
      if (c.spec.read) expect(JSON.stringify(state), 'a read changed the state').toBe(before);
      if (c.spec.shows && typeof c.caller !== 'string') {
        expect(c.spec.shows.probe(answer.body as Record<string, unknown>), seen).toEqual(
          c.spec.shows.expected(c.caller, c.env),
        );
      }
    });
});

describe('the matrix itself', () => {
  it('covers every route of the route table', () => {
    const covered = new Set(ROUTE_CASES.map((spec) => spec.route));
    const uncovered = [...ROUTES.keys()].filter((route) => !covered.has(route as RouteName));
    expect(uncovered, 'routes without a case in the permission matrix').toEqual([]);
    const unknown = [...covered].filter((route) => !ROUTES.has(route));
    expect(unknown, 'cases for routes that are not in the route table').toEqual([]);
  });

  it('has, for every route, a caller who succeeds, and a refusal where the route is not open to all', () => {
    for (const route of ROUTES.keys()) {
      const outcomes = new Set(CASES.filter((c) => c.spec.route === route).map((c) => c.expected));
      expect(outcomes.has('ok'), `${route} never succeeds in the matrix`).toBe(true);
      expect(outcomes.has('InvalidAuthentication'), `${route} is never called without a token`).toBe(true);
    }
  });

  it('agrees with the route table on which routes are reads', () => {
    for (const spec of ROUTE_CASES) expect(spec.read, spec.route).toBe(!ROUTES.get(spec.route)!.mutates);
  });

  it('runs several hundred cases, each caller kind on every route', () => {
    expect(CASES.length).toBeGreaterThan(500);
    for (const route of ROUTES.keys()) {
      const callers = new Set(
        CASES.filter((c) => c.spec.route === route).map((c) =>
          typeof c.caller === 'string' ? c.caller : c.caller.name,
        ),
      );
      expect(callers.size, route).toBe(PERSONAS.length + 2);
    }
  });
});
