import { describe, expect, it } from 'vitest';
import type { OrgProject } from '../../api/org-projects';
import { ACCESS_OPTIONS, formatGib, formatLimits, grantTargets, memberCount, needsAdminister } from './project-access';

const NO_LIMITS = { compute: null, egressBytes: null, storage: null };

function project(id: string, level: OrgProject['level'], permissions?: Record<string, string>): OrgProject {
  return {
    id,
    name: `Project ${id}`,
    level,
    public: false,
    limits: NO_LIMITS,
    ...(permissions ? { permissions } : {}),
  };
}

describe('who may be granted Administer', () => {
  it('every level below ADMINISTER, "Not a member" included', () => {
    expect(
      ['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE'].map((level) => needsAdminister({ level: level as OrgProject['level'] })),
    ).toEqual([true, true, true, true]);
    expect(needsAdminister({ level: 'ADMINISTER' })).toBe(false);
  });

  it('a bulk grant acts on the selected rows below ADMINISTER and counts the others', () => {
    const selected = [
      project('a', 'NONE'),
      project('b', 'ADMINISTER'),
      project('c', 'VIEW'),
      project('d', 'ADMINISTER'),
    ];
    const { targets, alreadyAdminister } = grantTargets(selected);
    expect(targets.map((p) => p.id)).toEqual(['a', 'c']);
    expect(alreadyAdminister).toBe(2);
    expect(grantTargets([])).toEqual({ targets: [], alreadyAdminister: 0 });
  });
});

describe('display helpers', () => {
  it('counts members only where the API showed the permissions', () => {
    expect(memberCount({ permissions: { 'user-a': 'VIEW', 'org-acme': 'CONTRIBUTE' } })).toBe(2);
    expect(memberCount({})).toBeNull();
  });

  it('offers the access levels highest first, NONE as "Not a member"', () => {
    expect(ACCESS_OPTIONS.map((o) => o.label)).toEqual(['Administer', 'Contribute', 'Upload', 'View', 'Not a member']);
    expect(ACCESS_OPTIONS.at(-1)!.value).toBe('NONE');
  });

  it('formats data usage and the limits that are set', () => {
    expect(formatGib(512)).toBe('512 GiB');
    expect(formatGib(1536)).toBe('1.5 TiB');
    expect(formatLimits(NO_LIMITS)).toBeNull();
    expect(formatLimits({ compute: 5000, egressBytes: 1024 ** 4, storage: null })).toBe(
      'Compute $5,000 · Egress 1 TiB',
    );
  });
});
