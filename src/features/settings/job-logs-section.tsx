/**
 * Job logs forwarding (licensed): where the org's job logs go (a Splunk HEC URL and
 * token). The token is write-only: it is sent once, then cleared from the form; the API
 * keeps and returns only its signature, which is all this screen ever shows. It is never
 * a mutation variable, in the query cache or in the URL.
 */
import { useRef, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { jobLogsForwardingInputSchema } from '../../wire/inputs';
import { useSetJobLogsForwarding, type JobLogsForwardingState, type OrgSettings } from '../../api/settings';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { CopyButton } from '../../components/ui/copy-button';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { FormField } from '../../components/ui/form-field';
import { formatDay } from '../../lib/dates';
import { AdminsOnlyNote, refusalTitle, SettingsSection } from './settings-ui';

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

function CurrentForwarding({ forwarding }: { forwarding: JobLogsForwardingState | null }) {
  if (!forwarding) return <p>Not set up: job logs stay on the platform.</p>;
  const when = formatDay(forwarding.updated);
  if (!forwarding.url || !forwarding.tokenSignature) {
    return (
      <p>
        Off: disabled by <code>{forwarding.updatedBy}</code> on {when}.
      </p>
    );
  }
  return (
    <dl className="settings-facts">
      <div>
        <dt>HEC URL</dt>
        <dd>
          <code className="settings-break">{forwarding.url}</code>
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
          <code>{forwarding.updatedBy}</code> on {when}
        </dd>
      </div>
    </dl>
  );
}

function ForwardingForm({ org, replacing }: { org: OrgSettings; replacing: boolean }) {
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [touched, setTouched] = useState({ url: false, token: false });
  const urlRef = useRef<HTMLInputElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);
  // No variables: the token is read from the form when sent, never kept by the mutation.
  const save = useSetJobLogsForwarding(org.id, () => ({ url: url.trim(), token }), {
    onAccepted: () => {
      setToken('');
      setUrl('');
      setTouched({ url: false, token: false });
    },
    onSuccess: () => {
      toast.success(`Job logs of ${org.name} are forwarded to the new destination.`);
    },
    // A refused token is not kept either: it is typed again.
    onError: () => {
      setToken('');
      setTouched((t) => ({ ...t, token: false }));
    },
  });
  const errors = forwardingErrors(url, token);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setTouched({ url: true, token: true });
    if (errors.url || errors.token) {
      (errors.url ? urlRef : tokenRef).current?.focus();
      return;
    }
    save.mutate();
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-label={replacing ? 'Replace the forwarding destination' : 'Set up job logs forwarding'}
    >
      <FormField
        label="HEC URL"
        hint="The Splunk HTTP Event Collector endpoint, https:// only."
        error={touched.url ? errors.url : undefined}
      >
        {(control) => (
          <input
            {...control}
            ref={urlRef}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={url}
            placeholder="https://hec.example.org:8088/services/collector/event"
            onChange={(e) => {
              if (save.isError) save.reset();
              setTouched((t) => ({ ...t, url: true }));
              setUrl(e.target.value);
            }}
          />
        )}
      </FormField>
      <FormField
        label="HEC token"
        hint="Write-only: after saving, only its signature is shown."
        error={touched.token ? errors.token : undefined}
      >
        {(control) => (
          <input
            {...control}
            ref={tokenRef}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={token}
            onChange={(e) => {
              if (save.isError) save.reset();
              setTouched((t) => ({ ...t, token: true }));
              setToken(e.target.value);
            }}
          />
        )}
      </FormField>
      {save.isError ? (
        <ApiErrorAlert title={refusalTitle(save.error, 'save the forwarding destination')} error={save.error} />
      ) : null}
      <button type="submit" className="button button-primary" disabled={save.isPending} aria-busy={save.isPending}>
        {save.isPending ? 'Saving…' : replacing ? 'Replace destination' : 'Start forwarding'}
      </button>
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
      <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
        Disable
      </button>
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
  const licensed = org.licenses.jobLogsForwarding;
  const active = Boolean(org.jobLogsForwarding?.url);
  return (
    <SettingsSection
      id="settings-job-logs"
      title="Job logs forwarding"
      description="Send the logs of the org's jobs to a Splunk HTTP Event Collector."
    >
      {!licensed ? (
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
          <h4>{active ? 'Replace the destination' : 'Set up forwarding'}</h4>
          <ForwardingForm org={org} replacing={active} />
        </>
      )}
    </SettingsSection>
  );
}
