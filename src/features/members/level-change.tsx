/**
 * The Level cell's inline change (admins): Admin ⇄ Member for one person, through the same
 * guards as Edit access — leaving the org without an admin is refused before anything is
 * sent; demoting yourself asks first — then one `setMemberAccess`, and Undo on the toast.
 */
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { useSetMemberAccess, type Member, type MemberAccessChanges } from '../../api/members';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { LEVEL_LABELS } from '../../lib/labels';
import type { OrgLevel } from '../../wire/levels';
import { entryFor, restoreRequest } from './access-diff';
import type { AnnounceAccessChange } from './access-undo';
import { adminGuard, type AdminRef } from './admin-guard';
import { memberLabel } from './members-columns';
import { refusalLine } from './refusal';

export interface LevelChangeOptions {
  orgId: string;
  orgName: string;
  admins: readonly AdminRef[];
  selfId: string;
  announce: AnnounceAccessChange;
}

interface Pending {
  member: Member;
  request: MemberAccessChanges;
}

export function useLevelChange({ orgId, orgName, admins, selfId, announce }: LevelChangeOptions): {
  /** Stable across renders (the table's rows are memoised). */
  changeLevel: (member: Member, level: OrgLevel) => void;
  confirmation: ReactNode;
} {
  const [confirming, setConfirming] = useState<Pending | null>(null);
  const save = useSetMemberAccess(orgId, {
    onSuccess: (_, request) => {
      const [id] = Object.keys(request);
      const member = latest.current.members.get(id ?? '');
      const level = request[id ?? '']?.level;
      if (!member || !level) return;
      const selfDemoted = id === selfId && level === 'MEMBER';
      announce(
        selfDemoted
          ? `You are now a member of ${orgName}, no longer an admin.`
          : `${member.describe.name} is now ${level === 'ADMIN' ? 'an admin' : 'a member'} of ${orgName}.`,
        selfDemoted ? null : restoreRequest([{ ...member, name: member.describe.name }], request),
      );
      setConfirming(null);
    },
    onError: (error) => {
      setConfirming(null);
      toast.error(refusalLine('The API refused the level change.', error));
    },
  });

  const latest = useRef({ admins, orgName, selfId, members: new Map<string, Member>(), mutate: save.mutate });
  useLayoutEffect(() => {
    latest.current = { ...latest.current, admins, orgName, selfId, mutate: save.mutate };
  }, [admins, orgName, selfId, save.mutate]);

  const changeLevel = useCallback((member: Member, level: OrgLevel) => {
    const { admins: orgAdmins, orgName: name, selfId: self, mutate } = latest.current;
    if (member.level === level) return;
    const request: MemberAccessChanges = { [member.id]: entryFor(member, { level }) };
    const guard = adminGuard({ orgName: name, admins: orgAdmins, selfId: self, request });
    if (guard.blocked) {
      toast.error(`${guard.blocked} Make someone else an admin first; nothing was sent.`);
      return;
    }
    latest.current.members.set(member.id, member);
    if (guard.selfDemotion) setConfirming({ member, request });
    else mutate(request);
  }, []);

  const confirmation = (
    <ConfirmDialog
      open={confirming !== null}
      onOpenChange={(open) => !open && setConfirming(null)}
      title={`Make yourself a member of ${orgName}?`}
      confirmLabel={`Make me a ${LEVEL_LABELS.MEMBER.toLowerCase()}`}
      pendingLabel="Saving…"
      pending={save.isPending}
      onConfirm={() => confirming && save.mutate(confirming.request)}
    >
      <p>
        <strong>You will lose admin access to this org.</strong> You can no longer manage its members, projects or
        settings, and there is no Undo: another admin of {orgName} would have to make you an admin again.
      </p>
      {confirming ? <p>{memberLabel(confirming.member)}: Admin → Member.</p> : null}
    </ConfirmDialog>
  );

  return { changeLevel, confirmation };
}
