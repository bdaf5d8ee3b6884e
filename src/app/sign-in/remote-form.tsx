import { useId, useRef, useState, type FormEvent } from 'react';
import { normaliseApiBase } from '../../api/session';
import { useCheckToken } from '../../api/users';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { FormField } from '../../components/ui/form-field';
import { validateRemoteSignIn, type RemoteSignInField, type RemoteSignInValues } from './schema';
import { Button } from '../../components/ui/button';

export interface RemoteSignInProps {
  /** Called once the API accepted the token. */
  onSignedIn: (session: { apiBase: string; token: string; userId: string }) => void;
}

/**
 * API URL + token, validated as you type: a field's message appears once the field
 * was left (or the form submitted) and then follows every keystroke. The token is
 * checked with `/system/whoami`; a refusal shows the API's error type and message.
 */
export function RemoteSignInForm({ onSignedIn }: RemoteSignInProps) {
  const id = useId();
  const [values, setValues] = useState<RemoteSignInValues>({ apiUrl: '', token: '' });
  const [touched, setTouched] = useState<Record<RemoteSignInField, boolean>>({ apiUrl: false, token: false });
  const urlRef = useRef<HTMLInputElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);

  const check = useCheckToken({ onSuccess: (session) => onSignedIn(session) });

  const result = validateRemoteSignIn(values);
  const errors = result.ok ? {} : result.errors;
  const shown = (field: RemoteSignInField) => (touched[field] ? errors[field] : undefined);

  function update(field: RemoteSignInField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    if (check.isError) check.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched({ apiUrl: true, token: true });
    if (!result.ok) {
      (result.errors.apiUrl ? urlRef : tokenRef).current?.focus();
      return;
    }
    check.mutate({ apiBase: normaliseApiBase(result.data.apiUrl), token: result.data.token });
  }

  const urlError = shown('apiUrl');
  const tokenError = shown('token');

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="visually-hidden">
        Sign in to another API
      </p>
      <FormField
        id={`${id}-url`}
        label="API URL"
        hint="The server's address, for example https://api.example.org or http://localhost:8787."
        error={urlError}
      >
        {(control) => (
          <input
            {...control}
            ref={urlRef}
            name="apiUrl"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={values.apiUrl}
            onChange={(e) => update('apiUrl', e.target.value)}
            onBlur={() => setTouched((t) => ({ ...t, apiUrl: true }))}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-token`}
        label="Token"
        hint="Kept for this browser tab only, until you sign out or close it."
        error={tokenError}
      >
        {(control) => (
          <input
            {...control}
            ref={tokenRef}
            name="token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={values.token}
            onChange={(e) => update('token', e.target.value)}
            onBlur={() => setTouched((t) => ({ ...t, token: true }))}
          />
        )}
      </FormField>
      {check.isError ? <ApiErrorAlert title="The API did not accept this sign-in." error={check.error} /> : null}
      <Button type="submit" variant="primary" disabled={check.isPending}>
        {check.isPending ? 'Checking the token…' : 'Sign in with this API'}
      </Button>
    </form>
  );
}
