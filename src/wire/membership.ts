/**
 * §3 of the spec, as data and one transition: what an ADMIN always holds, what a MEMBER
 * invited with only a level starts with, and what a membership holds after an access
 * change. The emulator applies them (refusing what §3 refuses); the console previews
 * with the same functions.
 */
import type { OrgLevel } from './levels';
import { CUSTOM_ROLE_FLAGS, INDEPENDENT_FLAGS, type IndependentFlag, type MemberAccess } from './entities';

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

/** Every access field besides `level`. */
export const MEMBERSHIP_FLAGS = [
  'allowBillableActivities',
  'projectAccess',
  'appAccess',
  ...CUSTOM_ROLE_FLAGS,
  ...INDEPENDENT_FLAGS,
] as const;

/** Flags an invite or an access change may carry, each optional. */
export type MembershipFlags = Partial<Omit<MemberAccess, 'level'>>;

/** One member's entry of `setMemberAccess`: the level it is to have, and the flags to set. */
export type MembershipChange = { level: MemberAccess['level'] } & MembershipFlags;

/** The flags `input` gives a value: other fields, and flags absent or undefined, are left out. */
export function givenFlags(input: MembershipFlags): MembershipFlags {
  const flags: MembershipFlags = {};
  for (const flag of MEMBERSHIP_FLAGS) {
    if (input[flag] !== undefined) (flags as Record<string, unknown>)[flag] = input[flag];
  }
  return flags;
}

/** An ADMIN's membership: every ADMIN flag, and the two independent flags as given. */
export function adminMembership(independent: Pick<MemberAccess, IndependentFlag>): MemberAccess {
  return { level: 'ADMIN', ...ADMIN_FLAGS, ...independent };
}

/**
 * What a membership holds after one `setMemberAccess` entry (§3):
 * - to ADMIN: every ADMIN flag; TRE and cloud integration management as given, else as they were;
 * - ADMIN to MEMBER: the MEMBER defaults, TRE and cloud integration management as they were, then the flags given;
 * - MEMBER to MEMBER: as it was, with the flags given.
 *
 * Flags an ADMIN always holds are not applied to an ADMIN entry; the API refuses an entry
 * that carries them (the emulator's rule checks that before it calls this).
 */
export function membershipAfter(current: MemberAccess, change: MembershipChange): MemberAccess {
  const flags = givenFlags(change);
  if (change.level === 'ADMIN') {
    return adminMembership({
      treManagement: flags.treManagement ?? current.treManagement,
      cloudIntegrationManagement: flags.cloudIntegrationManagement ?? current.cloudIntegrationManagement,
    });
  }
  if (current.level === 'ADMIN') {
    return {
      ...MEMBER_DEFAULTS,
      treManagement: current.treManagement,
      cloudIntegrationManagement: current.cloudIntegrationManagement,
      ...flags,
    };
  }
  return { ...current, ...flags };
}

/** Whether two memberships hold the same level and flags (other fields are not compared). */
export function sameMembership(a: MemberAccess, b: MemberAccess): boolean {
  return a.level === b.level && MEMBERSHIP_FLAGS.every((flag) => a[flag] === b[flag]);
}

/**
 * The org's admins after a change (§3: an org keeps at least one ADMIN): `adminIds` are its
 * admins now; each entry of `changes` gives a member's level after it, or null when they leave.
 */
export function adminsAfter(
  adminIds: Iterable<string>,
  changes: Readonly<Record<string, { level: OrgLevel } | null | undefined>>,
): string[] {
  const admins = new Set(adminIds);
  for (const [id, after] of Object.entries(changes)) {
    if (after?.level === 'ADMIN') admins.add(id);
    else if (after !== undefined) admins.delete(id);
  }
  return [...admins];
}
