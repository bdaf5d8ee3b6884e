/**
 * Basic information: the name (renamed inline by admins, validated as typed with the
 * API's own rule), ID, handle, counts, admins (linking to Members filtered to admins),
 * created and expiry.
 */
import { useEffect, useRef, useState } from 'react';
import { Pencil } from 'lucide-react';
import { Link } from 'react-router';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { toast } from 'sonner';
import { z } from 'zod';
import { displayNameSchema } from '../../wire/inputs';
import { describeError } from '../../api/client';
import { useFindAll } from '../../api/find-all';
import { membersQueryOptions } from '../../api/members';
import { useUpdateOrg, type OrgSettings } from '../../api/settings';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Badge } from '../../components/ui/badge';
import { Button, buttonClass } from '../../components/ui/button';
import { FormField } from '../../components/ui/form-field';
import { FACET_PARAM_PREFIX } from '../../components/data-table/url-state';
import { formatDay } from '../../lib/dates';
import { expiryOf } from '../../lib/expiry';
import { formatCount } from '../../lib/format';
import { OrgIdFacts } from '../../components/org-id-facts';
import { fieldRefusal, refusalTitle, SettingsSection } from './settings-ui';
import { useReportUnsaved } from './unsaved-changes';

/** What is wrong with a new org name, by the API's rule; undefined when it is fine. */
export function orgNameError(name: string): string | undefined {
  const parsed = displayNameSchema.safeParse(name);
  return parsed.success ? undefined : `Name ${parsed.error.issues[0]?.message ?? 'is not valid'}.`;
}

const renameSchema = z.object({ name: displayNameSchema });

