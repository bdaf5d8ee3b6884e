// @vitest-environment node
/**
 * What `dx build --create-app` does, route by route: an applet in a (temporary) project,
 * an app from it billed to the caller or an org they administer, the app's version found
 * by alias, its categories and authorized users listed, the "default" tag, and the
 * project destroyed with its applet.
 */
import { describe, expect, it } from 'vitest';
import { admin, call, member, ok, org, outcome, project, user, world } from '../testing/world';

const EXECUTABLE = {
  dxapi: '1.0.0',
  runSpec: { interpreter: 'python3', code: '\n', distribution: 'Ubuntu', release: '20.04', file: 'code.py' },
  inputSpec: [],
  outputSpec: [],
  ignoreReuse: false,
};

function setup() {
  const acme = org('acme', { 'user-alice': admin(), 'user-bob': member({ allowBillableActivities: true }) });
  const build = project('user-alice', { 'user-alice': 'ADMINISTER', 'user-carol': 'VIEW', 'user-dave': 'UPLOAD' });
  const state = world({ users: ['alice', 'bob', 'carol', 'dave'].map(user), orgs: [acme], projects: [build] });
  return { state, build };
}

function newApplet(state: ReturnType<typeof setup>['state'], projectId: string, extra: object = {}): string {
  // dx-toolkit sends the whole dxapp.json, `version` and `billTo` included.
  const body = { ...EXECUTABLE, name: 'mapper', version: '1.0.0', billTo: 'org-acme', project: projectId, ...extra };
  return ok<{ id: string }>(call(state, 'alice', '/applet/new', body)).id;
}

describe('/applet/new', () => {
  it('keeps the applet in the root folder of its project, named after its ID when it has no name', () => {
    const { state, build } = setup();
    const named = newApplet(state, build.id, { folder: '/', title: 'Mapper' });
    expect(named).toMatch(/^applet-[0-9A-Za-z]{24}$/);
    expect(state.projects[build.id]!.applets![named]).toMatchObject({ name: 'mapper', title: 'Mapper' });
    const { name: _name, ...unnamed } = { ...EXECUTABLE, name: '', project: build.id };
    const id = ok<{ id: string }>(call(state, 'alice', '/applet/new', unnamed)).id;
    expect(state.projects[build.id]!.applets![id]!.name).toBe(id);
  });

  it('needs CONTRIBUTE on the project and an existing folder, and changes nothing when refused', () => {
    const { state, build } = setup();
    const before = JSON.stringify(state);
    const body = { ...EXECUTABLE, project: build.id };
    expect(outcome(call(state, 'dave', '/applet/new', body))).toBe('PermissionDenied');
    expect(outcome(call(state, 'bob', '/applet/new', body))).toBe('PermissionDenied');
    expect(outcome(call(state, 'alice', '/applet/new', { ...body, folder: '/apps' }))).toBe('ResourceNotFound');
    expect(outcome(call(state, 'alice', '/applet/new', { ...body, project: `project-${'x'.repeat(24)}` }))).toBe(
      'ResourceNotFound',
    );
    expect(outcome(call(state, 'alice', '/applet/new', { ...body, runSpec: { code: '' } }))).toBe('InvalidInput');
    expect(JSON.stringify(state)).toBe(before);
  });

  it('creates one applet per nonce, and refuses the nonce with another input', () => {
    const { state, build } = setup();
    const first = newApplet(state, build.id, { nonce: 'abc' });
    expect(newApplet(state, build.id, { nonce: 'abc' })).toBe(first);
    expect(Object.keys(state.projects[build.id]!.applets!)).toEqual([first]);
    const other = call(state, 'alice', '/applet/new', { ...EXECUTABLE, project: build.id, name: 'x', nonce: 'abc' });
    expect(outcome(other)).toBe('InvalidInput');
  });
});

