/** §3 of the spec: what a membership holds after an invite or an access change. */
import { CUSTOM_ROLE_FLAGS, type MemberAccess } from '../../wire/entities';
import { ADMIN_FLAGS, MEMBER_DEFAULTS } from '../../wire/membership';
import type { Membership } from '../store/state';
import { invalidInput } from './errors';

type Flags = Partial<Omit<MemberAccess, 'level'>>;

const STANDARD_FLAGS = ['allowBillableActivities', 'projectAccess', 'appAccess'] as const;
const ALL_FLAGS = [...STANDARD_FLAGS, ...CUSTOM_ROLE_FLAGS, 'treManagement', 'cloudIntegrationManagement'] as const;

export function adminMembership(
  independent: Pick<Membership, 'treManagement' | 'cloudIntegrationManagement'>,
): Membership {
  return { level: 'ADMIN', ...ADMIN_FLAGS, ...independent };
}

export function memberDefaults(): Membership {
  return { ...MEMBER_DEFAULTS };
}

function givenFlags(input: Flags): Flags {
  const flags: Flags = {};
  for (const flag of ALL_FLAGS) {
    if (input[flag] !== undefined) (flags as Record<string, unknown>)[flag] = input[flag];
  }
  return flags;
}

/** `invite`: ADMIN ignores every flag sent; MEMBER starts from the defaults. */
export function invitedMembership(level: MemberAccess['level'], input: Flags): Membership {
  if (level === 'ADMIN') return adminMembership({ treManagement: false, cloudIntegrationManagement: false });
  return { ...memberDefaults(), ...givenFlags(input) };
}

/** `setMemberAccess` for one member: the transitions of §3. */
export function changedMembership(
  current: Membership,
  change: MemberAccess | ({ level: MemberAccess['level'] } & Flags),
  userId: string,
): Membership {
  const flags = givenFlags(change);
  if (change.level === 'ADMIN') {
    const refused = [...STANDARD_FLAGS, ...CUSTOM_ROLE_FLAGS].filter((flag) => flags[flag] !== undefined);
    if (refused.length > 0) {
      throw invalidInput(`${userId}: an ADMIN takes no options (${refused.join(', ')}); an admin has every permission`);
    }
    return adminMembership({
      treManagement: flags.treManagement ?? current.treManagement,
      cloudIntegrationManagement: flags.cloudIntegrationManagement ?? current.cloudIntegrationManagement,
    });
  }
  if (current.level === 'ADMIN') {
    return {
      ...memberDefaults(),
      treManagement: current.treManagement,
      cloudIntegrationManagement: current.cloudIntegrationManagement,
      ...flags,
    };
  }
  return { ...current, ...flags };
}

export function sameMembership(a: Membership, b: Membership): boolean {
  return a.level === b.level && ALL_FLAGS.every((flag) => a[flag] === b[flag]);
}
