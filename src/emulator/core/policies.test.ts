// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { OrgPolicies } from '../../wire/entities';
import { admin, call, member, ok, org, outcome, project, user, world } from '../testing/world';

function setup(policies: Partial<OrgPolicies> = {}) {
  const acme = org('acme', {
    'user-alice': admin(),
    'user-bob': member({ allowBillableActivities: true, projectAccess: 'ADMINISTER' }),
  });
  acme.policies = { ...acme.policies, ...policies };
  const other = org('other', { 'user-bob': admin(), 'user-alice': admin() });
  const billed = project('org-acme', { 'user-bob': 'ADMINISTER', 'user-alice': 'ADMINISTER' });
  return {
    state: world({ users: ['alice', 'bob', 'dave'].map(user), orgs: [acme, other], projects: [billed] }),
    billed,
  };
}

describe('memberListVisibility', () => {
  it.each([
    ['ADMIN', { alice: 'ok', bob: 'PermissionDenied', dave: 'PermissionDenied' }],
    ['MEMBER', { alice: 'ok', bob: 'ok', dave: 'PermissionDenied' }],
    ['PUBLIC', { alice: 'ok', bob: 'ok', dave: 'ok' }],
  ] as const)('%s decides who may list members', (visibility, expected) => {
    const { state } = setup({ memberListVisibility: visibility });
    for (const [who, result] of Object.entries(expected)) {
      expect(outcome(call(state, who, '/org-acme/findMembers', {})), `${who} under ${visibility}`).toBe(result);
    }
  });

  it('shows admins and member count in describe only to those who may list members', () => {
    const { state } = setup({ memberListVisibility: 'ADMIN' });
    expect(ok(call(state, 'alice', '/org-acme/describe'))).toMatchObject({ admins: ['user-alice'], memberCount: 2 });
    const bobsView = ok(call(state, 'bob', '/org-acme/describe'));
    expect(bobsView).not.toHaveProperty('admins');
    expect(bobsView).not.toHaveProperty('memberCount');
    expect(outcome(call(state, 'dave', '/org-acme/describe'))).toBe('PermissionDenied');
  });

  it("lists admins afresh in describe after a member's level changes (the cached list is dropped)", () => {
    const { state } = setup();
    expect(ok(call(state, 'alice', '/org-acme/describe'))).toMatchObject({ admins: ['user-alice'] });
    ok(call(state, 'alice', '/org-acme/setMemberAccess', { 'user-bob': { level: 'ADMIN' } }));
    expect(ok(call(state, 'alice', '/org-acme/describe'))).toMatchObject({ admins: ['user-alice', 'user-bob'] });
    ok(call(state, 'alice', '/org-acme/setMemberAccess', { 'user-bob': { level: 'MEMBER' } }));
    expect(ok(call(state, 'alice', '/org-acme/describe'))).toMatchObject({ admins: ['user-alice'] });
  });

  it("gives everyone, admins included, each member's public describe only", () => {
    const { state } = setup({ memberListVisibility: 'MEMBER' });
    type Page = { results: { id: string; describe: Record<string, unknown> }[] };
    const alice = { id: 'user-alice', class: 'user', handle: 'alice', first: 'Alice', middle: '', last: 'Tester' };
    for (const caller of ['alice', 'bob']) {
      const results = ok<Page>(call(state, caller, '/org-acme/findMembers', { describe: true })).results;
      expect(results.find((r) => r.id === 'user-alice')!.describe, caller).toEqual(alice);
      for (const { describe } of results)
        expect(Object.keys(describe).sort(), caller).toEqual(Object.keys(alice).sort());
    }
  });

  it('lets anyone describe a PUBLIC org, seeing only its name and handle', () => {
    const { state } = setup({ memberListVisibility: 'PUBLIC' });
    expect(ok(call(state, 'dave', '/org-acme/describe'))).toEqual({
      id: 'org-acme',
      class: 'org',
      name: 'acme org',
      handle: 'acme',
    });
  });
});

