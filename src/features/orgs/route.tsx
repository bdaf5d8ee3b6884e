import { useQuery } from '@tanstack/react-query';
import { orgListQueryOptions } from '../../api/orgs';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/query-states';
import { PageTitle } from '../../components/ui/page-title';
import { OrgsTable } from './orgs-table';

const ADMIN_ORGS = { level: 'ADMIN' } as const;

export function AllOrgsPage() {
  const orgs = useQuery(orgListQueryOptions(ADMIN_ORGS));

  let body;
  if (orgs.isPending) {
    body = <LoadingState>Loading your orgs…</LoadingState>;
  } else if (orgs.isError) {
    body = (
      <ErrorState
        title="Could not load your orgs"
        error={orgs.error}
        onRetry={() => void orgs.refetch()}
        retrying={orgs.isFetching}
      />
    );
  } else if (orgs.data.length === 0) {
    body = (
      <EmptyState title="You administer no orgs">
        <p>Orgs where you are an admin will be listed here.</p>
      </EmptyState>
    );
  } else {
    const n = orgs.data.length;
    body = <OrgsTable orgs={orgs.data} caption={`Orgs you administer (${n} ${n === 1 ? 'org' : 'orgs'})`} />;
  }

  return (
    <div className="page">
      <PageTitle>All Orgs</PageTitle>
      <h1>All Orgs</h1>
      {body}
    </div>
  );
}

export { AllOrgsPage as Component };
