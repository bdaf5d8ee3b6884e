import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RemoteSignInForm } from './remote-form';

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

function describedBy(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

afterEach(() => vi.unstubAllGlobals());

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
    expect(describedBy(url)).toMatch(/Enter an http:\/\/ or https:\/\/ URL/);

    await user.clear(url);
    expect(describedBy(url)).toMatch(/Enter the API URL\./);
    await user.type(url, 'https://api.example.org');
    expect(url.getAttribute('aria-invalid')).toBeNull();
    expect(describedBy(url)).not.toMatch(/Enter/);
  });

  it('on submit with empty fields, shows both errors, focuses the URL and calls nothing', async () => {
    const user = userEvent.setup();
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const { url, token, submit, onSignedIn } = renderForm();
    await user.click(submit);
    expect(describedBy(url)).toMatch(/Enter the API URL\./);
    expect(describedBy(token)).toMatch(/Enter the API token\./);
    expect(document.activeElement).toBe(url);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it("shows the API's error type and message when the token is refused", async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response('{"error":{"type":"InvalidAuthentication","message":"The token could not be found"}}', {
            status: 401,
          }),
      ),
    );
    const { url, token, submit, onSignedIn } = renderForm();
    await user.type(url, 'https://api.example.org/');
    await user.type(token, 'nope');
    await user.click(submit);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('InvalidAuthentication');
    expect(alert.textContent).toContain('The token could not be found');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('checks the token with /system/whoami and signs in with the normalised URL', async () => {
    const user = userEvent.setup();
    const fetchMock = vi.fn(async () => new Response('{"id":"user-bob"}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const { url, token, submit, onSignedIn } = renderForm();
    await user.type(url, 'https://api.example.org/');
    await user.type(token, 'tok');
    await user.click(submit);
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(onSignedIn.mock.calls[0]?.[0]).toEqual({
      apiBase: 'https://api.example.org',
      token: 'tok',
      userId: 'user-bob',
    });
    const [calledUrl, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(calledUrl).toBe('https://api.example.org/system/whoami');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer tok' });
  });
});
