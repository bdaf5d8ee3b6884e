/**
 * Job logs forwarding (licensed): where the org's job logs go (a Splunk HEC URL and
 * token). The token is write-only: it is sent once, then cleared from the form; the API
 * keeps and returns only its signature, which is all this screen ever shows. It is never
 * a mutation variable, in the query cache or in the URL.
 */
import { useState } from 'react';
import { Power } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { toast } from 'sonner';
import { z } from 'zod';
import { jobLogsForwardingInputSchema } from '../../wire/inputs';
import { useSetJobLogsForwarding, type JobLogsForwardingState, type OrgSettings } from '../../api/settings';
import { displayName, userQueryOptions } from '../../api/users';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { CopyButton } from '../../components/ui/copy-button';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Button } from '../../components/ui/button';
import { FormField } from '../../components/ui/form-field';
import { formatDay } from '../../lib/dates';
import { AdminsOnlyNote, refusalTitle, SettingsSection } from './settings-ui';
import { useReportUnsaved } from './unsaved-changes';

const destinationSchema = jobLogsForwardingInputSchema.options[0];

export interface ForwardingErrors {
  url?: string;
  token?: string;
}

/** What is wrong with the HEC URL and token, by the API's rule (https only, a token). */
export function forwardingErrors(url: string, token: string): ForwardingErrors {
  const errors: ForwardingErrors = {};
  const parsedUrl = destinationSchema.shape.url.safeParse(url.trim());
  if (url.trim() === '') errors.url = 'HEC URL must not be empty.';
  else if (!parsedUrl.success) errors.url = 'HEC URL must be an https:// URL.';
  if (!destinationSchema.shape.token.safeParse(token).success) errors.token = 'Token must not be empty.';
  return errors;
}

/** The first 12 hex digits of the token's SHA-256 signature: enough to recognise it. */
export function shortSignature(signature: string): string {
  return signature.length > 12 ? `${signature.slice(0, 12)}…` : signature;
}

/** Who did it: their name first, the ID after it ("Alice Liddell user-alice"); the ID alone until the name is known. */
function Person({ userId }: { userId: string }) {
  const user = useQuery(userQueryOptions(userId));
  if (!user.data) return <code>{userId}</code>;
  return (
    <>
      {displayName(user.data)} <code className="hint">{userId}</code>
    </>
  );
}

function CurrentForwarding({ forwarding }: { forwarding: JobLogsForwardingState | null }) {
  if (!forwarding) return <p>Not set up: job logs stay on the platform.</p>;
  const when = formatDay(forwarding.updated);
  if (!forwarding.url || !forwarding.tokenSignature) {
    return (
      <p>
        Off: disabled by <Person userId={forwarding.updatedBy} /> on {when}.
      </p>
    );
  }
  return (
    <dl className="settings-facts">
      <div>
        <dt>HEC URL</dt>
        <dd>
          <code className="break-all">{forwarding.url}</code>
        </dd>
      </div>
      <div>
        <dt>Token signature</dt>
        <dd>
          <code title={forwarding.tokenSignature}>{shortSignature(forwarding.tokenSignature)}</code>
          <CopyButton value={forwarding.tokenSignature} label="Copy token signature" what="token signature" />
        </dd>
      </div>
      <div>
        <dt>Set by</dt>
        <dd>
          <Person userId={forwarding.updatedBy} /> on {when}
        </dd>
      </div>
    </dl>
  );
}

/** The form: the API's rule for each field (the URL trimmed first). */
const forwardingFormSchema = z.object({
  url: z.string().trim().pipe(destinationSchema.shape.url),
  token: destinationSchema.shape.token,
});
type ForwardingValues = z.input<typeof forwardingFormSchema>;
const EMPTY: ForwardingValues = { url: '', token: '' };

