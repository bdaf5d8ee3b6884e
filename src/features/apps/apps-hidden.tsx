/** Why someone cannot see the org's apps: only admins may list them (`/org-x/findApps`). */
import type { ApiError } from '../../api/client';
import { Alert } from '../../components/ui/alert';
import { ApiErrorText } from '../../components/ui/api-error';

export function AppsHidden({ orgName, error }: { orgName: string; error?: ApiError }) {
  return (
    <section aria-labelledby="apps-heading">
      <h2 id="apps-heading">Apps</h2>
      <Alert tone="info" title={`Only admins of ${orgName} can see the apps billed to it`}>
        {error ? (
          <p className="text-sm text-muted">
            The API answered: <ApiErrorText error={error} />
          </p>
        ) : (
          <p>You are a member of {orgName}, not one of its admins. You can still run the apps you have access to.</p>
        )}
      </Alert>
    </section>
  );
}
