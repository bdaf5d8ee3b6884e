// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { admin, call, member, ok, org, outcome, project, user, world } from '../testing/world';

function setup() {
  const acme = org('acme', {
    'user-alice': admin(),
    'user-bob': member({ allowBillableActivities: true }),
    'user-mod': member({ projectMemberDemotion: true }),
  });
  const hidden = project('org-acme', { 'user-bob': 'ADMINISTER', 'user-carol': 'CONTRIBUTE' });
  const others = project('user-carol', { 'user-carol': 'ADMINISTER' });
  return {
    state: world({
      users: ['alice', 'bob', 'carol', 'mod', 'dave'].map(user),
      orgs: [acme],
      projects: [hidden, others],
    }),
    hidden,
    others,
  };
}

describe('grant yourself Administer', () => {
  it('lets an admin of the billing org invite themselves at any level, and see the project before that', () => {
    const { state, hidden } = setup();
    expect(ok(call(state, 'alice', `/${hidden.id}/describe`))).toMatchObject({
      level: 'NONE',
      permissions: { 'user-bob': 'ADMINISTER' },
    });
    expect(ok(call(state, 'alice', `/${hidden.id}/invite`, { invitee: 'user-alice', level: 'ADMINISTER' }))).toEqual({
      id: 'user-alice',
      state: 'ACCEPTED',
    });
    expect(ok(call(state, 'alice', `/${hidden.id}/describe`))).toMatchObject({ level: 'ADMINISTER' });
  });

  it('does not let that admin invite anyone else, nor reach projects billed elsewhere', () => {
    const { state, hidden, others } = setup();
    expect(outcome(call(state, 'alice', `/${hidden.id}/invite`, { invitee: 'user-dave', level: 'VIEW' }))).toBe(
      'PermissionDenied',
    );
    expect(outcome(call(state, 'alice', `/${others.id}/invite`, { invitee: 'user-alice', level: 'ADMINISTER' }))).toBe(
      'PermissionDenied',
    );
    expect(outcome(call(state, 'alice', `/${others.id}/describe`))).toBe('PermissionDenied');
  });
});

describe('project invite', () => {
  it('raises a level, treats the same or a lower level as a no-op', () => {
    const { state, hidden } = setup();
    ok(call(state, 'bob', `/${hidden.id}/invite`, { invitee: 'user-dave', level: 'VIEW' }));
    ok(call(state, 'bob', `/${hidden.id}/invite`, { invitee: 'user-dave', level: 'UPLOAD' }));
    expect(state.projects[hidden.id]!.permissions['user-dave']).toBe('UPLOAD');
    const before = JSON.stringify(state);
    ok(call(state, 'bob', `/${hidden.id}/invite`, { invitee: 'user-dave', level: 'UPLOAD' }));
    ok(call(state, 'bob', `/${hidden.id}/invite`, { invitee: 'user-dave', level: 'VIEW' }));
    expect(JSON.stringify(state)).toBe(before);
  });

  it('needs ADMINISTER, a known invitee and a real level', () => {
    const { state, hidden } = setup();
    expect(outcome(call(state, 'carol', `/${hidden.id}/invite`, { invitee: 'user-dave', level: 'VIEW' }))).toBe(
      'PermissionDenied',
    );
    expect(outcome(call(state, 'bob', `/${hidden.id}/invite`, { invitee: 'user-ghost', level: 'VIEW' }))).toBe(
      'ResourceNotFound',
    );
    expect(outcome(call(state, 'bob', `/${hidden.id}/invite`, { invitee: 'user-dave', level: 'OWNER' }))).toBe(
      'InvalidInput',
    );
    expect(outcome(call(state, 'bob', `/${hidden.id}/invite`, { invitee: 'user-dave', level: 'NONE' }))).toBe(
      'InvalidInput',
    );
  });
});

