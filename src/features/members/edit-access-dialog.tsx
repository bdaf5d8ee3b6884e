/**
 * "Edit access" for one or many members: every field starts at the value the
 * selection shares, or at "No change"; only touched fields are sent, in one
 * `setMemberAccess` call, after a live preview of who changes from what to what.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { MemberAccess } from '../../wire/entities';
import { useSetMemberAccess, type Member } from '../../api/members';
import { Alert } from '../../components/ui/alert';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Button, buttonClass } from '../../components/ui/button';
import { Dialog, DialogClose, DialogFooter } from '../../components/ui/dialog';
import { FormField } from '../../components/ui/form-field';
import { Select } from '../../components/ui/select';
import type { AnnounceAccessChange } from './access-undo';
import { adminGuard, type AdminRef } from './admin-guard';
import { refusalLead } from './refusal';
import {
  ADMIN_HELD_FLAGS,
  EDITABLE_FIELDS,
  restoreRequest,
  describeChange,
  accessFormState,
  planAccessChange,
  type AccessChoices,
  type AccessForm,
  type EditableField,
  type MemberRef,
} from './access-diff';
import { FIELD_LABELS, LEVEL_OPTIONS, PROJECT_ACCESS_CHOICES, PROJECT_ACCESS_LABELS } from '../../lib/labels';
import { formatCount } from '../../lib/format';
import { andList, plural, pluralWord } from '../../lib/plural';

const NO_CHANGE = '';

function optionsFor(field: EditableField): { value: string; label: string }[] {
  if (field === 'level') return LEVEL_OPTIONS;
  if (field === 'projectAccess')
    return PROJECT_ACCESS_CHOICES.map((level) => ({ value: level, label: PROJECT_ACCESS_LABELS[level] }));
  return [
    { value: 'true', label: 'Yes' },
    { value: 'false', label: 'No' },
  ];
}

function toOption(value: AccessForm[EditableField]): string {
  return value === null ? NO_CHANGE : String(value);
}

function fromOption(field: EditableField, option: string): AccessForm[EditableField] {
  if (option === NO_CHANGE) return null;
  if (field === 'level' || field === 'projectAccess') return option as MemberAccess['level' | 'projectAccess'];
  return option === 'true';
}

/** "Ann, Bob and Cy", or the first few and how many more (a selection may hold thousands). */
function namesOf(members: readonly MemberRef[], shown = 8): string {
  const names = members.slice(0, shown).map((member) => member.name);
  if (members.length > shown) return `${names.join(', ')} and ${formatCount(members.length - shown)} more`;
  return andList(names);
}

const isAdminHeld = (field: EditableField) => (ADMIN_HELD_FLAGS as readonly string[]).includes(field);

export interface EditAccessDialogProps {
  orgId: string;
  orgName: string;
  /** The members to edit; the dialog is open while this is not null. */
  members: Member[] | null;
  /** Every admin of the org (not only those selected), to refuse leaving it without one. */
  admins: readonly AdminRef[];
  /** Who is signed in: demoting oneself is warned. */
  selfId: string;
  /** The success toast, with Undo. */
  announce: AnnounceAccessChange;
  onClose: (saved: boolean) => void;
}

export function EditAccessDialog({ members, onClose, ...context }: EditAccessDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={members !== null}
      onOpenChange={(open) => !open && onClose(false)}
      busy={busy}
      className="dialog-wide"
      title={
        members && members.length === 1
          ? `Edit access of ${members[0]!.describe.name}`
          : `Edit access of ${plural(members?.length ?? 0, 'member')}`
      }
      description="Fields at “No change” are left as they are; only the fields you change are sent."
    >
      {members ? (
        <EditAccessForm {...context} members={members} onBusyChange={setBusy} onSaved={() => onClose(true)} />
      ) : null}
    </Dialog>
  );
}

interface EditAccessFormProps extends Omit<EditAccessDialogProps, 'members' | 'onClose'> {
  members: Member[];
  onBusyChange: (busy: boolean) => void;
  onSaved: () => void;
}

