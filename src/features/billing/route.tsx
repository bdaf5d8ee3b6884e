/**
 * `/billing`: a tile per billing account the signed-in person may see — their own
 * account and every org where they may bill. Which tiles are open is kept in the URL
 * (`?open=org-acme`), so a reload or a shared link shows the same.
 */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Accordion } from 'radix-ui';
import { useQuery } from '@tanstack/react-query';
import { billableOrgsQueryOptions, userAccountQueryOptions, type BillingAccount } from '../../api/billing';
import { useSession } from '../../api/session';
import { PageTitle } from '../../components/ui/page-title';
import { ErrorState, LoadingState } from '../../components/ui/query-states';
import { BillingTile } from './billing-tile';
import './billing.css';

const OPEN_PARAM = 'open';

function useOpenTiles(): [string[], (open: string[]) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const open = searchParams.getAll(OPEN_PARAM);
  const setOpen = (next: string[]) =>
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        params.delete(OPEN_PARAM);
        for (const id of next) params.append(OPEN_PARAM, id);
        return params;
      },
      { replace: true, preventScrollReset: true },
    );
  return [open, setOpen];
}

export function BillingPage() {
  const session = useSession();
  const userId = session?.userId ?? '';
  const user = useQuery({ ...userAccountQueryOptions(userId), enabled: userId !== '' });
  const orgs = useQuery(billableOrgsQueryOptions());
  const [open, setOpen] = useOpenTiles();

  const orgAccounts = useMemo(() => [...(orgs.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)), [orgs.data]);
  const accounts: BillingAccount[] = [...(user.data ? [user.data] : []), ...orgAccounts];
  const currentDefault = user.data?.billTo;

  return (
    <section className="page billing-page">
      <PageTitle>Billing</PageTitle>
      <h1>Billing</h1>
      <p className="lead">
        Your own account and every org where you may bill: what remains of each spending limit, who is responsible, and
        the charges. Open a tile for its details.
      </p>
      {user.isError ? (
        <ErrorState
          title="Your account could not be loaded."
          error={user.error}
          onRetry={() => void user.refetch()}
          retrying={user.isFetching}
        />
      ) : null}
      {orgs.isError ? (
        <ErrorState
          title="The orgs where you may bill could not be loaded."
          error={orgs.error}
          onRetry={() => void orgs.refetch()}
          retrying={orgs.isFetching}
        />
      ) : null}
      {user.isPending || orgs.isPending ? <LoadingState>Loading your billing accounts…</LoadingState> : null}
      <Accordion.Root type="multiple" value={open} onValueChange={setOpen} className="billing-tiles">
        {accounts.map((account) => (
          <BillingTile key={account.id} account={account} userId={userId} currentDefault={currentDefault} />
        ))}
      </Accordion.Root>
      {orgs.data && orgs.data.length === 0 ? (
        <p className="hint">
          You may bill to no org: an org shows here once an admin allows you billable activities.{' '}
          <Link to="/orgs">All Orgs</Link>
        </p>
      ) : null}
    </section>
  );
}

export { BillingPage as Component };
