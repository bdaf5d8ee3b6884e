/** "Add me as developer": an admin of the app's billing org adds themselves (the API allows exactly that). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { addDevelopers, appKeys, type OrgApp } from '../../api/apps';
import { auditKeys } from '../../api/audit';
import { describeError } from '../../api/client';
import { afterMutation } from '../../api/sync';

export function AddMeAsDeveloper({ app, orgId, selfId }: { app: OrgApp; orgId: string; selfId: string }) {
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: () => addDevelopers(app.id, [selfId]),
    onSuccess: () =>
      afterMutation(queryClient, [appKeys.orgLists(orgId), auditKeys.org(orgId)]).then(() => {
        toast.success(`You are now a developer of ${app.title}.`);
      }),
    onError: (error) => {
      const { type, message } = describeError(error);
      toast.error(`Could not add you as a developer of ${app.title}: ${type}: ${message}`);
    },
  });

  return (
    <button
      type="button"
      className="button button-small"
      aria-label={`Add me as developer of ${app.title}`}
      disabled={add.isPending}
      aria-disabled={add.isPending}
      onClick={() => add.mutate()}
    >
      {add.isPending ? 'Adding…' : 'Add me as developer'}
    </button>
  );
}