function NameEditor({ org, onDone }: { org: OrgSettings; onDone: () => void }) {
  const form = useForm<z.input<typeof renameSchema>, unknown, z.output<typeof renameSchema>>({
    resolver: zodResolver(renameSchema),
    mode: 'onChange',
    defaultValues: { name: org.name },
  });
  const name = useWatch({ control: form.control, name: 'name' });
  const rename = useUpdateOrg<{ name: string }>(org.id, {
    onSuccess: (_result, { name: newName }) => {
      toast.success(`Renamed ${org.name} to ${newName}`);
      onDone();
    },
    onError: (error) => {
      // A refusal of the name itself is said at the field; any other (e.g. an expired org) above Save.
      if (describeError(error).type === 'InvalidInput') {
        form.setError('name', { type: 'server', message: fieldRefusal('name', error) }, { shouldFocus: true });
      } else {
        form.setFocus('name');
      }
    },
  });
  useReportUnsaved('name', name.trim() !== org.name ? 'the org name' : null);
  const fieldError = form.formState.errors.name;
  const error = fieldError ? (fieldError.type === 'server' ? fieldError.message : orgNameError(name)) : undefined;
  const field = form.register('name', {
    onChange: () => {
      if (rename.isError) rename.reset();
    },
  });

  const submit = form.handleSubmit(({ name: newName }) => {
    if (rename.isPending) return;
    if (newName === org.name) {
      onDone();
      return;
    }
    rename.mutate({ name: newName });
  });

  return (
    <form
      className="grid w-full max-w-lg gap-2"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label="Rename the org"
    >
      <FormField label="Org name" hint="How the org is shown everywhere, up to 256 characters." error={error}>
        {(control) => (
          <input
            {...control}
            {...field}
            // Opening the editor is asking to type: focus goes to the field.
            autoFocus
            autoComplete="off"
            onKeyDown={(e) => {
              if (e.key === 'Escape' && !rename.isPending) onDone();
            }}
          />
        )}
      </FormField>
      {rename.isError && describeError(rename.error).type !== 'InvalidInput' ? (
        <ApiErrorAlert title={refusalTitle(rename.error, 'rename the org')} error={rename.error} />
      ) : null}
      <div className="actions">
        <Button type="submit" variant="primary" disabled={rename.isPending} aria-busy={rename.isPending}>
          {rename.isPending ? 'Saving…' : 'Save name'}
        </Button>
        <Button variant="quiet" disabled={rename.isPending} onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function OrgName({ org, canEdit }: { org: OrgSettings; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Closing the editor puts focus back where the edit started, once the button is back.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    renameButton.current?.focus();
  }, [editing]);
  if (editing) {
    return (
      <NameEditor
        org={org}
        onDone={() => {
          returnFocus.current = true;
          setEditing(false);
        }}
      />
    );
  }
  return (
    <>
      <span>{org.name}</span>
      {canEdit ? (
        <button
          ref={renameButton}
          type="button"
          className={buttonClass('secondary', 'small')}
          onClick={() => setEditing(true)}
        >
          <Pencil aria-hidden="true" size={14} />
          Rename
        </button>
      ) : null}
    </>
  );
}

function Admins({ org }: { org: OrgSettings & { admins: string[] } }) {
  const admins = useFindAll(membersQueryOptions(org.id, { level: 'ADMIN' }));
  const names = new Map(admins.rows.map((member) => [member.id, member.describe.name]));
  const filtered = `../members?${new URLSearchParams([[`${FACET_PARAM_PREFIX}level`, 'ADMIN']]).toString()}`;
  return (
    <>
      <ul className="m-0 basis-full pl-5">
        {org.admins.map((id) => (
          <li key={id}>
            {names.get(id) ?? id} <code className="text-muted">{id}</code>
          </li>
        ))}
      </ul>
      <Link to={filtered} relative="path">
        Show the {org.admins.length === 1 ? 'admin' : `${org.admins.length} admins`} in Members
      </Link>
    </>
  );
}

/** A non-member of a public org is told its name, ID and handle only. */
function PublicOrgFacts({ org }: { org: OrgSettings }) {
  return (
    <SettingsSection id="settings-basic" title="Basic information">
      <dl className="settings-facts">
        <div>
          <dt>Name</dt>
          <dd>{org.name}</dd>
        </div>
        <OrgIdFacts org={org} />
      </dl>
    </SettingsSection>
  );
}

function count(value: number | undefined, hidden: string): string {
  return value === undefined ? hidden : formatCount(value);
}

function Expiry({ expiresAt }: { expiresAt: number | null }) {
  const [now] = useState(Date.now);
  const status = expiryOf(expiresAt, now);
  if (status.kind === 'none') return <>Never</>;
  // What expiry means, as the API defines it (OrgExpired): nothing about the data being deleted.
  const meaning =
    status.kind === 'expired'
      ? 'Changes to the org and to its projects and apps are refused; everything can still be read.'
      : 'After that the org is read-only: changes to it and to its projects and apps are refused; everything can still be read.';
  return (
    <>
      {status.kind === 'later' ? (
        <span>{status.text}</span>
      ) : (
        <Badge tone={status.kind === 'expired' ? 'danger' : 'warning'} className="ml-0">
          {status.text}
        </Badge>
      )}
      <span className="hint basis-full">{meaning}</span>
    </>
  );
}

export function BasicInfoSection({ org, isAdmin }: { org: OrgSettings; isAdmin: boolean }) {
  const hiddenList = 'Not shown: the member list is not visible to you';
  if (!org.level) return <PublicOrgFacts org={org} />;
  return (
    <SettingsSection id="settings-basic" title="Basic information">
      <dl className="settings-facts">
        <div>
          <dt>Name</dt>
          <dd>
            <OrgName org={org} canEdit={isAdmin} />
          </dd>
        </div>
        <OrgIdFacts org={org} />
        <div>
          <dt>Members</dt>
          <dd>{count(org.memberCount, hiddenList)}</dd>
        </div>
        <div>
          <dt>Projects</dt>
          <dd>{count(org.projectCount, 'Not shown')}</dd>
        </div>
        <div>
          <dt>Apps</dt>
          <dd>{count(org.appCount, 'Not shown')}</dd>
        </div>
        <div>
          <dt>Admins</dt>
          <dd>{org.admins ? <Admins org={{ ...org, admins: org.admins }} /> : hiddenList}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{org.created === undefined ? 'Not shown' : formatDay(org.created)}</dd>
        </div>
        <div>
          <dt>Expiry</dt>
          <dd>
            <Expiry expiresAt={org.expiresAt} />
          </dd>
        </div>
      </dl>
    </SettingsSection>
  );
}
