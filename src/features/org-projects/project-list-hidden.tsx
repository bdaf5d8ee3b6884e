/** Why someone cannot list the org's projects: who may, and the API's refusal in its words. */
import type { ApiError } from '../../api/client';
import { ApiErrorText } from '../../components/ui/api-error';

export function projectListHiddenTitle(orgName: string): string {
  return `Only admins of ${orgName}, and members with the project member demotion role, can list its projects`;
}

export function ProjectListHidden({ orgName, error }: { orgName: string; error: ApiError }) {
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading">Projects</h2>
      <div className="state state-empty">
        <p className="state-title text-lg">{projectListHiddenTitle(orgName)}</p>
        <p>
          An admin of the org can give you that role. The API answered: <ApiErrorText error={error} />
        </p>
      </div>
    </section>
  );
}
