/** Why someone cannot list the org's projects: who may, and the API's refusal in its words. */
import type { ApiError } from '../../api/client';
import { Alert } from '../../components/ui/alert';
import { ApiErrorText } from '../../components/ui/api-error';

export function projectListHiddenTitle(orgName: string): string {
  return `Only admins of ${orgName}, and members with the project member demotion role, can list its projects`;
}

export function ProjectListHidden({ orgName, error }: { orgName: string; error: ApiError }) {
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading">Projects</h2>
      <Alert tone="info" title={projectListHiddenTitle(orgName)}>
        <p>An admin of the org can give you that role.</p>
        <p className="text-sm text-muted">
          The API answered: <ApiErrorText error={error} />
        </p>
      </Alert>
    </section>
  );
}
