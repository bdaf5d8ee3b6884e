/** The row action "Grant yourself Administer", with its progress on the button. */
import type { OrgProject } from '../../api/org-projects';
import { useGrantAdminister } from './grant-administer';

export function GrantButton({ orgId, userId, project }: { orgId: string; userId: string; project: OrgProject }) {
  const grant = useGrantAdminister(orgId, userId, project);
  const pending = grant.isPending;
  return (
    <button
      type="button"
      className="button button-small"
      aria-label={`Grant yourself Administer on ${project.name}`}
      disabled={pending}
      aria-busy={pending}
      onClick={() => grant.mutate()}
    >
      {pending ? 'Granting…' : 'Grant yourself Administer'}
    </button>
  );
}
