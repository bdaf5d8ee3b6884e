/**
 * "Invite existing users": many usernames or user IDs at once, parsed as typed, then
 * one `/org-x/invite` per new invitee; each invitee's outcome is listed afterwards.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQueries } from '@tanstack/react-query';
import { toast } from 'sonner';
import { describeError, isApiError } from '../../api/client';
import { useInviteMembers, type InviteMembersRequest } from '../../api/members';
import { displayName, userQueryOptions } from '../../api/users';
import { ApiErrorText } from '../../components/ui/api-error';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { Button, buttonClass } from '../../components/ui/button';
import { FormField } from '../../components/ui/form-field';
import { DialogClose, DialogFooter } from '../../components/ui/dialog';
import { CheckField } from './check-field';
import { DEFAULT_INVITE_ACCESS, inviteAccessInput, type InviteAccess } from './invite-access';
import { InviteAccessFields } from './invite-access-fields';
import { parseInvitees } from './invite-parsing';
import { plural } from '../../lib/plural';

export type InviteOutcome =
  | { id: string; kind: 'invited' }
  | { id: string; kind: 'already-member' }
  | { id: string; kind: 'not-found'; type: string; message: string }
  | { id: string; kind: 'refused'; type: string; message: string };

const OUTCOME_LABELS: Record<InviteOutcome['kind'], string> = {
  invited: 'Invited',
  'already-member': 'Already a member',
  'not-found': 'No such user',
  refused: 'Not invited',
};

const OUTCOME_TONES: Record<InviteOutcome['kind'], BadgeTone> = {
  invited: 'success',
  'already-member': 'neutral',
  'not-found': 'danger',
  refused: 'danger',
};

function outcomeOf(id: string, error: unknown): InviteOutcome {
  const { type, message } = describeError(error);
  if (isApiError(error) && error.type === 'ResourceNotFound') return { id, kind: 'not-found', type, message };
  return { id, kind: 'refused', type, message };
}

interface InviteRequest extends InviteMembersRequest {
  /** Listed, but members already: reported, not invited. */
  memberIds: string[];
}

export interface InviteExistingFormProps {
  orgId: string;
  orgName: string;
  memberIds: ReadonlySet<string>;
  onBusyChange: (busy: boolean) => void;
}

