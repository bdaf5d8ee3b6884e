/**
 * "Request a spending limit change" in an org's billing tile: admins ask for a new
 * limit (amount and purchase-order number, checked as typed with the API's rules);
 * everyone who may see the org's billing sees the pending requests, newest first.
 */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { toast } from 'sonner';
import { useExtensionsOffered } from '../../api/capabilities';
import { orgDescribeQueryOptions } from '../../api/orgs';
import { spendingLimitView, useRequestSpendingLimitChange, type SpendingLimitRequest } from '../../api/spending-limits';
import { useSession } from '../../api/session';
import { DataTable, type DataColumn } from '../../components/data-table';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Button } from '../../components/ui/button';
import { FormField } from '../../components/ui/form-field';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/query-states';
import { formatDateTime } from '../../lib/dates';
import { formatUsd } from '../../lib/format';
import {
  EMPTY_SPENDING_LIMIT_FORM,
  pendingNewestFirst,
  spendingLimitFormErrors,
  spendingLimitRequestBody,
  type SpendingLimitField,
  type SpendingLimitFormValues,
} from './spending-limit-form';
import { useUserNames } from '../../api/users';

function requestColumns(names: Map<string, string>): DataColumn<SpendingLimitRequest>[] {
  const requester = (request: SpendingLimitRequest) => names.get(request.requestedBy) ?? request.requestedBy;
  return [
    {
      id: 'amount',
      header: 'Amount',
      width: 140,
      align: 'end',
      rowHeader: true,
      value: (r) => r.amount,
      cell: (r) => formatUsd(r.amount),
    },
    { id: 'poNumber', header: 'PO number', width: 150, value: (r) => r.poNumber },
    { id: 'note', header: 'Note', width: 320, value: (r) => r.note },
    {
      id: 'requestedBy',
      header: 'Requested by',
      width: 200,
      value: requester,
      cell: (r) =>
        requester(r) === r.requestedBy ? (
          <code>{r.requestedBy}</code>
        ) : (
          <span title={r.requestedBy}>{requester(r)}</span>
        ),
    },
    {
      id: 'created',
      header: 'Requested',
      width: 190,
      value: (r) => r.created,
      cell: (r) => formatDateTime(r.created),
    },
  ];
}

function RequestForm({ orgId, orgName }: { orgId: string; orgName: string }) {
  const [values, setValues] = useState<SpendingLimitFormValues>(EMPTY_SPENDING_LIMIT_FORM);
  const [touched, setTouched] = useState<Partial<Record<SpendingLimitField, boolean>>>({});
  const amountRef = useRef<HTMLInputElement>(null);
  const poNumberRef = useRef<HTMLInputElement>(null);

  const request = useRequestSpendingLimitChange(orgId, {
    onSuccess: (_result, { amount, poNumber }) => {
      toast.success(`Requested a spending limit of ${formatUsd(amount)} for ${orgName} (${poNumber}).`);
      setValues(EMPTY_SPENDING_LIMIT_FORM);
      setTouched({});
    },
  });

  const errors = spendingLimitFormErrors(values);
  const shown = (field: SpendingLimitField) => (touched[field] ? errors[field] : undefined);

  function change(field: SpendingLimitField, value: string) {
    if (request.isError) request.reset();
    setTouched((t) => ({ ...t, [field]: true }));
    setValues((v) => ({ ...v, [field]: value }));
  }

  function blur(field: SpendingLimitField) {
    setTouched((t) => ({ ...t, [field]: true }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending) return;
    setTouched({ amount: true, poNumber: true, note: true });
    if (errors.amount || errors.poNumber || errors.note) {
      (errors.amount ? amountRef : poNumberRef).current?.focus();
      return;
    }
    request.mutate(spendingLimitRequestBody(values));
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-label="Request a spending limit change">
      <FormField
        label="Amount (USD)"
        hint="The spending limit you are asking for, in US dollars."
        error={shown('amount')}
      >
        {(control) => (
          <input
            {...control}
            ref={amountRef}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            value={values.amount}
            onChange={(e) => change('amount', e.target.value)}
            onBlur={() => blur('amount')}
          />
        )}
      </FormField>
      <FormField label="Purchase-order number" error={shown('poNumber')}>
        {(control) => (
          <input
            {...control}
            ref={poNumberRef}
            name="poNumber"
            autoComplete="off"
            value={values.poNumber}
            onChange={(e) => change('poNumber', e.target.value)}
            onBlur={() => blur('poNumber')}
          />
        )}
      </FormField>
      <FormField label="Note (optional)" error={shown('note')}>
        {(control) => (
          <textarea
            {...control}
            name="note"
            rows={2}
            value={values.note}
            onChange={(e) => change('note', e.target.value)}
          />
        )}
      </FormField>
      {request.isError ? <ApiErrorAlert title="The API did not take the request." error={request.error} /> : null}
      <div>
        <Button type="submit" variant="primary" disabled={request.isPending} aria-busy={request.isPending}>
          {request.isPending ? 'Requesting…' : 'Request change'}
        </Button>
      </div>
    </form>
  );
}

function PendingRequests({
  orgId,
  orgName,
  requests,
}: {
  orgId: string;
  orgName: string;
  requests: SpendingLimitRequest[];
}) {
  const session = useSession();
  const rows = useMemo(() => pendingNewestFirst(requests), [requests]);
  const requesters = useMemo(() => rows.map((request) => request.requestedBy), [rows]);
  const names = useUserNames(requesters);
  const columns = useMemo(() => requestColumns(names), [names]);
  return (
    <DataTable<SpendingLimitRequest>
      tableId="spending-limit-requests"
      personId={session?.userId ?? ''}
      urlKey={`requests.${orgId}`}
      label={`Pending spending limit requests of ${orgName}`}
      columns={columns}
      rows={rows}
      getRowId={(request) => request.id}
      rowName={(request) => `${formatUsd(request.amount)} (${request.poNumber})`}
      status={{ state: 'ready' }}
      empty={<EmptyState title="No pending requests" />}
    />
  );
}

export function SpendingLimitRequests({ orgId }: { orgId: string }) {
  const offered = useExtensionsOffered();
  const view = useQuery({ ...orgDescribeQueryOptions(orgId), select: spendingLimitView });
  const headingId = useId();

  let body;
  if (offered === false) {
    body = <p className="hint">This server takes no spending limit requests.</p>;
  } else if (view.data && offered) {
    const { orgName, isAdmin, requests } = view.data;
    body = (
      <>
        {isAdmin ? (
          <RequestForm orgId={orgId} orgName={orgName} />
        ) : (
          <p className="hint">
            Only admins of {orgName} may request a spending limit change; you can see the pending requests.
          </p>
        )}
        <h4>Pending requests</h4>
        {requests ? (
          <PendingRequests orgId={orgId} orgName={orgName} requests={requests} />
        ) : (
          <p className="hint">
            Only admins of {orgName} and members allowed billable activities see its spending limit requests.
          </p>
        )}
      </>
    );
  } else if (view.isError) {
    body = (
      <ErrorState
        title="Could not read the org's spending limit requests."
        error={view.error}
        onRetry={() => void view.refetch()}
      />
    );
  } else {
    body = <LoadingState>Loading spending limit requests…</LoadingState>;
  }

  return (
    <section className="billing-section spending-limit-requests" aria-labelledby={headingId}>
      <h3 id={headingId}>Request a spending limit change</h3>
      {body}
    </section>
  );
}
