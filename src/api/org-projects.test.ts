import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { orgProjectKeys, parseOrgProject, withAdministerGranted, type OrgProject } from './org-projects';
import { projectKeys } from './project-keys';

const described = {
  id: 'project-1',
  level: 'NONE',
  public: false,
  describe: {
    id: 'project-1',
    class: 'project',
    name: 'Tumour atlas',
    billTo: 'org-acme',
    level: 'NONE',
    created: 1_700_000_000_000,
    createdBy: 'user-bob',
    region: 'aws:us-east-1',
    dataUsage: 12.5,
    containsPHI: true,
    permissions: { 'user-bob': 'ADMINISTER', 'org-acme': 'VIEW' },
    monthlyComputeLimit: 100,
    monthlyEgressBytesLimit: null,
    monthlyStorageLimit: 20,
    tags: [],
  },
};

describe('parseOrgProject', () => {
  it('keeps what the Projects tab shows', () => {
    expect(parseOrgProject(described)).toEqual({
      id: 'project-1',
      name: 'Tumour atlas',
      level: 'NONE',
      public: false,
      created: 1_700_000_000_000,
      createdBy: 'user-bob',
      region: 'aws:us-east-1',
      dataUsage: 12.5,
      containsPHI: true,
      permissions: { 'user-bob': 'ADMINISTER', 'org-acme': 'VIEW' },
      limits: { compute: 100, egressBytes: null, storage: 20 },
    });
  });

  it('leaves out what the API did not send (no permissions for non-admins, no limits on older servers)', () => {
    const parsed = parseOrgProject({ id: 'project-2', level: 'VIEW', describe: { name: 'Plain' } });
    expect(parsed).toEqual({
      id: 'project-2',
      name: 'Plain',
      level: 'VIEW',
      public: false,
      limits: { compute: null, egressBytes: null, storage: null },
    });
    expect(parsed).not.toHaveProperty('permissions');
  });

  it('refuses a result without a describe or with an unknown level', () => {
    expect(() => parseOrgProject({ id: 'project-3', level: 'VIEW' })).toThrow(ApiError);
    expect(() => parseOrgProject({ ...described, level: 'OWNER' })).toThrow(/findProjects returned a project/);
  });
});

describe('orgProjectKeys', () => {
  it('nests the described list under projectKeys.orgLists, which mutations invalidate', () => {
    expect(orgProjectKeys.lists('org-acme')).toEqual(projectKeys.orgLists('org-acme'));
    expect(orgProjectKeys.described('org-acme').slice(0, 3)).toEqual([...projectKeys.orgLists('org-acme')]);
  });
});

/** A row as the tab lists it, at `level`, with `permissions` only when given. */
function project(id: string, level: OrgProject['level'], permissions?: Record<string, string>): OrgProject {
  const { permissions: _shown, ...row } = parseOrgProject(described);
  return { ...row, id, level, ...(permissions ? { permissions } : {}) };
}

describe('withAdministerGranted', () => {
  it('raises the granted rows to ADMINISTER, adds the user to shown permissions, keeps the other rows as they were', () => {
    const a = project('a', 'NONE', { 'user-bob': 'ADMINISTER' });
    const b = project('b', 'VIEW');
    const c = project('c', 'CONTRIBUTE', { 'user-alice': 'VIEW', 'org-acme': 'CONTRIBUTE' });
    const after = withAdministerGranted([a, b, c], new Set(['a', 'c']), 'user-alice');
    expect(after[0]).toEqual({
      ...a,
      level: 'ADMINISTER',
      permissions: { 'user-bob': 'ADMINISTER', 'user-alice': 'ADMINISTER' },
    });
    expect(after[1]).toBe(b);
    expect(after[2]!.permissions).toEqual({ 'user-alice': 'ADMINISTER', 'org-acme': 'CONTRIBUTE' });
    expect(a.level).toBe('NONE');
    expect(withAdministerGranted([b], new Set(['b']), 'user-alice')[0]).not.toHaveProperty('permissions');
  });
});
