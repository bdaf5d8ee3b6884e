/**
 * "New org": name and handle, validated as you type with the API's own field rules
 * (src/wire/inputs.ts), the handle suggested from the name until it is edited. The
 * request carries a nonce, so a repeated submit of the same input creates one org.
 * A refusal (e.g. a taken handle) shows the API's type and message and keeps the input.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useIsMutating } from '@tanstack/react-query';
import { toast } from 'sonner';
import { displayNameSchema, orgHandleSchema } from '../../wire/inputs';
import { describeError } from '../../api/client';
import { newOrgMutationKey, useCreateOrg, type NewOrgInput } from '../../api/orgs';
import { ApiErrorAlert, ApiErrorText } from '../../components/ui/api-error';
import { Dialog, DialogClose, DialogFooter } from '../../components/ui/dialog';
import { FormField } from '../../components/ui/form-field';

export type NewOrgField = 'name' | 'handle';

interface Values {
  name: string;
  handle: string;
}

/**
 * What is wrong with each field, by the API's rules (`displayNameSchema`,
 * `orgHandleSchema`), in words that say what to fix.
 */
export function newOrgErrors(values: Values): Partial<Record<NewOrgField, string>> {
  const errors: Partial<Record<NewOrgField, string>> = {};
  const name = displayNameSchema.safeParse(values.name);
  if (!name.success) errors.name = `Name ${name.error.issues[0]?.message ?? 'is not valid'}.`;
  const handle = orgHandleSchema.safeParse(values.handle);
  if (!handle.success) {
    const rule = `Handle ${handle.error.issues[0]?.message ?? 'is not valid'}`;
    const refused = [...new Set(values.handle.replace(/[A-Za-z0-9_]/g, ''))];
    if (values.handle === '') errors.handle = `${rule}.`;
    else if (refused.length > 0)
      errors.handle = `${rule}; not ${refused.map((c) => (c === ' ' ? 'spaces' : `“${c}”`)).join(', ')}.`;
    else errors.handle = `${rule} (this one has ${values.handle.length}).`;
  }
  return errors;
}

/** A handle made from the org's name: "Riverside Genomics Lab" → "riverside_genomics_lab". */
export function suggestHandle(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64)
    .replace(/_+$/, '');
}

const EMPTY: Values = { name: '', handle: '' };

function NewOrgForm({ onCreated }: { onCreated: (org: { id: string; name: string }) => void }) {
  const [values, setValues] = useState<Values>(EMPTY);
  const [touched, setTouched] = useState<Record<NewOrgField, boolean>>({ name: false, handle: false });
  // Once the handle was typed in, the name no longer rewrites it.
  const [handleEdited, setHandleEdited] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const handleRef = useRef<HTMLInputElement>(null);
  // One nonce per distinct input: resubmitting the same input cannot create a second org.
  const lastRequest = useRef<NewOrgInput | null>(null);

  const create = useCreateOrg({
    onSuccess: ({ id }, input) => {
      toast.success(`Created ${input.name} (${id})`);
      onCreated({ id, name: input.name });
    },
    onError: (error) => {
      if (refusedHandle(error)) handleRef.current?.focus();
    },
  });

  const errors = newOrgErrors(values);
  const shown = (field: NewOrgField) => (touched[field] ? errors[field] : undefined);
  const failure = create.isError ? describeError(create.error) : null;
  const handleRefusal = failure && refusedHandle(create.error) ? failure : null;
  const formRefusal = failure && !handleRefusal ? failure : null;

  function change(field: NewOrgField, value: string) {
    if (create.isError) create.reset();
    setTouched((t) => ({ ...t, [field]: true }));
    if (field === 'handle') {
      setHandleEdited(true);
      setValues((v) => ({ ...v, handle: value }));
    } else {
      setValues((v) => ({ name: value, handle: handleEdited ? v.handle : suggestHandle(value) }));
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setTouched({ name: true, handle: true });
    if (errors.name || errors.handle) {
      (errors.name ? nameRef : handleRef).current?.focus();
      return;
    }
    const name = displayNameSchema.parse(values.name);
    const handle = orgHandleSchema.parse(values.handle);
    const previous = lastRequest.current;
    const nonce =
      previous && previous.name === name && previous.handle === handle ? previous.nonce : crypto.randomUUID();
    lastRequest.current = { name, handle, nonce };
    create.mutate(lastRequest.current);
  }

  const handleError = handleRefusal ? <ApiErrorText error={handleRefusal} /> : shown('handle');
  const orgId = values.handle && !errors.handle ? `org-${values.handle.toLowerCase()}` : null;

  return (
    <form className="form" noValidate onSubmit={submit} aria-label="New org">
      <FormField label="Name" hint="How the org is shown, e.g. Riverside Genomics Lab." error={shown('name')}>
        {(control) => (
          <input
            {...control}
            ref={nameRef}
            name="name"
            autoComplete="off"
            value={values.name}
            onChange={(e) => change('name', e.target.value)}
            onBlur={() => setTouched((t) => ({ ...t, name: true }))}
          />
        )}
      </FormField>
      <FormField
        label="Handle"
        hint={
          <>
            3 to 64 letters, digits or underscores; it makes the org ID
            {orgId ? (
              <>
                : <code>{orgId}</code>
              </>
            ) : (
              ' (org-handle)'
            )}
            . It cannot be changed later.
          </>
        }
        error={handleError}
      >
        {(control) => (
          <input
            {...control}
            ref={handleRef}
            name="handle"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            value={values.handle}
            onChange={(e) => change('handle', e.target.value)}
            onBlur={() => setTouched((t) => ({ ...t, handle: true }))}
          />
        )}
      </FormField>
      {formRefusal ? <ApiErrorAlert title="The API did not create the org." error={formRefusal} /> : null}
      <DialogFooter>
        <DialogClose className="button button-quiet" disabled={create.isPending}>
          Cancel
        </DialogClose>
        <button
          type="submit"
          className="button button-primary"
          disabled={create.isPending}
          aria-busy={create.isPending}
        >
          {create.isPending ? 'Creating…' : 'Create org'}
        </button>
      </DialogFooter>
    </form>
  );
}

/** A refusal that concerns the handle (taken, or not accepted by this API). */
function refusedHandle(error: unknown): boolean {
  const { type, message } = describeError(error);
  return type === 'InvalidInput' && /handle/i.test(message);
}

/** The "New org" button and its dialog; after creating, opens the new org's Members tab. */
export function NewOrgButton() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  // While the org is being created the dialog stays: its outcome is shown there.
  const creating = useIsMutating({ mutationKey: newOrgMutationKey }) > 0;
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      busy={creating}
      title="New org"
      description="You become its only admin. The org is not billable until billing is set up."
      trigger={
        <button type="button" className="button button-primary">
          New org
        </button>
      }
    >
      {/* Mounted only while open: every opening starts from an empty form. */}
      {open ? (
        <NewOrgForm
          onCreated={({ id }) => {
            setOpen(false);
            void navigate(`/orgs/${encodeURIComponent(id)}/members`);
          }}
        />
      ) : null}
    </Dialog>
  );
}
