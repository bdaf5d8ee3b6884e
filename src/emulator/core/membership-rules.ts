/** §3 of the spec: what a membership holds after an invite or an access change, and what is refused. */
import {
  ADMIN_FLAGS,
  adminMembership,
  givenFlags,
  MEMBER_DEFAULTS,
  membershipAfter,
  type MembershipChange,
  type MembershipFlags,
} from '../../wire/membership';
import type { Membership } from './state';
import { invalidInput } from './errors';

/** The flags an ADMIN always holds, so an ADMIN entry may not carry them. */
const ADMIN_HELD_FLAGS = Object.keys(ADMIN_FLAGS) as (keyof typeof ADMIN_FLAGS)[];

export function memberDefaults(): Membership {
  return { ...MEMBER_DEFAULTS };
}

/** `invite`: ADMIN ignores every flag sent; MEMBER starts from the defaults. */
export function invitedMembership(level: Membership['level'], input: MembershipFlags): Membership {
  if (level === 'ADMIN') return adminMembership({ treManagement: false, cloudIntegrationManagement: false });
  return { ...memberDefaults(), ...givenFlags(input) };
}

/** `setMemberAccess` for one member: the transition of §3, refusing options given to an ADMIN. */
export function changedMembership(current: Membership, change: MembershipChange, userId: string): Membership {
  if (change.level === 'ADMIN') {
    const refused = ADMIN_HELD_FLAGS.filter((flag) => change[flag] !== undefined);
    if (refused.length > 0) {
      throw invalidInput(`${userId}: an ADMIN takes no options (${refused.join(', ')}); an admin has every permission`);
    }
  }
  return membershipAfter(current, change);
}
