// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_ROLE_FLAGS, LICENSES } from '../../wire/entities';
import { PROJECT_LEVELS, PROJECT_PERMISSIONS, type ProjectLevel } from '../../wire/levels';
import { hashToken } from '../core/tokens';
import type { BillingAccount, Membership, ProjectRecord, State } from '../core/state';
import { DEMO_PERSONAS, seedDemo } from './demo';
import { SCENARIOS, seedScenario } from './index';
import { LARGE_ORG_ID, seedLarge } from './large';
import { seedDxToolkit } from './dx-toolkit';
import { call, ok } from '../testing/world';
import { Rng } from './toolkit/random';

const DAY = 86_400_000;
/** Mid-November, not on a minute boundary. */
const NOW = Date.UTC(2026, 10, 21, 12, 34, 56, 789);
/** Early January: the 12 months reach back into the previous year. */
const JANUARY = Date.UTC(2025, 0, 3, 1, 2, 3, 4);

const USER_ID = /^user-[a-z][a-z0-9_.]{2,63}$/;
const ORG_ID = /^org-[a-z0-9_]{3,64}$/;
const PROJECT_ID = /^project-[0-9A-Za-z]{24}$/;
const APP_ID = /^app-[a-z0-9_.-]+$/;
const AUDIT_ID = /^audit-\d{6}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const ADMIN_SET = {
  level: 'ADMIN',
  allowBillableActivities: true,
  projectAccess: 'ADMINISTER',
  appAccess: true,
  archivalManagement: true,
  projectMemberDemotion: true,
  dataDeletion: true,
  dataSearch: true,
};