describe('/app/new', () => {
  it('builds an app billed to an org the caller administers, with the caller as its only developer', () => {
    const { state, build } = setup();
    const applet = newApplet(state, build.id);
    const body = {
      ...EXECUTABLE,
      name: 'mapper',
      version: '1.0.0',
      billTo: 'org-acme',
      regionalOptions: { 'aws:us-east-1': { applet } },
    };
    expect(ok(call(state, 'alice', '/app/new', body))).toEqual({ id: 'app-mapper' });
    const app = ok(call(state, 'alice', '/app-mapper/describe'));
    expect(app).toMatchObject({
      id: 'app-mapper',
      class: 'app',
      name: 'mapper',
      title: 'mapper',
      version: '1.0.0',
      billTo: 'org-acme',
      developers: ['user-alice'],
      authorizedUsers: [],
      published: 0,
    });
    const found = ok<{ results: { id: string }[] }>(call(state, 'alice', '/org-acme/findApps', {}));
    expect(found.results.map((r) => r.id)).toContain('app-mapper');
    const events = ok<{ results: { action: string; target: string }[] }>(
      call(state, 'alice', '/org-acme/findAuditEvents', {}),
    ).results;
    expect(events[0]).toMatchObject({ action: 'app.new', target: 'app-mapper' });
  });

  it('bills the caller by default and takes the title given', () => {
    const { state, build } = setup();
    const applet = newApplet(state, build.id);
    ok(call(state, 'alice', '/app/new', { name: 'solo', version: '0.1.0', applet, title: 'Solo tool' }));
    expect(state.apps['app-solo']).toMatchObject({ billTo: 'user-alice', title: 'Solo tool' });
    const found = ok<{ results: { id: string }[] }>(call(state, 'alice', '/org-acme/findApps', {}));
    expect(found.results.map((r) => r.id)).not.toContain('app-solo');
  });

  it('refuses, changing nothing: an org the caller does not administer, someone else, an unseen applet, a wrong region', () => {
    const { state, build } = setup();
    const applet = newApplet(state, build.id);
    const before = JSON.stringify(state);
    const body = { name: 'mapper', version: '1.0.0', applet };
    // carol can see the applet (VIEW) but administers no org; bob is a billable MEMBER, not an ADMIN.
    expect(outcome(call(state, 'carol', '/app/new', { ...body, billTo: 'org-acme' }))).toBe('PermissionDenied');
    expect(outcome(call(state, 'alice', '/app/new', { ...body, billTo: 'user-carol' }))).toBe('PermissionDenied');
    expect(outcome(call(state, 'bob', '/app/new', body))).toBe('PermissionDenied');
    expect(outcome(call(state, 'alice', '/app/new', { ...body, applet: `applet-${'z'.repeat(24)}` }))).toBe(
      'ResourceNotFound',
    );
    const elsewhere = { name: 'mapper', version: '1.0.0', regionalOptions: { 'azure:westus': { applet } } };
    expect(outcome(call(state, 'alice', '/app/new', elsewhere))).toBe('InvalidInput');
    expect(
      outcome(call(state, 'alice', '/app/new', { ...body, regionalOptions: { 'aws:us-east-1': { applet } } })),
    ).toBe('InvalidInput');
    expect(outcome(call(state, 'alice', '/app/new', { ...body, version: '1.0' }))).toBe('InvalidInput');
    expect(JSON.stringify(state)).toBe(before);
  });

  it('answers a taken name and version as the platform does, so that dx build can tell', () => {
    const { state, build } = setup();
    const applet = newApplet(state, build.id);
    ok(call(state, 'alice', '/app/new', { name: 'mapper', version: '1.0.0', applet }));
    const again = call(state, 'alice', '/app/new', { name: 'mapper', version: '1.0.0', applet });
    expect(again.body).toEqual({
      error: { type: 'InvalidInput', message: 'Specified name and version conflict with an existing alias' },
    });
    expect(outcome(call(state, 'carol', '/app/new', { name: 'mapper', version: '2.0.0', applet }))).toBe(
      'PermissionDenied',
    );
  });
});

describe('after /app/new, as dx build goes on', () => {
  function built() {
    const { state, build } = setup();
    const applet = newApplet(state, build.id);
    ok(call(state, 'alice', '/app/new', { name: 'mapper', version: '1.0.0', applet, billTo: 'org-acme' }));
    return { state, build };
  }

  it('finds the version by alias: its version, then its tags', () => {
    const { state } = built();
    expect(ok(call(state, 'alice', '/app-mapper/1.0.0/describe', { fields: { version: true } }))).toEqual({
      id: 'app-mapper',
      version: '1.0.0',
    });
    expect(outcome(call(state, 'alice', '/app-mapper/2.0.0/describe'))).toBe('ResourceNotFound');
    expect(outcome(call(state, 'alice', '/app-other/1.0.0/describe'))).toBe('ResourceNotFound');
    expect(outcome(call(state, 'alice', '/app-mapper/default/describe'))).toBe('ResourceNotFound');
    expect(ok(call(state, 'alice', '/app-mapper/addTags', { tags: ['default', 'default'] }))).toEqual({
      id: 'app-mapper',
    });
    expect(state.apps['app-mapper']!.tags).toEqual(['default']);
    expect(ok(call(state, 'alice', '/app-mapper/default/describe', { fields: { tags: true } }))).toEqual({
      id: 'app-mapper',
      tags: ['default'],
    });
  });

  it('lists no categories and the authorized users, to whoever may see the app', () => {
    const { state } = built();
    expect(ok(call(state, 'alice', '/app-mapper/listCategories'))).toEqual({ categories: [] });
    expect(ok(call(state, 'alice', '/app-mapper/listAuthorizedUsers'))).toEqual({ authorizedUsers: [] });
    ok(call(state, 'alice', '/app-mapper/addAuthorizedUsers', { authorizedUsers: ['user-dave'] }));
    expect(ok(call(state, 'dave', '/app-mapper/listAuthorizedUsers'))).toEqual({ authorizedUsers: ['user-dave'] });
    expect(outcome(call(state, 'carol', '/app-mapper/listCategories'))).toBe('PermissionDenied');
  });

  it('lets only a developer tag the app; an unchanged tag list records nothing', () => {
    const { state } = built();
    const before = JSON.stringify(state);
    expect(outcome(call(state, 'dave', '/app-mapper/addTags', { tags: ['default'] }))).toBe('PermissionDenied');
    expect(JSON.stringify(state)).toBe(before);
    ok(call(state, 'alice', '/app-mapper/addTags', { tags: ['default'] }));
    const count = state.audit['org-acme']!.length;
    ok(call(state, 'alice', '/app-mapper/addTags', { tags: ['default'] }));
    expect(state.audit['org-acme']!.length).toBe(count);
  });

  it('finds apps by publication, and the applet goes with its destroyed project while the app stays', () => {
    const { state, build } = built();
    const published = (value: boolean) =>
      ok<{ results: { id: string }[] }>(call(state, 'alice', '/system/findApps', { name: 'mapper', published: value }))
        .results;
    expect(published(true)).toEqual([]);
    expect(published(false).map((r) => r.id)).toEqual(['app-mapper']);
    ok(call(state, 'alice', `/${build.id}/destroy`, {}));
    expect(state.projects[build.id]).toBeUndefined();
    expect(outcome(call(state, 'alice', '/app-mapper/describe'))).toBe('ok');
  });
});
