/**
 * Account summary: the spending limit, the charges to date by category (the account's
 * describe), and charges by month and category over the last 12 months (the
 * `billingSummary` extension) as a chart with the same figures in a table — or, from a
 * server without the extension, the describe's figures alone.
 */
import { lazy, Suspense, useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { billingSummaryQueryOptions, type BillingAccount } from '../../api/billing';
import { useExtensionsOffered } from '../../api/capabilities';
import { ErrorState, LoadingState } from '../../components/ui/query-states';
import { ChargesTable } from './charges-table';
import { monthSeries } from './month-series';
import { formatUsd } from '../../lib/format';
import { chargesToDate } from './remaining';

// recharts is the heaviest part of the billing screens: it loads once a summary is shown.
const ChargesChart = lazy(() => import('./charges-chart'));

const SUMMARY_MONTHS = 12;

function Figures({ account }: { account: BillingAccount }) {
  const { figures } = account;
  const { total, other } = chargesToDate(figures);
  const noLimit = account.kind === 'org' && account.billable === false ? 'None — not billable' : 'No limit';
  return (
    <dl className="billing-facts billing-figures">
      <div>
        <dt>Spending limit</dt>
        <dd>{figures.spendingLimit === null ? noLimit : formatUsd(figures.spendingLimit)}</dd>
      </div>
      <div>
        <dt>Total charges to date</dt>
        <dd>{formatUsd(total)}</dd>
      </div>
      <div>
        <dt>Storage</dt>
        <dd>{formatUsd(figures.storageCharges)}</dd>
      </div>
      <div>
        <dt>Compute</dt>
        <dd>{formatUsd(figures.computeCharges)}</dd>
      </div>
      <div>
        <dt>Egress</dt>
        <dd>{formatUsd(figures.dataEgressCharges)}</dd>
      </div>
      {other > 0 ? (
        <div>
          <dt>Archival and public IPv4</dt>
          <dd>{formatUsd(other)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function MonthlyCharges({ account }: { account: BillingAccount }) {
  const summary = useQuery(billingSummaryQueryOptions(account.id, SUMMARY_MONTHS));
  if (summary.isPending) return <LoadingState>Loading the charges by month…</LoadingState>;
  if (summary.isError) {
    return (
      <ErrorState
        title="The charges by month could not be loaded."
        error={summary.error}
        onRetry={() => void summary.refetch()}
        retrying={summary.isFetching}
      />
    );
  }
  const rows = monthSeries(summary.data);
  const period = rows.length > 0 ? `${rows[0]!.label} – ${rows[rows.length - 1]!.label}` : 'no months';
  const caption = `Charges to ${account.name} by month and category, ${period} (USD)`;
  return (
    <>
      <Suspense fallback={<LoadingState>Loading the chart…</LoadingState>}>
        <ChargesChart
          rows={rows}
          label={`Chart of charges to ${account.name} by month and category, ${period}. The table below gives the figures.`}
        />
      </Suspense>
      <ChargesTable rows={rows} caption={caption} />
    </>
  );
}

export function AccountSummary({ account }: { account: BillingAccount }) {
  const headingId = useId();
  const offered = useExtensionsOffered();
  return (
    <section className="billing-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Account summary</h3>
      <Figures account={account} />
      {offered === false ? (
        <p className="hint">This server gives the charges to date only, not by month.</p>
      ) : (
        <>
          <h4>Charges by month, last {SUMMARY_MONTHS} months</h4>
          {offered ? <MonthlyCharges account={account} /> : <LoadingState>Loading the charges by month…</LoadingState>}
        </>
      )}
    </section>
  );
}