/** The 12 months ending with `now`'s month, written independently of the generator. */
function expectedMonths(now: number): string[] {
  const d = new Date(now);
  let year = d.getUTCFullYear();
  let month = d.getUTCMonth() + 1;
  const months: string[] = [];
  for (let i = 0; i < 12; i++) {
    months.unshift(`${year}-${month < 10 ? '0' : ''}${month}`);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return months;
}

const rank = (level: ProjectLevel) => PROJECT_LEVELS.indexOf(level);

/** §3: the highest of the explicit grant and, per org shared with, min(org grant, member's access). */
function effectiveAccess(state: State, userId: string, project: ProjectRecord): ProjectLevel {
  let best: ProjectLevel = project.permissions[userId] ?? 'NONE';
  for (const [grantee, level] of Object.entries(project.permissions)) {
    const membership = state.orgs[grantee]?.members[userId];
    if (!membership) continue;
    const cap: ProjectLevel = membership.level === 'ADMIN' ? 'ADMINISTER' : membership.projectAccess;
    const via = rank(level) < rank(cap) ? level : cap;
    if (rank(via) > rank(best)) best = via;
  }
  return best;
}

function fundsLeft(account: BillingAccount): number | null {
  if (account.spendingLimit === null) return null;
  let total = 0;
  for (const c of account.charges) total += c.compute + c.storage + c.egress + c.archival + c.publicIpv4;
  return account.spendingLimit - total;
}

const isCents = (n: number) => Number.isFinite(n) && n >= 0 && Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

/** Every rule of the spec the seed must follow; returns the problems found (first 20). */
function problems(state: State, now: number): string[] {
  const found: string[] = [];
  const fail = (message: string) => {
    if (found.length < 20) found.push(message);
  };
  const exists = (id: string) => state.users[id] !== undefined || state.orgs[id] !== undefined;
  const months = new Set(expectedMonths(now));

  if (state.schemaVersion !== 2) fail('schemaVersion');
  if (JSON.stringify(state.nonces) !== '{}') fail('nonces not empty');

  const tokens = new Set<string>();
  const emails = new Set<string>();
  for (const [key, user] of Object.entries(state.users)) {
    if (key !== user.id) fail(`user key ${key} ≠ id ${user.id}`);
    if (!USER_ID.test(user.id)) fail(`bad user id ${user.id}`);
    if (user.handle !== user.id.slice('user-'.length)) fail(`handle of ${user.id}`);
    const isDemoPerson = (DEMO_PERSONAS as readonly string[]).includes(user.id);
    if (isDemoPerson !== (user.tokenHash !== null)) fail(`${user.id}: only the demo people have a token`);
    if (user.tokenHash !== null && (!/^[0-9a-f]{64}$/.test(user.tokenHash) || tokens.has(user.tokenHash))) {
      fail(`token hash of ${user.id} malformed or not unique`);
    }
    if (user.tokenHash !== null) tokens.add(user.tokenHash);
    if (emails.has(user.email) || !/^[^@\s]+@[^@\s]+\.[a-z]+$/.test(user.email)) fail(`email of ${user.id}`);
    emails.add(user.email);
    if (!user.first && !user.last) fail(`${user.id} has no name`);
    if (!user.persona) fail(`${user.id} has no persona`);
    if (!(user.created < now)) fail(`${user.id} created in the future`);
    if (user.billTo !== user.id && !state.orgs[user.billTo]?.members[user.id]?.allowBillableActivities) {
      fail(`${user.id} bills to ${user.billTo} without billable access there`);
    }
  }

  for (const [key, org] of Object.entries(state.orgs)) {
    if (key !== org.id) fail(`org key ${key} ≠ id ${org.id}`);
    if (!ORG_ID.test(org.id)) fail(`bad org id ${org.id}`);
    if (org.handle !== org.id.slice('org-'.length)) fail(`handle of ${org.id}`);
    if (!(org.created < now)) fail(`${org.id} created in the future`);
    const members = Object.entries(org.members);
    if (!members.some(([, m]) => m.level === 'ADMIN')) fail(`${org.id} has no ADMIN`);
    for (const [userId, m] of members) {
      if (!state.users[userId]) fail(`${org.id} member ${userId} does not exist`);
      if (m.level === 'ADMIN') {
        for (const [flag, value] of Object.entries(ADMIN_SET)) {
          if (m[flag as keyof Membership] !== value) fail(`ADMIN ${userId} of ${org.id} lacks ${flag}`);
        }
      } else if (m.level !== 'MEMBER') {
        fail(`${userId} in ${org.id}: level ${String(m.level)}`);
      }
      if (!PROJECT_LEVELS.includes(m.projectAccess)) fail(`${userId} in ${org.id}: projectAccess`);
      for (const flag of [
        ...CUSTOM_ROLE_FLAGS,
        'appAccess',
        'allowBillableActivities',
        'treManagement',
        'cloudIntegrationManagement',
      ] as const) {
        if (typeof m[flag] !== 'boolean') fail(`${userId} in ${org.id}: ${flag}`);
      }
      if (Object.keys(m).length !== 10) fail(`${userId} in ${org.id}: ${Object.keys(m).length} membership fields`);
    }
    for (const license of LICENSES)
      if (typeof org.licenses[license] !== 'boolean') fail(`${org.id} license ${license}`);
    if (!org.licenses.projectSpendingLimits && org.policies.projectLimits.action !== null)
      fail(`${org.id} limits without license`);
    if (org.permittedRegions.length === 0) fail(`${org.id} permits no region`);
    const forwarding = org.jobLogsForwarding;
    if (forwarding) {
      if (!org.licenses.jobLogsForwarding) fail(`${org.id} forwards logs without the license`);
      if (
        'url' in forwarding &&
        (!/^https:\/\//.test(forwarding.url) || !/^[0-9a-f]{64}$/.test(forwarding.tokenSignature))
      ) {
        fail(`${org.id} jobLogsForwarding`);
      }
      if (!state.users[forwarding.updatedBy] || forwarding.updated > now) fail(`${org.id} jobLogsForwarding stamp`);
    }
  }

  for (const [key, project] of Object.entries(state.projects)) {
    if (key !== project.id) fail(`project key ${key} ≠ id ${project.id}`);
    if (!PROJECT_ID.test(project.id)) fail(`bad project id ${project.id}`);
    if (!exists(project.billTo)) fail(`${project.id} billed to missing ${project.billTo}`);
    const creator = state.users[project.createdBy];
    if (!creator) fail(`${project.id} created by missing ${project.createdBy}`);
    else if (!(creator.created < project.created)) fail(`${project.id} older than its creator`);
    if (!(project.created < now)) fail(`${project.id} created in the future`);
    for (const [grantee, level] of Object.entries(project.permissions)) {
      if (!exists(grantee)) fail(`${project.id} grants ${grantee}, who does not exist`);
      if (!PROJECT_PERMISSIONS.includes(level)) fail(`${project.id} grants ${level}`);
    }
    const org = state.orgs[project.billTo];
    if (org) {
      if (!org.members[project.createdBy]?.allowBillableActivities)
        fail(`${project.id} created by a non-billable member`);
      if (!org.permittedRegions.includes(project.region)) fail(`${project.id} in a region ${org.id} does not permit`);
      if (!(org.created < project.created)) fail(`${project.id} older than ${org.id}`);
      if (!org.licenses.projectSpendingLimits && project.monthlyComputeLimit !== null)
        fail(`${project.id} has limits without license`);
    } else if (project.billTo !== project.createdBy) {
      fail(`${project.id} billed to ${project.billTo} but created by ${project.createdBy}`);
    }
    if (!(project.dataUsage >= 0)) fail(`${project.id} dataUsage`);
  }

  for (const [key, app] of Object.entries(state.apps)) {
    if (key !== app.id || app.id !== `app-${app.name}` || !APP_ID.test(app.id)) fail(`app id ${app.id}`);
    if (!exists(app.billTo)) fail(`${app.id} billed to missing ${app.billTo}`);
    for (const dev of app.developers) if (!exists(dev)) fail(`${app.id} developer ${dev} missing`);
    for (const who of app.authorizedUsers)
      if (who !== 'PUBLIC' && !exists(who)) fail(`${app.id} authorizes missing ${who}`);
    if (app.published !== 0 && !(app.published >= app.created && app.published <= now)) fail(`${app.id} published`);
  }

  const accounts: [string, BillingAccount][] = [
    ...Object.values(state.orgs).map((o) => [o.id, o.billing] as [string, BillingAccount]),
    ...Object.values(state.users).map((u) => [u.id, u.billing] as [string, BillingAccount]),
  ];
  for (const [id, account] of accounts) {
    const seen = new Set<string>();
    for (const charge of account.charges) {
      if (!MONTH.test(charge.month) || !months.has(charge.month)) fail(`${id} charge month ${charge.month}`);
      if (state.projects[charge.project]?.billTo !== id) fail(`${id} charged for ${charge.project}, not billed to it`);
      const key = `${charge.project}|${charge.month}`;
      if (seen.has(key)) fail(`${id} charged twice for ${key}`);
      seen.add(key);
      for (const n of [charge.compute, charge.storage, charge.egress, charge.archival, charge.publicIpv4]) {
        if (!isCents(n)) fail(`${id} charge amount ${n}`);
      }
    }
    if (account.billingInformation === null && account.spendingLimit === null && account.charges.length > 0) {
      fail(`${id} is not billable but has charges`);
    }
    const left = fundsLeft(account);
    if (left !== null && !(left > 0)) fail(`${id} has no funds left`);
    for (const request of account.spendingLimitRequests) {
      if (!state.users[request.requestedBy] || !(request.amount > 0)) fail(`${id} request ${request.id}`);
    }
  }

  const auditIds = new Set<string>();
  let highest = 0;
  for (const org of Object.values(state.orgs)) {
    if (!state.audit[org.id]?.length) fail(`${org.id} has no audit history`);
  }
  for (const [orgId, events] of Object.entries(state.audit)) {
    if (!state.orgs[orgId]) fail(`audit log of missing org ${orgId}`);
    let previous = -Infinity;
    for (const event of events) {
      if (!AUDIT_ID.test(event.id) || auditIds.has(event.id)) fail(`audit id ${event.id}`);
      auditIds.add(event.id);
      highest = Math.max(highest, Number(event.id.slice('audit-'.length)));
      if (event.org !== orgId) fail(`${event.id} filed under ${orgId} but names ${event.org}`);
      if (!state.users[event.actor]) fail(`${event.id} actor ${event.actor} missing`);
      if (event.time < previous) fail(`${orgId} log not oldest first at ${event.id}`);
      previous = event.time;
      if (event.time > now || event.time < (state.orgs[orgId]?.created ?? 0)) fail(`${event.id} time out of range`);
      if (!/^[a-z]+\.[a-zA-Z]+$/.test(event.action)) fail(`${event.id} action ${event.action}`);
    }
  }
  for (const account of accounts) {
    for (const request of account[1].spendingLimitRequests)
      highest = Math.max(highest, Number(request.id.replace(/\D/g, '')));
  }
  if (!(state.sequence > highest) || state.sequence < 1000) fail(`sequence ${state.sequence} ≤ ${highest}`);
  const auditText = JSON.stringify(state.audit);
  for (const user of Object.values(state.users).slice(0, 200)) {
    if (user.tokenHash !== null && auditText.includes(user.tokenHash)) fail(`token of ${user.id} in the audit log`);
  }
  return found;
}

/** Objects reachable twice: an event aliasing live state would change when the state does. */
function sharedObjects(root: unknown): number {
  const seen = new Set<object>();
  let shared = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value)) {
      shared += 1;
      continue;
    }
    seen.add(value);
    for (const child of Object.values(value)) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return shared;
}

