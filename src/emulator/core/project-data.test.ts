// @vitest-environment node
/**
 * The project routes the platform's client tests need besides permissions: an (empty)
 * folder listing, destroy, tags and properties, and the public filters of
 * `/system/findProjects`.
 */
import { describe, expect, it } from 'vitest';
import { admin, call, member, ok, org, outcome, project, user, world } from '../testing/world';
import { Transaction } from './transaction';

function setup() {
  const acme = org('acme', { 'user-alice': admin(), 'user-bob': member({ allowBillableActivities: true }) });
  const shared = project('org-acme', { 'user-bob': 'ADMINISTER', 'user-carol': 'CONTRIBUTE', 'user-dave': 'UPLOAD' });
  const own = project('user-carol', { 'user-carol': 'ADMINISTER', 'user-dave': 'VIEW' });
  const state = world({ users: ['alice', 'bob', 'carol', 'dave'].map(user), orgs: [acme], projects: [shared, own] });
  return { state, shared, own };
}

describe('listFolder', () => {
  it('lists the empty root folder to anyone with VIEW, answering only what was asked for', () => {
    const { state, own } = setup();
    expect(ok(call(state, 'dave', `/${own.id}/listFolder`, { folder: '/' }))).toEqual({ objects: [], folders: [] });
    expect(ok(call(state, 'dave', `/${own.id}/listFolder`, { folder: '/', only: 'folders' }))).toEqual({ folders: [] });
    expect(ok(call(state, 'dave', `/${own.id}/listFolder`, { folder: '/', only: 'objects' }))).toEqual({ objects: [] });
  });

  it('knows no other folder, and refuses callers without VIEW', () => {
    const { state, own, shared } = setup();
    expect(outcome(call(state, 'carol', `/${own.id}/listFolder`, { folder: '/data' }))).toBe('ResourceNotFound');
    expect(outcome(call(state, 'bob', `/${own.id}/listFolder`, { folder: '/' }))).toBe('PermissionDenied');
    // An admin of the billing org may describe the project, but not list its data.
    expect(outcome(call(state, 'alice', `/${shared.id}/describe`))).toBe('ok');
    expect(outcome(call(state, 'alice', `/${shared.id}/listFolder`, { folder: '/' }))).toBe('PermissionDenied');
  });
});

