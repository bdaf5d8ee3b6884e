import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import {
  FULL_EMULATOR,
  PLATFORM_ONLY,
  detectOffers,
  rememberedOffers,
  routeIsMissing,
  serverOffersQueryOptions,
} from './capabilities';

const API = 'https://api.example.org';
const alice = { mode: 'remote' as const, apiBase: API, token: 'demo-token-alice', userId: 'user-alice' };

/**
 * `fetch` answered as `npm run api` answers `/user-alice/billingSummary`: the full emulator
 * with the charges, `--platform-only` as any unknown method (the wrapper's own tests show
 * that its answer is exactly that one).
 */
const ANSWERS = {
  full: [
    200,
    {
      id: 'user-alice',
      months: [{ month: '2026-11', compute: 1, storage: 0, egress: 0, archival: 0, publicIpv4: 0, total: 1 }],
    },
  ],
  platformOnly: [422, { error: { type: 'InvalidInput', message: 'A user has no method "billingSummary"' } }],
  badToken: [401, { error: { type: 'InvalidAuthentication', message: 'The authentication token is not valid' } }],
} as const;

function serveAs(server: keyof typeof ANSWERS) {
  const [status, body] = ANSWERS[server];
  const fetchMock = vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function fakeTabStorage() {
  const items = new Map<string, string>();
  vi.stubGlobal('window', {
    sessionStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => items.set(key, value),
    },
  });
  return items;
}

describe('detectOffers', () => {
  it('finds the extensions on the full emulator, with one harmless call as the signed-in person', async () => {
    const fetchMock = serveAs('full');
    await expect(detectOffers(alice)).resolves.toEqual(FULL_EMULATOR);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/user-alice/billingSummary`);
    expect(init.body).toBe('{"months":1}');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer demo-token-alice' });
  });

  it('finds none on the emulator started with --platform-only', async () => {
    serveAs('platformOnly');
    await expect(detectOffers(alice)).resolves.toEqual(PLATFORM_ONLY);
  });

  it('finds none on a server that answers the unknown route with a bare 404', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not Found', { status: 404 })),
    );
    await expect(detectOffers(alice)).resolves.toEqual(PLATFORM_ONLY);
  });

  it('does not decide when the answer says nothing about the route', async () => {
    serveAs('badToken');
    await expect(detectOffers({ ...alice, token: 'not-a-token' })).rejects.toMatchObject({
      type: 'InvalidAuthentication',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(detectOffers(alice)).rejects.toMatchObject({ type: 'NetworkError' });
  });
});

describe('routeIsMissing', () => {
  it.each([
    ['InvalidInput', 422, true],
    ['ResourceNotFound', 404, true],
    ['InvalidResponse', 404, true],
    ['InvalidResponse', 405, true],
    ['InvalidResponse', 501, true],
    ['PermissionDenied', 401, false],
    ['InvalidResponse', 200, 'unknown'],
    ['InvalidAuthentication', 401, 'unknown'],
    ['InternalError', 500, 'unknown'],
    ['NetworkError', 0, 'unknown'],
  ] as const)('%s (HTTP %i) → %s', (type, status, missing) => {
    expect(routeIsMissing(new ApiError(type, 'm', status))).toBe(missing);
  });

  it('an error that is not the API’s says nothing', () => {
    expect(routeIsMissing(new Error('boom'))).toBe('unknown');
  });
});

describe('serverOffersQueryOptions', () => {
  it('asks once per API URL and remembers the answer for this tab', async () => {
    const stored = fakeTabStorage();
    const fetchMock = serveAs('platformOnly');
    const client = new QueryClient();
    await expect(client.fetchQuery(serverOffersQueryOptions(alice))).resolves.toEqual(PLATFORM_ONLY);
    await expect(client.fetchQuery(serverOffersQueryOptions(alice))).resolves.toEqual(PLATFORM_ONLY);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect([...stored.values()]).toEqual(['platform']);

    // A fresh page in the same tab starts from what was learnt, without asking.
    expect(rememberedOffers(API)).toEqual(PLATFORM_ONLY);
    await expect(new QueryClient().fetchQuery(serverOffersQueryOptions(alice))).resolves.toEqual(PLATFORM_ONLY);
    expect(fetchMock).toHaveBeenCalledTimes(1);

    // Another server is asked on its own.
    const other = { ...alice, apiBase: 'https://other.example.org' };
    serveAs('full');
    await expect(client.fetchQuery(serverOffersQueryOptions(other))).resolves.toEqual(FULL_EMULATOR);
    expect(rememberedOffers(other.apiBase)).toEqual(FULL_EMULATOR);
  });

  it('remembers nothing it could not learn', async () => {
    const stored = fakeTabStorage();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 500 })),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
    await expect(client.fetchQuery(serverOffersQueryOptions(alice))).rejects.toBeInstanceOf(ApiError);
    expect(stored.size).toBe(0);
  });
});
