import { describe, expect, it } from 'vitest';
import { DEFAULT_INVITE_ACCESS, inviteAccessInput } from './invite-access';

describe('inviteAccessInput', () => {
  it('starts from the MEMBER defaults of the API', () => {
    expect(DEFAULT_INVITE_ACCESS).toEqual({
      level: 'MEMBER',
      allowBillableActivities: false,
      projectAccess: 'CONTRIBUTE',
      appAccess: true,
      archivalManagement: false,
      projectMemberDemotion: false,
      dataDeletion: false,
      dataSearch: false,
    });
  });

  it('sends every chosen flag for a MEMBER', () => {
    const access = {
      ...DEFAULT_INVITE_ACCESS,
      allowBillableActivities: true,
      projectAccess: 'VIEW' as const,
      dataSearch: true,
    };
    expect(inviteAccessInput(access)).toEqual(access);
  });

  it('sends only the level for an ADMIN, whatever was chosen for a member before', () => {
    expect(
      inviteAccessInput({ ...DEFAULT_INVITE_ACCESS, level: 'ADMIN', dataDeletion: true, appAccess: false }),
    ).toEqual({
      level: 'ADMIN',
    });
  });
});
