/** "Grant yourself Administer": for an admin of the billing org below ADMINISTER on the project. */
import { toast } from 'sonner';
import { describeError } from '../../api/client';
import { useGrantYourselfAdminister, type ProjectDescribe } from '../../api/project-detail';
import { ApiErrorAlert } from '../../components/ui/api-error';

export function GrantAdminister({
  project,
  selfId,
  orgName,
}: {
  project: ProjectDescribe;
  selfId: string;
  orgName: string;
}) {
  const grant = useGrantYourselfAdminister(project, selfId, {
    onSuccess: () => {
      toast.success(`You now have ADMINISTER on ${project.name}.`);
    },
    onError: (error) => {
      const { type, message } = describeError(error);
      toast.error(`Nothing changed: ${type}: ${message}`);
    },
  });
  return (
    <div className="notice project-grant">
      <p>
        You are an admin of {orgName}, which pays for this project, and your access here is {project.level}. As its
        admin you may grant yourself ADMINISTER.
      </p>
      <button
        type="button"
        className="button button-primary"
        disabled={grant.isPending}
        aria-busy={grant.isPending}
        onClick={() => grant.mutate()}
      >
        {grant.isPending ? 'Granting…' : 'Grant yourself Administer'}
      </button>
      {grant.isError ? (
        <ApiErrorAlert className="project-failure" title="The API refused; nothing changed." error={grant.error} />
      ) : null}
    </div>
  );
}
