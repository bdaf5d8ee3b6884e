// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ProjectLevel, ProjectPermission } from '../../wire/levels';
import type { Membership } from './state';
import { admin, member, org, project, user, world } from '../testing/world';
import { effectiveProjectAccess, hasAppAccess } from './access';

type Case = {
  name: string;
  explicit?: ProjectPermission;
  grants: { org: string; level: ProjectPermission; membership: Membership | null }[];
  expected: ProjectLevel;
};

const cases: Case[] = [
  { name: 'no explicit permission and no org grant', grants: [], expected: 'NONE' },
  { name: 'explicit permission only', explicit: 'UPLOAD', grants: [], expected: 'UPLOAD' },
  {
    name: 'org grant capped by shared project access',
    grants: [{ org: 'a', level: 'CONTRIBUTE', membership: member({ projectAccess: 'VIEW' }) }],
    expected: 'VIEW',
  },
  {
    name: 'shared project access capped by the org grant',
    grants: [{ org: 'a', level: 'UPLOAD', membership: member({ projectAccess: 'ADMINISTER' }) }],
    expected: 'UPLOAD',
  },
  {
    name: 'shared project access NONE gives nothing',
    grants: [{ org: 'a', level: 'ADMINISTER', membership: member({ projectAccess: 'NONE' }) }],
    expected: 'NONE',
  },
  {
    name: 'an ADMIN counts as ADMINISTER',
    grants: [{ org: 'a', level: 'CONTRIBUTE', membership: admin() }],
    expected: 'CONTRIBUTE',
  },
  {
    name: 'an ADMIN gets the full org grant',
    grants: [{ org: 'a', level: 'ADMINISTER', membership: admin() }],
    expected: 'ADMINISTER',
  },
  {
    name: 'a grant to an org the user is not in gives nothing',
    grants: [{ org: 'a', level: 'ADMINISTER', membership: null }],
    expected: 'NONE',
  },
  {
    name: 'explicit wins when higher',
    explicit: 'CONTRIBUTE',
    grants: [{ org: 'a', level: 'CONTRIBUTE', membership: member({ projectAccess: 'VIEW' }) }],
    expected: 'CONTRIBUTE',
  },
  {
    name: 'the org grant wins when higher',
    explicit: 'VIEW',
    grants: [{ org: 'a', level: 'CONTRIBUTE', membership: member({ projectAccess: 'CONTRIBUTE' }) }],
    expected: 'CONTRIBUTE',
  },
  {
    name: 'the highest of several orgs',
    grants: [
      { org: 'a', level: 'VIEW', membership: member({ projectAccess: 'ADMINISTER' }) },
      { org: 'b', level: 'ADMINISTER', membership: member({ projectAccess: 'UPLOAD' }) },
    ],
    expected: 'UPLOAD',
  },
];

describe('effective project access', () => {
  it.each(cases)('$name → $expected', ({ explicit, grants, expected }) => {
    const permissions: Record<string, ProjectPermission> = {};
    if (explicit) permissions['user-u'] = explicit;
    for (const grant of grants) permissions[`org-${grant.org}`] = grant.level;
    const p = project('user-owner', permissions);
    const state = world({
      users: [user('u'), user('owner')],
      orgs: grants.map((grant) => org(grant.org, grant.membership ? { 'user-u': grant.membership } : {})),
      projects: [p],
    });
    expect(effectiveProjectAccess(state, 'user-u', p)).toBe(expected);
  });
});

describe('effective app access', () => {
  const app = (developers: string[], authorizedUsers: string[]) => ({
    id: 'app-x',
    name: 'x',
    title: 'X',
    version: '1',
    billTo: 'org-a',
    developers,
    authorizedUsers,
    published: 0,
    created: 0,
  });
  const state = world({
    users: [user('u')],
    orgs: [org('a', { 'user-u': member({ appAccess: true }) }), org('b', { 'user-u': member({ appAccess: false }) })],
  });

  it.each([
    ['a developer', ['user-u'], [], true],
    ['an authorized user', [], ['user-u'], true],
    ['PUBLIC', [], ['PUBLIC'], true],
    ['an authorized org where the member has app access', [], ['org-a'], true],
    ['an authorized org where the member has no app access', [], ['org-b'], false],
    ['nobody', ['user-other'], ['user-other'], false],
  ] as const)('%s', (_name, developers, authorized, expected) => {
    expect(hasAppAccess(state, 'user-u', app([...developers], [...authorized]))).toBe(expected);
  });
});
