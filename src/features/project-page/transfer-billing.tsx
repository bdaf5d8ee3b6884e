/**
 * "Transfer billing": move the project to another account the caller may bill — their
 * own, or an org where they have billable activities — within the billing org's
 * `restrictProjectTransfer`. Disabled with the reason when not allowed; a refusal by the
 * API anyway is shown in its words.
 */
import { useId, useState } from 'react';
import { toast } from 'sonner';
import { describeError } from '../../api/client';
import { useFindAll } from '../../api/find-all';
import type { OrgSummary } from '../../api/orgs';
import { billableOrgsQueryOptions, useUpdateProject, type ProjectDescribe } from '../../api/project-detail';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { FormField } from '../../components/ui/form-field';

interface Target {
  id: string;
  name: string;
  /** Why the API would refuse this account, or null. */
  unusable: string | null;
}

/** An org the caller may bill, but where the API refuses new charges. */
function whyNotBillable(org: OrgSummary, now: number): string | null {
  if (org.expiresAt !== null && org.expiresAt !== undefined && org.expiresAt <= now) return 'expired';
  if (org.billable === false) return 'billing not set up';
  const left = org.estSpendingLimitLeft;
  if (left !== null && left !== undefined && left <= 0) return 'no funds left';
  return null;
}

export interface TransferBillingProps {
  project: ProjectDescribe;
  selfId: string;
  selfName: string;
  /** Why the caller may not transfer (from the project rules), or null. */
  blockedReason: string | null;
  /** Names of accounts by ID, for the confirmation. */
  currentName: string;
}

export function TransferBilling({ project, selfId, selfName, blockedReason, currentName }: TransferBillingProps) {
  const reasonId = useId();
  const orgs = useFindAll(billableOrgsQueryOptions());
  // When the list was loaded: enough to tell which orgs have expired.
  const [now] = useState(Date.now);
  const targets: Target[] = [
    { id: selfId, name: `Your own account (${selfName})`, unusable: null },
    ...orgs.rows.map((org) => ({ id: org.id, name: org.name, unusable: whyNotBillable(org, now) })),
  ].filter((target) => target.id !== project.billTo);
  const [chosen, setChosen] = useState('');
  const [confirming, setConfirming] = useState(false);
  const target = targets.find((t) => t.id === chosen) ?? targets.find((t) => t.unusable === null);

  const transfer = useUpdateProject<{ billTo: string }>(project, {
    onSuccess: (_, { billTo: to }) => {
      toast.success(`${project.name} is now billed to ${targets.find((t) => t.id === to)?.name ?? to}.`);
      setConfirming(false);
      setChosen('');
    },
    onError: (error) => {
      const { type, message } = describeError(error);
      toast.error(`Billing not transferred: ${type}: ${message}`);
      setConfirming(false);
    },
  });

  const disabled = blockedReason !== null || !target;
  return (
    <section className="card project-section" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Transfer billing</h2>
      <p className="hint">
        Billed to {currentName} now. You may move it to your own account or to an org where you may bill.
      </p>
      {blockedReason ? (
        <p id={reasonId} className="notice notice-warning">
          {blockedReason}
        </p>
      ) : null}
      <div className="project-inline-form">
        <FormField
          label="New billing account"
          hint={orgs.status.state === 'loading' ? 'Loading the orgs you may bill…' : undefined}
        >
          {(control) => (
            <select
              {...control}
              aria-describedby={
                [control['aria-describedby'], blockedReason ? reasonId : null].filter(Boolean).join(' ') || undefined
              }
              value={target?.id ?? ''}
              disabled={disabled || transfer.isPending}
              onChange={(event) => {
                setChosen(event.target.value);
                transfer.reset();
              }}
            >
              {targets.map((t) => (
                <option key={t.id} value={t.id} disabled={t.unusable !== null}>
                  {t.unusable ? `${t.name} (${t.unusable})` : t.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button
          type="button"
          className="button"
          disabled={disabled || transfer.isPending}
          aria-describedby={blockedReason ? reasonId : undefined}
          onClick={() => setConfirming(true)}
        >
          Transfer billing…
        </button>
      </div>
      {orgs.status.state === 'error' ? (
        <ApiErrorAlert
          className="project-failure"
          title="Could not list the orgs you may bill."
          error={orgs.query.error}
        />
      ) : null}
      {transfer.isError ? (
        <ApiErrorAlert
          className="project-failure"
          title="The API refused the transfer; the project is billed as before."
          error={transfer.error}
        />
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Transfer billing of ${project.name}?`}
        confirmLabel="Transfer billing"
        pendingLabel="Transferring…"
        pending={transfer.isPending}
        onConfirm={() => target && transfer.mutate({ billTo: target.id })}
      >
        <p>
          From {currentName} to <strong>{target?.name}</strong> (<code>{target?.id}</code>). Its charges from now on go
          to the new account.
        </p>
      </ConfirmDialog>
    </section>
  );
}
