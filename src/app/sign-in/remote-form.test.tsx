import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RemoteSignInForm } from './remote-form';
import { startEmulator } from '../../test/emulator-server';
import { descriptionOf } from '../../test/dom';

// "Another API" here is the demo emulator itself, served over HTTP by the test harness.
const EMULATOR_URL = `${window.location.origin}/api`;

function renderForm() {
  const onSignedIn = vi.fn();
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RemoteSignInForm onSignedIn={onSignedIn} />
    </QueryClientProvider>,
  );
  return {
    onSignedIn,
    url: screen.getByLabelText('API URL') as HTMLInputElement,
    token: screen.getByLabelText('Token') as HTMLInputElement,
    submit: screen.getByRole('button', { name: 'Sign in with this API' }),
  };
}

describe('RemoteSignInForm', () => {
  it('shows no errors before the person has touched a field', () => {
    const { url, token } = renderForm();
    expect(url.getAttribute('aria-invalid')).toBeNull();
    expect(token.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/Enter the API/)).toBeNull();
  });

  it('validates the URL once left, then as you type, linked with aria-describedby', async () => {
    const user = userEvent.setup();
    const { url } = renderForm();
    await user.type(url, 'ftp://x');
    await user.tab();
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(url)).toMatch(/Enter an http:\/\/ or https:\/\/ URL/);

    await user.clear(url);
    expect(descriptionOf(url)).toMatch(/Enter the API URL\./);
    await user.type(url, 'https://api.example.org');
    expect(url.getAttribute('aria-invalid')).toBeNull();
    expect(descriptionOf(url)).not.toMatch(/Enter/);
  });

  it('on submit with empty fields, shows both errors, focuses the URL and calls nothing', async () => {
    const user = userEvent.setup();
    const api = await startEmulator();
    const { url, token, submit, onSignedIn } = renderForm();
    await user.click(submit);
    expect(descriptionOf(url)).toMatch(/Enter the API URL\./);
    expect(descriptionOf(token)).toMatch(/Enter the API token\./);
    expect(document.activeElement).toBe(url);
    expect(api.calls).toEqual([]);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it("shows the API's error type and message when the token is refused", async () => {
    const user = userEvent.setup();
    const api = await startEmulator();
    const { url, token, submit, onSignedIn } = renderForm();
    await user.type(url, `${EMULATOR_URL}/`);
    await user.type(token, 'nope');
    await user.click(submit);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('InvalidAuthentication');
    const refusal = await api.emulator.call({ path: '/system/whoami', token: 'nope', body: '{}', contentType: null });
    expect(alert.textContent).toContain((refusal.body as { error: { message: string } }).error.message);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('checks the token with /system/whoami and signs in with the normalised URL', async () => {
    const user = userEvent.setup();
    const api = await startEmulator();
    const bobsToken = await api.tokenFor('user-bob');
    const { url, token, submit, onSignedIn } = renderForm();
    await user.type(url, `${EMULATOR_URL}/`);
    await user.type(token, bobsToken);
    await user.click(submit);
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(onSignedIn.mock.calls[0]?.[0]).toEqual({ apiBase: EMULATOR_URL, token: bobsToken, userId: 'user-bob' });
    expect(api.calls.map((call) => call.path)).toEqual(['/system/whoami']);
  });
});
