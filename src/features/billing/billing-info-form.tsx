/**
 * "Set up billing": the billing contact and address, each field checked as you type with
 * the API's own rules (`billingInformationSchema`); the API's refusal shown in the form.
 */
import { useRef, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import type { BillingInformation } from '../../wire/entities';
import { billingInformationSchema } from '../../wire/inputs';
import { useUpdateBillingInformation } from '../../api/billing';
import { Button, buttonClass } from '../../components/ui/button';
import { Dialog, DialogClose, DialogFooter } from '../../components/ui/dialog';
import { FormField } from '../../components/ui/form-field';
import { ErrorState } from '../../components/ui/query-states';
import {
  BILLING_FIELDS,
  billingInformationErrors,
  EMPTY_BILLING_INFORMATION,
  type BillingField,
} from './billing-info-fields';

interface FormProps {
  orgId: string;
  orgName: string;
  onSaved: () => void;
  onBusyChange: (busy: boolean) => void;
}

function BillingInformationForm({ orgId, orgName, onSaved, onBusyChange }: FormProps) {
  const [values, setValues] = useState<BillingInformation>(EMPTY_BILLING_INFORMATION);
  const [touched, setTouched] = useState<Partial<Record<BillingField, boolean>>>({});
  const inputs = useRef<Partial<Record<BillingField, HTMLInputElement | null>>>({});

  const save = useUpdateBillingInformation(orgId, {
    onMutate: () => onBusyChange(true),
    onSettled: () => onBusyChange(false),
    onSuccess: (_result, info) => {
      toast.success(`Billing details of ${orgName} saved: pending confirmation by ${info.name} (${info.email})`);
      onSaved();
    },
  });

  const errors = billingInformationErrors(values);

  function change(field: BillingField, value: string) {
    if (save.isError) save.reset();
    setTouched((t) => ({ ...t, [field]: true }));
    setValues((v) => ({ ...v, [field]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setTouched(Object.fromEntries(BILLING_FIELDS.map(({ field }) => [field, true])));
    const firstWrong = BILLING_FIELDS.find(({ field }) => errors[field]);
    if (firstWrong) {
      inputs.current[firstWrong.field]?.focus();
      return;
    }
    save.mutate(billingInformationSchema.parse(values));
  }

  return (
    <form className="form billing-info-form" noValidate onSubmit={submit} aria-label={`Billing details of ${orgName}`}>
      <div className="billing-info-grid">
        {BILLING_FIELDS.map(({ field, label, hint, type, autoComplete }) => (
          <FormField key={field} label={label} hint={hint} error={touched[field] ? errors[field] : undefined}>
            {(control) => (
              <input
                {...control}
                ref={(element) => {
                  inputs.current[field] = element;
                }}
                name={field}
                type={type ?? 'text'}
                autoComplete={autoComplete}
                value={values[field]}
                onChange={(e) => change(field, e.target.value)}
                onBlur={() => setTouched((t) => ({ ...t, [field]: true }))}
              />
            )}
          </FormField>
        ))}
      </div>
      {save.isError ? <ErrorState title="The API did not save the billing details." error={save.error} /> : null}
      <DialogFooter>
        <DialogClose className={buttonClass('quiet')} disabled={save.isPending}>
          Cancel
        </DialogClose>
        <Button type="submit" variant="primary" disabled={save.isPending} aria-busy={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save billing details'}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** The "Set up billing" button and its dialog (admins of an org with no billing details). */
export function SetUpBillingButton({ orgId, orgName }: { orgId: string; orgName: string }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      busy={busy}
      className="dialog-wide"
      title={`Set up billing for ${orgName}`}
      description="Who receives the invoices. The billing contact confirms by a link in an e-mail; until then the details are pending."
      trigger={
        <button type="button" className={buttonClass('primary')}>
          Set up billing
        </button>
      }
    >
      {open ? (
        <BillingInformationForm orgId={orgId} orgName={orgName} onSaved={() => setOpen(false)} onBusyChange={setBusy} />
      ) : null}
    </Dialog>
  );
}
