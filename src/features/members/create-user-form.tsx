/**
 * "Create new user" (orgs holding `licenses.accountProvisioning`): `/user/new` on
 * behalf of the org, then `/org-x/invite`. Fields validate as typed; the API's
 * refusals (a taken username or e-mail) show at the field they concern.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { emailSchema, usernameSchema } from '../../wire/inputs';
import { describeError } from '../../api/client';
import { useCreateAndInviteUser, type CreateAndInviteFailure } from '../../api/members';
import { ApiErrorAlert, ApiErrorText } from '../../components/ui/api-error';
import { Button, buttonClass } from '../../components/ui/button';
import { FormField } from '../../components/ui/form-field';
import { DialogClose, DialogFooter } from '../../components/ui/dialog';
import { CheckField } from './check-field';
import { DEFAULT_INVITE_ACCESS, inviteAccessInput, type InviteAccess } from './invite-access';
import { InviteAccessFields } from './invite-access-fields';
import { LEVEL_LABELS } from '../../lib/labels';

type Field = 'username' | 'email' | 'first' | 'last';
type Values = Record<Field, string>;
const FIELDS: Field[] = ['username', 'email', 'first', 'last'];
const EMPTY: Values = { username: '', email: '', first: '', last: '' };

function clientErrors(values: Values): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  const username = usernameSchema.safeParse(values.username.trim());
  if (!username.success) errors.username = `Username ${username.error.issues[0]?.message ?? 'is not valid'}.`;
  const email = emailSchema.safeParse(values.email.trim());
  if (!email.success) errors.email = `E-mail ${email.error.issues[0]?.message ?? 'is not valid'}.`;
  if (!values.first.trim() && !values.last.trim()) errors.first = 'Give a first name, a last name, or both.';
  if (values.first.length > 128) errors.first = 'First name must be at most 128 characters.';
  if (values.last.length > 128) errors.last = 'Last name must be at most 128 characters.';
  return errors;
}

/** Which field an API refusal of `/user/new` is about, judged from its message. */
function fieldOfRefusal(message: string): Field | null {
  if (/username/i.test(message)) return 'username';
  if (/e-?mail/i.test(message)) return 'email';
  if (/"?first"?|"?last"?/i.test(message)) return 'first';
  return null;
}

interface Refusal {
  step: 'create' | 'invite';
  type: string;
  message: string;
  field: Field | null;
}

export interface CreateUserFormProps {
  orgId: string;
  orgName: string;
  onBusyChange: (busy: boolean) => void;
}

