/** The access a new member is invited with, and the `/org-x/invite` fields it becomes. */
import type { CustomRoleFlag } from '../../wire/entities';
import type { OrgLevel, ProjectLevel } from '../../wire/levels';
import { MEMBER_DEFAULTS } from '../../wire/membership';
import type { InviteBody } from '../../api/members';

export interface InviteAccess extends Record<CustomRoleFlag, boolean> {
  level: OrgLevel;
  allowBillableActivities: boolean;
  projectAccess: ProjectLevel;
  appAccess: boolean;
}

/** What a MEMBER invited with only a level gets (org-api.md §3): the form starts there. */
export const DEFAULT_INVITE_ACCESS: InviteAccess = {
  level: 'MEMBER',
  allowBillableActivities: MEMBER_DEFAULTS.allowBillableActivities,
  projectAccess: MEMBER_DEFAULTS.projectAccess,
  appAccess: MEMBER_DEFAULTS.appAccess,
  archivalManagement: MEMBER_DEFAULTS.archivalManagement,
  projectMemberDemotion: MEMBER_DEFAULTS.projectMemberDemotion,
  dataDeletion: MEMBER_DEFAULTS.dataDeletion,
  dataSearch: MEMBER_DEFAULTS.dataSearch,
};

/** The fields of `/org-x/invite` for this choice: an ADMIN invite carries no flags. */
export function inviteAccessInput(access: InviteAccess): Omit<InviteBody, 'invitee'> {
  if (access.level === 'ADMIN') return { level: 'ADMIN' };
  return { ...access };
}
