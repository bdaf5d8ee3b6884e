/** Why someone cannot see the org's apps: only admins may list them (`/org-x/findApps`). */
import type { ApiError } from '../../api/client';
import { ApiErrorText } from '../../components/ui/api-error';

export function AppsHidden({ orgName, error }: { orgName: string; error?: ApiError }) {
  return (
    <section aria-labelledby="apps-heading">
      <h2 id="apps-heading">Apps</h2>
      <div className="state state-empty">
        <p className="state-title text-lg">Only admins of {orgName} can see the apps billed to it</p>
        {error ? (
          <p>
            The API answered: <ApiErrorText error={error} />
          </p>
        ) : (
          <p>You are a member of {orgName}, not one of its admins. You can still run the apps you have access to.</p>
        )}
      </div>
    </section>
  );
}
