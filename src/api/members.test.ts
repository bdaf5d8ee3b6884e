import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './client';
import { orgProjectNames, parseMember, removeMember, setMemberAccess } from './members';
import { stubApi } from './fetch-stub';
import { clearSession } from './session';

const flags = {
  allowBillableActivities: true,
  projectAccess: 'VIEW',
  appAccess: false,
  archivalManagement: false,
  projectMemberDemotion: true,
  dataDeletion: false,
  dataSearch: false,
  treManagement: true,
  cloudIntegrationManagement: false,
};

describe('parseMember', () => {
  it('keeps the membership and names the member from the description', () => {
    const member = parseMember({
      id: 'user-bob',
      level: 'MEMBER',
      ...flags,
      describe: {
        id: 'user-bob',
        class: 'user',
        handle: 'bob',
        first: 'Bob',
        middle: 'Q',
        last: 'Nakamura',
      },
    });
    expect(member).toEqual({
      id: 'user-bob',
      level: 'MEMBER',
      ...flags,
      describe: { name: 'Bob Nakamura', handle: 'bob' },
    });
  });

  it('keeps nothing of a describe beyond the public view, should a server add more', () => {
    const member = parseMember({
      id: 'user-bob',
      level: 'MEMBER',
      ...flags,
      describe: { id: 'user-bob', handle: 'bob', first: 'Bob', last: '', email: 'bob@x.example', billTo: 'org-acme' },
    });
    expect(member.describe).toEqual({ name: 'Bob', handle: 'bob' });
  });

  it('falls back to the handle, or the ID, for a member without a name or description', () => {
    expect(
      parseMember({ id: 'user-x1', level: 'ADMIN', ...flags, describe: { id: 'user-x1', handle: 'x1' } }).describe.name,
    ).toBe('x1');
    expect(parseMember({ id: 'user-y2', level: 'ADMIN', ...flags }).describe).toEqual({ name: 'y2', handle: 'y2' });
  });

  it('refuses a result that is not a member', () => {
    expect(() => parseMember({ id: 'user-bob', level: 'OWNER' })).toThrow(ApiError);
    expect(() => parseMember('user-bob')).toThrow(/expected fields/);
  });
});

describe('membership calls', () => {
  afterEach(() => clearSession());

  const mockFetch = (body: unknown) => stubApi(() => ({ body }));

  it('setMemberAccess sends the one body as given', async () => {
    const call = mockFetch({ id: 'org-acme' });
    await setMemberAccess('org-acme', { 'user-bob': { level: 'MEMBER', allowBillableActivities: true } });
    expect(call()).toEqual({
      url: 'https://api.example.org/org-acme/setMemberAccess',
      body: { 'user-bob': { level: 'MEMBER', allowBillableActivities: true } },
    });
  });

  it('removeMember sends both revocation choices and reads what was lost', async () => {
    const call = mockFetch({ id: 'org-acme', projects: { 'project-1': 'VIEW' } });
    const result = await removeMember('org-acme', {
      user: 'user-bob',
      revokeProjectPermissions: false,
      revokeAppPermissions: true,
    });
    expect(call().body).toEqual({ user: 'user-bob', revokeProjectPermissions: false, revokeAppPermissions: true });
    expect(result).toEqual({ id: 'org-acme', projects: { 'project-1': 'VIEW' }, apps: {} });
  });

  it('orgProjectNames asks for names of exactly those projects (or all), and gives up quietly', async () => {
    const call = mockFetch({
      results: [{ id: 'project-a', describe: { id: 'project-a', name: 'Alpha' } }],
      next: null,
    });
    expect(await orgProjectNames('org-acme', ['project-a', 'project-b'])).toEqual(new Map([['project-a', 'Alpha']]));
    expect(call().body).toEqual({ id: ['project-a', 'project-b'], describe: { fields: { name: true } } });

    await orgProjectNames('org-acme', 'all');
    expect(call(1).body).toEqual({ describe: { fields: { name: true } } });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"error":{"type":"PermissionDenied","message":"no"}}', { status: 401 })),
    );
    expect(await orgProjectNames('org-acme', ['project-a'])).toEqual(new Map());
  });
});
