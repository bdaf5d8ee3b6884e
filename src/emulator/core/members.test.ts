// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { admin, call, member, ok, org, outcome, project, user, world } from '../testing/world';

function acme() {
  return world({
    users: ['alice', 'bob', 'carol', 'dave', 'erin'].map(user),
    orgs: [
      org('acme', {
        'user-alice': admin(),
        'user-bob': member({ allowBillableActivities: true }),
        'user-carol': member({ projectAccess: 'VIEW' }),
      }),
    ],
  });
}

describe('invite', () => {
  it('gives a MEMBER invited with only a level the member defaults', () => {
    const state = acme();
    expect(ok(call(state, 'alice', '/org-acme/invite', { invitee: 'user-dave', level: 'MEMBER' }))).toEqual({
      id: 'user-dave',
      state: 'ACCEPTED',
    });
    expect(state.orgs['org-acme']!.members['user-dave']).toEqual(member());
    expect(member()).toMatchObject({
      allowBillableActivities: false,
      projectAccess: 'CONTRIBUTE',
      appAccess: true,
      dataSearch: false,
    });
  });

  it('defaults the level to MEMBER and applies the flags sent', () => {
    const state = acme();
    ok(call(state, 'alice', '/org-acme/invite', { invitee: 'user-dave', projectAccess: 'UPLOAD', dataSearch: true }));
    expect(state.orgs['org-acme']!.members['user-dave']).toEqual(member({ projectAccess: 'UPLOAD', dataSearch: true }));
  });

  it('ignores every flag sent with level ADMIN and stores the ADMIN set', () => {
    const state = acme();
    ok(
      call(state, 'alice', '/org-acme/invite', {
        invitee: 'user-dave',
        level: 'ADMIN',
        allowBillableActivities: false,
        projectAccess: 'VIEW',
        appAccess: false,
        dataDeletion: false,
      }),
    );
    expect(state.orgs['org-acme']!.members['user-dave']).toEqual(admin());
  });

  it('refuses an unknown user, an existing member, and a non-admin caller, changing nothing', () => {
    const state = acme();
    const before = JSON.stringify(state);
    expect(outcome(call(state, 'alice', '/org-acme/invite', { invitee: 'user-nobody' }))).toBe('ResourceNotFound');
    expect(outcome(call(state, 'alice', '/org-acme/invite', { invitee: 'user-bob' }))).toBe('InvalidState');
    expect(outcome(call(state, 'bob', '/org-acme/invite', { invitee: 'user-dave' }))).toBe('PermissionDenied');
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('setMemberAccess', () => {
  it('refuses level ADMIN together with any standard or custom-role flag', () => {
    const state = acme();
    for (const flag of [
      { allowBillableActivities: true },
      { projectAccess: 'VIEW' },
      { appAccess: true },
      { archivalManagement: true },
    ]) {
      const answer = call(state, 'alice', '/org-acme/setMemberAccess', { 'user-bob': { level: 'ADMIN', ...flag } });
      expect(outcome(answer)).toBe('InvalidInput');
    }
    expect(state.orgs['org-acme']!.members['user-bob']!.level).toBe('MEMBER');
  });

  it('promotes a MEMBER to the full ADMIN set', () => {
    const state = acme();
    ok(call(state, 'alice', '/org-acme/setMemberAccess', { 'user-carol': { level: 'ADMIN' } }));
    expect(state.orgs['org-acme']!.members['user-carol']).toEqual(admin());
  });

  it('demotes an ADMIN to the member defaults for every flag not given, custom roles off', () => {
    const state = acme();
    state.orgs['org-acme']!.members['user-bob'] = admin();
    ok(call(state, 'alice', '/org-acme/setMemberAccess', { 'user-bob': { level: 'MEMBER', projectAccess: 'UPLOAD' } }));
    expect(state.orgs['org-acme']!.members['user-bob']).toEqual(member({ projectAccess: 'UPLOAD' }));
  });

  it('keeps the flags not given on MEMBER to MEMBER', () => {
    const state = acme();
    state.orgs['org-acme']!.members['user-carol'] = member({
      projectAccess: 'VIEW',
      dataSearch: true,
      appAccess: false,
    });
    ok(
      call(state, 'alice', '/org-acme/setMemberAccess', {
        'user-carol': { level: 'MEMBER', allowBillableActivities: true },
      }),
    );
    expect(state.orgs['org-acme']!.members['user-carol']).toEqual(
      member({ projectAccess: 'VIEW', dataSearch: true, appAccess: false, allowBillableActivities: true }),
    );
  });

  it('keeps TRE and cloud integration management independent of the level', () => {
    const state = acme();
    ok(call(state, 'alice', '/org-acme/setMemberAccess', { 'user-bob': { level: 'MEMBER', treManagement: true } }));
    ok(call(state, 'alice', '/org-acme/setMemberAccess', { 'user-bob': { level: 'ADMIN' } }));
    expect(state.orgs['org-acme']!.members['user-bob']!.treManagement).toBe(true);
    ok(
      call(state, 'alice', '/org-acme/setMemberAccess', {
        'user-bob': { level: 'ADMIN', cloudIntegrationManagement: true },
      }),
    );
    expect(state.orgs['org-acme']!.members['user-bob']).toMatchObject({
      level: 'ADMIN',
      treManagement: true,
      cloudIntegrationManagement: true,
    });
  });

  it('refuses to leave the org without an ADMIN, naming the users, and changes nothing', () => {
    const state = acme();
    const before = JSON.stringify(state);
    const answer = call(state, 'alice', '/org-acme/setMemberAccess', {
      'user-alice': { level: 'MEMBER' },
      'user-bob': { level: 'MEMBER', projectAccess: 'VIEW' },
    });
    expect(outcome(answer)).toBe('InvalidState');
    expect((answer.body as { error: { message: string } }).error.message).toContain('user-alice');
    expect(JSON.stringify(state)).toBe(before);
  });

  it('applies a change of many members all at once, or none of it', () => {
    const state = acme();
    const before = JSON.stringify(state);
    const refused = call(state, 'alice', '/org-acme/setMemberAccess', {
      'user-bob': { level: 'MEMBER', projectAccess: 'VIEW' },
      'user-dave': { level: 'MEMBER' },
    });
    expect(outcome(refused)).toBe('InvalidState');
    expect((refused.body as { error: { message: string } }).error.message).toContain('user-dave');
    expect(JSON.stringify(state)).toBe(before);

    ok(
      call(state, 'alice', '/org-acme/setMemberAccess', {
        'user-bob': { level: 'MEMBER', projectAccess: 'VIEW' },
        'user-carol': { level: 'MEMBER', projectAccess: 'UPLOAD' },
      }),
    );
    expect(state.orgs['org-acme']!.members['user-bob']!.projectAccess).toBe('VIEW');
    expect(state.orgs['org-acme']!.members['user-carol']!.projectAccess).toBe('UPLOAD');
  });
});

describe('removeMember', () => {
  function withProjects() {
    const state = acme();
    const billed = project('org-acme', { 'user-alice': 'ADMINISTER', 'user-bob': 'CONTRIBUTE' });
    const shared = project('user-erin', { 'user-erin': 'ADMINISTER', 'org-acme': 'UPLOAD' });
    const sharedAndExplicit = project('user-erin', {
      'user-erin': 'ADMINISTER',
      'org-acme': 'CONTRIBUTE',
      'user-bob': 'VIEW',
    });
    const elsewhere = project('user-erin', { 'user-erin': 'ADMINISTER', 'user-bob': 'VIEW' });
    for (const p of [billed, shared, sharedAndExplicit, elsewhere]) state.projects[p.id] = p;
    state.apps['app-tool'] = {
      id: 'app-tool',
      name: 'tool',
      title: 'Tool',
      version: '1.0.0',
      billTo: 'org-acme',
      developers: ['user-bob'],
      authorizedUsers: ['user-bob'],
      published: 0,
      created: 0,
    };
    state.apps['app-viaorg'] = {
      id: 'app-viaorg',
      name: 'viaorg',
      title: 'Via org',
      version: '1.0.0',
      billTo: 'user-erin',
      developers: ['user-erin'],
      authorizedUsers: ['org-acme'],
      published: 0,
      created: 0,
    };
    return { state, billed, shared, sharedAndExplicit, elsewhere };
  }

  it('revokes explicit permissions on org projects and reports every project and app lost', () => {
    const { state, billed, shared, sharedAndExplicit, elsewhere } = withProjects();
    const result = ok<{ projects: Record<string, string>; apps: Record<string, string> }>(
      call(state, 'alice', '/org-acme/removeMember', { user: 'user-bob' }),
    );
    expect(result.projects).toEqual({
      [billed.id]: 'CONTRIBUTE',
      [shared.id]: 'UPLOAD',
      [sharedAndExplicit.id]: 'CONTRIBUTE',
    });
    expect(result.apps).toEqual({ 'app-tool': 'DEVELOPER', 'app-viaorg': 'AUTHORIZED_USER' });
    expect(state.projects[billed.id]!.permissions['user-bob']).toBeUndefined();
    expect(state.projects[sharedAndExplicit.id]!.permissions['user-bob']).toBe('VIEW');
    expect(state.projects[elsewhere.id]!.permissions['user-bob']).toBe('VIEW');
    expect(state.apps['app-tool']!.developers).toEqual([]);
    expect(state.orgs['org-acme']!.members['user-bob']).toBeUndefined();
  });

  it('keeps explicit permissions when asked to', () => {
    const { state, billed, shared } = withProjects();
    const result = ok<{ projects: Record<string, string>; apps: Record<string, string> }>(
      call(state, 'alice', '/org-acme/removeMember', {
        user: 'user-bob',
        revokeProjectPermissions: false,
        revokeAppPermissions: false,
      }),
    );
    expect(Object.keys(result.projects)).not.toContain(billed.id);
    expect(result.projects[shared.id]).toBe('UPLOAD');
    expect(result.apps).toEqual({ 'app-viaorg': 'AUTHORIZED_USER' });
    expect(state.projects[billed.id]!.permissions['user-bob']).toBe('CONTRIBUTE');
    expect(state.apps['app-tool']!.developers).toEqual(['user-bob']);
  });

  it('lets a member leave, refuses others and the last admin', () => {
    const { state } = withProjects();
    expect(outcome(call(state, 'bob', '/org-acme/removeMember', { user: 'user-carol' }))).toBe('PermissionDenied');
    expect(outcome(call(state, 'alice', '/org-acme/removeMember', { user: 'user-alice' }))).toBe('InvalidState');
    expect(outcome(call(state, 'carol', '/org-acme/removeMember', { user: 'user-carol' }))).toBe('ok');
    expect(state.orgs['org-acme']!.members['user-carol']).toBeUndefined();
  });

  it('accepts removing someone who is not a member (admins only), removing and recording nothing', () => {
    const { state } = withProjects();
    state.projects[Object.keys(state.projects)[0]!]!.permissions['user-dave'] = 'VIEW';
    const before = JSON.stringify(state);
    expect(outcome(call(state, 'bob', '/org-acme/removeMember', { user: 'user-dave' }))).toBe('PermissionDenied');
    expect(ok(call(state, 'alice', '/org-acme/removeMember', { user: 'user-dave' }))).toEqual({
      id: 'org-acme',
      projects: {},
      apps: {},
    });
    expect(JSON.stringify(state), 'nothing changed, no audit event').toBe(before);
    expect(outcome(call(state, 'alice', '/org-acme/removeMember', { user: 'user-nobody' }))).toBe('ok');
  });

  it('resets the default billing account of a member who billed to the org', () => {
    const { state } = withProjects();
    state.users['user-bob']!.billTo = 'org-acme';
    ok(call(state, 'alice', '/org-acme/removeMember', { user: 'user-bob' }));
    expect(state.users['user-bob']!.billTo).toBe('user-bob');
  });
});