function EditAccessForm({
  orgId,
  orgName,
  members,
  admins,
  selfId,
  announce,
  onBusyChange,
  onSaved,
}: EditAccessFormProps) {
  const adminNoteId = useId();
  const guardId = useId();
  // A snapshot taken when the dialog opens: a refetch underneath must not move the form.
  const [refs] = useState<MemberRef[]>(() => members.map((member) => ({ ...member, name: member.describe.name })));
  const [choices, setChoices] = useState<AccessChoices>({});
  const { baseline, shown, edits } = useMemo(() => accessFormState(refs, choices), [refs, choices]);
  const plan = useMemo(() => planAccessChange(refs, edits), [refs, edits]);
  const selectionHasAdmins = refs.some((member) => member.level === 'ADMIN');
  const allBecomeAdmins = shown.level === 'ADMIN';
  const demoting = edits.level === 'MEMBER' && selectionHasAdmins;
  const guard = adminGuard({ orgName, admins, selfId, request: plan.request });

  const save = useSetMemberAccess(orgId, {
    onMutate: () => onBusyChange(true),
    onSettled: () => onBusyChange(false),
    onSuccess: (_, request) => {
      const count = plural(Object.keys(request).length, 'member');
      const selfDemoted =
        request[selfId]?.level === 'MEMBER' && refs.some((m) => m.id === selfId && m.level === 'ADMIN');
      // Once you are no longer an admin, an Undo of yours would be refused: none is offered.
      announce(
        selfDemoted
          ? `Updated the access of ${count} of ${orgName}. You are no longer an admin of it.`
          : `Updated the access of ${count} of ${orgName}.`,
        selfDemoted ? null : restoreRequest(refs, request),
      );
      onSaved();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending || plan.changing.length === 0 || guard.blocked) return;
    save.mutate(plan.request);
  }

  const pending = save.isPending;

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="m-0 wrap-anywhere">
        {refs.length === 1 ? (
          <>
            <strong>{refs[0]!.name}</strong> (<code>{refs[0]!.id}</code>)
          </>
        ) : (
          <>
            {plural(refs.length, 'member')}: {namesOf(refs)}
          </>
        )}
      </p>
      {allBecomeAdmins ? (
        <Alert id={adminNoteId} tone="info">
          <p>
            An admin has every permission: billable activities, shared project and app access and the custom roles do
            not apply and are not sent. TRE management stays independent.
          </p>
        </Alert>
      ) : demoting ? (
        <Alert id={adminNoteId} tone="info">
          <p>
            Admins becoming members get the member defaults for what is not chosen here; the fields below show what they
            will have. Choose a value to set it.
          </p>
        </Alert>
      ) : selectionHasAdmins ? (
        <Alert id={adminNoteId} tone="info">
          <p>
            Admins in the selection keep every permission; billable activities, shared project and app access and the
            custom roles change for members only.
          </p>
        </Alert>
      ) : null}
      <fieldset
        className="m-0 grid min-w-0 grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-3.5 border-0 p-0"
        disabled={pending}
      >
        <legend className="visually-hidden">Access</legend>
        {EDITABLE_FIELDS.map((field) => {
          const disabled = allBecomeAdmins && isAdminHeld(field);
          return (
            <FormField
              key={field}
              label={FIELD_LABELS[field]}
              hint={baseline[field] === null ? 'Differs within the selection' : undefined}
              className={`field-${field}`}
            >
              {(control) => (
                <Select
                  {...control}
                  aria-describedby={
                    [control['aria-describedby'], disabled ? adminNoteId : null].filter(Boolean).join(' ') || undefined
                  }
                  value={disabled ? NO_CHANGE : toOption(shown[field])}
                  disabled={disabled}
                  aria-disabled={disabled || undefined}
                  onChange={(event) => {
                    const value = fromOption(field, event.target.value);
                    setChoices((current) => ({ ...current, [field]: value }));
                    save.reset();
                  }}
                >
                  <option value={NO_CHANGE}>{disabled ? 'Does not apply to an admin' : 'No change'}</option>
                  {optionsFor(field).map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
          );
        })}
      </fieldset>

      <AccessPreview plan={plan} />

      {guard.blocked ? (
        <Alert id={guardId} tone="danger" role="alert">
          <p>
            <strong>{guard.blocked}</strong> Keep at least one of them an admin, or make someone else an admin first.
          </p>
        </Alert>
      ) : guard.selfDemotion ? (
        <Alert id={guardId} tone="warning" aria-live="polite">
          <p>
            <strong>You will lose admin access to this org.</strong> Once saved you can no longer manage its members,
            projects or settings, and there is no Undo: another admin of {orgName} would have to make you an admin
            again.
          </p>
        </Alert>
      ) : null}

      {save.isError ? (
        <ApiErrorAlert title="The API refused the access change." lead={refusalLead(save.error)} error={save.error} />
      ) : null}

      <DialogFooter>
        <DialogClose className={buttonClass('quiet')} disabled={pending}>
          Cancel
        </DialogClose>
        <Button
          type="submit"
          variant="primary"
          disabled={pending || plan.changing.length === 0 || guard.blocked !== null}
          aria-busy={pending}
          aria-describedby={guard.blocked || guard.selfDemotion ? guardId : undefined}
        >
          {pending
            ? 'Saving…'
            : plan.changing.length === 0
              ? 'Nothing to save'
              : `Save changes for ${plural(plan.changing.length, 'member')}`}
        </Button>
      </DialogFooter>
    </form>
  );
}

function AccessPreview({ plan }: { plan: ReturnType<typeof planAccessChange> }) {
  const titleId = useId();
  const notesOfUnchanged = plan.unchanged.filter((preview) => preview.notes.length > 0);
  return (
    <section className="border-t border-border pt-3" aria-labelledby={titleId}>
      <h3 id={titleId} className="text-base">
        Preview
      </h3>
      <p role="status" className="mb-2">
        {plan.changing.length === 0
          ? 'Nothing changes yet. Choose a new value above.'
          : `${plural(plan.changing.length, 'member')} will change:`}
      </p>
      {plan.changing.length === 0 ? null : (
        <ul className="m-0 max-h-64 overflow-auto pl-5" aria-label="Changes" tabIndex={0}>
          {plan.changing.map((preview) => (
            <li key={preview.id}>
              <strong>{preview.name}</strong>: {preview.changes.map(describeChange).join('; ')}
              {preview.notes.map((note) => (
                <span key={note} className="text-muted">
                  {' '}
                  ({note})
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {plan.changing.length > 0 && plan.unchanged.length > 0 ? (
        <p className="hint">
          {plural(plan.unchanged.length, 'member')} already {pluralWord(plan.unchanged.length, 'has', 'have')} these
          settings and {pluralWord(plan.unchanged.length, 'is', 'are')} not sent.
        </p>
      ) : null}
      {notesOfUnchanged.length > 0 ? (
        <ul className="m-0 max-h-64 overflow-auto pl-5">
          {notesOfUnchanged.map((preview) => (
            <li key={preview.id}>
              {preview.name}: {preview.notes.join(' ')}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
