import { describe, expect, it } from 'vitest';
import { CUSTOM_ROLE_FLAGS, type MemberAccess } from './entities';
import {
  adminMembership,
  givenFlags,
  MEMBER_DEFAULTS,
  MEMBERSHIP_FLAGS,
  membershipAfter,
  sameMembership,
} from './membership';

const ADMIN = adminMembership({ treManagement: false, cloudIntegrationManagement: false });
const MEMBER = MEMBER_DEFAULTS;

describe('the §3 data', () => {
  it('an ADMIN holds every flag (and ADMINISTER), but the independent ones stay as given', () => {
    for (const flag of [...CUSTOM_ROLE_FLAGS, 'allowBillableActivities', 'appAccess'] as const) {
      expect(ADMIN[flag]).toBe(true);
    }
    expect(ADMIN.projectAccess).toBe('ADMINISTER');
    expect(adminMembership({ treManagement: true, cloudIntegrationManagement: false }).treManagement).toBe(true);
    expect(adminMembership({ treManagement: false, cloudIntegrationManagement: true }).cloudIntegrationManagement).toBe(
      true,
    );
  });

  it('MEMBERSHIP_FLAGS are every field of a membership but its level', () => {
    expect([...MEMBERSHIP_FLAGS, 'level'].sort()).toEqual(Object.keys(MEMBER_DEFAULTS).sort());
  });
});

describe('givenFlags', () => {
  it('keeps the flags given a value, and leaves out the level, undefined flags and unknown fields', () => {
    const input = { level: 'MEMBER', appAccess: false, dataSearch: undefined, invitee: 'user-bob' };
    expect(givenFlags(input as never)).toEqual({ appAccess: false });
  });
});

describe('membershipAfter', () => {
  const member: MemberAccess = { ...MEMBER, projectAccess: 'VIEW', dataSearch: true, cloudIntegrationManagement: true };

  it('MEMBER → MEMBER keeps what is not given and sets what is', () => {
    expect(membershipAfter(member, { level: 'MEMBER', appAccess: false, treManagement: true })).toEqual({
      ...member,
      appAccess: false,
      treManagement: true,
    });
  });

  it('MEMBER → MEMBER with nothing given changes nothing', () => {
    const after = membershipAfter(member, { level: 'MEMBER' });
    expect(after).toEqual(member);
    expect(sameMembership(after, member)).toBe(true);
  });

  it('→ ADMIN gives every ADMIN flag and keeps the independent flags unless given', () => {
    expect(membershipAfter(member, { level: 'ADMIN' })).toEqual({ ...ADMIN, cloudIntegrationManagement: true });
    expect(membershipAfter(member, { level: 'ADMIN', treManagement: true, cloudIntegrationManagement: false })).toEqual(
      {
        ...ADMIN,
        treManagement: true,
      },
    );
  });

  it('→ ADMIN does not apply a flag an admin always holds (the API refuses such an entry)', () => {
    expect(membershipAfter(member, { level: 'ADMIN', projectAccess: 'VIEW', dataDeletion: false })).toEqual({
      ...ADMIN,
      cloudIntegrationManagement: true,
    });
  });

  it('ADMIN → MEMBER takes the MEMBER defaults, keeps the independent flags, then applies what is given', () => {
    const admin: MemberAccess = { ...ADMIN, treManagement: true, cloudIntegrationManagement: true };
    expect(membershipAfter(admin, { level: 'MEMBER' })).toEqual({
      ...MEMBER,
      treManagement: true,
      cloudIntegrationManagement: true,
    });
    expect(membershipAfter(admin, { level: 'MEMBER', allowBillableActivities: true, treManagement: false })).toEqual({
      ...MEMBER,
      allowBillableActivities: true,
      cloudIntegrationManagement: true,
    });
  });

  it('does not change the membership it is given', () => {
    const before = structuredClone(member);
    membershipAfter(member, { level: 'ADMIN' });
    membershipAfter(member, { level: 'MEMBER', appAccess: false });
    expect(member).toEqual(before);
  });
});

describe('sameMembership', () => {
  it('compares the level and every flag, and nothing else', () => {
    expect(sameMembership(MEMBER, { ...MEMBER })).toBe(true);
    expect(sameMembership(MEMBER, { ...MEMBER, level: 'ADMIN' })).toBe(false);
    expect(sameMembership(MEMBER, { ...MEMBER, cloudIntegrationManagement: true })).toBe(false);
    expect(sameMembership(MEMBER, { ...MEMBER, id: 'user-bob' } as MemberAccess)).toBe(true);
  });
});
