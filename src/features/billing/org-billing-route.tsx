/**
 * The org's Billing tab (`/orgs/:orgId/billing`): the org's billing tile, expanded. A
 * member who may not see the org's billing is told why.
 */
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { orgBillingAccount, userAccountQueryOptions } from '../../api/billing';
import { orgDescribeQueryOptions } from '../../api/orgs';
import { useSession } from '../../api/session';
import { Alert } from '../../components/ui/alert';
import { ErrorState, LoadingState } from '../../components/ui/query-states';
import { ExpandedBillingTile } from './billing-tile';
import './billing.css';

export function OrgBillingTab() {
  const { orgId = '' } = useParams();
  const session = useSession();
  const userId = session?.userId ?? '';
  const org = useQuery(orgDescribeQueryOptions(orgId));
  const user = useQuery({ ...userAccountQueryOptions(userId), enabled: userId !== '' });

  if (org.isPending) return <LoadingState>Loading the billing of {orgId}…</LoadingState>;
  if (org.isError) {
    return (
      <ErrorState
        title="The org's billing could not be loaded."
        error={org.error}
        onRetry={() => void org.refetch()}
        retrying={org.isFetching}
      />
    );
  }
  const account = orgBillingAccount(org.data);
  if (!account) {
    return (
      <section className="billing-tab" aria-labelledby="billing-heading">
        <h2 id="billing-heading">Billing</h2>
        <Alert tone="warning" title={`You may not see the billing of ${org.data.name}.`}>
          <p>
            Only its admins and the members allowed billable activities see its spending limit, charges and billing
            details; {org.data.level ? 'you are a member without billable activities.' : 'you are not a member.'}
          </p>
          <p>An admin of {org.data.name} can allow you billable activities on the Members tab.</p>
        </Alert>
        <p>
          <Link to="/billing">Your billing accounts</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="billing-tab" aria-label="Billing">
      <ExpandedBillingTile account={account} userId={userId} currentDefault={user.data?.billTo} />
    </section>
  );
}

export { OrgBillingTab as Component };
