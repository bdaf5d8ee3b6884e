// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { admin, call, member, ok, org, outcome, user, world } from '../testing/world';

function setup() {
  return world({
    users: ['alice', 'bob', 'dave'].map(user),
    orgs: [
      org('acme', { 'user-alice': admin(), 'user-bob': member({ allowBillableActivities: true }) }),
      org('beta', { 'user-bob': admin() }),
    ],
  });
}

describe('org.new', () => {
  it('makes the caller the only ADMIN of a non-billable org, handle lower-cased', () => {
    const state = setup();
    expect(ok(call(state, 'dave', '/org/new', { handle: 'NewLab', name: 'New Lab' }))).toEqual({ id: 'org-newlab' });
    const created = state.orgs['org-newlab']!;
    expect(created.members).toEqual({ 'user-dave': admin() });
    expect(ok(call(state, 'dave', '/org-newlab/describe'))).toMatchObject({
      billable: false,
      handle: 'newlab',
      level: 'ADMIN',
    });
  });

  it('refuses a taken handle case-insensitively and a malformed one', () => {
    const state = setup();
    const taken = call(state, 'dave', '/org/new', { handle: 'ACME', name: 'Copy' });
    expect(outcome(taken)).toBe('InvalidInput');
    expect((taken.body as { error: { message: string } }).error.message).toContain('taken');
    expect(outcome(call(state, 'dave', '/org/new', { handle: 'a-b', name: 'Dash' }))).toBe('InvalidInput');
    expect(outcome(call(state, 'dave', '/org/new', { handle: 'ab', name: 'Short' }))).toBe('InvalidInput');
    expect(outcome(call(state, 'dave', '/org/new', { handle: 'fine', name: '   ' }))).toBe('InvalidInput');
    expect(Object.keys(state.orgs)).toEqual(['org-acme', 'org-beta']);
  });

  it('lets members transfer projects unless the policies sent say otherwise', () => {
    const state = setup();
    ok(call(state, 'dave', '/org/new', { handle: 'bare', name: 'Bare' }));
    expect(state.orgs['org-bare']!.policies).toMatchObject({
      memberListVisibility: 'ADMIN',
      restrictProjectTransfer: 'MEMBER',
    });
    const policies = { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN' };
    ok(call(state, 'dave', '/org/new', { handle: 'strict', name: 'Strict', policies }));
    expect(state.orgs['org-strict']!.policies).toMatchObject(policies);
    ok(call(state, 'dave', '/org/new', { handle: 'open', name: 'Open', policies: { memberListVisibility: 'PUBLIC' } }));
    expect(state.orgs['org-open']!.policies.restrictProjectTransfer).toBe('MEMBER');
  });

  it('returns the first result for a repeated nonce, and refuses the nonce with another input', () => {
    const state = setup();
    const first = ok(call(state, 'dave', '/org/new', { handle: 'lab1', name: 'Lab', nonce: 'n-1' }));
    expect(ok(call(state, 'dave', '/org/new', { handle: 'lab1', name: 'Lab', nonce: 'n-1' }))).toEqual(first);
    expect(outcome(call(state, 'dave', '/org/new', { handle: 'lab2', name: 'Lab', nonce: 'n-1' }))).toBe(
      'InvalidInput',
    );
    expect(state.orgs['org-lab2']).toBeUndefined();
  });
});

describe('/system/findOrgs', () => {
  it('lists member and admin orgs, with the billable filter', () => {
    const state = setup();
    const ids = (body: object) =>
      ok<{ results: { id: string }[] }>(call(state, 'bob', '/system/findOrgs', body)).results.map((r) => r.id);
    expect(ids({ level: 'MEMBER' })).toEqual(['org-acme', 'org-beta']);
    expect(ids({ level: 'ADMIN' })).toEqual(['org-beta']);
    expect(ids({ level: 'MEMBER', allowBillableActivities: true })).toEqual(['org-acme', 'org-beta']);
    state.orgs['org-acme']!.members['user-bob']!.allowBillableActivities = false;
    expect(ids({ level: 'MEMBER', allowBillableActivities: false })).toEqual(['org-acme']);
    expect(outcome(call(state, 'bob', '/system/findOrgs', {}))).toBe('InvalidInput');
  });

  it('describes each org as /org-x/describe does, with the caller’s flags flat', () => {
    const state = setup();
    const page = ok<{ results: { describe: Record<string, unknown> }[] }>(
      call(state, 'alice', '/system/findOrgs', { level: 'ADMIN', describe: true }),
    );
    expect(page.results[0]!.describe).toEqual(ok(call(state, 'alice', '/org-acme/describe')));
    expect(page.results[0]!.describe).toMatchObject({
      class: 'org',
      level: 'ADMIN',
      projectAccess: 'ADMINISTER',
      memberCount: 2,
    });
  });
});

describe('users', () => {
  it('whoami, and describe: full for oneself, public for others, 404 for nobody', () => {
    const state = setup();
    expect(ok(call(state, 'bob', '/system/whoami'))).toEqual({ id: 'user-bob' });
    expect(ok(call(state, 'bob', '/user-bob/describe'))).toHaveProperty('email', 'bob@example.org');
    expect(ok(call(state, 'bob', '/user-alice/describe'))).toEqual({
      id: 'user-alice',
      class: 'user',
      handle: 'alice',
      first: 'Alice',
      middle: '',
      last: 'Tester',
    });
    expect(outcome(call(state, 'bob', '/user-ghost/describe'))).toBe('ResourceNotFound');
  });

  it("provisions users for a licensed org, refusing bad input with the auth server's own error type", () => {
    const state = setup();
    state.orgs['org-acme']!.licenses.accountProvisioning = true;
    const body = { username: 'Newbie', email: 'newbie@example.org', first: 'New', provisioningOrg: 'org-acme' };
    expect(ok(call(state, 'alice', '/user/new', body))).toEqual({ id: 'user-newbie' });
    const refused = (input: Record<string, unknown>) => outcome(call(state, 'alice', '/user/new', input));
    expect(refused(body), 'a taken username').toBe('InvalidUserInput');
    expect(refused({ ...body, username: 'other', email: 'NEWBIE@example.org' }), 'a taken e-mail').toBe(
      'InvalidUserInput',
    );
    expect(refused({ ...body, username: 'nameless', email: 'x@example.org', first: '' })).toBe('InvalidUserInput');
    expect(refused({ ...body, username: 'bad', email: 'not-an-email' })).toBe('InvalidUserInput');
    expect(refused({ ...body, username: 'bu', email: 'bu@example.org' })).toBe('InvalidUserInput');
    expect(refused({ ...body, username: 'elsewhere', email: 'e@example.org', billTo: 'org-beta' })).toBe(
      'InvalidUserInput',
    );
    expect(refused({ ...body, username: 'nowhere', email: 'n@example.org', provisioningOrg: 'org-nope' })).toBe(
      'ResourceNotFound',
    );
    expect(outcome(call(state, 'bob', '/user/new', { ...body, username: 'sneaky', email: 's@example.org' }))).toBe(
      'PermissionDenied',
    );
    expect(call(state, 'alice', '/user/new', { ...body, username: 'bu', email: 'bu@example.org' }).status).toBe(400);
  });

  it('creates an account without a provisioning org, billed to itself or to an org the caller administers', () => {
    const state = setup();
    const body = { username: 'solo', email: 'solo@example.org', last: 'Solo', tokenDuration: -10 * 86_400_000 };
    expect(ok(call(state, 'dave', '/user/new', body))).toEqual({ id: 'user-solo' });
    expect(state.users['user-solo']).toMatchObject({ billTo: 'user-solo', last: 'Solo', first: '' });
    const billed = { username: 'billed', email: 'billed@example.org', first: 'B', billTo: 'org-acme' };
    expect(outcome(call(state, 'bob', '/user/new', billed)), 'a MEMBER of acme').toBe('PermissionDenied');
    expect(outcome(call(state, 'alice', '/user/new', { ...billed, billTo: 'org-nope' }))).toBe('ResourceNotFound');
    expect(outcome(call(state, 'alice', '/user/new', { ...billed, billTo: 'user-alice' }))).toBe('InvalidUserInput');
    expect(state.users['user-billed']).toBeUndefined();
    expect(ok(call(state, 'alice', '/user/new', billed))).toEqual({ id: 'user-billed' });
    expect(state.users['user-billed']!.billTo).toBe('org-acme');
    expect(state.orgs['org-acme']!.members['user-billed'], 'billing is not membership').toBeUndefined();
    const tooLong = { username: 'later', email: 'later@example.org', first: 'L', tokenDuration: 31 * 86_400_000 };
    expect(outcome(call(state, 'dave', '/user/new', tooLong))).toBe('InvalidUserInput');
  });
});

describe('audit log', () => {
  it('records each successful mutation with actor, action, before and after, newest first', () => {
    const state = setup();
    ok(call(state, 'alice', '/org-acme/invite', { invitee: 'user-dave' }));
    ok(call(state, 'alice', '/org-acme/setMemberAccess', { 'user-dave': { level: 'MEMBER', projectAccess: 'VIEW' } }));
    expect(outcome(call(state, 'alice', '/org-acme/invite', { invitee: 'user-dave' }))).toBe('InvalidState');
    const events = ok<{ results: Record<string, unknown>[] }>(
      call(state, 'alice', '/org-acme/findAuditEvents', {}),
    ).results;
    expect(events.map((event) => event.action)).toEqual(['org.setMemberAccess', 'org.invite']);
    expect(events[0]).toMatchObject({
      actor: 'user-alice',
      org: 'org-acme',
      target: 'user-dave',
      before: { 'user-dave': expect.objectContaining({ projectAccess: 'CONTRIBUTE' }) },
      after: { 'user-dave': expect.objectContaining({ projectAccess: 'VIEW' }) },
    });
    const filtered = ok<{ results: unknown[] }>(
      call(state, 'alice', '/org-acme/findAuditEvents', { action: 'org.invite' }),
    ).results;
    expect(filtered).toHaveLength(1);
    expect(outcome(call(state, 'bob', '/org-acme/findAuditEvents', {}))).toBe('PermissionDenied');
  });
});

describe('transport errors', () => {
  it('answers routes, auth and bodies with the right envelope', () => {
    const state = setup();
    expect(outcome(call(state, null, '/system/whoami'))).toBe('InvalidAuthentication');
    expect(outcome(call(state, 'nobody', '/system/whoami'))).toBe('InvalidAuthentication');
    expect(outcome(call(state, 'bob', '/org-ghost/describe'))).toBe('ResourceNotFound');
    expect(outcome(call(state, 'bob', '/org-acme/explode'))).toBe('InvalidInput');
    expect(outcome(call(state, 'bob', '/system/explode'))).toBe('InvalidInput');
    expect(outcome(call(state, 'bob', '/project-short/describe'))).toBe('ResourceNotFound');
    expect(outcome(call(state, 'bob', '/widget-1/describe'))).toBe('ResourceNotFound');
    expect(outcome(call(state, 'bob', '/org-acme/describe', { unexpected: 1 }))).toBe('InvalidInput');
  });
});