describe('destroy', () => {
  it('removes the project for an ADMINISTER holder: gone from describe and from the org', () => {
    const { state, shared } = setup();
    state.orgs['org-acme']!.billing.reportDestination = shared.id;
    expect(ok(call(state, 'bob', `/${shared.id}/destroy`, { terminateJobs: true }))).toEqual({});
    expect(state.projects[shared.id]).toBeUndefined();
    expect(outcome(call(state, 'bob', `/${shared.id}/describe`))).toBe('ResourceNotFound');
    expect(ok<{ results: unknown[] }>(call(state, 'alice', '/org-acme/findProjects', {})).results).toEqual([]);
    expect(state.orgs['org-acme']!.billing.reportDestination, 'reports no longer go there').toBeNull();
    const events = ok<{ results: { action: string; target: string }[] }>(
      call(state, 'alice', '/org-acme/findAuditEvents', {}),
    ).results;
    expect(events[0]).toMatchObject({ action: 'project.destroy', target: shared.id });
  });

  it('refuses anyone below ADMINISTER, billing-org admins included, changing nothing', () => {
    const { state, shared } = setup();
    const before = JSON.stringify(state);
    for (const caller of ['alice', 'carol', 'dave']) {
      expect(outcome(call(state, caller, `/${shared.id}/destroy`, {})), caller).toBe('PermissionDenied');
    }
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('tags and properties', () => {
  it('adds tags once, in order, and removes them, with CONTRIBUTE', () => {
    const { state, shared } = setup();
    ok(call(state, 'carol', `/${shared.id}/addTags`, { tags: ['wgs', 'batch', 'wgs'] }));
    ok(call(state, 'carol', `/${shared.id}/addTags`, { tags: ['batch', 'qc'] }));
    expect(state.projects[shared.id]!.tags).toEqual(['wgs', 'batch', 'qc']);
    ok(call(state, 'carol', `/${shared.id}/removeTags`, { tags: ['batch', 'absent'] }));
    expect(ok(call(state, 'carol', `/${shared.id}/describe`))).toMatchObject({ tags: ['wgs', 'qc'] });
  });

  it('sets and removes properties with CONTRIBUTE; null removes', () => {
    const { state, shared } = setup();
    ok(call(state, 'carol', `/${shared.id}/setProperties`, { properties: { cohort: 'A', batch: '3' } }));
    ok(call(state, 'carol', `/${shared.id}/setProperties`, { properties: { cohort: null, batch: '4', absent: null } }));
    expect(state.projects[shared.id]!.properties).toEqual({ batch: '4' });
  });

  it('refuses callers below CONTRIBUTE and records no change that changes nothing', () => {
    const { state, shared } = setup();
    const before = JSON.stringify(state);
    expect(outcome(call(state, 'dave', `/${shared.id}/addTags`, { tags: ['x'] }))).toBe('PermissionDenied');
    expect(outcome(call(state, 'alice', `/${shared.id}/setProperties`, { properties: { a: 'b' } }))).toBe(
      'PermissionDenied',
    );
    ok(call(state, 'carol', `/${shared.id}/removeTags`, { tags: ['absent'] }));
    ok(call(state, 'carol', `/${shared.id}/setProperties`, { properties: { absent: null, toString: null } }));
    expect(JSON.stringify(state), 'no change, no audit event').toBe(before);
  });

  it('are what findProjects filters on, for the org and for the system', () => {
    const { state, shared, own } = setup();
    ok(call(state, 'carol', `/${shared.id}/addTags`, { tags: ['tag-1', 'tag-2'] }));
    ok(call(state, 'carol', `/${own.id}/addTags`, { tags: ['tag-1'] }));
    ok(call(state, 'carol', `/${shared.id}/setProperties`, { properties: { 'property-1': 'value1' } }));
    const ids = (path: string, body: object) =>
      ok<{ results: { id: string }[] }>(call(state, 'carol', path, body)).results.map((r) => r.id);
    expect(ids('/system/findProjects', { tags: 'tag-1' })).toEqual([shared.id, own.id].sort());
    expect(ids('/system/findProjects', { tags: { $and: ['tag-1', 'tag-2'] } })).toEqual([shared.id]);
    expect(ids('/system/findProjects', { properties: { 'property-1': true } })).toEqual([shared.id]);
    expect(ids('/system/findProjects', { properties: { $and: [{ 'property-1': 'value1' }, { x: true }] } })).toEqual(
      [],
    );
    expect(ids('/system/findProjects', { properties: { constructor: true } }), 'own keys only').toEqual([]);
    expect(ids('/system/findProjects', { id: [own.id], public: false, containsPHI: false })).toEqual([own.id]);
    expect(ids('/system/findProjects', { region: 'azure:westus' })).toEqual([]);
    expect(ids('/system/findProjects', { created: { before: own.created - 1 } })).toEqual([]);
    expect(ids('/system/findProjects', { billTo: 'org-acme', tags: 'tag-1' })).toEqual([shared.id]);
    const asAlice = ok<{ results: { id: string }[] }>(
      call(state, 'alice', '/org-acme/findProjects', { tags: { $and: ['tag-1', 'tag-2'] } }),
    );
    expect(asAlice.results.map((r) => r.id)).toEqual([shared.id]);
  });
});

describe('a destroy that is undone', () => {
  it('puts the project back exactly as it was, even after an edit in the same transaction', () => {
    const { state, shared } = setup();
    const before = JSON.stringify(state);
    const tx = new Transaction(state);
    tx.editProject(shared.id).name = 'Renamed first';
    tx.remove('projects', shared.id);
    expect(tx.changes()).toEqual([{ kind: 'projects', id: shared.id, value: null }]);
    tx.rollback();
    // The same records (the project's key now comes last in `projects`; order means nothing there).
    expect(state).toEqual(JSON.parse(before));
  });
});