describe('Rng', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = new Rng('x');
    const b = new Rng('x');
    const c = new Rng('y');
    const seqA = Array.from({ length: 50 }, () => a.uint32());
    expect(Array.from({ length: 50 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => c.uint32())).not.toEqual(seqA);
  });

  it('keeps helpers in range', () => {
    const rng = new Rng(7);
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 9);
      expect(n >= 3 && n <= 9 && Number.isInteger(n)).toBe(true);
      const f = rng.next();
      expect(f >= 0 && f < 1).toBe(true);
    }
    const hits = new Set(Array.from({ length: 500 }, () => rng.int(0, 4)));
    expect([...hits].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(rng.alphanumeric(24)).toMatch(/^[0-9A-Za-z]{24}$/);
    expect(rng.hex(64)).toMatch(/^[0-9a-f]{64}$/);
    const items = [1, 2, 3, 4, 5, 6];
    expect(rng.shuffle(items.slice()).sort()).toEqual(items);
    const sample = rng.sample(items, 4);
    expect(new Set(sample).size).toBe(4);
    expect(rng.sample(items, 10)).toHaveLength(6);
    expect(() => rng.pick([])).toThrow();
    let yes = 0;
    for (let i = 0; i < 4000; i++) if (rng.chance(0.25)) yes++;
    expect(yes).toBeGreaterThan(800);
    expect(yes).toBeLessThan(1200);
  });
});