function ForwardingForm({ org, replacing }: { org: OrgSettings; replacing: boolean }) {
  const form = useForm<ForwardingValues, unknown, z.output<typeof forwardingFormSchema>>({
    resolver: zodResolver(forwardingFormSchema),
    mode: 'onChange',
    defaultValues: EMPTY,
  });
  const { url, token } = useWatch({ control: form.control }) as ForwardingValues;
  // No variables: the token is read from the form when sent, never kept by the mutation.
  const save = useSetJobLogsForwarding(
    org.id,
    () => {
      const values = form.getValues();
      return { url: values.url.trim(), token: values.token };
    },
    {
      onAccepted: () => form.reset(EMPTY),
      onSuccess: () => {
        toast.success(`Job logs of ${org.name} are forwarded to the new destination.`);
      },
      // A refused token is not kept either: it is typed again.
      onError: () => form.resetField('token', { defaultValue: '' }),
    },
  );
  useReportUnsaved('job-logs', url !== '' || token !== '' ? 'the job logs forwarding destination' : null);
  const { errors } = form.formState;
  const words = forwardingErrors(url, token);
  const onChange = () => {
    if (save.isError) save.reset();
  };

  const submit = form.handleSubmit(() => {
    if (!save.isPending) save.mutate();
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={replacing ? 'Replace the forwarding destination' : 'Set up job logs forwarding'}
    >
      <FormField
        label="HEC URL"
        hint="The Splunk HTTP Event Collector endpoint, https:// only."
        error={errors.url ? words.url : undefined}
      >
        {(control) => (
          <input
            {...control}
            {...form.register('url', { onChange })}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://hec.example.org:8088/services/collector/event"
          />
        )}
      </FormField>
      <FormField
        label="HEC token"
        hint="Write-only: after saving, only its signature is shown."
        error={errors.token ? words.token : undefined}
      >
        {(control) => (
          <input
            {...control}
            {...form.register('token', { onChange })}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
          />
        )}
      </FormField>
      {save.isError ? (
        <ApiErrorAlert title={refusalTitle(save.error, 'save the forwarding destination')} error={save.error} />
      ) : null}
      <Button type="submit" variant="primary" disabled={save.isPending} aria-busy={save.isPending}>
        {save.isPending ? 'Saving…' : replacing ? 'Replace destination' : 'Start forwarding'}
      </Button>
    </form>
  );
}

function DisableForwarding({ org }: { org: OrgSettings }) {
  const [open, setOpen] = useState(false);
  const disable = useSetJobLogsForwarding(org.id, () => null, {
    onSuccess: () => {
      setOpen(false);
      toast.success(`Job logs forwarding of ${org.name} is off.`);
    },
  });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        <Power aria-hidden="true" size={16} />
        Disable
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          if (!next) disable.reset();
          setOpen(next);
        }}
        title="Disable job logs forwarding?"
        confirmLabel="Disable forwarding"
        pendingLabel="Disabling…"
        pending={disable.isPending}
        onConfirm={() => disable.mutate()}
      >
        <p>
          Job logs of {org.name} stop going to the HEC endpoint. The token is forgotten: turning forwarding on again
          needs it entered anew.
        </p>
        {disable.isError ? (
          <ApiErrorAlert title={refusalTitle(disable.error, 'disable forwarding')} error={disable.error} />
        ) : null}
      </ConfirmDialog>
    </>
  );
}

export function JobLogsSection({ org, isAdmin }: { org: OrgSettings; isAdmin: boolean }) {
  // Where the server does not show licenses, forwarding already set up is the only sign of one.
  const licensed = org.licenses ? org.licenses.jobLogsForwarding : org.jobLogsForwarding?.url ? true : null;
  const active = Boolean(org.jobLogsForwarding?.url);
  return (
    <SettingsSection
      id="settings-job-logs"
      title="Job logs forwarding"
      description="Send the logs of the org's jobs to a Splunk HTTP Event Collector."
    >
      {licensed === null ? (
        <p>Not offered here: this server does not say whether {org.name} holds the job logs forwarding license.</p>
      ) : !licensed ? (
        <p>Job logs forwarding needs a license that {org.name} does not hold. Contact support to add it.</p>
      ) : !isAdmin ? (
        <AdminsOnlyNote>Only admins of {org.name} see and change where its job logs are forwarded.</AdminsOnlyNote>
      ) : (
        <>
          <CurrentForwarding forwarding={org.jobLogsForwarding} />
          {active ? (
            <div className="actions">
              <DisableForwarding org={org} />
            </div>
          ) : null}
          <h4 className="mt-5 mb-2">{active ? 'Replace the destination' : 'Set up forwarding'}</h4>
          <ForwardingForm org={org} replacing={active} />
        </>
      )}
    </SettingsSection>
  );
}
