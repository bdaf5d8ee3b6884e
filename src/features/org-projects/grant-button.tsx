/** The row action "Grant yourself Administer", with its progress on the button. */
import { useRef } from 'react';
import { toast } from 'sonner';
import { describeError } from '../../api/client';
import { useGrantAdminister, type OrgProject } from '../../api/org-projects';

export function GrantButton({ orgId, userId, project }: { orgId: string; userId: string; project: OrgProject }) {
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
      const { type, message } = describeError(error);
      toast.error(`Could not grant you Administer on ${project.name}: ${type}: ${message}`);
    },
  });
  const pending = grant.isPending;
  return (
    <button
      type="button"
      className="button button-small"
      aria-label={`Grant yourself Administer on ${project.name}`}
      disabled={pending}
      aria-busy={pending}
      onClick={(event) => {
        row.current = event.currentTarget.closest('tr');
        grant.mutate();
      }}
    >
      {pending ? 'Granting…' : 'Grant yourself Administer'}
    </button>
  );
}