describe('seedScenario', () => {
  it('lists the scenarios and dispatches to them', () => {
    expect(SCENARIOS).toEqual(['demo', 'large', 'dx-toolkit']);
    expect(JSON.stringify(seedScenario('demo', NOW))).toBe(JSON.stringify(seedDemo(NOW)));
    expect(JSON.stringify(seedScenario('dx-toolkit', NOW))).toBe(JSON.stringify(seedDxToolkit()));
  });
});

describe("dx-toolkit scenario: the fixtures the platform's client tests expect", () => {
  const state = seedDxToolkit();
  type Page = { results: { id: string; level?: string; public?: boolean }[] };
  const ids = (answer: Page) => answer.results.map((r) => r.id);

  it('is the same whatever the clock says', () => {
    expect(JSON.stringify(seedDxToolkit())).toBe(JSON.stringify(state));
    expect(state.scenario).toBe('dx-toolkit');
  });

  it('signs alice in with her token, and knows bob', () => {
    expect(ok(call(state, 'alice', '/system/whoami', {}))).toEqual({ id: 'user-alice' });
    expect(state.users['user-alice']!.tokenHash).toBe(hashToken('demo-token-alice'));
    expect(state.users['user-bob']).toBeDefined();
    expect(state.users['user-alice']!.billTo).toBe('user-alice');
  });

  it("gives alice the test stack's orgs: three she administers, two where she is a member", () => {
    const find = (body: object) => ids(ok<Page>(call(state, 'alice', '/system/findOrgs', body)));
    const admin = ['org-auth_file_app_download', 'org-piratelabs', 'org-team_odd'];
    expect(find({ level: 'ADMIN' })).toEqual(admin);
    expect(find({ level: 'MEMBER', allowBillableActivities: true })).toEqual([
      ...admin.slice(0, 1),
      'org-members_with_billing_rights',
      ...admin.slice(1),
    ]);
    expect(find({ level: 'MEMBER', allowBillableActivities: false })).toEqual(['org-members_without_billing_rights']);
  });

  it('holds org-piratelabs: alice its only member, licensed to provision accounts, billable', () => {
    const piratelabs = state.orgs['org-piratelabs']!;
    expect(Object.keys(piratelabs.members)).toEqual(['user-alice']);
    expect(piratelabs.licenses.accountProvisioning).toBe(true);
    expect(ok(call(state, 'alice', '/org-piratelabs/describe', {}))).toMatchObject({ billable: true, level: 'ADMIN' });
  });

  it('bills only the public project to org-piratelabs, created before 2015-10-28', () => {
    const page = ok<Page>(call(state, 'alice', '/org-piratelabs/findProjects', {}));
    expect(page.results).toEqual([{ id: 'project-0000000000000000000000pb', level: 'ADMINISTER', public: true }]);
    expect(state.projects['project-0000000000000000000000pb']!.created).toBeLessThan(Date.UTC(2015, 9, 28));
  });

  it('gives bob VIEW on project-…0001, which alice administers like project-…0002', () => {
    expect(state.projects['project-000000000000000000000001']!.permissions).toEqual({
      'user-alice': 'ADMINISTER',
      'user-bob': 'VIEW',
    });
    expect(state.projects['project-000000000000000000000002']!.permissions).toEqual({ 'user-alice': 'ADMINISTER' });
  });
});

