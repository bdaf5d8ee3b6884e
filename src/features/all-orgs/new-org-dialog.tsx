/**
 * "New org": name and handle, validated as you type with the API's own field rules
 * (src/wire/inputs.ts, through react-hook-form's zod resolver) — each field once it is
 * typed in, never one not yet touched. The handle is suggested from the name until it is
 * edited, and checked against the API as you type (debounced): a taken handle is said at
 * the field and Create waits for another. The request carries a nonce, so a repeated
 * submit of the same input creates one org. A refusal keeps the input and is said at the
 * field it concerns.
 */
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useIsMutating, useQuery } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { toast } from 'sonner';
import { z } from 'zod';
import { displayNameSchema, orgHandleSchema } from '../../wire/inputs';
import { describeError } from '../../api/client';
import { handleAvailabilityQueryOptions, newOrgMutationKey, useCreateOrg, type NewOrgInput } from '../../api/orgs';
import { Plus } from 'lucide-react';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Button, buttonClass } from '../../components/ui/button';
import { Dialog, DialogClose, DialogFooter } from '../../components/ui/dialog';
import { FormField } from '../../components/ui/form-field';

export type NewOrgField = 'name' | 'handle';

interface Values {
  name: string;
  handle: string;
}

/** The form's schema: the API's own rules for the two fields of `/org/new`. */
const newOrgSchema = z.object({ name: displayNameSchema, handle: orgHandleSchema });

/** How long typing must pause before the handle is checked against the API. */
export const HANDLE_CHECK_DELAY_MS = 400;

export const HANDLE_TAKEN = 'This handle is taken: choose another.';

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

/** `value`, once it has stayed the same for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** Whether a valid handle is taken, asked of the API once typing pauses (not taken while unknown: the API still checks on Create). */
function useHandleTaken(handle: string): { taken: boolean } {
  const valid = orgHandleSchema.safeParse(handle).success;
  const settled = useSettled(valid ? handle.toLowerCase() : '', HANDLE_CHECK_DELAY_MS);
  const current = valid && settled === handle.toLowerCase();
  const availability = useQuery({ ...handleAvailabilityQueryOptions(settled), enabled: current });
  return {
    taken: current && availability.data === 'taken',
  };
}

const EMPTY: Values = { name: '', handle: '' };

function NewOrgForm({ onCreated }: { onCreated: (org: { id: string; name: string }) => void }) {
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    setFocus,
    control,
    getFieldState,
    formState: { errors },
  } = useForm<z.input<typeof newOrgSchema>, unknown, z.output<typeof newOrgSchema>>({
    resolver: zodResolver(newOrgSchema),
    // A field is checked as it is typed in; a field not yet typed in is not (until Create).
    mode: 'onChange',
    defaultValues: EMPTY,
  });
  const values = useWatch({ control }) as Values;
  // One nonce per distinct input: resubmitting the same input cannot create a second org.
  const [lastRequest, setLastRequest] = useState<NewOrgInput | null>(null);
  const availability = useHandleTaken(values.handle);

  const create = useCreateOrg({
    onSuccess: ({ id }, input) => {
      toast.success(`Created ${input.name} (${id})`);
      onCreated({ id, name: input.name });
    },
    onError: (error) => {
      if (!refusedHandle(error)) return;
      setError(
        'handle',
        { type: 'server', message: `The API refused this handle: ${describeError(error).message}` },
        {
          shouldFocus: true,
        },
      );
    },
  });

  const failure = create.isError && !refusedHandle(create.error) ? describeError(create.error) : null;
  // The schema says a field is wrong; the words say what to fix (or the API's refusal, as sent).
  const words = newOrgErrors(values);
  const fieldError = (field: NewOrgField) => {
    const error = errors[field];
    if (!error) return undefined;
    return error.type === 'server' ? error.message : words[field];
  };
  const handleError = fieldError('handle') ?? (availability.taken ? HANDLE_TAKEN : undefined);

  // Once the handle was typed in, the name no longer rewrites it.
  const [handleEdited, setHandleEdited] = useState(false);
  const nameField = register('name', {
    onChange: (event: { target: { value: string } }) => {
      if (create.isError) create.reset();
      if (handleEdited) return;
      // The suggestion is checked only where the handle already shows a problem (to clear it).
      setValue('handle', suggestHandle(event.target.value), { shouldValidate: getFieldState('handle').invalid });
    },
  });
  const handleField = register('handle', {
    onChange: () => {
      if (create.isError) create.reset();
      setHandleEdited(true);
    },
  });

  const submit = handleSubmit(({ name, handle }) => {
    if (create.isPending) return;
    if (availability.taken) {
      setFocus('handle');
      return;
    }
    const nonce =
      lastRequest && lastRequest.name === name && lastRequest.handle === handle
        ? lastRequest.nonce
        : crypto.randomUUID();
    const request = { name, handle, nonce };
    setLastRequest(request);
    create.mutate(request);
  });

  const orgId = values.handle && !words.handle ? `org-${values.handle.toLowerCase()}` : null;

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-label="New org">
      <FormField label="Name" hint="How the org is shown, e.g. Riverside Genomics Lab." error={fieldError('name')}>
        {(control) => <input {...control} {...nameField} autoComplete="off" />}
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
          <input {...control} {...handleField} autoComplete="off" autoCapitalize="off" spellCheck={false} />
        )}
      </FormField>
      {failure ? <ApiErrorAlert title="The API did not create the org." error={failure} /> : null}
      <DialogFooter>
        <DialogClose className={buttonClass('quiet')} disabled={create.isPending}>
          Cancel
        </DialogClose>
        <Button
          type="submit"
          variant="primary"
          disabled={create.isPending || availability.taken}
          aria-busy={create.isPending}
        >
          {create.isPending ? 'Creating…' : 'Create org'}
        </Button>
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
        <Button variant="primary">
          <Plus aria-hidden="true" size={16} className="shrink-0" />
          New org
        </Button>
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
