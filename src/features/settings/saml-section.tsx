/** SAML identity provider: shown to members, edited by admins (`samlIdP`, up to 1,024 characters; empty clears it). */
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { routeInputs } from '../../wire/inputs';
import { useUpdateOrg, type OrgSettings } from '../../api/settings';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { FormField } from '../../components/ui/form-field';
import { formatCount } from '../../lib/format';
import { AdminsOnlyNote, refusalTitle, SaveOrCancel, SettingsSection } from './settings-ui';
import { useReportUnsaved } from './unsaved-changes';

const samlIdPSchema = routeInputs['org.update'].shape.samlIdP;

/** What is wrong with the identity provider as typed, by the API's rule (at most 1,024 characters). */
export function samlError(value: string): string | undefined {
  if (samlIdPSchema.safeParse(value).success) return undefined;
  return `The identity provider must be at most 1,024 characters (this one has ${formatCount(value.length)}).`;
}

function SamlForm({ org }: { org: OrgSettings }) {
  const [value, setValue] = useState(org.samlIdP ?? '');
  const next = value.trim() === '' ? null : value.trim();
  const dirty = next !== org.samlIdP;
  useReportUnsaved('saml', dirty ? 'the SAML identity provider' : null);
  const error = samlError(value);
  const save = useUpdateOrg<{ samlIdP: string | null }>(org.id, {
    onSuccess: (_result, { samlIdP }) => {
      toast.success(
        samlIdP
          ? `Members of ${org.name} sign in through ${samlIdP}.`
          : `Removed the SAML identity provider of ${org.name}.`,
      );
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!error && dirty && !save.isPending) save.mutate({ samlIdP: next });
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-label="SAML identity provider">
      <FormField
        label="Identity provider"
        hint="Its metadata URL or entity ID. Leave empty to sign in without SAML."
        error={error}
      >
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => {
              if (save.isError) save.reset();
              setValue(e.target.value);
            }}
          />
        )}
      </FormField>
      {save.isError ? (
        <ApiErrorAlert title={refusalTitle(save.error, 'save the identity provider')} error={save.error} />
      ) : null}
      <SaveOrCancel
        label="Save identity provider"
        dirty={dirty}
        invalid={Boolean(error)}
        pending={save.isPending}
        onCancel={() => {
          save.reset();
          setValue(org.samlIdP ?? '');
        }}
      />
    </form>
  );
}

export function SamlSection({ org, isAdmin }: { org: OrgSettings; isAdmin: boolean }) {
  return (
    <SettingsSection
      id="settings-saml"
      title="SAML identity provider"
      description="Where members of the org sign in with single sign-on."
    >
      {isAdmin ? (
        <SamlForm org={org} />
      ) : (
        <>
          <p>
            {org.samlIdP ? (
              <code className="break-all">{org.samlIdP}</code>
            ) : (
              'None: members sign in with their platform password.'
            )}
          </p>
          <AdminsOnlyNote>Only admins of {org.name} change the identity provider.</AdminsOnlyNote>
        </>
      )}
    </SettingsSection>
  );
}
