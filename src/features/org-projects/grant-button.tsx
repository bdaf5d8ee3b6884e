/** The row action "Grant yourself Administer", with its progress on the button. */
import { useRef } from 'react';
import { ShieldCheck } from 'lucide-react';
import { toast } from 'sonner';
import { useGrantAdminister, type OrgProject } from '../../api/org-projects';
import { Button } from '../../components/ui/button';
import { toastRefusal } from '../../components/ui/refusal-toast';

export interface GrantButtonProps {
  orgId: string;
  userId: string;
  project: OrgProject;
  /** "Grant" instead of "Grant yourself Administer" (a narrow window); the accessible name is the same. */
  short?: boolean;
}

export function GrantButton({ orgId, userId, project, short = false }: GrantButtonProps) {
  const row = useRef<HTMLTableRowElement | null>(null);
  // The row reads ADMINISTER at once (the hook updates the cached list), then the lists refetch.
  const grant = useGrantAdminister(orgId, userId, project, {
    onAccepted: () => {
      // The button goes once the row reads Administer: keep the keyboard on that row (its link), not lost on the page.
      requestAnimationFrame(() => {
        const focusLost = document.activeElement === null || document.activeElement === document.body;
        if (focusLost && row.current?.isConnected) row.current.querySelector<HTMLElement>('.dt-row-link')?.focus();
      });
      toast.success(`You now administer ${project.name}.`);
    },
    onError: (error) => {
      toastRefusal(`You were not granted Administer on ${project.name}.`, error);
    },
  });
  const pending = grant.isPending;
  return (
    <Button
      size="small"
      aria-label={`Grant yourself Administer on ${project.name}`}
      disabled={pending}
      aria-busy={pending}
      onClick={(event) => {
        row.current = event.currentTarget.closest('tr');
        grant.mutate();
      }}
    >
      <ShieldCheck aria-hidden="true" size={16} className="shrink-0" />
      {pending ? 'Granting…' : short ? 'Grant' : 'Grant yourself Administer'}
    </Button>
  );
}
