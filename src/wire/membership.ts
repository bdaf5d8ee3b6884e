/**
 * §3 of the spec, as data: what an ADMIN always holds, and what a MEMBER invited with
 * only a level starts with. The emulator applies them; the console previews with them.
 */
import type { MemberAccess } from './entities';

/** An ADMIN holds all of these, always (TRE and cloud integration management stay independent). */
export const ADMIN_FLAGS = {
  allowBillableActivities: true,
  projectAccess: 'ADMINISTER',
  appAccess: true,
  archivalManagement: true,
  projectMemberDemotion: true,
  dataDeletion: true,
  dataSearch: true,
} as const satisfies Partial<MemberAccess>;

export const MEMBER_DEFAULTS: Readonly<MemberAccess> = {
  level: 'MEMBER',
  allowBillableActivities: false,
  projectAccess: 'CONTRIBUTE',
  appAccess: true,
  archivalManagement: false,
  projectMemberDemotion: false,
  dataDeletion: false,
  dataSearch: false,
  treManagement: false,
  cloudIntegrationManagement: false,
};
