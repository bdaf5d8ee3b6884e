/** "Add me as developer": an admin of the app's billing org adds themselves (the API allows exactly that). */
import { UserPlus } from 'lucide-react';
import { toast } from 'sonner';
import { useAddDevelopers, type OrgApp } from '../../api/apps';
import { Button } from '../../components/ui/button';
import { toastRefusal } from '../../components/ui/refusal-toast';

export function AddMeAsDeveloper({ app, orgId, selfId }: { app: OrgApp; orgId: string; selfId: string }) {
  const add = useAddDevelopers(orgId, app.id, {
    onSuccess: () => {
      toast.success(`You are now a developer of ${app.title}.`);
    },
    onError: (error) => {
      toastRefusal(`You were not added as a developer of ${app.title}.`, error);
    },
  });

  return (
    <Button
      size="small"
      aria-label={`Add me as developer of ${app.title}`}
      disabled={add.isPending}
      aria-disabled={add.isPending}
      onClick={() => add.mutate([selfId])}
    >
      <UserPlus aria-hidden="true" size={16} className="shrink-0" />
      {add.isPending ? 'Adding…' : 'Add me as developer'}
    </Button>
  );
}