describe('demo scenario', () => {
  const state = seedDemo(NOW);
  const users = Object.values(state.users);
  const orgs = state.orgs;
  const projects = Object.values(state.projects);
  const org = (id: string) => {
    const found = orgs[id];
    if (!found) throw new Error(`no ${id}`);
    return found;
  };

  it('is deterministic: the same now gives the same state', () => {
    const again = seedDemo(NOW);
    expect(again).toStrictEqual(state);
    expect(JSON.stringify(again)).toBe(JSON.stringify(state));
  });

  it('is plain JSON with no shared objects', () => {
    expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
    expect(sharedObjects(state)).toBe(0);
  });

  it('follows every rule, for two different clocks', () => {
    expect(problems(state, NOW)).toEqual([]);
    expect(problems(seedDemo(JANUARY), JANUARY)).toEqual([]);
  });

  it('has a rule checker that notices broken data', () => {
    const first = (s: State) => Object.values(s.projects)[0]!;
    const breakers: [string, (s: State) => void][] = [
      [
        'no admin left',
        (s) => {
          for (const m of Object.values(s.orgs['org-pilot']!.members)) m.level = 'MEMBER';
        },
      ],
      ['admin without a flag', (s) => void (s.orgs['org-acme']!.members['user-alice']!.dataSearch = false)],
      [
        'bad project id',
        (s) => {
          const p = first(s);
          delete s.projects[p.id];
          p.id = 'project-tooShort';
          s.projects[p.id] = p;
        },
      ],
      ['billTo nobody', (s) => void (first(s).billTo = 'org-nobody')],
      ['grant to nobody', (s) => void (first(s).permissions['user-ghost'] = 'VIEW')],
      [
        'bad user id',
        (s) => {
          const u = s.users['user-dave']!;
          u.id = 'user-Dave';
          s.users[u.id] = u;
        },
      ],
      ['shared token', (s) => void (s.users['user-bob']!.tokenHash = s.users['user-alice']!.tokenHash)],
      [
        'a token for someone other than the demo people',
        (s) => void (Object.values(s.users)[10]!.tokenHash = 'a'.repeat(64)),
      ],
      ['old charge', (s) => void (s.orgs['org-acme']!.billing.charges[0]!.month = '1999-01')],
      ['audit newest first', (s) => void s.audit['org-acme']!.reverse()],
      ['sequence too low', (s) => void (s.sequence = 5)],
      ['billTo without billable access', (s) => void (s.users['user-carol']!.billTo = 'org-acme')],
    ];
    for (const [what, breakIt] of breakers) {
      const broken = structuredClone(state);
      breakIt(broken);
      expect(problems(broken, NOW), what).not.toEqual([]);
    }
  });

  it('keeps the same people, orgs, projects and apps whatever the clock; only times move', () => {
    const other = seedDemo(NOW - 100 * DAY);
    for (const part of ['users', 'orgs', 'projects', 'apps'] as const) {
      expect(Object.keys(other[part])).toEqual(Object.keys(state[part]));
    }
    const p = projects[7]!;
    expect(other.projects[p.id]!.created).toBe(p.created - 100 * DAY);
    expect(other.projects[p.id]!.name.replace(/\d{4}/, '')).toBe(p.name.replace(/\d{4}/, ''));
  });

  it('derives times from now: in the past, minute-aligned, expiry ahead', () => {
    for (const p of projects) expect(p.created % 60_000).toBe(0);
    expect(org('org-pilot').expiresAt! - NOW).toBeGreaterThan(10 * DAY);
    expect(org('org-pilot').expiresAt! - NOW).toBeLessThan(30 * DAY);
  });

  it('lists the demo people first, with fixed tokens and true personas', () => {
    expect(Object.keys(state.users).slice(0, 4)).toEqual([...DEMO_PERSONAS]);
    expect(users.length).toBeGreaterThanOrEqual(40);
    const byId = (id: string) => state.users[id]!;
    expect(byId('user-alice')).toMatchObject({
      first: 'Alice',
      last: 'Liddell',
      tokenHash: hashToken('demo-token-alice'),
      persona: 'admin of 3 orgs',
    });
    expect(byId('user-bob')).toMatchObject({
      tokenHash: hashToken('demo-token-bob'),
      persona: 'member, billing allowed',
      billTo: 'org-acme',
    });
    expect(byId('user-carol')).toMatchObject({
      tokenHash: hashToken('demo-token-carol'),
      persona: 'member, View-only project access',
    });
    expect(byId('user-dave')).toMatchObject({ tokenHash: hashToken('demo-token-dave'), persona: 'belongs to no org' });

    const memberships = (userId: string) =>
      Object.values(orgs)
        .filter((o) => o.members[userId])
        .map((o) => [o.id, o.members[userId]!] as const);
    expect(
      memberships('user-alice')
        .filter(([, m]) => m.level === 'ADMIN')
        .map(([id]) => id)
        .sort(),
    ).toEqual(['org-acme', 'org-helix', 'org-pilot']);
    expect(memberships('user-bob')).toEqual([
      ['org-acme', expect.objectContaining({ level: 'MEMBER', allowBillableActivities: true })],
    ]);
    expect(memberships('user-carol')).toEqual([
      ['org-acme', expect.objectContaining({ level: 'MEMBER', projectAccess: 'VIEW' })],
    ]);
    expect(memberships('user-dave')).toEqual([]);
  });

  it('gives every generated person a persona that matches their memberships', () => {
    for (const user of users) {
      const mine = Object.values(orgs).filter((o) => o.members[user.id]);
      const admin = mine.filter((o) => o.members[user.id]!.level === 'ADMIN');
      if (mine.length === 0) expect(user.persona).toBe('belongs to no org');
      else if ((DEMO_PERSONAS as readonly string[]).includes(user.id)) continue;
      else if (admin.length === 1) expect(user.persona).toContain(`admin of ${admin[0]!.name}`);
      else if (admin.length === 0 && mine.length === 1)
        expect(user.persona).toMatch(new RegExp(`^member of ${mine[0]!.name}`));
      else if (admin.length === 0) expect(user.persona).toMatch(new RegExp(`^member of ${mine.length} orgs`));
      if (user.persona.includes('billing allowed')) {
        expect(
          mine.some((o) => o.members[user.id]!.level === 'MEMBER' && o.members[user.id]!.allowBillableActivities),
        ).toBe(true);
      }
    }
  });

  it('carol only ever gets VIEW, including on a project shared with acme at CONTRIBUTE', () => {
    const levels = projects.map((p) => effectiveAccess(state, 'user-carol', p));
    expect(levels.every((l) => rank(l) <= rank('VIEW'))).toBe(true);
    const contributeShare = projects.find((p) => p.permissions['org-acme'] === 'CONTRIBUTE');
    expect(contributeShare).toBeDefined();
    expect(effectiveAccess(state, 'user-carol', contributeShare!)).toBe('VIEW');
    expect(effectiveAccess(state, 'user-bob', contributeShare!)).toBe('CONTRIBUTE');
  });

  it('has orgs of the promised shapes', () => {
    expect(Object.keys(orgs).length).toBeGreaterThanOrEqual(5);
    const acme = org('org-acme');
    expect(acme.name).toBe('Acme Genomics');
    expect(acme.billing.billingInformation).not.toBeNull();
    expect(acme.billing.billingContactConfirmed).toBe(true);
    expect(acme.billing.spendingLimit).toBe(250000);
    expect(new Set(acme.billing.charges.map((c) => c.month))).toEqual(new Set(expectedMonths(NOW)));
    expect(Object.keys(acme.members).length).toBeGreaterThanOrEqual(25);
    const held = LICENSES.filter((l) => acme.licenses[l]);
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(LICENSES.length);

    const sharing = org('org-sharing');
    expect(sharing.name).toBe('Cross-Lab Sharing Consortium');
    expect(sharing.billing).toMatchObject({ billingInformation: null, spendingLimit: null, charges: [] });
    expect(projects.filter((p) => p.permissions['org-sharing']).length).toBeGreaterThan(0);

    const helix = org('org-helix');
    expect(LICENSES.every((l) => helix.licenses[l])).toBe(true);
    expect(helix.phiFeaturesEnabled).toBe(true);
    expect(helix.jobLogsForwarding).toMatchObject({
      url: expect.stringMatching(/^https:\/\//),
      tokenSignature: expect.stringMatching(/^[0-9a-f]{64}$/),
      updatedBy: 'user-alice',
    });

    expect(LICENSES.some((l) => org('org-smalllab').licenses[l])).toBe(false);

    const visibilities = Object.values(orgs).map((o) => o.policies.memberListVisibility);
    expect(visibilities).toContain('MEMBER');
    expect(visibilities).toContain('PUBLIC');
    expect(visibilities).toContain('ADMIN');
    const adminCounts = Object.values(orgs).map(
      (o) => Object.values(o.members).filter((m) => m.level === 'ADMIN').length,
    );
    expect(Math.max(...adminCounts)).toBeGreaterThanOrEqual(2);
    expect(Math.min(...adminCounts)).toBe(1);
  });

  it('has projects of every kind the console needs', () => {
    expect(projects.length).toBeGreaterThanOrEqual(60);
    const toOrgs = projects.filter((p) => p.billTo.startsWith('org-'));
    expect(toOrgs.length).toBeGreaterThan(projects.length / 2);
    expect(projects.some((p) => p.billTo.startsWith('user-'))).toBe(true);

    // Billed to an org alice administers, yet invisible to her: "grant yourself Administer".
    const hidden = toOrgs.filter(
      (p) =>
        orgs[p.billTo]!.members['user-alice']?.level === 'ADMIN' && effectiveAccess(state, 'user-alice', p) === 'NONE',
    );
    expect(hidden.length).toBeGreaterThanOrEqual(2);

    const orgShareLevels = new Set(
      projects.flatMap((p) =>
        Object.entries(p.permissions)
          .filter(([k]) => k.startsWith('org-'))
          .map(([, l]) => l),
      ),
    );
    expect([...orgShareLevels].sort()).toEqual([...PROJECT_PERMISSIONS].sort());
    expect(new Set(projects.map((p) => p.region))).toEqual(
      new Set(['aws:us-east-1', 'aws:eu-central-1', 'azure:westus']),
    );
    expect(projects.some((p) => p.containsPHI)).toBe(true);
    expect(projects.some((p) => p.tags.length > 0 && Object.keys(p.properties).length > 0)).toBe(true);
    const helixProjects = projects.filter((p) => p.billTo === 'org-helix');
    expect(
      helixProjects.every((p) => p.monthlyComputeLimit === org('org-helix').policies.projectLimits.monthlyComputeLimit),
    ).toBe(true);
    expect(projects.filter((p) => p.billTo === 'org-smalllab').every((p) => p.monthlyComputeLimit === null)).toBe(true);
  });

  it('has apps billed to orgs, some published, some public', () => {
    const apps = Object.values(state.apps);
    expect(apps.length).toBeGreaterThanOrEqual(10);
    expect(apps.every((a) => a.billTo.startsWith('org-') && a.developers.length > 0)).toBe(true);
    expect(apps.some((a) => a.published === 0)).toBe(true);
    expect(apps.some((a) => a.published > 0)).toBe(true);
    expect(apps.some((a) => a.authorizedUsers.includes('PUBLIC'))).toBe(true);
    expect(state.apps['app-bwa_mem_fastq_read_mapper']?.title).toBe('BWA-MEM FASTQ Read Mapper');
  });

  it('has audit history of the named kinds in every org', () => {
    const actions = new Set(Object.values(state.audit).flatMap((events) => events.map((e) => e.action)));
    for (const action of [
      'org.new',
      'org.invite',
      'org.setMemberAccess',
      'org.update',
      'project.invite',
      'org.removeMember',
    ]) {
      expect(actions).toContain(action);
    }
    const bobChange = state.audit['org-acme']!.find(
      (e) => e.action === 'org.setMemberAccess' && e.target === 'user-bob',
    );
    expect(bobChange).toMatchObject({
      before: { 'user-bob': { allowBillableActivities: false } },
      after: { 'user-bob': { allowBillableActivities: true } },
    });
  });
});

describe('large scenario', () => {
  let state: State;
  beforeAll(() => {
    state = seedLarge(NOW);
  }, 120_000);

  it('adds one org with exactly 50,000 members and 20,000 projects billed to it', () => {
    const org = state.orgs[LARGE_ORG_ID]!;
    expect(Object.keys(org.members)).toHaveLength(50_000);
    expect(Object.values(state.projects).filter((p) => p.billTo === LARGE_ORG_ID)).toHaveLength(20_000);
    expect(org.members['user-alice']?.level).toBe('ADMIN');
    expect(state.scenario).toBe('large');
    expect(state.users['user-alice']!.persona).toBe('admin of 4 orgs');
  });

  it('follows every rule', () => {
    expect(problems(state, NOW)).toEqual([]);
    expect(sharedObjects(state)).toBe(0);
  });

  it('contains the demo unchanged', () => {
    const demo = seedDemo(NOW);
    for (const id of Object.keys(demo.projects)) expect(state.projects[id]).toStrictEqual(demo.projects[id]);
    for (const id of Object.keys(demo.orgs)) expect(state.orgs[id]).toStrictEqual(demo.orgs[id]);
    for (const id of Object.keys(demo.apps)) expect(state.apps[id]).toStrictEqual(demo.apps[id]);
    for (const id of Object.keys(demo.audit)) expect(state.audit[id]).toStrictEqual(demo.audit[id]);
    for (const [id, user] of Object.entries(demo.users)) {
      expect({ ...state.users[id], persona: '' }).toStrictEqual({ ...user, persona: '' });
    }
  });

  it('is deterministic: the same now gives the same state', () => {
    expect(JSON.stringify(seedLarge(NOW))).toBe(JSON.stringify(state));
  }, 120_000);
});