describe('decreasePermissions', () => {
  it('lowers and removes, for ADMINISTER holders and members with project member demotion', () => {
    const { state, hidden } = setup();
    ok(call(state, 'mod', `/${hidden.id}/decreasePermissions`, { 'user-carol': 'VIEW' }));
    expect(state.projects[hidden.id]!.permissions['user-carol']).toBe('VIEW');
    ok(call(state, 'bob', `/${hidden.id}/decreasePermissions`, { 'user-carol': null }));
    expect(state.projects[hidden.id]!.permissions['user-carol']).toBeUndefined();
  });

  it('refuses raising, unknown grantees and callers without the right, changing nothing', () => {
    const { state, hidden } = setup();
    const before = JSON.stringify(state);
    expect(outcome(call(state, 'bob', `/${hidden.id}/decreasePermissions`, { 'user-carol': 'ADMINISTER' }))).toBe(
      'InvalidInput',
    );
    expect(
      outcome(call(state, 'bob', `/${hidden.id}/decreasePermissions`, { 'user-carol': 'VIEW', 'user-dave': null })),
    ).toBe('InvalidState');
    expect(outcome(call(state, 'carol', `/${hidden.id}/decreasePermissions`, { 'user-bob': 'VIEW' }))).toBe(
      'PermissionDenied',
    );
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('project describe and update', () => {
  it('shows permissions only to ADMINISTER holders and billing-org admins', () => {
    const { state, hidden } = setup();
    expect(ok(call(state, 'carol', `/${hidden.id}/describe`))).not.toHaveProperty('permissions');
    expect(ok(call(state, 'bob', `/${hidden.id}/describe`))).toHaveProperty('permissions');
    expect(outcome(call(state, 'dave', `/${hidden.id}/describe`))).toBe('PermissionDenied');
  });

  it('toggles the data protection notice with ADMINISTER only', () => {
    const { state, hidden } = setup();
    expect(outcome(call(state, 'carol', `/${hidden.id}/update`, { dataProtectionNotice: true }))).toBe(
      'PermissionDenied',
    );
    ok(call(state, 'bob', `/${hidden.id}/update`, { dataProtectionNotice: true }));
    expect(state.projects[hidden.id]!.dataProtectionNotice).toBe(true);
  });

  it('creates projects with the creator as ADMINISTER, billed to their default account', () => {
    const { state } = setup();
    const { id } = ok<{ id: string }>(call(state, 'dave', '/project/new', { name: 'Mine' }));
    expect(id).toMatch(/^project-[0-9A-Za-z]{24}$/);
    expect(state.projects[id]).toMatchObject({
      billTo: 'user-dave',
      permissions: { 'user-dave': 'ADMINISTER' },
      createdBy: 'user-dave',
    });
    expect(outcome(call(state, 'dave', '/project/new', { name: 'Theirs', billTo: 'user-alice' }))).toBe(
      'PermissionDenied',
    );
  });
});

describe('findProjects', () => {
  it('lists every project billed to the org with the caller level, for admins and demotion holders', () => {
    const { state, hidden } = setup();
    const page = ok<{ results: { id: string; level: string }[] }>(
      call(state, 'alice', '/org-acme/findProjects', { describe: true }),
    );
    expect(page.results).toEqual([
      expect.objectContaining({
        id: hidden.id,
        level: 'NONE',
        public: false,
        describe: expect.objectContaining({ name: hidden.name }),
      }),
    ]);
    expect(outcome(call(state, 'mod', '/org-acme/findProjects', {}))).toBe('ok');
    expect(outcome(call(state, 'bob', '/org-acme/findProjects', {}))).toBe('PermissionDenied');
  });

  it('filters by name glob, tags, properties, region and creation time', () => {
    const { state, hidden } = setup();
    Object.assign(state.projects[hidden.id]!, {
      name: 'WGS batch 3',
      tags: ['wgs', 'batch'],
      properties: { cohort: 'A' },
    });
    const ids = (body: object) =>
      ok<{ results: { id: string }[] }>(call(state, 'alice', '/org-acme/findProjects', body)).results.map((r) => r.id);
    expect(ids({ name: { glob: 'WGS*' } })).toEqual([hidden.id]);
    expect(ids({ name: { glob: 'RNA*' } })).toEqual([]);
    expect(ids({ name: { regexp: 'batch \\d' } })).toEqual([hidden.id]);
    expect(ids({ tags: { $and: ['wgs', 'batch'] } })).toEqual([hidden.id]);
    expect(ids({ tags: 'rna' })).toEqual([]);
    expect(ids({ properties: { cohort: 'A' } })).toEqual([hidden.id]);
    expect(ids({ properties: { cohort: true } })).toEqual([hidden.id]);
    expect(ids({ properties: { cohort: 'B' } })).toEqual([]);
    expect(ids({ region: 'azure:westus' })).toEqual([]);
    expect(ids({ created: { after: hidden.created + 1 } })).toEqual([]);
  });

  it('finds by name for dx invite through /system/findProjects', () => {
    const { state, hidden } = setup();
    const page = ok<{ results: { id: string }[] }>(
      call(state, 'carol', '/system/findProjects', { name: hidden.name, level: 'VIEW', describe: true, limit: 100 }),
    );
    expect(page.results.map((r) => r.id)).toEqual([hidden.id]);
    expect(
      ok<{ results: unknown[] }>(
        call(state, 'carol', '/system/findProjects', { name: hidden.name, level: 'ADMINISTER' }),
      ).results,
    ).toEqual([]);
  });
});
