import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { membersQueryOptions } from '../../api/members';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/query-states';
import { PageTitle } from '../../components/ui/page-title';

export function MembersPage() {
  const { orgId = '' } = useParams();
  const members = useQuery(membersQueryOptions(orgId));

  let body;
  if (members.isPending) {
    body = <LoadingState>Loading members…</LoadingState>;
  } else if (members.isError) {
    body = (
      <ErrorState
        title="Could not load the members"
        error={members.error}
        onRetry={() => void members.refetch()}
        retrying={members.isFetching}
      />
    );
  } else if (members.data.length === 0) {
    body = <EmptyState title="This org has no members" />;
  } else {
    body = (
      <div className="table-wrap">
        <table className="table">
          <caption>Members of {orgId}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">User ID</th>
              <th scope="col">Level</th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.describe.name}</th>
                <td>
                  <code>{member.id}</code>
                </td>
                <td>{member.level}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section aria-label="Members">
      <PageTitle>Members</PageTitle>
      {body}
    </section>
  );
}

export { MembersPage as Component };