export function CreateUserForm({ orgId, orgName, onBusyChange }: CreateUserFormProps) {
  const [values, setValues] = useState<Values>(EMPTY);
  const [typed, setTyped] = useState<Partial<Record<Field, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [access, setAccess] = useState<InviteAccess>(DEFAULT_INVITE_ACCESS);
  const [billToOrg, setBillToOrg] = useState(false);
  const [notify, setNotify] = useState(true);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  /** The account made by a call whose invitation then failed: retrying only invites. */
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: string; name: string; level: InviteAccess['level'] } | null>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const fieldRefs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  const billable = access.level === 'ADMIN' || access.allowBillableActivities;
  const errors = clientErrors(values);
  const shownError = (field: Field): string | undefined => {
    if (refusal?.field === field) return undefined; // shown in its own block under the field
    return typed[field] || submitted ? errors[field] : undefined;
  };

  const create = useCreateAndInviteUser(orgId, {
    onMutate: () => {
      setRefusal(null);
      onBusyChange(true);
    },
    onSettled: () => onBusyChange(false),
    onSuccess: (id) => {
      const name = [values.first.trim(), values.last.trim()].filter(Boolean).join(' ');
      setDone({ id, name, level: access.level });
      setCreatedId(null);
      toast.success(`Created ${name} (${id}) and added them to ${orgName}.`);
    },
    onError: (error) => {
      const failure = error as Partial<CreateAndInviteFailure>;
      const step = failure.step ?? 'create';
      const { type, message } = describeError(failure.cause ?? failure);
      const field = step === 'create' ? fieldOfRefusal(message) : null;
      setRefusal({ step, type, message, field });
      toast.error(
        step === 'create'
          ? `Could not create the user: ${type}: ${message}`
          : `Created the user, but could not invite them: ${type}: ${message}`,
      );
    },
  });

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  // Once the fields are enabled again, take the person to the field the API refused.
  const refusedField = create.isPending ? null : (refusal?.field ?? null);
  useEffect(() => {
    if (refusedField) fieldRefs.current[refusedField]?.focus();
  }, [refusedField, refusal]);

  function update(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setTyped((current) => ({ ...current, [field]: true }));
    if (refusal?.field === field) setRefusal(null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    setSubmitted(true);
    const firstInvalid = FIELDS.find((field) => errors[field]);
    if (firstInvalid) {
      fieldRefs.current[firstInvalid]?.focus();
      return;
    }
    const username = values.username.trim();
    const invite = {
      access: { ...inviteAccessInput(access), ...(notify ? {} : { suppressEmailNotification: true }) },
      onCreated: setCreatedId,
    };
    create.mutate(
      createdId === null || createdId !== `user-${username.toLowerCase()}`
        ? {
            create: {
              username,
              email: values.email.trim(),
              ...(values.first.trim() ? { first: values.first.trim() } : {}),
              ...(values.last.trim() ? { last: values.last.trim() } : {}),
              ...(billable && billToOrg ? { billTo: orgId } : {}),
              provisioningOrg: orgId,
            },
            ...invite,
          }
        : { userId: createdId, ...invite },
    );
  }

  if (done) {
    return (
      <div>
        <h3 ref={doneRef} tabIndex={-1} className="text-[1.0625rem]">
          Created {done.name}
        </h3>
        <p>
          <code>{done.id}</code> now has an account and is a {LEVEL_LABELS[done.level].toLowerCase()} of {orgName}.
        </p>
        <DialogFooter>
          <Button
            onClick={() => {
              setDone(null);
              setValues(EMPTY);
              setTyped({});
              setSubmitted(false);
              setBillToOrg(false);
              create.reset();
            }}
          >
            Create another user
          </Button>
          <DialogClose className={buttonClass('primary')}>Done</DialogClose>
        </DialogFooter>
      </div>
    );
  }

  const pending = create.isPending;
  const refusalBlock = (field: Field) => (refusal?.field === field ? <ApiErrorText error={refusal} /> : undefined);

  const textField = (field: Field, label: string, type: string, autoComplete: string, hint?: string) => (
    <FormField label={label} hint={hint} error={refusalBlock(field) ?? shownError(field)}>
      {(control) => (
        <input
          {...control}
          ref={(element) => {
            fieldRefs.current[field] = element;
          }}
          type={type}
          autoComplete={autoComplete}
          value={values[field]}
          disabled={pending}
          onChange={(event) => update(field, event.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4">
        {textField(
          'username',
          'Username',
          'text',
          'off',
          '3 to 64 letters, digits, dots or underscores, starting with a letter.',
        )}
        {textField('email', 'E-mail', 'email', 'off')}
        {textField('first', 'First name', 'text', 'off')}
        {textField('last', 'Last name', 'text', 'off')}
      </div>
      <InviteAccessFields value={access} onChange={setAccess} disabled={pending} />
      {billable ? (
        <CheckField
          label="Make this org their default billing account"
          checked={billToOrg}
          onCheckedChange={setBillToOrg}
          disabled={pending}
          hint={`Their new projects are billed to ${orgName} unless they choose otherwise.`}
        />
      ) : null}
      <CheckField label="Send e-mail notification" checked={notify} onCheckedChange={setNotify} disabled={pending} />
      {refusal && refusal.field === null ? (
        <ApiErrorAlert
          title={
            refusal.step === 'create'
              ? 'The API did not create the user.'
              : `The account ${createdId ?? ''} was created, but the API did not add it to the org. Submit again to retry the invitation.`
          }
          error={refusal}
        />
      ) : null}
      <DialogFooter>
        <DialogClose className={buttonClass('quiet')} disabled={pending}>
          Cancel
        </DialogClose>
        <Button type="submit" variant="primary" aria-busy={pending} disabled={pending}>
          {pending ? 'Creating…' : createdId ? `Invite ${createdId}` : 'Create and invite'}
        </Button>
      </DialogFooter>
    </form>
  );
}
