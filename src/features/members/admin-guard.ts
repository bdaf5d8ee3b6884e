/**
 * Guards an access change before it is sent: the org must keep an admin (the API refuses
 * otherwise), and demoting yourself is warned. Pure, for Edit access and the row's level.
 */
import type { MemberAccessChanges } from '../../api/members';
import { andList, pluralWord } from '../../lib/plural';
import { adminsAfter } from '../../wire/membership';

export interface AdminRef {
  id: string;
  name: string;
}

export interface AdminGuard {
  /** Why the change may not be sent ("Acme would have no admin: …"), else null. */
  blocked: string | null;
  /** The change makes the signed-in admin a member. */
  selfDemotion: boolean;
}

export function adminGuard({
  orgName,
  admins,
  selfId,
  request,
}: {
  orgName: string;
  admins: readonly AdminRef[];
  selfId: string;
  request: MemberAccessChanges;
}): AdminGuard {
  const ids = admins.map((admin) => admin.id);
  const left = adminsAfter(ids, request);
  const blocked =
    admins.length > 0 && left.length === 0
      ? `${orgName} would have no admin: ${andList(admins.map((admin) => admin.name))} ${pluralWord(admins.length, 'is its only admin', 'are its only admins')}.`
      : null;
  return { blocked, selfDemotion: ids.includes(selfId) && request[selfId]?.level === 'MEMBER' };
}