export function InviteExistingForm({ orgId, orgName, memberIds, onBusyChange }: InviteExistingFormProps) {
  const [text, setText] = useState('');
  const [access, setAccess] = useState<InviteAccess>(DEFAULT_INVITE_ACCESS);
  const [notify, setNotify] = useState(true);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [outcomes, setOutcomes] = useState<InviteOutcome[] | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);

  const parsed = useMemo(() => parseInvitees(text, memberIds), [text, memberIds]);
  const checks = useInviteeChecks(text, memberIds);

  // Kept pending until the member list shows the newcomers.
  const invite = useInviteMembers<InviteRequest>(orgId, {
    onMutate: () => {
      onBusyChange(true);
      setProgress(0);
    },
    onSettled: () => onBusyChange(false),
    onSuccess: (results, request) => {
      const sent: InviteOutcome[] = results.map((r) =>
        r.ok ? { id: r.item, kind: 'invited' } : outcomeOf(r.item, r.error),
      );
      const skipped: InviteOutcome[] = request.memberIds.map((id) => ({ id, kind: 'already-member' }));
      const invited = sent.filter((o) => o.kind === 'invited').length;
      const failed = sent.length - invited;
      setOutcomes([...sent, ...skipped]);
      const summary = `Invited ${plural(invited, 'person', 'people')} to ${orgName}`;
      if (failed === 0) toast.success(`${summary}.`);
      else toast.warning(`${summary}; ${plural(failed, 'invitation')} failed. Each outcome is listed in the dialog.`);
    },
  });

  useEffect(() => {
    if (outcomes) resultsHeadingRef.current?.focus();
  }, [outcomes]);

  const invalidMessage =
    parsed.invalid.length > 0
      ? `Not valid: ${parsed.invalid.map((i) => `"${i.entry}" (${i.reason})`).join('; ')}`
      : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invite.isPending) return;
    if (parsed.invalid.length > 0) {
      setSubmitError('Fix or remove the entries that are not valid usernames first.');
      textareaRef.current?.focus();
      return;
    }
    if (parsed.newIds.length === 0) {
      setSubmitError(
        parsed.memberIds.length > 0
          ? 'Everyone listed is already a member; enter someone new.'
          : 'Enter at least one username or user ID.',
      );
      textareaRef.current?.focus();
      return;
    }
    setSubmitError(null);
    invite.mutate({
      invitees: parsed.newIds,
      memberIds: parsed.memberIds,
      access: { ...inviteAccessInput(access), ...(notify ? {} : { suppressEmailNotification: true }) },
      onProgress: setProgress,
    });
  }

  if (outcomes) {
    return (
      <div>
        <h3 ref={resultsHeadingRef} tabIndex={-1} className="text-[1.0625rem]">
          Outcome for each invitee
        </h3>
        <table className="table w-full [&_td]:align-top [&_th]:align-top">
          <caption className="visually-hidden">Outcome of each invitation</caption>
          <thead>
            <tr>
              <th scope="col">User ID</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((outcome) => (
              <tr key={outcome.id}>
                <th scope="row">
                  <code>{outcome.id}</code>
                </th>
                <td>
                  <Badge tone={OUTCOME_TONES[outcome.kind]} className="ml-0">
                    {OUTCOME_LABELS[outcome.kind]}
                  </Badge>
                  {outcome.kind === 'not-found' || outcome.kind === 'refused' ? (
                    <>
                      {' — '}
                      <ApiErrorText error={outcome} />
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <DialogFooter>
          <Button
            onClick={() => {
              setOutcomes(null);
              invite.reset();
            }}
          >
            Invite more people
          </Button>
          <DialogClose className={buttonClass('primary')}>Done</DialogClose>
        </DialogFooter>
      </div>
    );
  }

  const pending = invite.isPending;
  const total = parsed.newIds.length;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormField
        label="Usernames or user IDs"
        hint="Separate them with commas, spaces or new lines, or paste a column from a spreadsheet (a header line such as “username” is skipped)."
        error={invalidMessage ?? submitError ?? undefined}
      >
        {(control) => (
          <textarea
            {...control}
            ref={textareaRef}
            rows={4}
            className="min-h-24 resize-y"
            value={text}
            disabled={pending}
            onChange={(event) => {
              setText(event.target.value);
              setSubmitError(null);
            }}
          />
        )}
      </FormField>
      <InviteeSummary
        newIds={parsed.newIds}
        memberIds={parsed.memberIds}
        duplicates={parsed.duplicates}
        checks={checks}
      />
      <InviteAccessFields value={access} onChange={setAccess} disabled={pending} />
      <CheckField
        label="Send e-mail notification"
        checked={notify}
        onCheckedChange={setNotify}
        disabled={pending}
        hint="Tells each invitee they were added to the org."
      />
      <DialogFooter>
        <DialogClose className={buttonClass('quiet')} disabled={pending}>
          Cancel
        </DialogClose>
        <Button type="submit" variant="primary" aria-busy={pending} disabled={pending}>
          {pending ? `Inviting… ${progress} of ${total} done` : total > 1 ? `Invite ${total} people` : 'Invite'}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** How long typing must pause before the entries are looked up. */
const CHECK_DELAY_MS = 400;
/** At most this many entries are looked up (a pasted column may be long); the rest show at submit. */
const MAX_CHECKED = 100;

/** An entry looked up; absent while it is still being checked. */
type InviteeCheck = { kind: 'found'; name: string } | { kind: 'not-found' | 'failed'; type: string };

/**
 * Each new entry looked up with `/user-x/describe` once typing pauses: who it is, or
 * "No such user" (ResourceNotFound). Members are known from the org's member list.
 */
function useInviteeChecks(text: string, memberIds: ReadonlySet<string>): Map<string, InviteeCheck> {
  const [settledText, setSettledText] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettledText(text), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const ids = useMemo(
    () => parseInvitees(settledText, memberIds).newIds.slice(0, MAX_CHECKED),
    [settledText, memberIds],
  );
  const results = useQueries({ queries: ids.map((id) => ({ ...userQueryOptions(id), retry: false })) });
  const checks = new Map<string, InviteeCheck>();
  ids.forEach((id, index) => {
    const result = results[index]!;
    if (result.data) checks.set(id, { kind: 'found', name: displayName(result.data) });
    else if (result.error) {
      const { type } = describeError(result.error);
      checks.set(id, { kind: type === 'ResourceNotFound' ? 'not-found' : 'failed', type });
    }
  });
  return checks;
}

function CheckOutcome({ check }: { check: InviteeCheck | undefined }) {
  if (!check) return <span className="text-muted">checking…</span>;
  if (check.kind === 'found') return <span>{check.name}</span>;
  if (check.kind === 'not-found')
    return <strong className="text-danger">No such user: check the spelling, or leave them out</strong>;
  return <span className="text-muted">could not be checked ({check.type}); the invitation will say</span>;
}

const INVITEE_LIST_CLASS = 'm-0 mb-2 max-h-40 overflow-auto pl-5';

function InviteeSummary({
  newIds,
  memberIds,
  duplicates,
  checks,
}: {
  newIds: string[];
  memberIds: string[];
  duplicates: number;
  checks: Map<string, InviteeCheck>;
}) {
  return (
    <div className="wrap-anywhere empty:hidden [&_p]:mb-1" aria-live="polite">
      {newIds.length > 0 ? (
        <>
          <p>
            <strong>To invite ({newIds.length}):</strong>
          </p>
          <ul className={INVITEE_LIST_CLASS} aria-label="To invite">
            {newIds.map((id) => (
              <li key={id}>
                <code>{id}</code>: <CheckOutcome check={checks.get(id)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {memberIds.length > 0 ? (
        <>
          <p>
            <strong>Already members ({memberIds.length}), not invited again:</strong>
          </p>
          <ul className={INVITEE_LIST_CLASS} aria-label="Already members">
            {memberIds.map((id) => (
              <li key={id}>
                <code>{id}</code>: Already a member
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {duplicates > 0 ? (
        <p className="hint">{plural(duplicates, 'repeated entry', 'repeated entries')} ignored.</p>
      ) : null}
    </div>
  );
}