describe('restrictProjectTransfer', () => {
  it.each([
    ['ADMIN', 'alice', 'ok'],
    ['ADMIN', 'bob', 'PermissionDenied'],
    ['MEMBER', 'bob', 'ok'],
  ] as const)('%s: %s transferring a project out of the org → %s', (policy, who, expected) => {
    const { state, billed } = setup({ restrictProjectTransfer: policy });
    expect(outcome(call(state, who, `/${billed.id}/update`, { billTo: 'org-other' }))).toBe(expected);
    expect(state.projects[billed.id]!.billTo).toBe(expected === 'ok' ? 'org-other' : 'org-acme');
  });

  it('refuses a target account the caller may not bill', () => {
    const { state, billed } = setup({ restrictProjectTransfer: 'MEMBER' });
    expect(outcome(call(state, 'bob', `/${billed.id}/update`, { billTo: 'user-alice' }))).toBe('PermissionDenied');
    state.orgs['org-other']!.members['user-bob']!.allowBillableActivities = false;
    state.orgs['org-other']!.members['user-bob']!.level = 'MEMBER';
    expect(outcome(call(state, 'bob', `/${billed.id}/update`, { billTo: 'org-other' }))).toBe('PermissionDenied');
  });
});

describe('projectSharing', () => {
  it.each([
    ['MEMBER', 'bob', 'ok'],
    ['ADMIN', 'bob', 'PermissionDenied'],
    ['ADMIN', 'alice', 'ok'],
  ] as const)('%s: %s sharing a project with the org → %s', (policy, who, expected) => {
    const { state } = setup({ projectSharing: policy });
    const own = project(`user-${who}`, { [`user-${who}`]: 'ADMINISTER' });
    state.projects[own.id] = own;
    expect(outcome(call(state, who, `/${own.id}/invite`, { invitee: 'org-acme', level: 'VIEW' }))).toBe(expected);
    expect(state.projects[own.id]!.permissions['org-acme']).toBe(expected === 'ok' ? 'VIEW' : undefined);
  });

  it('refuses a non-member sharing with the org', () => {
    const { state } = setup();
    const own = project('user-dave', { 'user-dave': 'ADMINISTER' });
    state.projects[own.id] = own;
    expect(outcome(call(state, 'dave', `/${own.id}/invite`, { invitee: 'org-acme', level: 'VIEW' }))).toBe(
      'PermissionDenied',
    );
  });
});

describe('org.update', () => {
  it('merges policies and refuses bad values without changing anything', () => {
    const { state } = setup();
    ok(call(state, 'alice', '/org-acme/update', { policies: { jobReuse: true } }));
    ok(call(state, 'alice', '/org-acme/update', { policies: { memberListVisibility: 'MEMBER' } }));
    expect(state.orgs['org-acme']!.policies).toMatchObject({
      jobReuse: true,
      memberListVisibility: 'MEMBER',
      restrictProjectTransfer: 'ADMIN',
    });
    const before = JSON.stringify(state);
    expect(outcome(call(state, 'alice', '/org-acme/update', { name: 'New', policies: { jobReuse: 'yes' } }))).toBe(
      'InvalidInput',
    );
    expect(outcome(call(state, 'alice', '/org-acme/update', { policies: { memberListVisibility: 'EVERYONE' } }))).toBe(
      'InvalidInput',
    );
    expect(outcome(call(state, 'alice', '/org-acme/update', { policies: { unknownPolicy: true } }))).toBe(
      'InvalidInput',
    );
    expect(JSON.stringify(state)).toBe(before);
  });

  it('accepts {} and changes nothing, not even the audit log', () => {
    const { state } = setup();
    const before = JSON.stringify(state);
    expect(ok(call(state, 'alice', '/org-acme/update', {}))).toEqual({ id: 'org-acme' });
    expect(JSON.stringify(state)).toBe(before);
  });

  it('refuses every change once the org has expired', () => {
    const { state } = setup();
    state.orgs['org-acme']!.expiresAt = Date.UTC(2026, 0, 1);
    const answer = call(state, 'alice', '/org-acme/update', { name: 'Renamed' });
    expect(outcome(answer)).toBe('OrgExpired');
    expect(answer.status).toBe(403);
    expect(outcome(call(state, 'alice', '/org-acme/invite', { invitee: 'user-dave' }))).toBe('OrgExpired');
    expect(outcome(call(state, 'alice', '/org-acme/describe'))).toBe('ok');
    expect(state.orgs['org-acme']!.name).toBe('acme org');
  });
});
