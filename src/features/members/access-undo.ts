/**
 * The success toast of an access change, with Undo: one `setMemberAccess` that puts each
 * changed member back as they were. Lives with the page, so Undo works after the dialog closed.
 */
import { useCallback } from 'react';
import { toast } from 'sonner';
import { useSetMemberAccess, type MemberAccessChanges } from '../../api/members';
import { plural } from '../../lib/plural';
import { refusalLine } from './refusal';

/** Shows `message`; with `restore`, an Undo button that sends it. */
export type AnnounceAccessChange = (message: string, restore: MemberAccessChanges | null) => void;

export function useAccessUndo(orgId: string, orgName: string): AnnounceAccessChange {
  const { mutate } = useSetMemberAccess(orgId, {
    onSuccess: (_, restore) =>
      toast.success(`Undone: ${plural(Object.keys(restore).length, 'member')} of ${orgName} back as before.`),
    onError: (error) => toast.error(refusalLine('Undo failed.', error)),
  });
  return useCallback(
    (message, restore) =>
      toast.success(message, restore ? { action: { label: 'Undo', onClick: () => mutate(restore) } } : undefined),
    [mutate],
  );
}
