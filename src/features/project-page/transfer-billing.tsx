/**
 * "Transfer billing": move the project to another account the caller may bill — their
 * own, or an org where they have billable activities — within the billing org's
 * `restrictProjectTransfer`. Disabled with the reason when not allowed (without Administer,
 * the page's access note); a refusal by the API anyway is shown in its words.
 */
import { useId, useState } from 'react';
import { ArrowRightLeft } from 'lucide-react';
import { toast } from 'sonner';
import { useFindAll } from '../../api/find-all';
import type { OrgSummary } from '../../api/orgs';
import { billableOrgsQueryOptions, useUpdateProject, type ProjectDescribe } from '../../api/project-detail';
import { Alert } from '../../components/ui/alert';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { FormField } from '../../components/ui/form-field';
import { Select } from '../../components/ui/select';
import { ACCESS_NOTE_ID } from './access-note';
import { toastRefusal } from '../../components/ui/refusal-toast';

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
  /** Why the caller, with Administer, may not transfer (the billing org's policy), or null. */
  blockedReason: string | null;
  /** Names of accounts by ID, for the confirmation. */
  currentName: string;
}

export function TransferBilling({ project, selfId, selfName, blockedReason, currentName }: TransferBillingProps) {
  const reasonId = useId();
  const mayAdminister = project.level === 'ADMINISTER';
  const reason = mayAdminister ? blockedReason : null;
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
      toastRefusal('The billing was not transferred.', error);
      setConfirming(false);
    },
  });

  const disabled = !mayAdminister || reason !== null || !target;
  const whyNot = reason ? reasonId : mayAdminister ? undefined : ACCESS_NOTE_ID;
  return (
    <section className="card project-section m-0" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Transfer billing</h2>
      <p className="hint mb-3">
        Billed to {currentName} now. You may move it to your own account or to an org where you may bill.
      </p>
      {reason ? (
        <Alert id={reasonId} tone="warning" className="mb-3">
          <p>{reason}</p>
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <FormField
          label="New billing account"
          className="min-w-0 flex-[1_1_14rem]"
          hint={orgs.status.state === 'loading' ? 'Loading the orgs you may bill…' : undefined}
        >
          {(control) => (
            <Select
              {...control}
              className="w-full"
              aria-describedby={[control['aria-describedby'], whyNot].filter(Boolean).join(' ') || undefined}
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
            </Select>
          )}
        </FormField>
        <Button disabled={disabled || transfer.isPending} aria-describedby={whyNot} onClick={() => setConfirming(true)}>
          <ArrowRightLeft aria-hidden="true" size={16} />
          Transfer billing…
        </Button>
      </div>
      {orgs.status.state === 'error' ? (
        <ApiErrorAlert title="Could not list the orgs you may bill." error={orgs.query.error} />
      ) : null}
      {transfer.isError ? (
        <ApiErrorAlert title="The API refused the transfer; the project is billed as before." error={transfer.error} />
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
          From {currentName} to <strong>{target?.name}</strong> <code className="text-muted">{target?.id}</code>. Its
          charges from now on go to the new account.
        </p>
      </ConfirmDialog>
    </section>
  );
}
