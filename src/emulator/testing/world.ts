/**
 * A small, explicit world for rule tests: named people, orgs and projects built in a few
 * lines, and `call` to run a route through the real dispatcher.
 */
import { handleCall, type ApiAnswer } from '../dispatch/dispatch';
import { adminMembership } from '../../wire/membership';
import { memberDefaults } from '../core/membership-rules';
import { defaultPolicies, noLicenses } from '../core/orgs';
import { demoToken, hashToken } from '../core/tokens';
import {
  emptyBillingAccount,
  type Membership,
  type OrgRecord,
  type ProjectRecord,
  type State,
  type UserRecord,
} from '../core/state';

export const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

export function user(username: string): UserRecord {
  const id = `user-${username}`;
  return {
    id,
    handle: username,
    first: username[0]!.toUpperCase() + username.slice(1),
    middle: '',
    last: 'Tester',
    email: `${username}@example.org`,
    billTo: id,
    created: NOW - 86_400_000,
    persona: 'test person',
    tokenHash: hashToken(`t-${username}`),
    billing: emptyBillingAccount(),
  };
}

export function admin(): Membership {
  return adminMembership({ treManagement: false, cloudIntegrationManagement: false });
}

export function member(flags: Partial<Membership> = {}): Membership {
  return { ...memberDefaults(), ...flags };
}

export function org(handle: string, members: Record<string, Membership>, extra: Partial<OrgRecord> = {}): OrgRecord {
  return {
    id: `org-${handle}`,
    handle,
    name: `${handle} org`,
    created: NOW - 10 * 86_400_000,
    policies: defaultPolicies(),
    members,
    billing: { ...emptyBillingAccount(), spendingLimit: 1000 },
    licenses: noLicenses(),
    expiresAt: null,
    phiFeaturesEnabled: false,
    jobLogsForwarding: null,
    permittedRegions: ['aws:us-east-1'],
    samlIdP: null,
    ...extra,
  };
}

let projectCounter = 0;
export function project(
  billTo: string,
  permissions: ProjectRecord['permissions'] = {},
  extra: Partial<ProjectRecord> = {},
): ProjectRecord {
  projectCounter += 1;
  return {
    id: `project-${String(projectCounter).padStart(24, '0')}`,
    name: `Project ${projectCounter}`,
    billTo,
    created: NOW - projectCounter * 1000,
    createdBy: 'user-alice',
    region: 'aws:us-east-1',
    dataUsage: 1,
    containsPHI: false,
    dataProtectionNotice: false,
    public: false,
    permissions,
    tags: [],
    properties: {},
    monthlyComputeLimit: null,
    monthlyEgressBytesLimit: null,
    monthlyStorageLimit: null,
    ...extra,
  };
}

export function world(parts: {
  users: UserRecord[];
  orgs?: OrgRecord[];
  projects?: ProjectRecord[];
  apps?: State['apps'][string][];
}): State {
  const byId = <T extends { id: string }>(items: T[] = []) => Object.fromEntries(items.map((item) => [item.id, item]));
  return {
    schemaVersion: 2,
    scenario: 'test',
    users: byId(parts.users),
    orgs: byId(parts.orgs),
    projects: byId(parts.projects),
    apps: byId(parts.apps),
    audit: {},
    nonces: {},
    sequence: 100,
  };
}

/** The token of a test person (`t-<username>`), or of a demo person in a seeded state. */
function tokenOf(state: State, username: string): string {
  const demo = demoToken(username);
  return state.users[`user-${username}`]?.tokenHash === hashToken(demo) ? demo : `t-${username}`;
}

/** Runs `path` as the user whose username is `as` (null: no token). */
export function call(state: State, as: string | null, path: string, body: unknown = {}): ApiAnswer {
  return handleCall(state, {
    path,
    token: as === null ? null : tokenOf(state, as),
    body: JSON.stringify(body),
    contentType: 'application/json',
    now: NOW,
  });
}

/** The error type of a refused call, or 'ok'. */
export function outcome(answer: ApiAnswer): string {
  return answer.status === 200 ? 'ok' : (answer.body as { error: { type: string } }).error.type;
}

export function ok<T = Record<string, unknown>>(answer: ApiAnswer): T {
  if (answer.status !== 200) throw new Error(`expected success, got ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as T;
}
